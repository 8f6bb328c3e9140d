"""An example rdu-ir pass plugin: `annotate-flops` counts the floating-point work of `ta` programs.

Load it with `rdu-opt --load-pass-plugin=examples/plugins/annotate_flops.py -p annotate-flops`,
or install a package that names this module in its `rdu_ir.passes` entry point.

It is the model to copy for a plugin: a frozen dataclass `ModulePass` with a `name`, options as
fields (`annotate-flops{attr-name=my.flops per-op=false}`), a docstring whose first line is the
summary `--list-passes` shows, statistics through `rdu_ir.statistics.bump`, and diagnostics
through `rdu_ir.diagnostics.error_at`.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from xdsl.context import Context
from xdsl.dialects.builtin import IntegerAttr, ModuleOp, StringAttr, TensorType, i64
from xdsl.dialects.func import FuncOp
from xdsl.ir import Operation
from xdsl.passes import ModulePass

from rdu_ir.diagnostics import error_at
from rdu_ir.statistics import bump

# Ops that move or build data without arithmetic.
_DATA_MOVEMENT = {
    "ta.transpose", "ta.reshape", "ta.broadcast", "ta.pad", "ta.slice", "ta.concat", "ta.constant",
}
# Composite ops: approximate operations per output element (before ta-decompose expands them).
_COMPOSITE_PER_ELEMENT = {"ta.softmax": 5, "ta.layernorm": 8, "ta.gelu": 5}


def _elements(value_type) -> int:
    return math.prod(value_type.get_shape()) if isinstance(value_type, TensorType) else 1


def _int_list(op: Operation, name: str) -> list[int]:
    attr = op.properties.get(name) or op.attributes.get(name)
    if attr is None:
        return []
    data = getattr(attr, "data", attr)
    if hasattr(data, "get_values"):
        return list(data.get_values())
    return [getattr(x, "value", x).data if hasattr(getattr(x, "value", x), "data") else int(x) for x in data]


def op_flops(op: Operation) -> int:
    """Floating-point operations of one `ta` op (a fused multiply-add counts as two)."""
    if not op.name.startswith("ta.") or op.name in _DATA_MOVEMENT:
        return 0
    out = _elements(op.results[0].type) if op.results else 0
    if op.name == "ta.contract":
        spec_attr = op.properties.get("spec") or op.attributes.get("spec")
        if not isinstance(spec_attr, StringAttr):
            raise error_at(op, "has no 'spec' string to count its FLOPs")
        lhs = spec_attr.data.split("->")[0].split(",")
        sizes: dict[str, int] = {}
        for letters, operand in zip(lhs, op.operands):
            for letter, size in zip(letters.strip(), operand.type.get_shape()):
                sizes[letter] = size
        return 2 * math.prod(sizes.values()) + (out if len(op.operands) > len(lhs) else 0)
    if op.name == "ta.reduce":
        return _elements(op.operands[0].type)
    if op.name == "ta.conv2d":
        kh, kw = op.operands[1].type.get_shape()[:2]
        depthwise = len(op.operands[1].type.get_shape()) == 3
        channels = 1 if depthwise else op.operands[0].type.get_shape()[-1]
        return 2 * out * kh * kw * channels
    if op.name == "ta.pool2d":
        window = _int_list(op, "window") or [1, 1]
        return out * math.prod(window)
    if op.name in _COMPOSITE_PER_ELEMENT:
        return _COMPOSITE_PER_ELEMENT[op.name] * out
    return out  # elementwise and select: one operation per element


@dataclass(frozen=True)
class AnnotateFlopsPass(ModulePass):
    """Annotate every ta op and function with its FLOP count (for rooflines and cost reports)."""

    name = "annotate-flops"

    attr_name: str = "rdu.flops"
    """The attribute that receives the count."""

    per_op: bool = True
    """Annotate each op as well as each function (false: functions only)."""

    def apply(self, ctx: Context, op: ModuleOp) -> None:
        for func in op.walk():
            if not isinstance(func, FuncOp):
                continue
            total = 0
            for inner in func.walk():
                flops = op_flops(inner)
                if inner.name.startswith("ta."):
                    bump(self, "ta ops counted")
                    if self.per_op:
                        inner.attributes[self.attr_name] = IntegerAttr(flops, i64)
                total += flops
            func.attributes[self.attr_name] = IntegerAttr(total, i64)
            bump(self, "functions annotated")
            bump(self, "total FLOPs", total)
