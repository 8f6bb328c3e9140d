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

`render_linalg(module)` writes such a program as MLIR linalg on tensors, so a property can check
that `linalg-to-ta` of it computes the same values.

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
from xdsl.dialects.builtin import AnyFloat, ModuleOp, TensorType, f32
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




# --- the same program as linalg on tensors -------------------------------------------------------
class _LinalgWriter:
    """Writes a ta function as MLIR linalg on tensors, the way upstream tools print it: generics
    with projected-permutation maps and arith/math bodies, named ops where they exist, and
    tensor.collapse_shape/expand_shape/pad/extract_slice/concat."""

    def __init__(self, fn: func.FuncOp):
        self.fn = fn
        self.lines: list[str] = []
        self.names: dict[SSAValue, str] = {}
        self.count = 0

    def fresh(self) -> str:
        self.count += 1
        return f"%v{self.count}"

    def line(self, text: str) -> None:
        self.lines.append("    " + text)

    # element-type specific spellings
    def is_float(self, t: TensorType) -> bool:
        return _is_float(t.element_type)

    def scalar(self, value: float, t: TensorType) -> str:
        name = self.fresh()
        if self.is_float(t):
            v = {math.inf: "0x7F800000", -math.inf: "0xFF800000"}.get(value, f"{float(value):e}")
        else:
            v = str(int(max(min(value, 2**31 - 1), -(2**31))))
        self.line(f"{name} = arith.constant {v} : {t.element_type}")
        return name

    def empty(self, t: TensorType, fill: float | None = None) -> str:
        name = self.fresh()
        self.line(f"{name} = tensor.empty() : {t}")
        if fill is None:
            return name
        c = self.scalar(fill, t)
        filled = self.fresh()
        self.line(f"{filled} = linalg.fill ins({c} : {t.element_type}) outs({name} : {t}) -> {t}")
        return filled

    @staticmethod
    def amap(n: int, dims: Sequence[int]) -> str:
        loops = ", ".join(f"d{i}" for i in range(n))
        return f"affine_map<({loops}) -> ({', '.join(f'd{d}' for d in dims)})>"

    def generic(self, ins: list[tuple[str, TensorType, list[int]]], out: TensorType, out_dims: list[int],
                iterators: list[str], body, init: str | None = None) -> str:
        """`body(args, emit) -> value name`; args are the block's scalar names."""
        n = len(iterators)
        maps = [self.amap(n, d) for _, _, d in ins] + [self.amap(n, out_dims)]
        init = init or self.empty(out)
        res = self.fresh()
        ins_text = ", ".join(v for v, _, _ in ins)
        ins_types = ", ".join(str(t) for _, t, _ in ins)
        its = ", ".join(f'"{i}"' for i in iterators)
        head = f"{res} = linalg.generic {{indexing_maps = [{', '.join(maps)}], iterator_types = [{its}]}}"
        if ins:
            head += f" ins({ins_text} : {ins_types})"
        self.line(f"{head} outs({init} : {out}) {{")
        elem = out.element_type
        args = [f"%a{i}" for i in range(len(ins))] + ["%acc"]
        self.lines.append("    ^bb0(" + ", ".join(f"{a}: {t.element_type}" for a, (_, t, _) in zip(args, ins))
                          + (", " if ins else "") + f"%acc: {elem}):")
        body_lines: list[str] = []

        def emit(text: str) -> str:
            name = self.fresh()
            body_lines.append(f"      {name} = {text}")
            return name

        value = body(args, emit)
        self.lines.extend(body_lines)
        self.lines.append(f"      linalg.yield {value} : {elem}")
        self.line(f"}} -> {out}")
        return res

    # one method per ta op ------------------------------------------------------------------
    def elementwise(self, op: Operation, fn) -> str:
        t = op.results[0].type
        rank = len(t.get_shape())
        ins = [(self.names[v], v.type, list(range(rank))) for v in op.operands]
        return self.generic(ins, t, list(range(rank)), ["parallel"] * rank, fn)

    def binary_body(self, kind: str, t: TensorType, a: str, b: str, emit) -> str:
        f = self.is_float(t)
        table = {
            "add": ("arith.addf", "arith.addi"), "sub": ("arith.subf", "arith.subi"),
            "mul": ("arith.mulf", "arith.muli"), "div": ("arith.divf", "arith.divsi"),
            "max": ("arith.maximumf", "arith.maxsi"), "min": ("arith.minimumf", "arith.minsi"),
        }
        return emit(f"{table[kind][0 if f else 1]} {a}, {b} : {t.element_type}")

    def unary_body(self, kind: str, t: TensorType, x: str, emit) -> str:
        e = t.element_type
        if not self.is_float(t):
            zero = emit(f"arith.constant 0 : {e}")
            if kind == "neg":
                return emit(f"arith.subi {zero}, {x} : {e}")
            if kind == "abs":
                return emit(f"math.absi {x} : {e}")
            return emit(f"arith.maxsi {x}, {zero} : {e}")  # relu
        if kind == "neg":
            return emit(f"arith.negf {x} : {e}")
        if kind == "relu":
            zero = emit(f"arith.constant 0.000000e+00 : {e}")
            return emit(f"arith.maximumf {x}, {zero} : {e}")
        if kind == "sigmoid":
            one = emit(f"arith.constant 1.000000e+00 : {e}")
            n = emit(f"arith.negf {x} : {e}")
            ex = emit(f"math.exp {n} : {e}")
            d = emit(f"arith.addf {one}, {ex} : {e}")
            return emit(f"arith.divf {one}, {d} : {e}")
        name = {"abs": "math.absf"}.get(kind, f"math.{kind}")
        return emit(f"{name} {x} : {e}")

    def write(self, op: Operation) -> str | None:
        t = op.results[0].type if op.results else None
        if isinstance(op, ta.BinaryElementwiseOp):
            kind = op.name.split(".")[1]
            return self.elementwise(op, lambda a, emit: self.binary_body(kind, t, a[0], a[1], emit))
        if isinstance(op, ta.UnaryElementwiseOp):
            kind = op.name.split(".")[1]
            return self.elementwise(op, lambda a, emit: self.unary_body(kind, t, a[0], emit))
        if isinstance(op, ta.SelectOp):
            f = self.is_float(t)
            pred = op.predicate.data
            cmp = ("arith.cmpf", {"eq": "oeq", "ne": "one", "lt": "olt", "le": "ole", "gt": "ogt", "ge": "oge"}[pred]) \
                if f else ("arith.cmpi", {"eq": "eq", "ne": "ne", "lt": "slt", "le": "sle", "gt": "sgt", "ge": "sge"}[pred])

            def body(a, emit):
                c = emit(f"{cmp[0]} {cmp[1]}, {a[0]}, {a[1]} : {t.element_type}")
                return emit(f"arith.select {c}, {a[2]}, {a[3]} : {t.element_type}")

            return self.elementwise(op, body)
        if isinstance(op, ta.ContractOp):
            spec = ta.ContractSpec.parse(op.spec.data)
            letters = list(dict.fromkeys("".join(spec.inputs) + spec.output))
            loops = [c for c in letters if c in spec.output] + [c for c in letters if c not in spec.output]
            ins = [(self.names[v], v.type, [loops.index(c) for c in term]) for v, term in zip(op.inputs, spec.inputs)]
            iters = ["parallel" if c in spec.output else "reduction" for c in loops]

            def body(a, emit):
                p = a[0]
                for x in a[1:-1]:
                    p = self.binary_body("mul", t, p, x, emit)
                return self.binary_body("add", t, a[-1], p, emit)

            return self.generic(ins, t, [loops.index(c) for c in spec.output], iters, body, self.empty(t, 0))
        if isinstance(op, ta.ReduceOp):
            x = op.input
            rank = len(x.type.get_shape())
            dims = list(op.dims.get_values())
            kind = op.kind.data
            init = {"sum": 0.0, "prod": 1.0, "max": -math.inf, "min": math.inf}[kind]
            if not self.is_float(t):
                init = {"sum": 0, "prod": 1, "max": -(2**31), "min": 2**31 - 1}[kind]
            iters = ["reduction" if i in dims else "parallel" for i in range(rank)]
            combine = {"sum": "add", "prod": "mul", "max": "max", "min": "min"}[kind]
            return self.generic(
                [(self.names[x], x.type, list(range(rank)))], t, [i for i in range(rank) if i not in dims], iters,
                lambda a, emit: self.binary_body(combine, t, a[0], a[1], emit), self.empty(t, init),
            )
        if isinstance(op, ta.TransposeOp):
            res, init = self.fresh(), self.empty(t)
            perm = ", ".join(str(p) for p in op.perm.get_values())
            self.line(f"{res} = linalg.transpose ins({self.names[op.input]} : {op.input.type}) "
                      f"outs({init} : {t}) permutation = [{perm}]")
            return res
        if isinstance(op, ta.BroadcastOp):
            return self.broadcast(op)
        if isinstance(op, ta.ReshapeOp):
            return self.reshape(self.names[op.input], op.input.type, t)
        if isinstance(op, ta.ConstantOp):
            res = self.fresh()
            self.line(f"{res} = arith.constant {op.value}")
            return res
        if isinstance(op, ta.PadOp):
            c = self.scalar(op.value.value.data, t)
            res = self.fresh()
            low = ", ".join(str(v) for v in op.low.get_values())
            high = ", ".join(str(v) for v in op.high.get_values())
            idx = ", ".join(f"%i{i}: index" for i in range(len(t.get_shape())))
            self.line(f"{res} = tensor.pad {self.names[op.input]} low[{low}] high[{high}] {{")
            self.lines.append(f"    ^bb0({idx}):")
            self.lines.append(f"      tensor.yield {c} : {t.element_type}")
            self.line(f"}} : {op.input.type} to {t}")
            return res
        if isinstance(op, ta.SliceOp):
            res = self.fresh()
            parts = [", ".join(str(v) for v in getattr(op, k).get_values()) for k in ("offsets", "sizes", "strides")]
            self.line(f"{res} = tensor.extract_slice {self.names[op.input]}[{parts[0]}] [{parts[1]}] [{parts[2]}] "
                      f": {op.input.type} to {t}")
            return res
        if isinstance(op, ta.ConcatOp):
            res = self.fresh()
            names = ", ".join(self.names[v] for v in op.inputs)
            types = ", ".join(str(v.type) for v in op.inputs)
            self.line(f"{res} = tensor.concat dim({op.dim.value.data}) {names} : ({types}) -> {t}")
            return res
        raise ValueError(f"no linalg rendering for {op.name}")

    def broadcast(self, op: ta.BroadcastOp) -> str:
        x, t = op.input, op.results[0].type
        in_shape, out_shape = x.type.get_shape(), t.get_shape()
        dims = list(op.dims.get_values())
        kept = [i for i, d in enumerate(dims) if in_shape[i] == out_shape[d]]
        src, src_t = self.names[x], x.type
        if len(kept) < len(dims):  # stretched size-1 dims: collapse them away first
            groups: list[list[int]] = []
            pending: list[int] = []
            for i in range(len(in_shape)):
                if i in kept:
                    groups.append(pending + [i])
                    pending = []
                elif groups:
                    groups[-1].append(i)
                else:
                    pending.append(i)
            src_t = TensorType(t.element_type, [in_shape[i] for i in kept])
            src = self.collapse(src, x.type, src_t, groups)
        new_dims = [d for d in range(len(out_shape)) if d not in [dims[i] for i in kept]]
        if len(kept) == len(dims) and new_dims:
            res, init = self.fresh(), self.empty(t)
            self.line(f"{res} = linalg.broadcast ins({src} : {src_t}) outs({init} : {t}) "
                      f"dimensions = [{', '.join(str(d) for d in new_dims)}]")
            return res
        rank = len(out_shape)
        return self.generic([(src, src_t, [dims[i] for i in kept])], t, list(range(rank)), ["parallel"] * rank,
                            lambda a, emit: a[0])

    def collapse(self, src: str, src_t: TensorType, out_t: TensorType, groups: list[list[int]]) -> str:
        res = self.fresh()
        assoc = ", ".join("[" + ", ".join(str(i) for i in g) + "]" for g in groups)
        self.line(f"{res} = tensor.collapse_shape {src} [{assoc}] : {src_t} into {out_t}")
        return res

    def reshape(self, src: str, src_t: TensorType, out_t: TensorType) -> str:
        if src_t == out_t:
            return src
        n = math.prod(src_t.get_shape())
        flat_t = TensorType(out_t.element_type, [n])
        if len(src_t.get_shape()) != 1:
            src = self.collapse(src, src_t, flat_t, [list(range(len(src_t.get_shape())))] if src_t.get_shape() else [])
        if len(out_t.get_shape()) == 1:
            return src
        if not out_t.get_shape():  # tensor<1xf32> -> tensor<f32>
            return self.collapse(src, flat_t, out_t, [])
        res = self.fresh()
        dims = list(range(len(out_t.get_shape())))
        shape = ", ".join(str(d) for d in out_t.get_shape())
        self.line(f"{res} = tensor.expand_shape {src} [[{', '.join(str(d) for d in dims)}]] "
                  f"output_shape [{shape}] : {flat_t} into {out_t}")
        return res


def render_linalg(module: ModuleOp, entry: str = "main") -> str:
    """The ta function `entry` of `module` as MLIR linalg on tensors (text)."""
    fn = entry_function(module, entry)
    w = _LinalgWriter(fn)
    args = []
    for i, arg in enumerate(fn.body.block.args):
        w.names[arg] = f"%{arg.name_hint or f'arg{i}'}"
        args.append(f"{w.names[arg]}: {arg.type}")
    results = ", ".join(str(t) for t in fn.function_type.outputs.data)
    for op in fn.body.block.ops:
        if isinstance(op, func.ReturnOp):
            names = ", ".join(w.names[v] for v in op.operands)
            types = ", ".join(str(v.type) for v in op.operands)
            w.line(f"return {names} : {types}")
            continue
        w.names[op.results[0]] = w.write(op)  # type: ignore[assignment]
    head = f"func.func @{fn.sym_name.data}({', '.join(args)}) -> ({results}) {{"
    return "\n".join([head, *w.lines, "}"]) + "\n"


__all__ = [
    "ALL_OPS",
    "CORE_OPS",
    "WINDOW_OPS",
    "entry_function",
    "inputs_for",
    "programs_and_inputs",
    "render_linalg",
    "ta_programs",
]
