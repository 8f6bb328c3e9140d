"""rdu-ir: an MLIR-style, multi-level compiler for reconfigurable dataflow units (RDUs).

`rdu_ir.compile(source, chip=...)` (see docs/python-api.md) is imported on first use, so
`import rdu_ir` stays fast for the command-line tools.
"""

__version__ = "0.1.0"

_LAZY = {"compile": "rdu_ir.api", "Program": "rdu_ir.api", "Runtime": "rdu_ir.runtime.loader"}


def __getattr__(name: str):
    if name in _LAZY:
        import importlib

        value = getattr(importlib.import_module(_LAZY[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'rdu_ir' has no attribute '{name}'")
