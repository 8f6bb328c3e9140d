"""Hypothesis strategies for random, well-typed `ta` programs and inputs for them.

    from hypothesis import given
    from rdu_ir.testing.strategies import programs_and_inputs

    @given(programs_and_inputs(max_ops=6))
    def test_my_pass(case):
        module, inputs = case
        ...

A program is a `func.func @main` whose body is a DAG of `ta` ops over the arguments: every op
takes earlier values (arguments or results), so any op may feed several others. Everything
is drawn from small integers and `sampled_from` choices, so hypothesis shrinks a failing
program towards fewer ops, earlier operands, smaller dimensions and the first op kinds listed.

Values stay finite by construction, whatever the inputs in [-2, 2]: `log`, `sqrt` and `rsqrt`
read `abs(x) + 1`, a divisor is `abs(y) + 1`, `exp` and `prod` read `tanh(x)`. (These guards
are ops of the program, so passes see them too.)
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp
from hypothesis.vendor.pretty import for_type_by_name
from xdsl.dialects import func
from xdsl.dialects.builtin import AnyFloat, IntegerType, ModuleOp, TensorType, f32
from xdsl.ir import Attribute, Block, Operation, Region, SSAValue

from rdu_ir.dialects import ta

CORE_OPS: tuple[str, ...] = (
    "binary", "unary", "contract", "reduce", "transpose", "broadcast", "reshape", "select", "constant",
)
"""The op families a program is drawn from by default."""
WINDOW_OPS: tuple[str, ...] = ("pad", "slice", "concat")
"""Further families a caller may add (`ops=CORE_OPS + WINDOW_OPS`)."""
ALL_OPS = CORE_OPS + WINDOW_OPS

BINARY = ("add", "sub", "mul", "div", "max", "min")
UNARY = ("neg", "abs", "relu", "tanh", "sigmoid", "exp", "log", "sqrt", "rsqrt", "erf")
FLOAT_ONLY = {"div", "exp", "log", "sqrt", "rsqrt", "tanh", "sigmoid", "erf"}
REDUCE_KINDS = ("sum", "max", "min", "prod")
PREDICATES = ("lt", "le", "gt", "ge", "eq", "ne")


@dataclass
class _Builder:
    """The program under construction: a block and the values ops may use."""

    block: Block
    values: list[SSAValue]
    dtype: Attribute

    def add(self, op: Operation) -> SSAValue:
        self.block.add_op(op)
        self.values.append(op.results[0])
        return op.results[0]

    def emit(self, op: Operation) -> SSAValue:
        """Add a helper op (a guard) that later ops should not pick on its own."""
        self.block.add_op(op)
        return op.results[0]

    def splat(self, value: float, shape: Sequence[int]) -> SSAValue:
        return self.emit(ta.ConstantOp.splat(value, TensorType(self.dtype, list(shape))))

    def positive(self, x: SSAValue) -> SSAValue:
        """abs(x) + 1: at least one, so safe to divide by, take log, sqrt or rsqrt of."""
        a = self.emit(ta.AbsOp(x))
        return self.emit(ta.AddOp(a, self.splat(1, shape_of(x))))


def shape_of(v: SSAValue) -> tuple[int, ...]:
    assert isinstance(v.type, TensorType)
    return tuple(v.type.get_shape())


def _is_float(dtype: Attribute) -> bool:
    return isinstance(dtype, AnyFloat)


def ta_programs(
    max_ops: int = 6,
    ops: Sequence[str] = CORE_OPS,
    max_dim: int = 5,
    max_rank: int = 3,
    max_inputs: int = 3,
    dtype: Attribute = f32,
    max_results: int = 2,
) -> st.SearchStrategy[ModuleOp]:
    """Modules with one `func.func @main` of 1..max_ops random ta ops (plus guards).

    `ops` chooses op families from ALL_OPS; `max_dim` bounds every dimension and `max_rank`
    every rank; `dtype` is the element type of every tensor (f32, bf16, or an integer type,
    which drops the float-only ops); the function has up to `max_inputs` arguments and
    `max_results` results.
    """
    unknown = [o for o in ops if o not in ALL_OPS]
    if unknown:
        raise ValueError(f"unknown op families {unknown}; choose from {ALL_OPS}")
    if max_ops < 1 or max_dim < 1 or max_rank < 1 or max_inputs < 1 or max_results < 1:
        raise ValueError("max_ops, max_dim, max_rank, max_inputs and max_results must be positive")
    return _programs(max_ops, tuple(ops), max_dim, max_rank, max_inputs, dtype, max_results)


@st.composite
def _programs(
    draw: st.DrawFn,
    max_ops: int = 6,
    ops: Sequence[str] = CORE_OPS,
    max_dim: int = 5,
    max_rank: int = 3,
    max_inputs: int = 3,
    dtype: Attribute = f32,
    max_results: int = 2,
) -> ModuleOp:
    sizes = draw(st.lists(st.integers(1, max_dim), min_size=1, max_size=3), label="dimension sizes")
    n_inputs = draw(st.integers(1, max_inputs), label="inputs")
    arg_types = []
    for _ in range(n_inputs):
        rank = draw(st.integers(1, max_rank))
        arg_types.append(TensorType(dtype, [draw(st.sampled_from(sizes)) for _ in range(rank)]))
    block = Block(arg_types=arg_types)
    for i, arg in enumerate(block.args):
        arg.name_hint = f"x{i}"
    b = _Builder(block, list(block.args), dtype)
    n_ops = draw(st.integers(1, max_ops), label="ops")
    produced: list[SSAValue] = []
    for _ in range(n_ops):
        family = draw(st.sampled_from(list(ops)), label="op")
        value = _BUILDERS[family](draw, b, sizes, max_rank, max_dim)
        if value is not None:
            produced.append(value)
    if not produced:  # every drawn family declined its operands: fall back to a negation
        produced.append(b.add(ta.NegOp(b.values[0])))
    results = [produced[-1]]
    extra = draw(st.integers(0, min(max_results, len(produced)) - 1), label="extra results")
    for _ in range(extra):
        v = produced[draw(st.integers(0, len(produced) - 1))]
        if v not in results:
            results.append(v)
    block.add_op(func.ReturnOp(*results))
    fn = func.FuncOp("main", (arg_types, [r.type for r in results]), Region(block))
    return ModuleOp([fn])


# --- one builder per op family: (draw, builder, size pool, max rank, max dim) -> value -------
def _pick(draw: st.DrawFn, b: _Builder, ok=lambda v: True) -> SSAValue | None:
    candidates = [v for v in b.values if ok(v)]
    if not candidates:
        return None
    # Index from the most recent value, so programs are chains/DAGs rather than fans of inputs.
    return candidates[len(candidates) - 1 - draw(st.integers(0, len(candidates) - 1))]


def _same_shape(draw: st.DrawFn, b: _Builder, x: SSAValue) -> SSAValue:
    other = _pick(draw, b, lambda v: v.type == x.type)
    return other if other is not None else x


def _binary(draw, b: _Builder, sizes, max_rank, max_dim):
    names = [n for n in BINARY if _is_float(b.dtype) or n not in FLOAT_ONLY]
    fn = draw(st.sampled_from(names))
    x = _pick(draw, b)
    y = _same_shape(draw, b, x)
    if fn == "div":
        y = b.positive(y)
    return b.add(ta.BINARY_OPS[fn](x, y))


def _unary(draw, b: _Builder, sizes, max_rank, max_dim):
    names = [n for n in UNARY if _is_float(b.dtype) or n not in FLOAT_ONLY]
    fn = draw(st.sampled_from(names))
    x = _pick(draw, b)
    if fn in ("log", "sqrt", "rsqrt"):
        x = b.positive(x)
    elif fn == "exp":
        x = b.emit(ta.TanhOp(x))
    return b.add(ta.UNARY_OPS[fn](x))


def _constant(draw, b: _Builder, sizes, max_rank, max_dim):
    """A binary op with a constant operand (a splat, or dense values)."""
    x = _pick(draw, b)
    shape = shape_of(x)
    if draw(st.booleans()):
        values = np.arange(math.prod(shape), dtype=np.float64).reshape(shape) % 5 - 2
        c = b.emit(ta.ConstantOp.from_numpy(values, x.type))  # type: ignore[arg-type]
    else:
        c = b.splat(draw(st.sampled_from([2, -1, 1, 3])), shape)
    fn = draw(st.sampled_from(["mul", "add", "sub", "max"]))
    return b.add(ta.BINARY_OPS[fn](x, c))


_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def _contract(draw, b: _Builder, sizes, max_rank, max_dim):
    x = _pick(draw, b)
    y = _pick(draw, b)
    xs, ys = shape_of(x), shape_of(y)
    x_letters = _LETTERS[: len(xs)]
    size_of = dict(zip(x_letters, xs))
    y_letters = ""
    fresh = iter(_LETTERS[len(xs):])
    for d in ys:
        shared = [c for c in x_letters if size_of[c] == d and c not in y_letters]
        # 0 = a new index; k = share the k-th index of x with equal size (a contraction or batch dim).
        k = draw(st.integers(0, len(shared)))
        if k:
            y_letters += shared[k - 1]
        else:
            c = next(fresh)
            size_of[c] = d
            y_letters += c
    letters = list(dict.fromkeys(x_letters + y_letters))
    kept = [c for c in letters if draw(st.booleans())][:max_rank]
    out = "".join(draw(st.permutations(kept))) if kept else ""
    spec = f"{x_letters},{y_letters}->{out}"
    result = TensorType(b.dtype, [size_of[c] for c in out])
    return b.add(ta.ContractOp([x, y], spec, result))


def _reduce(draw, b: _Builder, sizes, max_rank, max_dim):
    x = _pick(draw, b, lambda v: len(shape_of(v)) >= 1)
    if x is None:
        return None
    shape = shape_of(x)
    dims = sorted(draw(st.sets(st.integers(0, len(shape) - 1), min_size=1, max_size=len(shape))))
    kind = draw(st.sampled_from(REDUCE_KINDS))
    if kind == "prod" and _is_float(b.dtype):
        x = b.emit(ta.TanhOp(x))
    result = TensorType(b.dtype, [d for i, d in enumerate(shape) if i not in dims])
    return b.add(ta.ReduceOp(x, kind, dims, result))


def _transpose(draw, b: _Builder, sizes, max_rank, max_dim):
    x = _pick(draw, b, lambda v: len(shape_of(v)) >= 2)
    if x is None:
        return None
    perm = draw(st.permutations(range(len(shape_of(x)))))
    return b.add(ta.TransposeOp(x, perm))


def _broadcast(draw, b: _Builder, sizes, max_rank, max_dim):
    x = _pick(draw, b, lambda v: len(shape_of(v)) < max_rank)
    if x is None:
        return None
    shape = shape_of(x)
    new = draw(st.integers(1, max_rank - len(shape)))
    rank = len(shape) + new
    dims = sorted(draw(st.permutations(range(rank)))[: len(shape)])
    out = [draw(st.sampled_from(sizes)) for _ in range(rank)]
    for i, d in zip(dims, shape):
        # A size-1 input dimension may be stretched; any other keeps its size.
        out[i] = draw(st.sampled_from(sizes)) if d == 1 and draw(st.booleans()) else d
    return b.add(ta.BroadcastOp(x, dims, TensorType(b.dtype, out)))


def _reshape(draw, b: _Builder, sizes, max_rank, max_dim):
    x = _pick(draw, b)
    shape = list(shape_of(x))
    how = draw(st.sampled_from(["flatten", "merge", "split", "unit"]))
    if how == "merge" and len(shape) >= 2:
        i = draw(st.integers(0, len(shape) - 2))
        shape[i : i + 2] = [shape[i] * shape[i + 1]]
    elif how == "split" and len(shape) < max_rank:
        i = draw(st.integers(0, len(shape) - 1)) if shape else 0
        d = shape[i] if shape else 1
        divisors = [k for k in range(1, d + 1) if d % k == 0]
        k = draw(st.sampled_from(divisors))
        shape[i : i + 1] = [k, d // k]
    elif how == "unit" and len(shape) < max_rank:
        shape.insert(draw(st.integers(0, len(shape))), 1)
    else:
        shape = [math.prod(shape)]
    return b.add(ta.ReshapeOp(x, TensorType(b.dtype, shape)))


def _select(draw, b: _Builder, sizes, max_rank, max_dim):
    x = _pick(draw, b)
    y = _same_shape(draw, b, x)
    t = _same_shape(draw, b, x)
    f = _same_shape(draw, b, x)
    return b.add(ta.SelectOp(x, y, t, f, predicate=draw(st.sampled_from(PREDICATES))))


def _pad(draw, b: _Builder, sizes, max_rank, max_dim):
    x = _pick(draw, b, lambda v: len(shape_of(v)) >= 1)
    if x is None:
        return None
    rank = len(shape_of(x))
    low = [draw(st.integers(0, 2)) for _ in range(rank)]
    high = [draw(st.integers(0, 2)) for _ in range(rank)]
    return b.add(ta.PadOp(x, low, high, float(draw(st.sampled_from([0, 1, -1])))))


def _slice(draw, b: _Builder, sizes, max_rank, max_dim):
    x = _pick(draw, b, lambda v: len(shape_of(v)) >= 1)
    if x is None:
        return None
    offsets, out, strides = [], [], []
    for d in shape_of(x):
        stride = draw(st.integers(1, 2))
        offset = draw(st.integers(0, d - 1))
        size = draw(st.integers(1, (d - 1 - offset) // stride + 1))
        offsets.append(offset)
        out.append(size)
        strides.append(stride)
    return b.add(ta.SliceOp(x, offsets, out, strides))


def _concat(draw, b: _Builder, sizes, max_rank, max_dim):
    x = _pick(draw, b, lambda v: len(shape_of(v)) >= 1)
    if x is None:
        return None
    shape = shape_of(x)
    dim = draw(st.integers(0, len(shape) - 1))

    def fits(v: SSAValue) -> bool:
        s = shape_of(v)
        return len(s) == len(shape) and all(a == c for i, (a, c) in enumerate(zip(s, shape)) if i != dim)

    y = _pick(draw, b, fits)
    return b.add(ta.ConcatOp([x, y if y is not None else x], dim))


_BUILDERS = {
    "binary": _binary,
    "unary": _unary,
    "constant": _constant,
    "contract": _contract,
    "reduce": _reduce,
    "transpose": _transpose,
    "broadcast": _broadcast,
    "reshape": _reshape,
    "select": _select,
    "pad": _pad,
    "slice": _slice,
    "concat": _concat,
}


def _pretty_module(module: ModuleOp, printer, cycle: bool) -> None:
    """Falsifying examples show the program as MLIR text, not as a repr of Python objects."""
    printer.text("<ModuleOp>\n" + str(module))


for_type_by_name("xdsl.dialects.builtin", "ModuleOp", _pretty_module)


# --- inputs ------------------------------------------------------------------------------------
def entry_function(module: ModuleOp, name: str = "main") -> func.FuncOp:
    for op in module.ops:
        if isinstance(op, func.FuncOp) and op.sym_name.data == name:
            return op
    raise ValueError(f"no func.func @{name} in the module")


def _elements(dtype: np.dtype) -> st.SearchStrategy:
    if np.issubdtype(dtype, np.integer):
        return st.integers(-4, 4)
    # Multiples of 1/8 in [-2, 2]: exact in every float type, shrinking to 0.
    return st.integers(-16, 16).map(lambda k: k / 8)


def inputs_for(module: ModuleOp, entry: str = "main") -> st.SearchStrategy[list[np.ndarray]]:
    """Random finite inputs matching the arguments of `entry` (values in [-2, 2])."""
    from rdu_ir.sim.runner import tensor_parts

    parts = [tensor_parts(t) for t in entry_function(module, entry).function_type.inputs.data]
    return st.tuples(
        *(hnp.arrays(dtype, shape, elements=_elements(dtype)) for shape, dtype in parts)
    ).map(list)


@st.composite
def programs_and_inputs(draw: st.DrawFn, **knobs) -> tuple[ModuleOp, list[np.ndarray]]:
    """A program from `ta_programs(**knobs)` and inputs for it."""
    module = draw(ta_programs(**knobs))
    return module, draw(inputs_for(module))


__all__ = [
    "ALL_OPS",
    "CORE_OPS",
    "WINDOW_OPS",
    "entry_function",
    "inputs_for",
    "programs_and_inputs",
    "ta_programs",
]
