"""The MLIR context every rdu-ir tool parses with: all xDSL dialects plus ours.

rdu-opt and rdu-run must accept exactly the same text, so both build their context here.
Our dialects (from `rdu_ir.registry`) replace an xDSL dialect of the same name, e.g. the
`linalg` front end's extension of xDSL's linalg with the named ops 0.74 lacks.
"""

from __future__ import annotations

from collections.abc import Callable

from xdsl.context import Context
from xdsl.ir import Dialect
from xdsl.universe import Universe

from rdu_ir.registry import dialect_factories


def all_dialect_factories() -> dict[str, Callable[[], Dialect]]:
    """Dialect name -> factory: xDSL's (and installed xDSL plugins'), then ours on top."""
    factories = dict(Universe.get_multiverse().all_dialects)
    factories.update(dialect_factories())
    return factories


def make_context(allow_unregistered: bool = False) -> Context:
    """A context with every dialect registered (loaded lazily on first use)."""
    ctx = Context(allow_unregistered=allow_unregistered)
    for name, factory in all_dialect_factories().items():
        ctx.register_dialect(name, factory)
    return ctx
