"""rdu-ir's benchmark suite: `python -m benchmarks` runs them all and prints their tables."""
