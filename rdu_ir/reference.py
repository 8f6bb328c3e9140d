"""The `ta` reference kept beside every lowering, so `rdu-run --check` works at every level.

The first lowering out of `ta` (`ta-to-df`) calls `keep_reference(module)`, which copies the
module's functions into a nested `builtin.module @rdu_reference {rdu.reference}`. Later passes
leave that module alone: they rewrite only `payload_ops(module)`.
"""

from __future__ import annotations

from collections.abc import Iterator

from xdsl.dialects.builtin import ModuleOp, StringAttr, UnitAttr
from xdsl.ir import Operation

REFERENCE_ATTR = "rdu.reference"
REFERENCE_NAME = "rdu_reference"


def is_reference(op: Operation) -> bool:
    """True for the reference module itself."""
    return isinstance(op, ModuleOp) and REFERENCE_ATTR in op.attributes


def reference_module(module: ModuleOp) -> ModuleOp | None:
    """The nested reference module, if the module has one."""
    for op in module.ops:
        if is_reference(op):
            return op  # type: ignore[return-value]
    return None


def keep_reference(module: ModuleOp) -> ModuleOp:
    """Copy the module's payload into the reference module unless it already has one."""
    existing = reference_module(module)
    if existing is not None:
        return existing
    ref = ModuleOp([op.clone() for op in module.ops], sym_name=StringAttr(REFERENCE_NAME))
    ref.attributes[REFERENCE_ATTR] = UnitAttr()
    module.body.block.add_op(ref)
    return ref


def payload_ops(module: ModuleOp) -> Iterator[Operation]:
    """The module's top-level ops that passes may rewrite (everything but the reference)."""
    for op in list(module.ops):
        if not is_reference(op):
            yield op
