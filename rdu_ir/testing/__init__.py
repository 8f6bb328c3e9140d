"""Property-based testing of passes: strategies for random programs and `check_pass`."""
