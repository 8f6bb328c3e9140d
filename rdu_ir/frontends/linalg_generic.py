"""Translating a structured linalg op (a `linalg.generic`, or a named op seen as one) to `ta`.

The body is translated as an expression, not matched against fixed shapes. Every body value
becomes an `Expr`: a `ta` tensor whose axes are some of the op's loops (in any order), or a
scalar constant. Block arguments are the operands, transposed/sliced as their indexing maps
say; scalar ops become `ta` elementwise ops on operands aligned (`ta.transpose` +
`ta.broadcast`) to the union of their loops, constants become splats of the needed shape.
Loop indices (`linalg.index`) and what is computed from them and constants alone are folded
at compile time (numpy) and become `ta.constant`s where they meet a tensor (masks, iotas).

For an output whose loops leave out some reduction loops, the yielded value must fold into
the output: `acc + x`, `acc - x`, `max(acc, x)`, `min(acc, x)`, `acc * x` (also as
`cmpf`+`select`), with `x` independent of `acc`. That becomes a `ta.reduce` of `x` combined
with the init (`init op reduce(x)`), or, when `x` is a product, a `ta.contract` of the factors
(accumulating into the init unless the init is a known zero fill). Anything else is a
diagnostic at the op.
"""

from __future__ import annotations

import math
import string
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import numpy as np
from xdsl.dialects import arith
from xdsl.dialects.builtin import (
    DenseIntOrFPElementsAttr,
    IndexType,
    IntegerType,
    TensorType,
    i32,
)
from xdsl.dialects.linalg import ops as lops
from xdsl.dialects.linalg.abstract_ops import NamedOperation
from xdsl.ir import Attribute, Block, BlockArgument, Operation, SSAValue
from xdsl.ir.affine import AffineConstantExpr, AffineDimExpr, AffineMap

from rdu_ir.diagnostics import error_at
from rdu_ir.dialects import ta
from rdu_ir.frontends import linalg_ext as lx

# --- values of the translation ----------------------------------------------------------------


@dataclass(frozen=True)
class TaValue:
    """A tensor computed by `ta` ops (or a function argument)."""

    value: SSAValue


@dataclass(frozen=True)
class Splat:
    """A tensor with one value everywhere (a fill or splat constant), materialised on demand."""

    scalar: float | int
    type: TensorType


@dataclass(frozen=True)
class Empty:
    """A `tensor.empty`: only meaningful as an init that is overwritten."""

    type: TensorType
    op: Operation


@dataclass(frozen=True)
class Scalar:
    """A scalar known at compile time (`arith.constant`)."""

    scalar: float | int


@dataclass(frozen=True)
class Opaque:
    """A value with no `ta` meaning (a scalar argument, an unranked cast, ...)."""

    op: Operation | None
    what: str


Lowered = TaValue | Splat | Empty | Scalar | Opaque


def dense_splat_value(attr: DenseIntOrFPElementsAttr) -> float | int | None:
    """The value of a splat dense attribute, without unpacking every element (they can be many)."""
    data = attr.data.data
    elem = attr.get_element_type()
    size = elem.compile_time_size
    if len(data) < size or data != data[:size] * (len(data) // size):
        return None
    return elem.unpack(data[:size], 1)[0]


class Emitter:
    """Inserts new ops before an anchor op; materialises splats once per value and type."""

    def __init__(self) -> None:
        self.anchor: Operation | None = None
        self._splats: dict[tuple[str, Attribute], SSAValue] = {}

    def emit(self, op: Operation) -> Operation:
        assert self.anchor is not None and self.anchor.parent is not None
        self.anchor.parent.insert_op_before(op, self.anchor)
        return op

    def splat(self, scalar: float, type_: TensorType) -> SSAValue:
        key = (repr(scalar), type_)
        found = self._splats.get(key)
        if found is None:
            found = self.emit(ta.ConstantOp.splat(scalar, type_)).results[0]
            self._splats[key] = found
        return found

    def value(self, lowered: Lowered, user: Operation, what: str) -> SSAValue:
        """A tensor SSA value for `lowered`, or a diagnostic at `user`."""
        if isinstance(lowered, TaValue):
            return lowered.value
        if isinstance(lowered, Splat):
            return self.splat(lowered.scalar, lowered.type)
        if isinstance(lowered, Empty):
            raise error_at(user, f"{what} reads a 'tensor.empty' whose contents are undefined")
        raise error_at(user, f"{what} is {lowered.what}, which has no tensor-algebra equivalent")


def fold_binary(kind: str, a: float, b: float) -> float | int:
    """`a kind b` of two compile-time scalars, with integer semantics when both are integers
    (division truncates; by zero, undefined in MLIR, gives 0)."""
    if isinstance(a, int) and isinstance(b, int):
        if kind == "div":
            return 0 if b == 0 else int(a / b)
        return {"add": a + b, "sub": a - b, "mul": a * b, "max": max(a, b), "min": min(a, b)}[kind]
    with np.errstate(all="ignore"):
        return float(_NUMPY_BINARY[kind](np.float64(a), np.float64(b)))


def _elem_of(value: SSAValue) -> Attribute:
    return value.type.element_type  # type: ignore[attr-defined]


def _scalar_elem(t: Attribute) -> Attribute:
    """The tensor element type for body values of scalar type `t` (loop indices are i32)."""
    return i32 if isinstance(t, IndexType) else t


def _int_width(t: Attribute) -> int | None:
    return t.width.data if isinstance(t, IntegerType) else None


def is_zero(lowered: Lowered) -> bool:
    return isinstance(lowered, Splat) and lowered.scalar == 0


# --- structured view ---------------------------------------------------------------------------


@dataclass
class Structured:
    """A structured op seen as a generic: operands, maps, iterators, body."""

    op: Operation
    inputs: Sequence[SSAValue]
    outputs: Sequence[SSAValue]
    maps: Sequence[AffineMap]  # inputs then outputs
    reductions: frozenset[int]  # loop indices iterated as reductions
    block: Block
    arg_operands: Sequence[int]  # block argument i reads operand arg_operands[i]


def structured_view(op: Operation) -> Structured:
    """`op` (generic, reduce, map or a named structured op) seen as a generic."""
    if isinstance(op, lops.ReduceOp):
        rank = len(op.input.type.get_shape())  # type: ignore[attr-defined]
        reduced = frozenset(op.dimensions.get_values())
        maps = [
            AffineMap.identity(rank),
            AffineMap(rank, 0, tuple(AffineDimExpr(d) for d in range(rank) if d not in reduced)),
        ]
        return Structured(op, [op.input], [op.init], maps, reduced, op.region.block, [0, 1])
    if isinstance(op, lx.MapOp):
        rank = len(op.init.type.get_shape())  # type: ignore[attr-defined]
        n = len(op.inputs)
        maps = [AffineMap.identity(rank)] * (n + 1)
        nargs = len(op.mapper.block.args)
        return Structured(op, list(op.inputs), [op.init], maps, frozenset(), op.mapper.block, list(range(nargs)))
    assert isinstance(op, lops.GenericOp | NamedOperation)
    maps = [m.data for m in op.get_indexing_maps().data]
    iterators = op.get_iterator_types().data
    reductions = frozenset(i for i, it in enumerate(iterators) if it.data == "reduction")
    n = len(op.inputs) + len(op.outputs)
    return Structured(op, list(op.inputs), list(op.outputs), maps, reductions, op.body.block, list(range(n)))


# --- expressions ----------------------------------------------------------------------------------


@dataclass(frozen=True, eq=False)
class Expr:
    """A body value: a tensor over `dims` (loop indices, in the tensor's axis order), a scalar
    constant, or `known` values over `dims` (loop indices and what is computed from them alone,
    folded with numpy and materialised as a `ta.constant` only where a tensor needs them)."""

    value: SSAValue | None
    dims: tuple[int, ...] = ()
    const: float | int | None = None
    known: np.ndarray | None = None

    @property
    def folded(self) -> np.ndarray | float | int | None:
        """The compile-time value (scalar or array over `dims`), if there is one."""
        return self.const if self.const is not None else self.known


ARITH_BINARY_TO_TA = {
    "arith.addf": "add",
    "arith.addi": "add",
    "arith.subf": "sub",
    "arith.subi": "sub",
    "arith.mulf": "mul",
    "arith.muli": "mul",
    "arith.divf": "div",
    "arith.divsi": "div",
    "arith.maximumf": "max",
    "arith.maxnumf": "max",
    "arith.maxsi": "max",
    "arith.minimumf": "min",
    "arith.minnumf": "min",
    "arith.minsi": "min",
}
ARITH_UNARY_TO_TA = {
    "arith.negf": "neg",
    "math.exp": "exp",
    "math.log": "log",
    "math.tanh": "tanh",
    "math.erf": "erf",
    "math.sqrt": "sqrt",
    "math.rsqrt": "rsqrt",
    "math.absf": "abs",
}
_NUMPY_BINARY: dict[str, Callable] = {
    "add": np.add,
    "sub": np.subtract,
    "mul": np.multiply,
    "div": np.divide,
    "max": np.maximum,
    "min": np.minimum,
}
_NUMPY_UNARY: dict[str, Callable] = {
    "neg": np.negative,
    "exp": np.exp,
    "log": np.log,
    "tanh": np.tanh,
    "erf": np.vectorize(math.erf),
    "sqrt": np.sqrt,
    "rsqrt": lambda x: 1 / np.sqrt(x),
    "abs": np.abs,
}
# cmpf predicate index -> (ta predicate, is "greater"-like); ordered and unordered alike.
_CMPF = {1: "eq", 2: "gt", 3: "ge", 4: "lt", 5: "le", 6: "ne", 8: "eq", 9: "gt", 10: "ge", 11: "lt", 12: "le", 13: "ne"}
_CMPI = {0: "eq", 1: "ne", 2: "lt", 3: "le", 4: "gt", 5: "ge"}
_CMPI_UNSIGNED = {6: "lt", 7: "le", 8: "gt", 9: "ge"}
# Folds over reduction loops: combiner -> ta.reduce kind; identity of the init that can be dropped.
_FOLD_KIND = {"add": "sum", "max": "max", "min": "min", "mul": "prod"}
_IDENTITY = {"sum": 0.0, "max": -math.inf, "min": math.inf, "prod": 1.0}
_LETTERS = string.ascii_lowercase + string.ascii_uppercase


@dataclass
class GenericLowering:
    """Lowers one structured op; `lookup` gives the translation of values defined outside it."""

    view: Structured
    lookup: Callable[[SSAValue], Lowered]
    emitter: Emitter
    sizes: list[int] = field(default_factory=list)
    _memo: dict[SSAValue, Expr] = field(default_factory=dict)
    _elem: Attribute | None = None

    # -- setup --

    def _fail(self, message: str) -> Exception:
        return error_at(self.view.op, message)

    def _loop_sizes(self) -> None:
        view = self.view
        operands = [*view.inputs, *view.outputs]
        num_loops = view.maps[0].num_dims if view.maps else 0
        sizes: list[int | None] = [None] * num_loops
        for i, (operand, amap) in enumerate(zip(operands, view.maps, strict=True)):
            shape = operand.type.get_shape() if isinstance(operand.type, TensorType) else ()
            for axis, expr in enumerate(amap.results):
                if isinstance(expr, AffineDimExpr):
                    sizes[expr.position] = shape[axis]
                elif not isinstance(expr, AffineConstantExpr):
                    raise self._fail(
                        f"indexing map #{i} ({amap}) is not a projected permutation: result {axis} is "
                        f"'{expr}'; windowed access needs the named convolution/pooling ops"
                    )
        for d, size in enumerate(sizes):
            if size is None:
                raise self._fail(f"loop d{d} indexes no operand dimension, so its range is unknown")
        self.sizes = [s for s in sizes if s is not None]
        if num_loops > len(_LETTERS):
            raise self._fail(f"{num_loops} loops are more than supported ({len(_LETTERS)})")

    # -- tensors over loops --

    def _type(self, dims: Sequence[int], elem: Attribute | None = None) -> TensorType:
        elem = elem or self._elem
        assert elem is not None
        return TensorType(elem, [self.sizes[d] for d in dims])

    def align(self, e: Expr, target: Sequence[int], elem: Attribute | None = None) -> SSAValue:
        """`e` as a tensor over exactly `target` (transposed, then broadcast along new loops);
        a constant becomes a splat of element type `elem` (default: the output's)."""
        target = tuple(target)
        if e.const is not None:
            return self.emitter.splat(e.const, self._type(target, elem))
        if e.known is not None:
            arr = np.broadcast_to(self._np_align(e, target), [self.sizes[d] for d in target])
            elem = elem or (i32 if arr.dtype.kind in "iu" else self._elem)
            return self.emitter.emit(ta.ConstantOp.from_numpy(np.ascontiguousarray(arr), self._type(target, elem))).results[0]
        sub = [d for d in target if d in e.dims]
        if len(sub) != len(e.dims):
            extra = [f"d{d}" for d in e.dims if d not in target]
            raise self._fail(
                f"a body value varies along loop(s) {', '.join(extra)}, which the result does not have"
            )
        value = e.value
        if tuple(sub) != e.dims:
            perm = [e.dims.index(d) for d in sub]
            value = self.emitter.emit(ta.TransposeOp(value, perm)).results[0]
        if len(sub) != len(target):
            positions = [target.index(d) for d in sub]
            value = self.emitter.emit(ta.BroadcastOp(value, positions, self._type(target, _elem_of(value)))).results[0]
        return value

    def _operand_expr(self, index: int, as_tensor: bool = False) -> Expr:
        """Operand `index` of the op, read through its indexing map.

        A splat operand is a constant of the body unless `as_tensor` (the factors of a
        contraction stay tensors, so a matmul with constant weights remains a contraction).
        """
        operands = [*self.view.inputs, *self.view.outputs]
        operand = operands[index]
        what = f"operand #{index}"
        lowered = self.lookup(operand)
        if isinstance(lowered, Scalar):
            return Expr(None, (), lowered.scalar)
        if isinstance(lowered, Splat) and not as_tensor:
            return Expr(None, (), lowered.scalar)
        value = self.emitter.value(lowered, self.view.op, what)
        amap = self.view.maps[index]
        shape = list(value.type.get_shape())  # type: ignore[attr-defined]
        dims: list[int] = []
        const_axes: list[tuple[int, int]] = []
        for axis, expr in enumerate(amap.results):
            if isinstance(expr, AffineDimExpr):
                if expr.position in dims:
                    raise self._fail(f"indexing map #{index} ({amap}) repeats d{expr.position} (a diagonal)")
                dims.append(expr.position)
            else:
                assert isinstance(expr, AffineConstantExpr)
                const_axes.append((axis, expr.value))
        if const_axes:
            offsets = [0] * len(shape)
            sizes = list(shape)
            for axis, c in const_axes:
                if not 0 <= c < shape[axis]:
                    raise self._fail(f"indexing map #{index} ({amap}) reads index {c} of a dimension of size {shape[axis]}")
                offsets[axis], sizes[axis] = c, 1
            if any(shape[a] != 1 for a, _ in const_axes):
                value = self.emitter.emit(ta.SliceOp(value, offsets, sizes, [1] * len(shape))).results[0]
            kept = [s for a, s in enumerate(shape) if a not in {ax for ax, _ in const_axes}]
            value = self.emitter.emit(ta.ReshapeOp(value, TensorType(_elem_of(value), kept))).results[0]
        return Expr(value, tuple(dims))

    # -- the body --

    def lower_value(self, v: SSAValue) -> Expr:
        found = self._memo.get(v)
        if found is not None:
            return found
        if isinstance(v, BlockArgument) and v.owner is self.view.block:
            e = self._operand_expr(self.view.arg_operands[v.index])
        elif v.owner is not None and isinstance(v.owner, Operation) and v.owner.parent_block() is self.view.block:
            e = self._lower_op(v.owner)
        else:
            lowered = self.lookup(v)
            if isinstance(lowered, Scalar):
                e = Expr(None, (), lowered.scalar)
            else:
                raise self._fail(
                    "the body uses a value defined outside it that is not a compile-time constant"
                )
        self._memo[v] = e
        return e

    def _np_align(self, e: Expr, target: Sequence[int]) -> np.ndarray:
        """The compile-time values of `e`, transposed and given unit axes to broadcast over `target`."""
        if e.const is not None:
            return np.asarray(e.const)
        assert e.known is not None
        sub = [d for d in target if d in e.dims]
        arr = np.transpose(e.known, [e.dims.index(d) for d in sub])
        return arr.reshape([self.sizes[d] if d in e.dims else 1 for d in target])

    @staticmethod
    def _union(a: Expr, b: Expr) -> tuple[int, ...]:
        if set(b.dims) <= set(a.dims):
            return a.dims
        if set(a.dims) <= set(b.dims):
            return b.dims
        return a.dims + tuple(d for d in b.dims if d not in a.dims)

    def _binary(self, kind: str, a: Expr, b: Expr) -> Expr:
        if a.const is not None and b.const is not None:
            return Expr(None, (), fold_binary(kind, a.const, b.const))
        target = self._union(a, b)
        if a.folded is not None and b.folded is not None:
            x, y = self._np_align(a, target), self._np_align(b, target)
            if x.dtype.kind in "iu" and y.dtype.kind in "iu":
                if kind == "div":
                    safe = np.where(y == 0, 1, y)
                    known = np.where(y == 0, 0, np.trunc(x / safe)).astype(np.int64)
                else:
                    known = _NUMPY_BINARY[kind](x, y)
            else:
                with np.errstate(all="ignore"):
                    known = _NUMPY_BINARY[kind](x.astype(np.float64), y.astype(np.float64))
            shape = [self.sizes[d] for d in target]
            return Expr(None, target, known=np.ascontiguousarray(np.broadcast_to(known, shape)))
        elem = _elem_of(a.value) if a.value is not None else _elem_of(b.value)  # type: ignore[arg-type]
        op = ta.BINARY_OPS[kind](self.align(a, target, elem), self.align(b, target, elem))
        return Expr(self.emitter.emit(op).results[0], target)

    def _unary(self, kind: str, a: Expr) -> Expr:
        if a.known is not None:
            if a.known.dtype.kind in "iu" and kind in ("neg", "abs"):
                return Expr(None, a.dims, known=-a.known if kind == "neg" else np.abs(a.known))
            with np.errstate(all="ignore"):
                return Expr(None, a.dims, known=np.asarray(_NUMPY_UNARY[kind](a.known.astype(np.float64))))
        if a.value is None:
            if isinstance(a.const, int) and kind in ("neg", "abs"):
                return Expr(None, (), -a.const if kind == "neg" else abs(a.const))
            with np.errstate(all="ignore"):
                return Expr(None, (), float(_NUMPY_UNARY[kind](np.float64(a.const))))
        return Expr(self.emitter.emit(ta.UNARY_OPS[kind](a.value)).results[0], a.dims)

    def _lower_op(self, op: Operation) -> Expr:
        name = op.name
        if name in ARITH_BINARY_TO_TA:
            return self._binary(ARITH_BINARY_TO_TA[name], self.lower_value(op.operands[0]), self.lower_value(op.operands[1]))
        if name in ARITH_UNARY_TO_TA:
            return self._unary(ARITH_UNARY_TO_TA[name], self.lower_value(op.operands[0]))
        if isinstance(op, arith.ConstantOp):
            value = op.value
            if hasattr(value, "value") and not isinstance(value, DenseIntOrFPElementsAttr):
                return Expr(None, (), value.value.data)  # type: ignore[union-attr]
        if name == "math.powf":
            exponent = self.lower_value(op.operands[1])
            base = self.lower_value(op.operands[0])
            if exponent.value is None and exponent.const in (1.0, 2.0, 0.5, -1.0):
                if exponent.const == 1.0:
                    return base
                if exponent.const == 2.0:
                    return self._binary("mul", base, base)
                if exponent.const == 0.5:
                    return self._unary("sqrt", base)
                return self._binary("div", Expr(None, (), 1.0), base)
            raise error_at(op, "math.powf is supported only with a constant exponent 1, 2, 0.5 or -1")
        if isinstance(op, arith.SelectOp):
            return self._select(op)
        if name == "linalg.index":
            return self._iota(op)
        if name in ("arith.index_cast", "arith.index_castui") and _int_width(op.results[0].type) in (32, 64, None):
            return self.lower_value(op.operands[0])  # loop indices are kept as i32
        if name in ("arith.sitofp", "arith.uitofp"):
            return self._int_to_float(op)
        raise error_at(op, f"'{name}' in a linalg body has no tensor-algebra translation")

    def _non_negative(self, v: SSAValue) -> bool:
        """A loop index, or a non-negative constant (where unsigned and signed comparisons agree)."""
        owner = v.owner
        if isinstance(owner, Operation) and owner.name == "linalg.index":
            return True
        folded = self.lower_value(v).folded
        return folded is not None and bool(np.all(np.asarray(folded) >= 0))

    def _iota(self, op: Operation) -> Expr:
        """`linalg.index d`: the loop index as an i32 tensor over loop d."""
        d = op.properties["dim"].value.data  # type: ignore[attr-defined]
        if not 0 <= d < len(self.sizes):
            raise error_at(op, f"linalg.index {d} out of range for {len(self.sizes)} loops")
        return Expr(None, (d,), known=np.arange(self.sizes[d], dtype=np.int64))

    def _int_to_float(self, op: Operation) -> Expr:
        """sitofp/uitofp: folded on constants (a loop index is one); ta has no conversion op."""
        e = self.lower_value(op.operands[0])
        if e.const is not None:
            return Expr(None, (), float(e.const))
        if e.known is not None:
            return Expr(None, e.dims, known=e.known.astype(np.float64))
        raise error_at(op, f"'{op.name}' of a computed value has no tensor-algebra translation (ta has no conversion op)")

    def _minmax_of_select(self, op: arith.SelectOp) -> tuple[str, SSAValue, SSAValue] | None:
        """`select(cmp(a, b), a, b)` as max/min (relu and max folds are often written so)."""
        cond = op.cond.owner
        if not isinstance(cond, arith.CmpfOp | arith.CmpiOp):
            return None
        pred = (_CMPF if isinstance(cond, arith.CmpfOp) else _CMPI).get(cond.predicate.value.data)
        a, b = cond.lhs, cond.rhs
        t, f = op.lhs, op.rhs
        if pred in ("gt", "ge"):
            if (t, f) == (a, b):
                return ("max", a, b)
            if (t, f) == (b, a):
                return ("min", a, b)
        if pred in ("lt", "le"):
            if (t, f) == (a, b):
                return ("min", a, b)
            if (t, f) == (b, a):
                return ("max", a, b)
        return None

    def _select(self, op: arith.SelectOp) -> Expr:
        minmax = self._minmax_of_select(op)
        if minmax is not None:
            kind, a, b = minmax
            return self._binary(kind, self.lower_value(a), self.lower_value(b))
        cond = op.cond.owner
        if not isinstance(cond, arith.CmpfOp | arith.CmpiOp) or cond.parent_block() is not self.view.block:
            raise error_at(op, "arith.select is supported only on an arith.cmpf/cmpi of the same body")
        table = _CMPF if isinstance(cond, arith.CmpfOp) else _CMPI
        pred = table.get(cond.predicate.value.data)
        if pred is None and isinstance(cond, arith.CmpiOp) and self._non_negative(cond.lhs) and self._non_negative(cond.rhs):
            pred = _CMPI_UNSIGNED.get(cond.predicate.value.data)  # same as signed on non-negative values
        if pred is None:
            raise error_at(cond, f"comparison predicate {cond.predicate.value.data} has no tensor-algebra translation")
        parts = [self.lower_value(v) for v in (cond.lhs, cond.rhs, op.lhs, op.rhs)]
        target: tuple[int, ...] = ()
        for p in sorted(parts, key=lambda p: p.value is None):  # computed tensors keep their axis order
            target = target + tuple(d for d in p.dims if d not in target)
        compare = {"eq": np.equal, "ne": np.not_equal, "lt": np.less, "le": np.less_equal, "gt": np.greater, "ge": np.greater_equal}[pred]
        if all(p.folded is not None for p in parts):
            x, y, t, f = (self._np_align(p, target) for p in parts)
            if not target:
                return parts[2] if bool(compare(x, y)) else parts[3]
            known = np.where(compare(x, y), t, f)
            return Expr(None, target, known=np.ascontiguousarray(np.broadcast_to(known, [self.sizes[d] for d in target])))
        # ta.select has one element type: compile-time comparands take the selected values' type.
        val_elem = _scalar_elem(op.result.type)
        cmp_elem = next((_elem_of(p.value) for p in parts[:2] if p.value is not None), val_elem)
        if cmp_elem != val_elem:
            raise error_at(op, f"selecting {val_elem} values on a comparison of {cmp_elem} tensors is not expressible in ta")
        aligned = [self.align(p, target, cmp_elem) for p in parts[:2]] + [self.align(p, target, val_elem) for p in parts[2:]]
        return Expr(self.emitter.emit(ta.SelectOp(*aligned, predicate=pred)).results[0], target)

    # -- outputs --

    def _depends_on_outputs(self) -> set[SSAValue]:
        """Body values computed from an output (accumulator) block argument."""
        n_in = len(self.view.inputs)
        tainted: set[SSAValue] = {
            arg for arg, operand in zip(self.view.block.args, self.view.arg_operands) if operand >= n_in
        }
        for op in self.view.block.ops:
            if any(o in tainted for o in op.operands):
                tainted.update(op.results)
        return tainted

    def _fold(self, yielded: SSAValue, acc: SSAValue, tainted: set[SSAValue]) -> tuple[str, SSAValue] | None:
        """(kind, x) when `yielded` is `acc <op> x` with `x` independent of the outputs."""
        op = yielded.owner
        if not isinstance(op, Operation) or op.parent_block() is not self.view.block:
            return None
        if isinstance(op, arith.SelectOp):
            minmax = self._minmax_of_select(op)
            if minmax is None:
                return None
            kind, a, b = minmax
        elif op.name in ARITH_BINARY_TO_TA and ARITH_BINARY_TO_TA[op.name] in ("add", "sub", "mul", "max", "min"):
            kind, a, b = ARITH_BINARY_TO_TA[op.name], op.operands[0], op.operands[1]
        else:
            return None
        if kind == "sub":
            return ("sub", b) if a is acc and b not in tainted else None
        if a is acc and b not in tainted:
            return (kind, b)
        if b is acc and a not in tainted:
            return (kind, a)
        return None

    def _factors(self, v: SSAValue, out: list[SSAValue]) -> None:
        op = v.owner
        if isinstance(op, Operation) and op.parent_block() is self.view.block and op.name in ("arith.mulf", "arith.muli"):
            self._factors(op.operands[0], out)
            self._factors(op.operands[1], out)
        else:
            out.append(v)

    def _factor(self, v: SSAValue) -> Expr:
        if isinstance(v, BlockArgument) and v.owner is self.view.block:
            return self._operand_expr(self.view.arg_operands[v.index], as_tensor=True)
        return self.lower_value(v)

    def lower(self) -> list[Lowered]:
        view = self.view
        self._loop_sizes()
        n_in = len(view.inputs)
        results: list[Lowered] = []
        yield_op = view.block.last_op
        if yield_op is None or len(yield_op.operands) != len(view.outputs):
            raise self._fail("the body must yield one value per output")
        tainted = self._depends_on_outputs()
        out_args = {operand: arg for arg, operand in zip(view.block.args, view.arg_operands) if operand >= n_in}
        for k, (out, yielded) in enumerate(zip(view.outputs, yield_op.operands, strict=True)):
            assert isinstance(out.type, TensorType)
            self._elem = out.type.element_type
            out_map = view.maps[n_in + k]
            out_dims = []
            for expr in out_map.results:
                if not isinstance(expr, AffineDimExpr):
                    raise self._fail(f"output indexing map {out_map} is not a projected permutation")
                out_dims.append(expr.position)
            missing = [d for d in range(len(self.sizes)) if d not in out_dims and d not in view.reductions]
            if missing:
                raise self._fail(f"parallel loop d{missing[0]} does not index output #{k}")
            reduced = [d for d in range(len(self.sizes)) if d not in out_dims]
            if not reduced:
                results.append(TaValue(self.align(self.lower_value(yielded), out_dims, self._elem)))
                continue
            acc = out_args.get(n_in + k)
            fold = self._fold(yielded, acc, tainted) if acc is not None else None
            if fold is None:
                raise self._fail(
                    f"output #{k} is not a fold over its reduction loops (expected the body to yield "
                    f"'acc op x' with op one of add, sub, mul, max, min and x independent of the outputs)"
                )
            results.append(self._lower_fold(fold[0], fold[1], tuple(out_dims), reduced, n_in + k))
        return results

    def _lower_fold(self, kind: str, x: SSAValue, out_dims: tuple[int, ...], reduced: list[int], out_index: int) -> Lowered:
        init = self.lookup([*self.view.inputs, *self.view.outputs][out_index])
        if isinstance(init, Empty):
            raise self._fail(f"the reduction accumulates into operand #{out_index}, a 'tensor.empty' whose contents are undefined")
        reduce_kind = "sum" if kind == "sub" else _FOLD_KIND[kind]
        drop_init = kind != "sub" and isinstance(init, Splat) and init.scalar == _IDENTITY[reduce_kind]
        factors: list[SSAValue] = []
        if reduce_kind == "sum":
            self._factors(x, factors)
        exprs = [self._factor(f) for f in factors] if len(factors) > 1 else []
        exprs = [Expr(self.align(e, e.dims), e.dims) if e.known is not None else e for e in exprs]
        tensors = [e for e in exprs if e.value is not None]
        if len(tensors) >= 2:
            scale = 1.0
            for e in exprs:
                if e.value is None:
                    scale *= float(e.const)  # type: ignore[arg-type]
            covered = {d for e in tensors for d in e.dims}
            values = [e.value for e in tensors]
            specs = [e.dims for e in tensors]
            absent = [d for d in reduced if d not in covered]
            if absent:  # a reduction loop no factor varies along still repeats the sum
                target = specs[0] + tuple(absent)
                values[0] = self.align(tensors[0], target)
                specs[0] = target
            res_dims = tuple(d for d in out_dims if d in covered)
            spec = ",".join("".join(_LETTERS[d] for d in s) for s in specs) + "->" + "".join(_LETTERS[d] for d in res_dims)
            use_acc = kind == "add" and not drop_init and scale == 1.0 and res_dims == out_dims
            acc = self.emitter.value(init, self.view.op, f"operand #{out_index}") if use_acc else None
            contract = ta.ContractOp(values, spec, self._type(res_dims), acc=acc)
            total = Expr(self.emitter.emit(contract).results[0], res_dims)
            if scale != 1.0:
                total = self._binary("mul", total, Expr(None, (), scale))
            if use_acc or drop_init:
                return TaValue(self.align(total, out_dims))
        else:
            xe = self.lower_value(x)
            total = self._reduce(reduce_kind, xe, reduced)
            if drop_init:
                return TaValue(self.align(total, out_dims))
        if kind == "sub" and is_zero(init):  # 0 - sum(x)
            return TaValue(self.align(self._unary("neg", total), out_dims))
        init_expr = Expr(None, (), init.scalar) if isinstance(init, Splat) else Expr(
            self.emitter.value(init, self.view.op, f"operand #{out_index}"), out_dims
        )
        combine = {"sum": "add", "max": "max", "min": "min", "prod": "mul"}[reduce_kind]
        if kind == "sub":
            combine = "sub"
        combined = self._binary(combine, init_expr, total)
        return TaValue(self.align(combined, out_dims))

    def _reduce(self, kind: str, xe: Expr, reduced: list[int]) -> Expr:
        dims = xe.dims
        if kind in ("sum", "prod"):
            # Every reduction iteration contributes, also along loops x does not vary with.
            dims = dims + tuple(d for d in reduced if d not in dims)
        positions = [i for i, d in enumerate(dims) if d in reduced]
        if not positions:
            return xe
        if xe.value is None or dims != xe.dims:
            xe = Expr(self.align(xe, dims), dims)
        kept = tuple(d for d in dims if d not in reduced)
        assert xe.value is not None
        op = ta.ReduceOp(xe.value, kind, positions, self._type(kept, _elem_of(xe.value)))
        return Expr(self.emitter.emit(op).results[0], kept)
