"""Interpreter functions for the `ta` dialect: every op as whole-array numpy.

This is the reference every lower level is checked against, so it favours clarity and
exactness over cleverness, but never loops over elements in Python: contractions are one
`np.einsum(optimize=True)`, convolutions and pooling a `sliding_window_view` plus one
einsum or reduction. Values are numpy arrays of the result's dtype (float32 stays float32).
IEEE special cases (log(0), 1/0, overflow) produce inf/nan silently, as on the hardware.
"""

from __future__ import annotations

import math
import operator
from collections.abc import Callable
from typing import Any

import numpy as np
from numpy.lib.stride_tricks import sliding_window_view
from xdsl.interpreter import Interpreter, InterpreterFunctions, impl, register_impls
from xdsl.ir import Operation

from rdu_ir.dialects import ta

# ---------------------------------------------------------------------------------------------
# Elementwise math numpy lacks


def erf(x: np.ndarray) -> np.ndarray:
    """The error function, vectorised (numpy has none and scipy is not a dependency).

    |x| <= 3: the Maclaurin series (60 terms, float64: cancellation costs < 3 digits);
    |x| > 3: erfc by its continued fraction, evaluated backwards (fast convergence there).
    Absolute error < 1e-13, far below float32 resolution."""
    a = np.asarray(x)
    out_dtype = a.dtype if np.issubdtype(a.dtype, np.floating) else np.dtype(np.float64)
    x64 = a.astype(np.float64)
    out = np.empty_like(x64)
    small = np.abs(x64) <= 3.0  # nan compares false and goes to the large branch, staying nan
    # Series: erf(x) = 2/sqrt(pi) * sum_n (-1)^n x^(2n+1) / (n! (2n+1)), Horner in x^2.
    xs = x64[small]
    x2 = xs * xs
    acc = np.zeros_like(xs)
    for n in range(59, -1, -1):
        acc = acc * x2 + (-1.0) ** n / (math.factorial(n) * (2 * n + 1))
    out[small] = 2.0 / math.sqrt(math.pi) * xs * acc
    # Continued fraction: erfc(x) = exp(-x^2)/sqrt(pi) / (x + (1/2)/(x + 1/(x + (3/2)/(x + ...)))).
    xl = x64[~small]
    ax = np.abs(xl)
    with np.errstate(all="ignore"):
        k = ax.copy()
        for n in range(60, 0, -1):
            k = ax + (n / 2.0) / k
        erfc = np.exp(-ax * ax) / (math.sqrt(math.pi) * k)
        out[~small] = np.where(np.isinf(xl), np.sign(xl), np.sign(xl) * (1.0 - erfc))
    return out.astype(out_dtype)


def _sigmoid(x: np.ndarray) -> np.ndarray:
    e = np.exp(-np.abs(x))  # never overflows
    return np.where(x >= 0, 1 / (1 + e), e / (1 + e)).astype(x.dtype)


def _div(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    if np.issubdtype(a.dtype, np.integer):
        # Truncating division like arith.divsi (numpy's // floors); x / 0 gives 0.
        q = np.abs(a) // np.where(b == 0, 1, np.abs(b))
        return np.where(b == 0, 0, np.sign(a) * np.sign(b) * q).astype(a.dtype)
    return np.divide(a, b)


UNARY_FNS: dict[str, Callable[[np.ndarray], np.ndarray]] = {
    "negative": np.negative,
    "abs": np.abs,
    "exp": np.exp,
    "log": np.log,
    "tanh": np.tanh,
    "erf": erf,
    "sqrt": np.sqrt,
    "rsqrt": lambda x: 1 / np.sqrt(x),
    "sigmoid": _sigmoid,
    "relu": lambda x: np.maximum(x, np.zeros((), x.dtype)),
}
BINARY_FNS: dict[str, Callable[[np.ndarray, np.ndarray], np.ndarray]] = {
    "add": np.add,
    "subtract": np.subtract,
    "multiply": np.multiply,
    "divide": _div,
    "maximum": np.maximum,
    "minimum": np.minimum,
}
COMPARE_FNS: dict[str, Callable[[Any, Any], Any]] = {
    "eq": operator.eq, "ne": operator.ne, "lt": operator.lt,
    "le": operator.le, "gt": operator.gt, "ge": operator.ge,
}  # fmt: skip
REDUCE_FNS: dict[str, Callable[..., np.ndarray]] = {"sum": np.sum, "max": np.max, "min": np.min, "prod": np.prod}


def result_dtype(op: Operation, index: int = 0) -> np.dtype:
    return ta.numpy_dtype(op.results[index].type.element_type)  # type: ignore[attr-defined]


def _typed(op: Operation, value: Any) -> tuple[np.ndarray]:
    """The value as an array of the op's result dtype and shape-checked rank."""
    return (np.asarray(value).astype(result_dtype(op), copy=False),)


# ---------------------------------------------------------------------------------------------
# Numpy implementations shared with tests and canonicalization (constant folding)


def contract(spec: str, inputs: list[np.ndarray], dtype: np.dtype) -> np.ndarray:
    """The contraction `spec` of `inputs`, accumulated in the inputs' precision (float32
    stays float32, as the hardware accumulates)."""
    if len(inputs) == 1:
        out = np.einsum(spec, inputs[0])
    else:
        out = np.einsum(spec, *inputs, optimize=True)
    return np.asarray(out).astype(dtype, copy=False)


def broadcast(x: np.ndarray, dims: tuple[int, ...], shape: tuple[int, ...]) -> np.ndarray:
    """StableHLO broadcast_in_dim as numpy (a fresh, writable array)."""
    expanded = [1] * len(shape)
    for i, d in enumerate(dims):
        expanded[d] = x.shape[i]
    return np.broadcast_to(x.reshape(expanded), shape).copy()


def strided_slice(x: np.ndarray, offsets, sizes, strides) -> np.ndarray:
    index = tuple(slice(o, o + (s - 1) * st + 1, st) if s > 0 else slice(o, o) for o, s, st in zip(offsets, sizes, strides))
    return x[index]


def windows(x: np.ndarray, window, strides, dilations) -> np.ndarray:
    """NHWC -> (N, OH, OW, C, KH, KW) view of every (strided, dilated) window."""
    (kh, kw), (sh, sw), (dh, dw) = window, strides, dilations
    eh, ew = (kh - 1) * dh + 1, (kw - 1) * dw + 1
    view = sliding_window_view(x, (eh, ew), axis=(1, 2))
    return view[:, ::sh, ::sw, :, ::dh, ::dw]


def conv2d(x: np.ndarray, f: np.ndarray, strides, dilations, depthwise: bool, dtype: np.dtype) -> np.ndarray:
    win = windows(x, f.shape[:2], strides, dilations)
    spec = "nhwcij,ijc->nhwc" if depthwise else "nhwcij,ijcf->nhwf"
    return np.einsum(spec, win, f, optimize=True).astype(dtype, copy=False)


def pool2d(x: np.ndarray, kind: str, window, strides, dilations) -> np.ndarray:
    win = windows(x, window, strides, dilations)
    if kind == "max":
        out = win.max(axis=(-2, -1))
    elif kind == "sum":
        out = win.sum(axis=(-2, -1), dtype=x.dtype)
    else:
        out = win.sum(axis=(-2, -1), dtype=x.dtype) / (window[0] * window[1])
    return np.asarray(out).astype(x.dtype, copy=False)


def softmax(x: np.ndarray, dim: int) -> np.ndarray:
    e = np.exp(x - x.max(axis=dim, keepdims=True))
    return (e / e.sum(axis=dim, keepdims=True)).astype(x.dtype, copy=False)


def layernorm(x: np.ndarray, dims: tuple[int, ...], epsilon: float) -> np.ndarray:
    mean = x.mean(axis=dims, keepdims=True)
    var = ((x - mean) ** 2).mean(axis=dims, keepdims=True)
    return ((x - mean) / np.sqrt(var + x.dtype.type(epsilon))).astype(x.dtype, copy=False)


def gelu(x: np.ndarray) -> np.ndarray:
    half = x.dtype.type(0.5)
    return (half * x * (1 + erf(x / x.dtype.type(math.sqrt(2.0))))).astype(x.dtype, copy=False)


def compute(op: Operation, args: tuple[np.ndarray, ...]) -> np.ndarray:
    """The value of one ta op given its operand values (used by the interpreter and by
    constant folding)."""
    with np.errstate(all="ignore"):
        return _compute(op, args)


def _compute(op: Operation, args: tuple[Any, ...]) -> np.ndarray:
    dtype = result_dtype(op)
    if isinstance(op, ta.UnaryElementwiseOp):
        return UNARY_FNS[op.numpy_fn](args[0]).astype(dtype, copy=False)
    if isinstance(op, ta.BinaryElementwiseOp):
        return BINARY_FNS[op.numpy_fn](args[0], args[1]).astype(dtype, copy=False)
    match op:
        case ta.ContractOp():
            n = len(op.inputs)
            out = contract(str(op.parsed_spec()), list(args[:n]), dtype)  # normalised spelling
            return out + args[n] if op.acc is not None else out
        case ta.SelectOp():
            lhs, rhs, t, f = args
            return np.where(COMPARE_FNS[op.predicate.data](lhs, rhs), t, f).astype(dtype, copy=False)
        case ta.ReduceOp():
            fn = REDUCE_FNS[op.kind.data]
            return np.asarray(fn(args[0], axis=tuple(op.dims_list))).astype(dtype, copy=False)
        case ta.TransposeOp():
            return np.transpose(args[0], op.perm_list)
        case ta.ReshapeOp():
            return args[0].reshape(op.result.type.get_shape())
        case ta.BroadcastOp():
            return broadcast(args[0], op.dims_list, op.result.type.get_shape())
        case ta.PadOp():
            value = op.pad_value
            if np.issubdtype(dtype, np.integer):
                value = int(value) if math.isfinite(value) else 0
            if args[0].ndim == 0:  # np.pad rejects an empty pad-width list; nothing to pad
                return args[0].copy()
            return np.pad(args[0], list(zip(op.low_list, op.high_list)), constant_values=dtype.type(value))
        case ta.SliceOp():
            return strided_slice(args[0], op.offsets_list, op.sizes_list, op.strides_list)
        case ta.ConcatOp():
            return np.concatenate(args, axis=op.dim_value)
        case ta.ConstantOp():
            return op.to_numpy()
        case ta.Conv2dOp():
            out = conv2d(args[0], args[1], op.strides_list, op.dilations_list, op.is_depthwise, dtype)
            return out + args[2] if op.acc is not None else out
        case ta.Pool2dOp():
            return pool2d(args[0], op.kind.data, op.window_list, op.strides_list, op.dilations_list)
        case ta.SoftmaxOp():
            return softmax(args[0], op.dim_value)
        case ta.LayerNormOp():
            return layernorm(args[0], op.dims_list, op.epsilon_value)
        case ta.GeluOp():
            return gelu(args[0])
    raise NotImplementedError(f"no numpy implementation of {op.name}")


class TaFunctions(InterpreterFunctions):
    """`ta` ops on numpy arrays (see `compute`); impls are attached below, one per op."""


def _run(self: TaFunctions, interpreter: Interpreter, op: Operation, args: tuple[Any, ...]) -> tuple[Any, ...]:
    return _typed(op, compute(op, args))


# One impl per concrete op class: the interpreter dispatches on the exact type.
for _op in ta.TA.operations:
    setattr(TaFunctions, f"run_{_op.name.replace('.', '_')}", impl(_op)(_run))
register_impls(TaFunctions)
