"""A small builder that appends `ta` ops to a block, for code that generates ta programs.

Used by the PyTorch importer and by `ta-autodiff` (whose gradient rules emit many small ops):
every method creates one op (or a short fixed sequence), inserts it at the insertion point and
returns its result, so generating code reads like the math it implements. Constants are
splats unless an array is given. Locations: every op gets `location` when one is set.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

import numpy as np
from xdsl.dialects.builtin import TensorType
from xdsl.ir import Attribute, Block, Operation, SSAValue

from rdu_ir.dialects import ta


def ssa_name(name: str) -> str:
    """`name` as a valid SSA value name (`0.weight` -> `_0.weight`, other characters -> `_`)."""
    name = re.sub(r"[^\w$.-]", "_", name)
    return name if re.match(r"[A-Za-z_$.-]", name) else "_" + name


def splat_value(value: SSAValue) -> float | None:
    """The value of a splat `ta.constant` producing `value`, else None."""
    owner = value.owner
    if isinstance(owner, ta.ConstantOp):
        v = owner.splat_value()
        return None if v is None else float(v)
    return None


def shape_of(value: SSAValue) -> tuple[int, ...]:
    t = value.type
    assert isinstance(t, TensorType), f"expected a tensor, got {t}"
    return tuple(t.get_shape())


def element_of(value: SSAValue) -> Attribute:
    t = value.type
    assert isinstance(t, TensorType), f"expected a tensor, got {t}"
    return t.element_type


class TaBuilder:
    """Inserts ta ops into `block` (before `before`, or at its end)."""

    def __init__(self, block: Block, before: Operation | None = None, location: Attribute | None = None):
        self.block = block
        self.before = before
        self.location = location

    # --- insertion -----------------------------------------------------------------------

    def insert(self, op: Operation) -> Operation:
        if self.location is not None:
            op.location = self.location
        if self.before is None:
            self.block.add_op(op)
        else:
            self.block.insert_op_before(op, self.before)
        return op

    def emit(self, op: Operation) -> SSAValue:
        """Insert `op` and return its (single) result."""
        return self.insert(op).results[0]

    # --- constants -------------------------------------------------------------------------

    def splat(self, value: float, shape: Sequence[int], element: Attribute) -> SSAValue:
        return self.emit(ta.ConstantOp.splat(value, TensorType(element, list(shape))))

    def splat_like(self, value: float, like: SSAValue) -> SSAValue:
        return self.splat(value, shape_of(like), element_of(like))

    def array(self, values: np.ndarray, element: Attribute) -> SSAValue:
        return self.emit(ta.ConstantOp.from_numpy(np.asarray(values), TensorType(element, list(np.shape(values)))))

    # --- elementwise -----------------------------------------------------------------------

    def binary(self, kind: str, lhs: SSAValue, rhs: SSAValue) -> SSAValue:
        return self.emit(ta.BINARY_OPS[kind](lhs, rhs))

    def unary(self, kind: str, x: SSAValue) -> SSAValue:
        return self.emit(ta.UNARY_OPS[kind](x))

    def add(self, a: SSAValue, b: SSAValue) -> SSAValue:
        return self.binary("add", a, b)

    def sub(self, a: SSAValue, b: SSAValue) -> SSAValue:
        return self.binary("sub", a, b)

    def mul(self, a: SSAValue, b: SSAValue) -> SSAValue:
        if splat_value(a) == 1.0 and a.type == b.type:
            return b  # 1 * b: common where a gradient seed of 1 meets a product rule
        if splat_value(b) == 1.0 and a.type == b.type:
            return a
        return self.binary("mul", a, b)

    def div(self, a: SSAValue, b: SSAValue) -> SSAValue:
        return self.binary("div", a, b)

    def neg(self, a: SSAValue) -> SSAValue:
        return self.unary("neg", a)

    def scale(self, x: SSAValue, factor: float) -> SSAValue:
        """x * factor (no op when factor is 1)."""
        if factor == 1.0:
            return x
        value = splat_value(x)
        if value is not None:
            return self.splat_like(value * factor, x)  # fold splat * factor
        return self.mul(x, self.splat_like(factor, x))

    def shift(self, x: SSAValue, amount: float) -> SSAValue:
        """x + amount."""
        return self.add(x, self.splat_like(amount, x))

    def select(self, pred: str, lhs: SSAValue, rhs: SSAValue, t: SSAValue, f: SSAValue) -> SSAValue:
        return self.emit(ta.SelectOp(lhs, rhs, t, f, pred))

    # --- shapes ----------------------------------------------------------------------------

    def reshape(self, x: SSAValue, shape: Sequence[int]) -> SSAValue:
        if shape_of(x) == tuple(shape):
            return x
        return self.emit(ta.ReshapeOp(x, TensorType(element_of(x), list(shape))))

    def transpose(self, x: SSAValue, perm: Sequence[int]) -> SSAValue:
        if list(perm) == list(range(len(perm))):
            return x
        return self.emit(ta.TransposeOp(x, list(perm)))

    def broadcast(self, x: SSAValue, dims: Sequence[int], shape: Sequence[int]) -> SSAValue:
        """broadcast_in_dim (no op when it would be the identity)."""
        if shape_of(x) == tuple(shape) and list(dims) == list(range(len(shape))):
            return x
        return self.emit(ta.BroadcastOp(x, list(dims), TensorType(element_of(x), list(shape))))

    def broadcast_to(self, x: SSAValue, shape: Sequence[int]) -> SSAValue:
        """numpy-style broadcasting: trailing dims aligned, size-1 dims stretched."""
        rank = len(shape_of(x))
        offset = len(shape) - rank
        return self.broadcast(x, list(range(offset, len(shape))), shape)

    def reduce(self, kind: str, x: SSAValue, dims: Sequence[int]) -> SSAValue:
        if not dims:
            return x
        shape = shape_of(x)
        out = [s for i, s in enumerate(shape) if i not in dims]
        return self.emit(ta.ReduceOp(x, kind, sorted(dims), TensorType(element_of(x), out)))

    def keep_dims(self, x: SSAValue, reduced_from: Sequence[int], dims: Sequence[int]) -> SSAValue:
        """Broadcast a reduction result back over the reduced `dims` of shape `reduced_from`."""
        kept = [i for i in range(len(reduced_from)) if i not in dims]
        return self.broadcast(x, kept, reduced_from)

    def pad(self, x: SSAValue, low: Sequence[int], high: Sequence[int], value: float = 0.0) -> SSAValue:
        if not any(low) and not any(high):
            return x
        return self.emit(ta.PadOp(x, list(low), list(high), value))

    def slice(
        self, x: SSAValue, offsets: Sequence[int], sizes: Sequence[int], strides: Sequence[int] | None = None
    ) -> SSAValue:
        strides = list(strides) if strides is not None else [1] * len(sizes)
        if shape_of(x) == tuple(sizes) and not any(offsets) and all(s == 1 for s in strides):
            return x
        return self.emit(ta.SliceOp(x, list(offsets), list(sizes), strides))

    def concat(self, xs: Sequence[SSAValue], dim: int) -> SSAValue:
        if len(xs) == 1:
            return xs[0]
        return self.emit(ta.ConcatOp(list(xs), dim))

    def contract(self, spec: str, inputs: Sequence[SSAValue], shape: Sequence[int]) -> SSAValue:
        return self.emit(ta.ContractOp(list(inputs), spec, TensorType(element_of(inputs[0]), list(shape))))

    def unslice(
        self,
        g: SSAValue,
        shape: Sequence[int],
        offsets: Sequence[int],
        strides: Sequence[int],
        value: float = 0.0,
    ) -> SSAValue:
        """The inverse scatter of a strided slice: a tensor of `shape` holding `g` at positions
        offsets + i * strides and `value` elsewhere. Strides > 1 interleave with a
        reshape -> pad -> reshape -> slice per dimension (ta has no scatter)."""
        sizes = shape_of(g)
        if math.prod(sizes) == 0:
            return self.splat(value, shape, element_of(g))
        x = g
        for d, (n, st) in enumerate(zip(sizes, strides)):
            if st == 1 or n == 1:
                continue
            cur = list(shape_of(x))
            x = self.reshape(x, cur[: d + 1] + [1] + cur[d + 1 :])
            high = [0] * (len(cur) + 1)
            high[d + 1] = st - 1
            x = self.pad(x, [0] * (len(cur) + 1), high, value)
            x = self.reshape(x, cur[:d] + [n * st] + cur[d + 1 :])
            x = self.slice(x, [0] * len(cur), cur[:d] + [(n - 1) * st + 1] + cur[d + 1 :])
        extent = shape_of(x)
        return self.pad(x, list(offsets), [s - o - e for s, o, e in zip(shape, offsets, extent)], value)
