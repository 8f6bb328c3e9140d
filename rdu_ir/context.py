"""The MLIR context every rdu-ir tool parses with: all xDSL dialects plus ours.

rdu-opt and rdu-run must accept exactly the same text, so both take their dialects from
`rdu_ir.plugins.build_table` (xDSL's and xdsl-opt plugins', then rdu-ir's from
`rdu_ir.registry` replacing xDSL's of the same name - e.g. `linalg`, which our front end
extends with the named ops 0.74 lacks - then installed `rdu_ir.dialects` entry points).
"""

from __future__ import annotations

from xdsl.context import Context


def make_context(allow_unregistered: bool = False) -> Context:
    """A context with every dialect registered (each loaded lazily on first use)."""
    from rdu_ir.plugins import build_table

    ctx = Context(allow_unregistered=allow_unregistered)
    for name, factory in build_table().dialects.items():
        ctx.register_dialect(name, factory)
    return ctx
