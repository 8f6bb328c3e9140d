"""Import a PyTorch `nn.Module` into a `ta` module via `torch.export`.

`import_module(model, example_inputs)` exports the model (in eval mode: dropout off, batch norm
with running statistics; the model's mode is restored afterwards) and translates the ATen graph
node by node into `ta` ops in `func.func @forward`:

- arguments: the user inputs first (named after the forward's parameters), then every trainable
  parameter, named by its state-dict key and marked `{rdu.param = "fc1.weight"}`. Parameters are
  arguments rather than constants because a training step (`ta-autodiff`) takes them as inputs
  and returns their updated values; buffers and lifted constants become `ta.constant`.
- Parameters keep PyTorch's layout (Linear weights `out x in`, conv weights OIHW), so values move
  between a PyTorch state dict and the program unchanged; layout changes are explicit ta ops.
- Convolutions and pooling run NHWC in `ta`: the importer transposes NCHW activations in and out
  (canonicalization cancels adjacent transposes) and pads explicitly with `ta.pad`.
- Broadcasting is explicit (`ta.broadcast` to the result's shape, which comes from the export's
  shape metadata); scalars become splat constants.

An op without a translation is an `RduError` naming the ATen op and the model's source line
(from the FX node's stack trace); every emitted op carries that line as its location, so later
diagnostics (e.g. from ta-autodiff) point into the model's Python source too.

`torch` is imported lazily by the caller (`rdu_ir.frontends.torch`); this module must only be
imported when torch is installed.
"""

from __future__ import annotations

import linecache
import math
import operator
import os
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import torch
from xdsl.dialects import func
from xdsl.dialects.builtin import (
    ArrayAttr,
    DictionaryAttr,
    FileLineColLoc,
    IntAttr,
    ModuleOp,
    StringAttr,
    TensorType,
    f32,
    f64,
)
from xdsl.ir import Attribute, Block, Region, SSAValue

from rdu_ir.diagnostics import RduError, error
from rdu_ir.dialects import ta
from rdu_ir.ta_builder import TaBuilder, element_of, shape_of, ssa_name

PARAM_ATTR = "rdu.param"

_DTYPES: dict[torch.dtype, Attribute] = {torch.float32: f32, torch.float64: f64}
_TORCH_DIR = os.path.dirname(torch.__file__)


@dataclass
class ImportedModel:
    """The imported program and what a caller needs to run it."""

    module: ModuleOp
    """`func.func @forward(inputs..., params...)` in `ta`."""
    parameters: dict[str, np.ndarray]
    """Trainable parameter values by state-dict name, in argument order."""
    input_names: list[str]
    output_count: int = 1
    source: dict[str, Any] = field(default_factory=dict)

    def arguments(self, *inputs: Any, parameters: dict[str, np.ndarray] | None = None) -> list[np.ndarray]:
        """The argument list of `@forward`: the user inputs then the parameters (these or,
        by default, the model's own values)."""
        if len(inputs) != len(self.input_names):
            raise error(f"@forward takes {len(self.input_names)} inputs ({', '.join(self.input_names)}), got {len(inputs)}")
        params = self.parameters if parameters is None else parameters
        values = [_to_numpy(x) for x in inputs]
        return values + [np.asarray(params[name]) for name in self.parameters]


def _to_numpy(x: Any) -> np.ndarray:
    if isinstance(x, torch.Tensor):
        return x.detach().cpu().numpy().copy()  # never share memory with the model's tensors
    return np.asarray(x)


# ---------------------------------------------------------------------------------------------
# Source locations


@dataclass(frozen=True)
class SourceLine:
    file: str
    line: int
    column: int
    code: str

    def location(self) -> FileLineColLoc:
        return FileLineColLoc(StringAttr(self.file), IntAttr(self.line), IntAttr(self.column))

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.column}"


_FRAME = re.compile(r'File "(?P<file>[^"]+)", line (?P<line>\d+), in [^\n]*\n(?P<code>[^\n]*)')


def source_line(node: torch.fx.Node) -> SourceLine | None:
    """The model's line that created `node`: the innermost stack frame outside torch."""
    trace = node.meta.get("stack_trace") or ""
    frames = [m for m in _FRAME.finditer(trace)]
    if not frames:
        return None
    user = [m for m in frames if not os.path.abspath(m["file"]).startswith(_TORCH_DIR)]
    m = (user or frames)[-1]
    code = linecache.getline(m["file"], int(m["line"])).rstrip("\n") or m["code"]
    column = len(code) - len(code.lstrip()) + 1
    return SourceLine(m["file"], int(m["line"]), column, code.strip())


# ---------------------------------------------------------------------------------------------
# The translator


@dataclass
class _Compare:
    """A comparison result; only `where` consumes it (ta.select compares and selects at once)."""

    predicate: str
    lhs: SSAValue
    rhs: SSAValue


Handler = Callable[["_Importer", torch.fx.Node, dict[str, Any]], Any]
HANDLERS: dict[str, Handler] = {}


def handles(*names: str) -> Callable[[Handler], Handler]:
    def register(fn: Handler) -> Handler:
        for name in names:
            HANDLERS[name] = fn
        return fn

    return register


def _op_name(target: Any) -> str:
    if isinstance(target, torch._ops.OpOverload):
        return str(target)  # aten.add.Tensor
    if target is operator.getitem:
        return "getitem"
    return getattr(target, "__qualname__", None) or str(target)


def _bind(node: torch.fx.Node) -> dict[str, Any]:
    """The node's arguments by schema name, defaults filled in."""
    schema = node.target._schema  # type: ignore[union-attr]
    out: dict[str, Any] = {}
    for i, a in enumerate(schema.arguments):
        if i < len(node.args):
            out[a.name] = node.args[i]
        elif a.name in node.kwargs:
            out[a.name] = node.kwargs[a.name]
        elif a.has_default_value():
            out[a.name] = a.default_value
        else:
            out[a.name] = None
    return out


class _Importer:
    def __init__(self, program: torch.export.ExportedProgram):
        self.program = program
        self.env: dict[torch.fx.Node, Any] = {}
        self.node: torch.fx.Node | None = None
        self.b: TaBuilder

    # --- errors -----------------------------------------------------------------------------

    def fail(self, message: str, node: torch.fx.Node | None = None) -> RduError:
        node = node or self.node
        where = source_line(node) if node is not None else None
        suffix = f" (in `{where.code}`)" if where is not None and where.code else ""
        return error(message + suffix, str(where) if where is not None else None)

    # --- values -----------------------------------------------------------------------------

    def meta(self, node: torch.fx.Node | None = None) -> Any:
        return (node or self.node).meta.get("val")  # type: ignore[union-attr]

    def out_shape(self) -> list[int]:
        val = self.meta()
        if isinstance(val, (tuple, list)):
            val = val[0]
        return [int(s) for s in val.shape]

    def element(self, dtype: torch.dtype) -> Attribute:
        if dtype not in _DTYPES:
            raise self.fail(f"tensor of dtype {dtype} is not supported by the ta importer (float32/float64 only)")
        return _DTYPES[dtype]

    def tensor(self, value: Any) -> SSAValue:
        """An argument that must be a tensor."""
        if isinstance(value, torch.fx.Node):
            v = self.env[value]
            if isinstance(v, SSAValue):
                return v
            if isinstance(v, _Compare):
                raise self.fail("a comparison result is only supported as the condition of torch.where")
            raise self.fail(f"expected a tensor, got {type(v).__name__}")
        raise self.fail(f"expected a tensor, got {value!r}")

    def operand(self, value: Any, like: SSAValue | None, shape: Sequence[int]) -> SSAValue:
        """A tensor or a Python scalar, broadcast to `shape`."""
        if isinstance(value, torch.fx.Node):
            return self.b.broadcast_to(self.tensor(value), shape)
        if isinstance(value, (int, float, bool)):
            element = element_of(like) if like is not None else self.element(self.meta().dtype)
            return self.b.splat(float(value), shape, element)
        raise self.fail(f"unsupported operand {value!r}")

    # --- driver ------------------------------------------------------------------------------

    def run(self) -> ImportedModel:
        from torch.export.graph_signature import InputKind

        sig = self.program.graph_signature
        graph = self.program.graph_module.graph
        placeholders = {n.name: n for n in graph.nodes if n.op == "placeholder"}
        specs = sig.input_specs
        user = [s for s in specs if s.kind == InputKind.USER_INPUT]
        params = [s for s in specs if s.kind == InputKind.PARAMETER]
        for s in user:
            if not isinstance(s.arg, torch.export.graph_signature.TensorArgument):
                raise error(f"model input '{s.arg.name}' is not a tensor; only tensor inputs are supported")

        def ttype(node: torch.fx.Node) -> TensorType:
            val = self.meta(node)
            self.node = node
            return TensorType(self.element(val.dtype), [int(d) for d in val.shape])

        ordered = [placeholders[s.arg.name] for s in (*user, *params)]
        block = Block(arg_types=[ttype(n) for n in ordered])
        self.b = TaBuilder(block)
        state = self.program.state_dict
        param_values: dict[str, np.ndarray] = {}
        arg_attrs: list[DictionaryAttr] = []
        for s, node, arg in zip((*user, *params), ordered, block.args):
            self.env[node] = arg
            if s.kind == InputKind.PARAMETER:
                arg.name_hint = ssa_name(s.target)
                param_values[s.target] = _to_numpy(state[s.target])
                arg_attrs.append(DictionaryAttr({PARAM_ATTR: StringAttr(s.target)}))
            else:
                arg.name_hint = ssa_name(s.arg.name)
                arg_attrs.append(DictionaryAttr({}))
        for s in specs:
            if s.kind in (InputKind.BUFFER, InputKind.CONSTANT_TENSOR):
                node = placeholders[s.arg.name]
                if not node.users:
                    continue  # e.g. batch norm's num_batches_tracked
                self.node = node
                value = state[s.target] if s.target in state else self.program.constants[s.target]
                value = _to_numpy(value)
                self.env[node] = self.b.array(value, self.element(self.meta(node).dtype))
            elif s.kind not in (InputKind.USER_INPUT, InputKind.PARAMETER):
                raise error(f"unsupported exported input kind {s.kind.name} ('{s.arg.name}')")

        results: list[SSAValue] = []
        for node in graph.nodes:
            self.node = node
            where = source_line(node)
            self.b.location = where.location() if where is not None else None
            if node.op == "placeholder":
                continue
            if node.op == "output":
                outs = node.args[0]
                for o in outs if isinstance(outs, (tuple, list)) else (outs,):
                    results.append(self.tensor(o))
                continue
            if node.op != "call_function":
                raise self.fail(f"unsupported FX node kind '{node.op}' ({node.target})")
            if not node.users:
                continue  # dead code and assertions do not affect the outputs
            name = _op_name(node.target)
            handler = HANDLERS.get(name) or HANDLERS.get(name.rsplit(".", 1)[0])
            if handler is None:
                raise self.fail(f"unsupported PyTorch op '{name}' (no ta translation)")
            args = _bind(node) if isinstance(node.target, torch._ops.OpOverload) else {"args": node.args}
            self.env[node] = handler(self, node, args)
        self.b.location = None
        block.add_op(func.ReturnOp(*results))
        fn = func.FuncOp(
            "forward",
            ([a.type for a in block.args], [r.type for r in results]),
            Region(block),
            arg_attrs=ArrayAttr(arg_attrs),
        )
        module = ModuleOp([fn])
        module.verify()
        return ImportedModel(module, param_values, [s.arg.name for s in user], len(results))


# ---------------------------------------------------------------------------------------------
# Helpers


def _dim(d: int, rank: int) -> int:
    return d + rank if d < 0 else d


def _dims(dims: Any, rank: int) -> list[int]:
    if dims is None or (isinstance(dims, (list, tuple)) and len(dims) == 0):
        return list(range(rank))
    if isinstance(dims, int):
        dims = [dims]
    return sorted(_dim(int(d), rank) for d in dims)


def _pair(v: Any, default: Sequence[int] | None = None) -> tuple[int, int]:
    if v is None or (isinstance(v, (list, tuple)) and len(v) == 0):
        assert default is not None
        v = default
    if isinstance(v, int):
        return (v, v)
    v = [int(x) for x in v]
    return (v[0], v[0]) if len(v) == 1 else (v[0], v[1])


_BATCH = "abcdefghij"


def _matmul(imp: _Importer, a: SSAValue, b: SSAValue, out_shape: list[int]) -> SSAValue:
    """torch.matmul semantics (1-D promotion, batch broadcasting) as one contraction."""
    bld = imp.b
    ra, rb = len(shape_of(a)), len(shape_of(b))
    if ra == 0 or rb == 0:
        raise imp.fail("matmul of a 0-d tensor")
    if ra == 1 and rb == 1:
        return bld.contract("k,k->", [a, b], out_shape)
    if rb == 1:
        batch = _BATCH[: ra - 1]
        return bld.contract(f"{batch}k,k->{batch}", [a, b], out_shape)
    if ra == 1:
        batch = _BATCH[: rb - 2]
        return bld.contract(f"k,{batch}kn->{batch}n", [a, b], out_shape)
    batch_shape = out_shape[:-2]
    batch = _BATCH[: len(batch_shape)]
    if rb == 2:
        lhs = bld.broadcast_to(a, batch_shape + list(shape_of(a)[-2:]))
        return bld.contract(f"{batch}mk,kn->{batch}mn", [lhs, b], out_shape)
    if ra == 2:
        rhs = bld.broadcast_to(b, batch_shape + list(shape_of(b)[-2:]))
        return bld.contract(f"mk,{batch}kn->{batch}mn", [a, rhs], out_shape)
    lhs = bld.broadcast_to(a, batch_shape + list(shape_of(a)[-2:]))
    rhs = bld.broadcast_to(b, batch_shape + list(shape_of(b)[-2:]))
    return bld.contract(f"{batch}mk,{batch}kn->{batch}mn", [lhs, rhs], out_shape)


def _nchw_to_nhwc(imp: _Importer, x: SSAValue) -> SSAValue:
    if len(shape_of(x)) != 4:
        raise imp.fail(f"expected a 4-d NCHW tensor, got shape {list(shape_of(x))} (unbatched input is not supported)")
    return imp.b.transpose(x, [0, 2, 3, 1])


def _nhwc_to_nchw(imp: _Importer, x: SSAValue) -> SSAValue:
    return imp.b.transpose(x, [0, 3, 1, 2])


# ---------------------------------------------------------------------------------------------
# Handlers: identity and shape ops


@handles(
    "aten.contiguous", "aten.clone", "aten.alias", "aten.detach", "aten.lift_fresh_copy",
    "aten.dropout", "aten.feature_dropout", "aten.alpha_dropout", "aten._to_copy", "aten.to",
    "aten.type_as",
)  # fmt: skip
def _identity(imp: _Importer, node: torch.fx.Node, a: dict[str, Any]) -> Any:
    x = imp.tensor(node.args[0])
    if a.get("train"):
        raise imp.fail(f"'{_op_name(node.target)}' in training mode is not supported (export in eval mode)")
    val = imp.meta()
    if val is not None and imp.element(val.dtype) != element_of(x):
        raise imp.fail(f"dtype conversion to {val.dtype} is not supported")
    return x


@handles(
    "aten.view", "aten._unsafe_view", "aten.reshape", "aten.flatten", "aten.unflatten",
    "aten.squeeze", "aten.unsqueeze", "aten.view_as", "aten.reshape_as",
)  # fmt: skip
def _reshape(imp: _Importer, node: torch.fx.Node, a: dict[str, Any]) -> Any:
    return imp.b.reshape(imp.tensor(node.args[0]), imp.out_shape())


@handles("aten.expand", "aten.broadcast_to", "aten.expand_as")
def _expand(imp: _Importer, node: torch.fx.Node, a: dict[str, Any]) -> Any:
    return imp.b.broadcast_to(imp.tensor(node.args[0]), imp.out_shape())


@handles(
    "aten.ones", "aten.zeros", "aten.full", "aten.ones_like", "aten.zeros_like", "aten.full_like",
    "aten.scalar_tensor", "aten.new_ones", "aten.new_zeros", "aten.new_full",
)  # fmt: skip
def _fill(imp: _Importer, node: torch.fx.Node, a: dict[str, Any]) -> Any:
    name = _op_name(node.target)
    value = 1.0 if "ones" in name else 0.0 if "zeros" in name else a.get("fill_value", a.get("s"))
    if isinstance(value, torch.fx.Node):
        raise imp.fail("a fill value computed at run time is not supported")
    return imp.b.splat(float(value), imp.out_shape(), imp.element(imp.meta().dtype))


@handles("aten.permute")
def _permute(imp: _Importer, node: torch.fx.Node, a: dict[str, Any]) -> Any:
    x = imp.tensor(a["self"])
    rank = len(shape_of(x))
    return imp.b.transpose(x, [_dim(int(d), rank) for d in a["dims"]])


@handles("aten.transpose", "aten.t", "aten.numpy_T")
def _transpose(imp: _Importer, node: torch.fx.Node, a: dict[str, Any]) -> Any:
    x = imp.tensor(a["self"])
    rank = len(shape_of(x))
    if rank < 2:
        return x
    d0, d1 = (_dim(int(a["dim0"]), rank), _dim(int(a["dim1"]), rank)) if "dim0" in a else (0, 1)
    perm = list(range(rank))
    perm[d0], perm[d1] = perm[d1], perm[d0]
    if "dim0" not in a and rank > 2:
        perm = list(reversed(range(rank)))  # numpy_T
    return imp.b.transpose(x, perm)


@handles("aten.cat", "aten.concat", "aten.concatenate")
def _cat(imp: _Importer, node: torch.fx.Node, a: dict[str, Any]) -> Any:
    xs = [imp.tensor(t) for t in a["tensors"]]
    xs = [x for x in xs if math.prod(shape_of(x)) > 0] or xs
    return imp.b.concat(xs, _dim(int(a["dim"]), len(imp.out_shape())))


@handles("aten.slice")
def _slice(imp: _Importer, node: torch.fx.Node, a: dict[str, Any]) -> Any:
    x = imp.tensor(a["self"])
    shape = list(shape_of(x))
    d = _dim(int(a["dim"]), len(shape))
    start, _, step = slice(a["start"], a["end"], a["step"] or 1).indices(shape[d])
    offsets = [0] * len(shape)
    strides = [1] * len(shape)
    offsets[d], strides[d] = start, step
    return imp.b.slice(x, offsets, imp.out_shape(), strides)


@handles("aten.select")
def _select_index(imp: _Importer, node: torch.fx.Node, a: dict[str, Any]) -> Any:
    x = imp.tensor(a["self"])
    shape = list(shape_of(x))
    d = _dim(int(a["dim"]), len(shape))
    index = int(a["index"]) % shape[d]
    offsets = [0] * len(shape)
    offsets[d] = index
    sizes = list(shape)
    sizes[d] = 1
    return imp.b.reshape(imp.b.slice(x, offsets, sizes), imp.out_shape())


@handles("getitem")
def _getitem(imp: _Importer, node: torch.fx.Node, a: dict[str, Any]) -> Any:
    source, index = node.args
    value = imp.env[source][index]  # type: ignore[index]
    if value is None:
        raise imp.fail(f"output #{index} of '{_op_name(source.target)}' (e.g. pooling indices) is not supported")  # type: ignore[union-attr]
    return value


# ---------------------------------------------------------------------------------------------
# Elementwise


_BINARY = {
    "aten.add": "add", "aten.sub": "sub", "aten.mul": "mul", "aten.div": "div",
    "aten.maximum": "max", "aten.minimum": "min", "aten.rsub": "sub",
}  # fmt: skip


@handles(*_BINARY)
def _binary(imp: _Importer, node: torch.fx.Node, a: dict[str, Any]) -> Any:
    name = _op_name(node.target).rsplit(".", 1)[0]
    kind = _BINARY[name]
    shape = imp.out_shape()
    element = imp.element(imp.meta().dtype)
    if a.get("rounding_mode") is not None:
        raise imp.fail(f"division with rounding_mode='{a['rounding_mode']}' is not supported")
    lhs_raw, rhs_raw = a["self"], a["other"]
    if name == "aten.rsub":  # other - alpha * self
        lhs_raw, rhs_raw = rhs_raw, lhs_raw
    like = next((imp.tensor(v) for v in (lhs_raw, rhs_raw) if isinstance(v, torch.fx.Node)), None)
    if like is None:
        like = imp.b.splat(0.0, [], element)
    lhs = imp.operand(lhs_raw, like, shape)
    rhs = imp.operand(rhs_raw, like, shape)
    alpha = a.get("alpha", 1)
    if alpha not in (None, 1):
        rhs = imp.b.scale(rhs, float(alpha))
    return imp.b.binary(kind, lhs, rhs)


_UNARY = {
    "aten.neg": "neg", "aten.exp": "exp", "aten.log": "log", "aten.tanh": "tanh", "aten.sigmoid": "sigmoid",
    "aten.sqrt": "sqrt", "aten.rsqrt": "rsqrt", "aten.abs": "abs", "aten.erf": "erf", "aten.relu": "relu",
}  # fmt: skip


@handles(*_UNARY)
def _unary(imp: _Importer, node: torch.fx.Node, a: dict[str, Any]) -> Any:
    return imp.b.unary(_UNARY[_op_name(node.target).rsplit(".", 1)[0]], imp.tensor(a["self"]))


@handles("aten.square")
def _square(imp: _Importer, node: torch.fx.Node, a: dict[str, Any]) -> Any:
    x = imp.tensor(a["self"])
    return imp.b.mul(x, x)


@handles("aten.reciprocal")
def _reciprocal(imp: _Importer, node: torch.fx.Node, a: dict[str, Any]) -> Any:
    x = imp.tensor(a["self"])
    return imp.b.div(imp.b.splat_like(1.0, x), x)


@handles("aten.pow")
def _pow(imp: _Importer, node: torch.fx.Node, a: dict[str, Any]) -> Any:
    x, e = a["self"], a["exponent"]
    if not isinstance(x, torch.fx.Node) or isinstance(e, torch.fx.Node):
        raise imp.fail("pow is supported only as tensor ** constant")
    x = imp.tensor(x)
    e = float(e)
    if e == 0.5:
        return imp.b.unary("sqrt", x)
    if e == -0.5:
        return imp.b.unary("rsqrt", x)
    if e.is_integer() and 0 < abs(e) <= 8:
        out = x
        for _ in range(int(abs(e)) - 1):
            out = imp.b.mul(out, x)
        return out if e > 0 else imp.b.div(imp.b.splat_like(1.0, out), out)
    if e == 0:
        return imp.b.splat_like(1.0, x)
    # x ** e = exp(e * log x), defined for x > 0 as in PyTorch (NaN otherwise)
    return imp.b.unary("exp", imp.b.scale(imp.b.unary("log", x), e))


@handles("aten.clamp", "aten.clip", "aten.hardtanh")
def _clamp(imp: _Importer, node: torch.fx.Node, a: dict[str, Any]) -> Any:
    x = imp.tensor(a["self"])
    lo = a.get("min", a.get("min_val"))
    hi = a.get("max", a.get("max_val"))
    if isinstance(lo, torch.fx.Node) or isinstance(hi, torch.fx.Node):
        raise imp.fail("clamp with tensor bounds is not supported")
    if lo is not None:
        x = imp.b.binary("max", x, imp.b.splat_like(float(lo), x))
    if hi is not None:
        x = imp.b.binary("min", x, imp.b.splat_like(float(hi), x))
    return x


@handles("aten.silu")
def _silu(imp: _Importer, node: torch.fx.Node, a: dict[str, Any]) -> Any:
    x = imp.tensor(a["self"])
    return imp.b.mul(x, imp.b.unary("sigmoid", x))


@handles("aten.gelu")
def _gelu(imp: _Importer, node: torch.fx.Node, a: dict[str, Any]) -> Any:
    x = imp.tensor(a["self"])
    if a.get("approximate", "none") == "none":
        return imp.b.emit(ta.GeluOp(x))
    # tanh form: 0.5 x (1 + tanh(sqrt(2/pi) (x + 0.044715 x^3)))
    b = imp.b
    inner = b.scale(b.add(x, b.scale(b.mul(x, b.mul(x, x)), 0.044715)), math.sqrt(2.0 / math.pi))
    return b.mul(b.scale(x, 0.5), b.shift(b.unary("tanh", inner), 1.0))


_COMPARE = {"aten.gt": "gt", "aten.lt": "lt", "aten.ge": "ge", "aten.le": "le", "aten.eq": "eq", "aten.ne": "ne"}


@handles(*_COMPARE)
def _compare(imp: _Importer, node: torch.fx.Node, a: dict[str, Any]) -> Any:
    shape = imp.out_shape()
    lhs = imp.b.broadcast_to(imp.tensor(a["self"]), shape)
    return _Compare(_COMPARE[_op_name(node.target).rsplit(".", 1)[0]], lhs, imp.operand(a["other"], lhs, shape))


@handles("aten.where")
def _where(imp: _Importer, node: torch.fx.Node, a: dict[str, Any]) -> Any:
    cond = imp.env.get(a["condition"]) if isinstance(a["condition"], torch.fx.Node) else None
    if not isinstance(cond, _Compare):
        raise imp.fail("torch.where is supported only with a comparison (a < b, ...) as the condition")
    shape = imp.out_shape()
    t = imp.operand(a["self"], cond.lhs, shape)
    f = imp.operand(a["other"], cond.lhs, shape)
    lhs, rhs = imp.b.broadcast_to(cond.lhs, shape), imp.b.broadcast_to(cond.rhs, shape)
    return imp.b.select(cond.predicate, lhs, rhs, t, f)


# ---------------------------------------------------------------------------------------------
# Contractions and reductions


@handles("aten.linear")
def _linear(imp: _Importer, node: torch.fx.Node, a: dict[str, Any]) -> Any:
    x, w = imp.tensor(a["input"]), imp.tensor(a["weight"])
    batch = _BATCH[: len(shape_of(x)) - 1]
    shape = imp.out_shape()
    if len(shape_of(w)) == 1:
        y = imp.b.contract(f"{batch}k,k->{batch}", [x, w], shape)
    else:
        y = imp.b.contract(f"{batch}k,nk->{batch}n", [x, w], shape)
    if a.get("bias") is not None:
        y = imp.b.add(y, imp.b.broadcast_to(imp.tensor(a["bias"]), shape))
    return y


@handles("aten.addmm")
def _addmm(imp: _Importer, node: torch.fx.Node, a: dict[str, Any]) -> Any:
    shape = imp.out_shape()
    y = imp.b.scale(_matmul(imp, imp.tensor(a["mat1"]), imp.tensor(a["mat2"]), shape), float(a["alpha"]))
    bias = imp.b.scale(imp.b.broadcast_to(imp.tensor(a["self"]), shape), float(a["beta"]))
    return imp.b.add(bias, y)


@handles("aten.mm", "aten.bmm", "aten.matmul", "aten.mv", "aten.dot")
def _mm(imp: _Importer, node: torch.fx.Node, a: dict[str, Any]) -> Any:
    names = list(a)
    return _matmul(imp, imp.tensor(a[names[0]]), imp.tensor(a[names[1]]), imp.out_shape())


@handles("aten.einsum")
def _einsum(imp: _Importer, node: torch.fx.Node, a: dict[str, Any]) -> Any:
    spec = str(a["equation"]).replace(" ", "")
    if "..." in spec or "->" not in spec:
        raise imp.fail("einsum needs an explicit output ('->') and no ellipsis")
    return imp.b.contract(spec, [imp.tensor(t) for t in a["tensors"]], imp.out_shape())


def _reduction(imp: _Importer, kind: str, x: SSAValue, dims: list[int], keepdim: bool) -> SSAValue:
    out = imp.b.reduce(kind, x, dims)
    return imp.b.reshape(out, imp.out_shape()) if keepdim else out


@handles("aten.sum", "aten.mean", "aten.amax", "aten.amin", "aten.prod")
def _reduce(imp: _Importer, node: torch.fx.Node, a: dict[str, Any]) -> Any:
    name = _op_name(node.target).rsplit(".", 1)[0]
    x = imp.tensor(a["self"])
    shape = shape_of(x)
    if a.get("dtype") is not None and imp.element(a["dtype"]) != element_of(x):
        raise imp.fail(f"reduction with dtype={a['dtype']} is not supported")
    dims = _dims(a.get("dim"), len(shape))
    kind = {"aten.sum": "sum", "aten.mean": "sum", "aten.amax": "max", "aten.amin": "min", "aten.prod": "prod"}[name]
    out = _reduction(imp, kind, x, dims, bool(a.get("keepdim")))
    if name == "aten.mean":
        out = imp.b.scale(out, 1.0 / max(1, math.prod(shape[d] for d in dims)))
    return out


@handles("aten.max", "aten.min")
def _max(imp: _Importer, node: torch.fx.Node, a: dict[str, Any]) -> Any:
    kind = "max" if _op_name(node.target).startswith("aten.max") else "min"
    x = imp.tensor(a["self"])
    if "other" in a:  # max.other: elementwise
        return imp.b.binary(kind, x, imp.operand(a["other"], x, imp.out_shape()))
    if "dim" not in a:
        return imp.b.reduce(kind, x, list(range(len(shape_of(x)))))
    dims = [_dim(int(a["dim"]), len(shape_of(x)))]
    return (_reduction(imp, kind, x, dims, bool(a.get("keepdim"))), None)  # no indices


# ---------------------------------------------------------------------------------------------
# Normalisation


@handles("aten.softmax", "aten._softmax")
def _softmax(imp: _Importer, node: torch.fx.Node, a: dict[str, Any]) -> Any:
    x = imp.tensor(a["self"])
    return imp.b.emit(ta.SoftmaxOp(x, _dim(int(a["dim"]), len(shape_of(x)))))


@handles("aten.log_softmax", "aten._log_softmax")
def _log_softmax(imp: _Importer, node: torch.fx.Node, a: dict[str, Any]) -> Any:
    x = imp.tensor(a["self"])
    shape = shape_of(x)
    d = _dim(int(a["dim"]), len(shape))
    b = imp.b
    z = b.sub(x, b.keep_dims(b.reduce("max", x, [d]), shape, [d]))
    return b.sub(z, b.keep_dims(b.unary("log", b.reduce("sum", b.unary("exp", z), [d])), shape, [d]))


@handles("aten.layer_norm", "aten.native_layer_norm")
def _layer_norm(imp: _Importer, node: torch.fx.Node, a: dict[str, Any]) -> Any:
    x = imp.tensor(a["input"])
    shape = shape_of(x)
    n = len(a["normalized_shape"])
    y = imp.b.emit(ta.LayerNormOp(x, list(range(len(shape) - n, len(shape))), float(a["eps"])))
    if a.get("weight") is not None:
        y = imp.b.mul(y, imp.b.broadcast_to(imp.tensor(a["weight"]), shape))
    if a.get("bias") is not None:
        y = imp.b.add(y, imp.b.broadcast_to(imp.tensor(a["bias"]), shape))
    return (y, None, None) if "native" in _op_name(node.target) else y


@handles("aten.batch_norm", "aten._native_batch_norm_legit_no_training")
def _batch_norm(imp: _Importer, node: torch.fx.Node, a: dict[str, Any]) -> Any:
    if a.get("training"):
        raise imp.fail("batch norm in training mode is not supported (export in eval mode)")
    x = imp.tensor(a["input"])
    shape = list(shape_of(x))
    b = imp.b

    def per_channel(v: Any) -> SSAValue:
        return b.broadcast(imp.tensor(v), [1], shape)

    y = b.mul(b.sub(x, per_channel(a["running_mean"])), b.unary("rsqrt", b.shift(per_channel(a["running_var"]), float(a["eps"]))))
    if a.get("weight") is not None:
        y = b.mul(y, per_channel(a["weight"]))
    if a.get("bias") is not None:
        y = b.add(y, per_channel(a["bias"]))
    return y if "legit" not in _op_name(node.target) else (y, None, None)


# ---------------------------------------------------------------------------------------------
# Convolution and pooling (NCHW in PyTorch, NHWC in ta)


@handles("aten.conv2d", "aten.convolution", "aten._convolution")
def _conv(imp: _Importer, node: torch.fx.Node, a: dict[str, Any]) -> Any:
    if a.get("transposed"):
        raise imp.fail("transposed convolution is not supported")
    x, w = imp.tensor(a["input"]), imp.tensor(a["weight"])
    if len(shape_of(w)) != 4:
        raise imp.fail(f"only 2-d convolution is supported (weight shape {list(shape_of(w))})")
    b = imp.b
    out_c, in_per_group, kh, kw = shape_of(w)
    stride, dilation = _pair(a["stride"]), _pair(a["dilation"])
    padding = a["padding"]
    if padding == "valid":
        pads = [(0, 0), (0, 0)]
    elif padding == "same":
        pads = []
        for k, d in ((kh, dilation[0]), (kw, dilation[1])):
            total = d * (k - 1)
            pads.append((total // 2, total - total // 2))
    else:
        ph, pw = _pair(padding)
        pads = [(ph, ph), (pw, pw)]
    groups = int(a.get("groups") or 1)
    xn = _nchw_to_nhwc(imp, x)
    xn = b.pad(xn, [0, pads[0][0], pads[1][0], 0], [0, pads[0][1], pads[1][1], 0])
    n, h, wd, c = shape_of(xn)
    if groups == 1:
        y = b.emit(ta.Conv2dOp(xn, b.transpose(w, [2, 3, 1, 0]), stride, dilation))
    elif groups == c and out_c == c and in_per_group == 1:
        wf = b.transpose(b.reshape(w, [c, kh, kw]), [1, 2, 0])
        y = b.emit(ta.Conv2dOp(xn, wf, stride, dilation, depthwise=True))
    else:
        cg, fg = c // groups, out_c // groups
        parts = []
        for g in range(groups):
            xg = b.slice(xn, [0, 0, 0, g * cg], [n, h, wd, cg])
            wg = b.slice(w, [g * fg, 0, 0, 0], [fg, in_per_group, kh, kw])
            parts.append(b.emit(ta.Conv2dOp(xg, b.transpose(wg, [2, 3, 1, 0]), stride, dilation)))
        y = b.concat(parts, 3)
    if a.get("bias") is not None:
        y = b.add(y, b.broadcast(imp.tensor(a["bias"]), [3], shape_of(y)))
    return _nhwc_to_nchw(imp, y)


def _pool(imp: _Importer, a: dict[str, Any], kind: str, pad_value: float) -> SSAValue:
    x = imp.tensor(a["self"])
    window = _pair(a["kernel_size"])
    stride = _pair(a.get("stride"), window)
    ph, pw = _pair(a.get("padding", 0))
    dilation = _pair(a.get("dilation", 1))
    b = imp.b
    xn = b.pad(_nchw_to_nhwc(imp, x), [0, ph, pw, 0], [0, ph, pw, 0], pad_value)
    y = b.emit(ta.Pool2dOp(xn, kind, window, stride, dilation))
    out = _nhwc_to_nchw(imp, y)
    if list(shape_of(out)) != imp.out_shape():
        raise imp.fail("pooling with ceil_mode=True that changes the output size is not supported")
    return out


@handles("aten.max_pool2d", "aten.max_pool2d_with_indices")
def _max_pool(imp: _Importer, node: torch.fx.Node, a: dict[str, Any]) -> Any:
    out = _pool(imp, a, "max", float("-inf"))
    return (out, None) if "indices" in _op_name(node.target) else out


@handles("aten.avg_pool2d")
def _avg_pool(imp: _Importer, node: torch.fx.Node, a: dict[str, Any]) -> Any:
    if a.get("divisor_override") is not None:
        raise imp.fail("avg_pool2d with divisor_override is not supported")
    if not a.get("count_include_pad", True) and any(_pair(a.get("padding", 0))):
        raise imp.fail("avg_pool2d with padding and count_include_pad=False is not supported")
    return _pool(imp, a, "avg", 0.0)


@handles("aten.adaptive_avg_pool2d", "aten._adaptive_avg_pool2d", "aten.adaptive_max_pool2d")
def _adaptive_pool(imp: _Importer, node: torch.fx.Node, a: dict[str, Any]) -> Any:
    x = imp.tensor(a["self"])
    _, _, h, w = shape_of(x)
    oh, ow = _pair(a["output_size"])
    if h % oh or w % ow:
        raise imp.fail(f"adaptive pooling from {h}x{w} to {oh}x{ow} needs sizes that divide evenly")
    kind = "max" if "max" in _op_name(node.target) else "avg"
    window = (h // oh, w // ow)
    out = _pool(imp, {"self": a["self"], "kernel_size": list(window), "stride": list(window)}, kind, 0.0)
    return (out, None) if kind == "max" else out


# ---------------------------------------------------------------------------------------------


def import_module(model: torch.nn.Module, example_inputs: Sequence[Any]) -> ImportedModel:
    """Export `model` on `example_inputs` and translate it into a `ta` module."""
    inputs = tuple(example_inputs) if isinstance(example_inputs, (tuple, list)) else (example_inputs,)
    was_training = model.training
    model.eval()
    try:
        program = torch.export.export(model, inputs)
    except Exception as e:  # export failures are the model's (data-dependent control flow, ...)
        raise error(f"torch.export could not export the model: {type(e).__name__}: {str(e).splitlines()[0]}") from None
    finally:
        model.train(was_training)
    return _Importer(program).run()
