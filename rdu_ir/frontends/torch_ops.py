"""ATen op translations of the PyTorch importer (`rdu_ir.frontends.torch_import`).

Each handler gets the importer (its builder `imp.b`, `imp.tensor(arg)`, `imp.out_shape()` from
the export's shape metadata, `imp.fail(message)` for an error at the model's source line), the
FX node and its arguments bound by schema name, and returns the node's value: a ta SSA value, a
tuple for multi-result ops (None for results without a translation, e.g. pooling indices), or a
`Compare` that only `where` consumes. Handlers are looked up by the full op name
(`aten.add.Tensor`) and then without the overload (`aten.add`).
"""

from __future__ import annotations

import math
import operator
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np
import torch
from xdsl.ir import SSAValue

from rdu_ir.dialects import ta
from rdu_ir.ta_builder import element_of, shape_of

if TYPE_CHECKING:
    from rdu_ir.frontends.torch_import import Importer

@dataclass
class Compare:
    """A comparison result; only `where` consumes it (ta.select compares and selects at once)."""

    predicate: str
    lhs: SSAValue
    rhs: SSAValue


Handler = Callable[["Importer", torch.fx.Node, dict[str, Any]], Any]
HANDLERS: dict[str, Handler] = {}


def handles(*names: str) -> Callable[[Handler], Handler]:
    def register(fn: Handler) -> Handler:
        for name in names:
            HANDLERS[name] = fn
        return fn

    return register


def op_name(target: Any) -> str:
    if isinstance(target, torch._ops.OpOverload):
        return str(target)  # aten.add.Tensor
    if target is operator.getitem:
        return "getitem"
    return getattr(target, "__qualname__", None) or str(target)


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


def _matmul(imp: Importer, a: SSAValue, b: SSAValue, out_shape: list[int]) -> SSAValue:
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


def _nchw_to_nhwc(imp: Importer, x: SSAValue) -> SSAValue:
    if len(shape_of(x)) != 4:
        raise imp.fail(f"expected a 4-d NCHW tensor, got shape {list(shape_of(x))} (unbatched input is not supported)")
    return imp.b.transpose(x, [0, 2, 3, 1])


def _nhwc_to_nchw(imp: Importer, x: SSAValue) -> SSAValue:
    return imp.b.transpose(x, [0, 3, 1, 2])


# ---------------------------------------------------------------------------------------------
# Handlers: identity and shape ops


@handles(
    "aten.contiguous", "aten.clone", "aten.alias", "aten.detach", "aten.lift_fresh_copy",
    "aten.dropout", "aten.feature_dropout", "aten.alpha_dropout", "aten._to_copy", "aten.to",
    "aten.type_as",
)  # fmt: skip
def _identity(imp: Importer, node: torch.fx.Node, a: dict[str, Any]) -> Any:
    x = imp.tensor(node.args[0])
    if a.get("train"):
        raise imp.fail(f"'{op_name(node.target)}' in training mode is not supported (export in eval mode)")
    val = imp.meta()
    if val is not None and imp.element(val.dtype) != element_of(x):
        raise imp.fail(f"dtype conversion to {val.dtype} is not supported")
    return x


@handles(
    "aten.view", "aten._unsafe_view", "aten.reshape", "aten.flatten", "aten.unflatten",
    "aten.squeeze", "aten.unsqueeze", "aten.view_as", "aten.reshape_as",
)  # fmt: skip
def _reshape(imp: Importer, node: torch.fx.Node, a: dict[str, Any]) -> Any:
    return imp.b.reshape(imp.tensor(node.args[0]), imp.out_shape())


@handles("aten.expand", "aten.broadcast_to", "aten.expand_as")
def _expand(imp: Importer, node: torch.fx.Node, a: dict[str, Any]) -> Any:
    return imp.b.broadcast_to(imp.tensor(node.args[0]), imp.out_shape())


@handles(
    "aten.ones", "aten.zeros", "aten.full", "aten.ones_like", "aten.zeros_like", "aten.full_like",
    "aten.scalar_tensor", "aten.new_ones", "aten.new_zeros", "aten.new_full",
)  # fmt: skip
def _fill(imp: Importer, node: torch.fx.Node, a: dict[str, Any]) -> Any:
    name = op_name(node.target)
    value = 1.0 if "ones" in name else 0.0 if "zeros" in name else a.get("fill_value", a.get("s"))
    if isinstance(value, torch.fx.Node):
        raise imp.fail("a fill value computed at run time is not supported")
    return imp.b.splat(float(value), imp.out_shape(), imp.element(imp.meta().dtype))


@handles("aten.permute")
def _permute(imp: Importer, node: torch.fx.Node, a: dict[str, Any]) -> Any:
    x = imp.tensor(a["self"])
    rank = len(shape_of(x))
    return imp.b.transpose(x, [_dim(int(d), rank) for d in a["dims"]])


@handles("aten.transpose", "aten.t", "aten.numpy_T")
def _transpose(imp: Importer, node: torch.fx.Node, a: dict[str, Any]) -> Any:
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
def _cat(imp: Importer, node: torch.fx.Node, a: dict[str, Any]) -> Any:
    xs = [imp.tensor(t) for t in a["tensors"]]
    xs = [x for x in xs if math.prod(shape_of(x)) > 0] or xs
    return imp.b.concat(xs, _dim(int(a["dim"]), len(imp.out_shape())))


@handles("aten.slice")
def _slice(imp: Importer, node: torch.fx.Node, a: dict[str, Any]) -> Any:
    x = imp.tensor(a["self"])
    shape = list(shape_of(x))
    d = _dim(int(a["dim"]), len(shape))
    start, _, step = slice(a["start"], a["end"], a["step"] or 1).indices(shape[d])
    offsets = [0] * len(shape)
    strides = [1] * len(shape)
    offsets[d], strides[d] = start, step
    return imp.b.slice(x, offsets, imp.out_shape(), strides)


@handles("aten.select")
def _select_index(imp: Importer, node: torch.fx.Node, a: dict[str, Any]) -> Any:
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
def _getitem(imp: Importer, node: torch.fx.Node, a: dict[str, Any]) -> Any:
    source, index = node.args
    value = imp.env[source][index]  # type: ignore[index]
    if value is None:
        raise imp.fail(f"output #{index} of '{op_name(source.target)}' (e.g. pooling indices) is not supported")  # type: ignore[union-attr]
    return value


# ---------------------------------------------------------------------------------------------
# Elementwise


_BINARY = {
    "aten.add": "add", "aten.sub": "sub", "aten.mul": "mul", "aten.div": "div",
    "aten.maximum": "max", "aten.minimum": "min", "aten.rsub": "sub",
}  # fmt: skip


@handles(*_BINARY)
def _binary(imp: Importer, node: torch.fx.Node, a: dict[str, Any]) -> Any:
    name = op_name(node.target).rsplit(".", 1)[0]
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
def _unary(imp: Importer, node: torch.fx.Node, a: dict[str, Any]) -> Any:
    return imp.b.unary(_UNARY[op_name(node.target).rsplit(".", 1)[0]], imp.tensor(a["self"]))


@handles("aten.square")
def _square(imp: Importer, node: torch.fx.Node, a: dict[str, Any]) -> Any:
    x = imp.tensor(a["self"])
    return imp.b.mul(x, x)


@handles("aten.reciprocal")
def _reciprocal(imp: Importer, node: torch.fx.Node, a: dict[str, Any]) -> Any:
    x = imp.tensor(a["self"])
    return imp.b.div(imp.b.splat_like(1.0, x), x)


@handles("aten.pow")
def _pow(imp: Importer, node: torch.fx.Node, a: dict[str, Any]) -> Any:
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
def _clamp(imp: Importer, node: torch.fx.Node, a: dict[str, Any]) -> Any:
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
def _silu(imp: Importer, node: torch.fx.Node, a: dict[str, Any]) -> Any:
    x = imp.tensor(a["self"])
    return imp.b.mul(x, imp.b.unary("sigmoid", x))


@handles("aten.gelu")
def _gelu(imp: Importer, node: torch.fx.Node, a: dict[str, Any]) -> Any:
    x = imp.tensor(a["self"])
    if a.get("approximate", "none") == "none":
        return imp.b.emit(ta.GeluOp(x))
    # tanh form: 0.5 x (1 + tanh(sqrt(2/pi) (x + 0.044715 x^3)))
    b = imp.b
    inner = b.scale(b.add(x, b.scale(b.mul(x, b.mul(x, x)), 0.044715)), math.sqrt(2.0 / math.pi))
    return b.mul(b.scale(x, 0.5), b.shift(b.unary("tanh", inner), 1.0))


_COMPARE = {"aten.gt": "gt", "aten.lt": "lt", "aten.ge": "ge", "aten.le": "le", "aten.eq": "eq", "aten.ne": "ne"}


@handles(*_COMPARE)
def _compare(imp: Importer, node: torch.fx.Node, a: dict[str, Any]) -> Any:
    shape = imp.out_shape()
    lhs = imp.b.broadcast_to(imp.tensor(a["self"]), shape)
    return Compare(_COMPARE[op_name(node.target).rsplit(".", 1)[0]], lhs, imp.operand(a["other"], lhs, shape))


@handles("aten.where")
def _where(imp: Importer, node: torch.fx.Node, a: dict[str, Any]) -> Any:
    cond = imp.env.get(a["condition"]) if isinstance(a["condition"], torch.fx.Node) else None
    if not isinstance(cond, Compare):
        raise imp.fail("torch.where is supported only with a comparison (a < b, ...) as the condition")
    shape = imp.out_shape()
    t = imp.operand(a["self"], cond.lhs, shape)
    f = imp.operand(a["other"], cond.lhs, shape)
    lhs, rhs = imp.b.broadcast_to(cond.lhs, shape), imp.b.broadcast_to(cond.rhs, shape)
    return imp.b.select(cond.predicate, lhs, rhs, t, f)


# ---------------------------------------------------------------------------------------------
# Contractions and reductions


@handles("aten.linear")
def _linear(imp: Importer, node: torch.fx.Node, a: dict[str, Any]) -> Any:
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
def _addmm(imp: Importer, node: torch.fx.Node, a: dict[str, Any]) -> Any:
    shape = imp.out_shape()
    y = imp.b.scale(_matmul(imp, imp.tensor(a["mat1"]), imp.tensor(a["mat2"]), shape), float(a["alpha"]))
    bias = imp.b.scale(imp.b.broadcast_to(imp.tensor(a["self"]), shape), float(a["beta"]))
    return imp.b.add(bias, y)


@handles("aten.mm", "aten.bmm", "aten.matmul", "aten.mv", "aten.dot")
def _mm(imp: Importer, node: torch.fx.Node, a: dict[str, Any]) -> Any:
    names = list(a)
    return _matmul(imp, imp.tensor(a[names[0]]), imp.tensor(a[names[1]]), imp.out_shape())


@handles("aten.einsum")
def _einsum(imp: Importer, node: torch.fx.Node, a: dict[str, Any]) -> Any:
    spec = str(a["equation"]).replace(" ", "")
    if "..." in spec or "->" not in spec:
        raise imp.fail("einsum needs an explicit output ('->') and no ellipsis")
    return imp.b.contract(spec, [imp.tensor(t) for t in a["tensors"]], imp.out_shape())


def _reduction(imp: Importer, kind: str, x: SSAValue, dims: list[int], keepdim: bool) -> SSAValue:
    out = imp.b.reduce(kind, x, dims)
    return imp.b.reshape(out, imp.out_shape()) if keepdim else out


@handles("aten.sum", "aten.mean", "aten.amax", "aten.amin", "aten.prod")
def _reduce(imp: Importer, node: torch.fx.Node, a: dict[str, Any]) -> Any:
    name = op_name(node.target).rsplit(".", 1)[0]
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
def _max(imp: Importer, node: torch.fx.Node, a: dict[str, Any]) -> Any:
    kind = "max" if op_name(node.target).startswith("aten.max") else "min"
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
def _softmax(imp: Importer, node: torch.fx.Node, a: dict[str, Any]) -> Any:
    x = imp.tensor(a["self"])
    return imp.b.emit(ta.SoftmaxOp(x, _dim(int(a["dim"]), len(shape_of(x)))))


@handles("aten.log_softmax", "aten._log_softmax")
def _log_softmax(imp: Importer, node: torch.fx.Node, a: dict[str, Any]) -> Any:
    x = imp.tensor(a["self"])
    shape = shape_of(x)
    d = _dim(int(a["dim"]), len(shape))
    b = imp.b
    z = b.sub(x, b.keep_dims(b.reduce("max", x, [d]), shape, [d]))
    return b.sub(z, b.keep_dims(b.unary("log", b.reduce("sum", b.unary("exp", z), [d])), shape, [d]))


@handles("aten.layer_norm", "aten.native_layer_norm")
def _layer_norm(imp: Importer, node: torch.fx.Node, a: dict[str, Any]) -> Any:
    x = imp.tensor(a["input"])
    shape = shape_of(x)
    n = len(a["normalized_shape"])
    y = imp.b.emit(ta.LayerNormOp(x, list(range(len(shape) - n, len(shape))), float(a["eps"])))
    if a.get("weight") is not None:
        y = imp.b.mul(y, imp.b.broadcast_to(imp.tensor(a["weight"]), shape))
    if a.get("bias") is not None:
        y = imp.b.add(y, imp.b.broadcast_to(imp.tensor(a["bias"]), shape))
    return (y, None, None) if "native" in op_name(node.target) else y


@handles("aten.batch_norm", "aten._native_batch_norm_legit_no_training")
def _batch_norm(imp: Importer, node: torch.fx.Node, a: dict[str, Any]) -> Any:
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
    return y if "legit" not in op_name(node.target) else (y, None, None)


# ---------------------------------------------------------------------------------------------
# Convolution and pooling (NCHW in PyTorch, NHWC in ta)


@handles("aten.conv2d", "aten.convolution", "aten._convolution")
def _conv(imp: Importer, node: torch.fx.Node, a: dict[str, Any]) -> Any:
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


def _pool(imp: Importer, a: dict[str, Any], kind: str, pad_value: float) -> SSAValue:
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
def _max_pool(imp: Importer, node: torch.fx.Node, a: dict[str, Any]) -> Any:
    out = _pool(imp, a, "max", float("-inf"))
    return (out, None) if "indices" in op_name(node.target) else out


@handles("aten.avg_pool2d")
def _avg_pool(imp: Importer, node: torch.fx.Node, a: dict[str, Any]) -> Any:
    if a.get("divisor_override") is not None:
        raise imp.fail("avg_pool2d with divisor_override is not supported")
    if not a.get("count_include_pad", True) and any(_pair(a.get("padding", 0))):
        raise imp.fail("avg_pool2d with padding and count_include_pad=False is not supported")
    return _pool(imp, a, "avg", 0.0)


@handles("aten.adaptive_avg_pool2d", "aten._adaptive_avg_pool2d", "aten.adaptive_max_pool2d")
def _adaptive_pool(imp: Importer, node: torch.fx.Node, a: dict[str, Any]) -> Any:
    x = imp.tensor(a["self"])
    _, _, h, w = shape_of(x)
    oh, ow = _pair(a["output_size"])
    if h % oh or w % ow:
        raise imp.fail(f"adaptive pooling from {h}x{w} to {oh}x{ow} needs sizes that divide evenly")
    kind = "max" if "max" in op_name(node.target) else "avg"
    window = (h // oh, w // ow)
    out = _pool(imp, {"self": a["self"], "kernel_size": list(window), "stride": list(window)}, kind, 0.0)
    return (out, None) if kind == "max" else out




# ---------------------------------------------------------------------------------------------
# Attention, splitting, more activations


@handles("aten.scaled_dot_product_attention")
def _sdpa(imp: Importer, node: torch.fx.Node, a: dict[str, Any]) -> Any:
    """softmax(q k^T * scale + mask) v over the last two dims (batch dims broadcast)."""
    if a.get("dropout_p"):
        raise imp.fail("scaled_dot_product_attention with dropout_p > 0 is not supported")
    if a.get("enable_gqa"):
        raise imp.fail("scaled_dot_product_attention with enable_gqa is not supported")
    b = imp.b
    q, k, v = imp.tensor(a["query"]), imp.tensor(a["key"]), imp.tensor(a["value"])
    qs, ks = shape_of(q), shape_of(k)
    if len(qs) < 2 or len(qs) != len(ks) or len(shape_of(v)) != len(qs):
        raise imp.fail("scaled_dot_product_attention needs query, key and value of the same rank >= 2")
    batch = _BATCH[: len(qs) - 2]
    lq, lk, e = qs[-2], ks[-2], qs[-1]
    scores_shape = [*qs[:-2], lq, lk]
    scale = a.get("scale")
    scale = float(scale) if scale is not None else 1.0 / math.sqrt(e)
    s = b.scale(b.contract(f"{batch}me,{batch}ne->{batch}mn", [q, k], scores_shape), scale)
    if a.get("attn_mask") is not None:
        mask = imp.tensor(a["attn_mask"])
        s = b.add(s, b.broadcast_to(mask, scores_shape))
    if a.get("is_causal"):
        causal = np.triu(np.full((lq, lk), -np.inf), 1)
        s = b.add(s, b.broadcast_to(b.array(causal, element_of(q)), scores_shape))
    p = b.emit(ta.SoftmaxOp(s, len(scores_shape) - 1))
    return b.contract(f"{batch}mn,{batch}nf->{batch}mf", [p, v], imp.out_shape())


@handles("aten.split", "aten.split_with_sizes", "aten.chunk", "aten.unbind", "aten.tensor_split")
def _split(imp: Importer, node: torch.fx.Node, a: dict[str, Any]) -> Any:
    """A tuple of slices, sized after the export's metadata of each piece."""
    x = imp.tensor(node.args[0])
    shape = list(shape_of(x))
    d = _dim(int(a.get("dim", 0)), len(shape))
    pieces = imp.meta()
    out = []
    start = 0
    squeeze = op_name(node.target).startswith("aten.unbind")
    for piece in pieces:
        piece_shape = [int(s) for s in piece.shape]
        size = 1 if squeeze else piece_shape[d]
        offsets = [0] * len(shape)
        offsets[d] = start
        sizes = list(shape)
        sizes[d] = size
        out.append(imp.b.reshape(imp.b.slice(x, offsets, sizes), piece_shape))
        start += size
    return tuple(out)


@handles("aten.leaky_relu")
def _leaky_relu(imp: Importer, node: torch.fx.Node, a: dict[str, Any]) -> Any:
    x = imp.tensor(a["self"])
    zero = imp.b.splat_like(0.0, x)
    return imp.b.select("gt", x, zero, x, imp.b.scale(x, float(a.get("negative_slope", 0.01))))


@handles("aten.elu")
def _elu(imp: Importer, node: torch.fx.Node, a: dict[str, Any]) -> Any:
    if float(a.get("scale", 1)) != 1 or float(a.get("input_scale", 1)) != 1:
        raise imp.fail("elu with scale or input_scale is not supported")
    b = imp.b
    x = imp.tensor(a["self"])
    neg = b.scale(b.shift(b.unary("exp", x), -1.0), float(a.get("alpha", 1.0)))
    return b.select("gt", x, b.splat_like(0.0, x), x, neg)


@handles("aten.stack")
def _stack(imp: Importer, node: torch.fx.Node, a: dict[str, Any]) -> Any:
    out = imp.out_shape()
    d = _dim(int(a.get("dim", 0)), len(out))
    pieces = []
    for t in a["tensors"]:
        x = imp.tensor(t)
        shape = list(shape_of(x))
        pieces.append(imp.b.reshape(x, shape[:d] + [1] + shape[d:]))
    return imp.b.concat(pieces, d)
