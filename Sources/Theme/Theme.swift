// Theme module
