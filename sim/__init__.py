"""Interpreters: the numpy reference (`ta`), the token-level dataflow simulator (`df`), the cycle simulator (`rdu`)."""
