// Build module
