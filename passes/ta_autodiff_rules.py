"""Reverse-mode gradient rules of the `ta` ops, each expressed in `ta` ops.

`vjp(b, op, g, active)` emits, through the builder `b`, the vector-Jacobian product of `op`:
given `g`, the gradient of the loss with respect to the op's result, it returns one gradient
per operand (None for operands that are not `active`, i.e. do not depend on a trained
parameter, or that have no gradient, like the comparison operands of `ta.select`).
The rules use only core ta ops, so a training step lowers like any other program:

- contractions: the gradient of an einsum input is an einsum of the result gradient with the
  other inputs (broadcast over indices summed within that input alone);
- conv2d: the input gradient is a convolution of the stride-dilated, padded result gradient with
  the spatially flipped filter (the flip is a contraction with anti-identity matrices, as ta has
  no reverse op); the filter gradient is a convolution of the input with the result gradient in
  the filter's place (channels and batch swapped); depthwise filters use one strided slice per
  filter tap;
- pool2d: one strided slice per window tap; max pooling routes each gradient to the first
  maximal tap of its window (PyTorch's choice), sum and avg to every tap;
- ties in `max`/`min` (elementwise) go to the left operand; in `reduce max/min` they share evenly;
- `reduce prod` divides the product by each input, so it assumes nonzero inputs;
- relu' and abs' at 0 are 0 (as in PyTorch).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

import numpy as np
from xdsl.ir import Operation, SSAValue

from rdu_ir.dialects import ta
from rdu_ir.ta_builder import TaBuilder, element_of, shape_of

Grads = list[SSAValue | None]
Rule = Callable[[TaBuilder, Operation, SSAValue, Sequence[bool]], Grads]

# ---------------------------------------------------------------------------------------------
# Elementwise


def _zeros(b: TaBuilder, like: SSAValue) -> SSAValue:
    return b.splat_like(0.0, like)


def _binary(b: TaBuilder, op: Operation, g: SSAValue, active: Sequence[bool]) -> Grads:
    x, y = op.operands
    out = op.results[0]
    kind = op.name.removeprefix("ta.")
    da = db = None
    if kind == "add":
        da, db = g, g
    elif kind == "sub":
        da = g
        db = b.neg(g) if active[1] else None
    elif kind == "mul":
        da = b.mul(g, y) if active[0] else None
        db = b.mul(g, x) if active[1] else None
    elif kind == "div":
        da = b.div(g, y) if active[0] else None
        db = b.neg(b.div(b.mul(g, out), y)) if active[1] else None  # -g * x / y^2
    elif kind in ("max", "min"):
        zero = _zeros(b, g)
        first = "ge" if kind == "max" else "le"  # ties go to the left operand
        da = b.select(first, x, y, g, zero) if active[0] else None
        db = b.select(first, x, y, zero, g) if active[1] else None
    else:
        raise KeyError(kind)
    return [da, db]


def _unary(b: TaBuilder, op: Operation, g: SSAValue, active: Sequence[bool]) -> Grads:
    (x,) = op.operands
    out = op.results[0]
    kind = op.name.removeprefix("ta.")
    if kind == "neg":
        return [b.neg(g)]
    if kind == "abs":
        zero = _zeros(b, g)
        neg_part = b.select("lt", x, zero, b.neg(g), zero)
        return [b.select("gt", x, zero, g, neg_part)]
    if kind == "exp":
        return [b.mul(g, out)]
    if kind == "log":
        return [b.div(g, x)]
    if kind == "tanh":  # g * (1 - tanh^2)
        return [b.mul(g, b.sub(b.splat_like(1.0, out), b.mul(out, out)))]
    if kind == "erf":  # g * 2/sqrt(pi) * exp(-x^2)
        return [b.mul(g, b.scale(b.unary("exp", b.neg(b.mul(x, x))), 2.0 / math.sqrt(math.pi)))]
    if kind == "sqrt":  # g / (2 sqrt x)
        return [b.div(b.scale(g, 0.5), out)]
    if kind == "rsqrt":  # -0.5 * g * x^(-3/2) = -0.5 * g * out^3
        return [b.mul(b.scale(g, -0.5), b.mul(out, b.mul(out, out)))]
    if kind == "sigmoid":  # g * s * (1 - s)
        return [b.mul(g, b.mul(out, b.sub(b.splat_like(1.0, out), out)))]
    if kind == "relu":
        zero = _zeros(b, g)
        return [b.select("gt", x, zero, g, zero)]
    raise KeyError(kind)


def _select(b: TaBuilder, op: ta.SelectOp, g: SSAValue, active: Sequence[bool]) -> Grads:
    zero = _zeros(b, g)
    pred = op.predicate.data
    dt = b.select(pred, op.lhs, op.rhs, g, zero) if active[2] else None
    df = b.select(pred, op.lhs, op.rhs, zero, g) if active[3] else None
    return [None, None, dt, df]


# ---------------------------------------------------------------------------------------------
# Contraction and reductions


def _contract(b: TaBuilder, op: ta.ContractOp, g: SSAValue, active: Sequence[bool]) -> Grads:
    spec = op.parsed_spec()
    sizes = op.index_sizes()
    inputs = list(op.inputs)
    grads: Grads = []
    for i, term in enumerate(spec.inputs):
        if not active[i]:
            grads.append(None)
            continue
        others = [(t, v) for j, (t, v) in enumerate(zip(spec.inputs, inputs)) if j != i]
        available = set(spec.output).union(*(set(t) for t, _ in others))
        kept = "".join(c for c in term if c in available)
        terms = [spec.output, *(t for t, _ in others)]
        gi = b.contract(",".join(terms) + "->" + kept, [g, *(v for _, v in others)], [sizes[c] for c in kept])
        if kept != term:  # indices summed within this input alone: the gradient is constant along them
            gi = b.broadcast(gi, [term.index(c) for c in kept], [sizes[c] for c in term])
        grads.append(gi)
    if op.acc is not None:
        grads.append(g if active[len(inputs)] else None)
    return grads


def _reduce(b: TaBuilder, op: ta.ReduceOp, g: SSAValue, active: Sequence[bool]) -> Grads:
    x = op.input
    shape = shape_of(x)
    dims = list(op.dims_list)
    gb = b.keep_dims(g, shape, dims)
    kind = op.kind.data
    if kind == "sum":
        return [gb]
    out_b = b.keep_dims(op.result, shape, dims)
    if kind == "prod":  # d/dx_i prod = prod / x_i (x_i != 0)
        return [b.div(b.mul(gb, out_b), x)]
    # max/min: ties share the gradient evenly
    mask = b.select("eq", x, out_b, b.splat_like(1.0, x), _zeros(b, x))
    count = b.keep_dims(b.reduce("sum", mask, dims), shape, dims)
    return [b.div(b.mul(gb, mask), count)]


# ---------------------------------------------------------------------------------------------
# Data movement


def _transpose(b: TaBuilder, op: ta.TransposeOp, g: SSAValue, active: Sequence[bool]) -> Grads:
    perm = list(op.perm_list)
    inverse = [perm.index(i) for i in range(len(perm))]
    return [b.transpose(g, inverse)]


def _reshape(b: TaBuilder, op: ta.ReshapeOp, g: SSAValue, active: Sequence[bool]) -> Grads:
    return [b.reshape(g, shape_of(op.input))]


def _broadcast(b: TaBuilder, op: ta.BroadcastOp, g: SSAValue, active: Sequence[bool]) -> Grads:
    in_shape = shape_of(op.input)
    out_shape = shape_of(op.result)
    dims = list(op.dims_list)
    summed = [d for d in range(len(out_shape)) if d not in dims]
    summed += [d for i, d in enumerate(dims) if in_shape[i] == 1 and out_shape[d] != 1]
    return [b.reshape(b.reduce("sum", g, sorted(summed)), in_shape)]


def _pad(b: TaBuilder, op: ta.PadOp, g: SSAValue, active: Sequence[bool]) -> Grads:
    return [b.slice(g, list(op.low_list), shape_of(op.input))]


def _slice(b: TaBuilder, op: ta.SliceOp, g: SSAValue, active: Sequence[bool]) -> Grads:
    return [b.unslice(g, shape_of(op.input), list(op.offsets_list), list(op.strides_list))]


def _concat(b: TaBuilder, op: ta.ConcatOp, g: SSAValue, active: Sequence[bool]) -> Grads:
    dim = op.dim_value
    out_shape = shape_of(op.result)
    grads: Grads = []
    start = 0
    for v, is_active in zip(op.inputs, active):
        size = shape_of(v)[dim]
        if is_active:
            offsets = [0] * len(out_shape)
            offsets[dim] = start
            grads.append(b.slice(g, offsets, shape_of(v)))
        else:
            grads.append(None)
        start += size
    return grads


# ---------------------------------------------------------------------------------------------
# Windowed ops (NHWC)


def _flip_matrix(b: TaBuilder, n: int, like: SSAValue) -> SSAValue:
    return b.array(np.eye(n)[::-1].copy(), element_of(like))


def _tap_slice(b: TaBuilder, x: SSAValue, i: int, j: int, out_hw, strides, dilations) -> SSAValue:
    """The input elements tap (i, j) of every window reads: an N x OH x OW x C strided slice."""
    n, _, _, c = shape_of(x)
    (sh, sw), (dh, dw) = strides, dilations
    return b.slice(x, [0, i * dh, j * dw, 0], [n, out_hw[0], out_hw[1], c], [1, sh, sw, 1])


def _tap_scatter(b: TaBuilder, g: SSAValue, x_shape, i: int, j: int, strides, dilations) -> SSAValue:
    """The inverse of `_tap_slice`: g placed where tap (i, j) reads, zeros elsewhere."""
    (sh, sw), (dh, dw) = strides, dilations
    return b.unslice(g, x_shape, [0, i * dh, j * dw, 0], [1, sh, sw, 1])


def _conv2d(b: TaBuilder, op: ta.Conv2dOp, g: SSAValue, active: Sequence[bool]) -> Grads:
    x, w = op.input, op.filter
    n, h, wd, c = shape_of(x)
    kh, kw = shape_of(w)[:2]
    _, oh, ow, f = shape_of(g)
    strides, dilations = op.strides_list, op.dilations_list
    (sh, sw), (dh, dw) = strides, dilations
    depthwise = op.is_depthwise
    grads: Grads = [None, None]
    if active[0]:
        # Full correlation of the stride-dilated gradient with the flipped filter. The padding
        # also covers input rows/columns no window reached (they get zero gradient).
        ph, pw = (kh - 1) * dh, (kw - 1) * dw
        padded = [n, h + ph, wd + pw, f]  # output extent = padded - ph = input extent
        gp = b.unslice(g, padded, [0, ph, pw, 0], [1, sh, sw, 1])
        jh, jw = _flip_matrix(b, kh, w), _flip_matrix(b, kw, w)
        if depthwise:
            wf = b.contract("ik,jl,klc->ijc", [jh, jw, w], [kh, kw, c])
        else:
            wf = b.contract("ik,jl,klcf->ijfc", [jh, jw, w], [kh, kw, f, c])
        grads[0] = b.emit(ta.Conv2dOp(gp, wf, (1, 1), (dh, dw), depthwise))
    if active[1]:
        if depthwise:
            taps = [
                b.contract("nhwc,nhwc->c", [_tap_slice(b, x, i, j, (oh, ow), strides, dilations), g], [c])
                for i in range(kh)
                for j in range(kw)
            ]
            stacked = b.concat([b.reshape(t, [1, c]) for t in taps], 0)
            grads[1] = b.reshape(stacked, [kh, kw, c])
        else:
            # dW[i,j,c,f] = sum_{n,p,q} x[n, p*sh + i*dh, q*sw + j*dw, c] g[n,p,q,f]: a conv of
            # x (channels as batch, batch as channels) with g as the filter, strides and
            # dilations swapped.
            xt = b.transpose(x, [3, 1, 2, 0])
            gt = b.transpose(g, [1, 2, 0, 3])
            r = b.emit(ta.Conv2dOp(xt, gt, (dh, dw), (sh, sw)))
            r = b.slice(r, [0, 0, 0, 0], [c, kh, kw, f])
            grads[1] = b.transpose(r, [1, 2, 0, 3])
    if op.acc is not None:
        grads.append(g if active[2] else None)
    return grads


def _pool2d(b: TaBuilder, op: ta.Pool2dOp, g: SSAValue, active: Sequence[bool]) -> Grads:
    x = op.input
    x_shape = shape_of(x)
    kh, kw = op.window_list
    strides, dilations = op.strides_list, op.dilations_list
    _, oh, ow, _ = shape_of(g)
    kind = op.kind.data
    if kind == "avg":
        g = b.scale(g, 1.0 / (kh * kw))
    total: SSAValue | None = None
    remaining = b.splat_like(1.0, g) if kind == "max" else None
    for i in range(kh):
        for j in range(kw):
            part = g
            if kind == "max":
                assert remaining is not None
                tap = _tap_slice(b, x, i, j, (oh, ow), strides, dilations)
                # 1 where this tap is the first maximal one of its window
                first = b.select("eq", tap, op.result, remaining, _zeros(b, g))
                remaining = b.sub(remaining, first)
                part = b.mul(g, first)
            scattered = _tap_scatter(b, part, x_shape, i, j, strides, dilations)
            total = scattered if total is None else b.add(total, scattered)
    assert total is not None
    return [total]


# ---------------------------------------------------------------------------------------------
# Composite ops (so models can be trained before ta-decompose)


def _softmax(b: TaBuilder, op: ta.SoftmaxOp, g: SSAValue, active: Sequence[bool]) -> Grads:
    y = op.result
    dim = op.dim_value
    shape = shape_of(y)
    s = b.keep_dims(b.reduce("sum", b.mul(g, y), [dim]), shape, [dim])
    return [b.mul(y, b.sub(g, s))]


def _layernorm(b: TaBuilder, op: ta.LayerNormOp, g: SSAValue, active: Sequence[bool]) -> Grads:
    x, xhat = op.input, op.result
    shape = shape_of(x)
    dims = list(op.dims_list)
    count = math.prod(shape[d] for d in dims)

    def mean_b(v: SSAValue) -> SSAValue:
        return b.keep_dims(b.scale(b.reduce("sum", v, dims), 1.0 / count), shape, dims)

    centred = b.sub(x, mean_b(x))
    rstd = b.unary("rsqrt", b.shift(mean_b(b.mul(centred, centred)), op.epsilon_value))
    inner = b.sub(b.sub(g, mean_b(g)), b.mul(xhat, mean_b(b.mul(g, xhat))))
    return [b.mul(rstd, inner)]


def _gelu(b: TaBuilder, op: ta.GeluOp, g: SSAValue, active: Sequence[bool]) -> Grads:
    x = op.input
    cdf = b.scale(b.shift(b.unary("erf", b.scale(x, 1.0 / math.sqrt(2.0))), 1.0), 0.5)
    pdf = b.scale(b.unary("exp", b.scale(b.mul(x, x), -0.5)), 1.0 / math.sqrt(2.0 * math.pi))
    return [b.mul(g, b.add(cdf, b.mul(x, pdf)))]


# ---------------------------------------------------------------------------------------------

RULES: dict[type[Operation], Rule] = {
    **{cls: _binary for cls in ta.BINARY_OPS.values()},
    **{cls: _unary for cls in ta.UNARY_OPS.values()},
    ta.SelectOp: _select,
    ta.ContractOp: _contract,
    ta.ReduceOp: _reduce,
    ta.TransposeOp: _transpose,
    ta.ReshapeOp: _reshape,
    ta.BroadcastOp: _broadcast,
    ta.PadOp: _pad,
    ta.SliceOp: _slice,
    ta.ConcatOp: _concat,
    ta.Conv2dOp: _conv2d,
    ta.Pool2dOp: _pool2d,
    ta.SoftmaxOp: _softmax,
    ta.LayerNormOp: _layernorm,
    ta.GeluOp: _gelu,
}  # type: ignore[dict-item]
"""The gradient rule of every differentiable ta op (ta.constant has no operands)."""


def has_rule(op: Operation) -> bool:
    return type(op) in RULES


def vjp(b: TaBuilder, op: Operation, g: SSAValue, active: Sequence[bool]) -> Grads:
    """Operand gradients of `op` for the result gradient `g` (None where not `active`)."""
    grads = RULES[type(op)](b, op, g, active)
    return [gr if act else None for gr, act in zip(grads, active)]
