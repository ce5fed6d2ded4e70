// Content module
