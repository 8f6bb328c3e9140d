"""Property-based testing of passes: strategies for random programs and `check_pass`."""

from rdu_ir.testing.check import check_pass, check_program

__all__ = ["check_pass", "check_program"]
