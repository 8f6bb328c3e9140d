"""The ta reference interpreter, op by op, against numpy written independently here."""

from __future__ import annotations

import math

import numpy as np
import pytest

from rdu_ir.context import make_context
from rdu_ir.diagnostics import RduError
from rdu_ir.parsing import parse_module
from rdu_ir.reference import keep_reference
from rdu_ir.sim.reference import run_reference
from rdu_ir.sim.ta_interp import erf

CTX = make_context()
RNG = np.random.default_rng(1234)


def rand(*shape: int) -> np.ndarray:
    return RNG.standard_normal(shape).astype(np.float32)


def ttype(a: np.ndarray) -> str:
    dt = {np.float32: "f32", np.int32: "i32"}[a.dtype.type]
    return "tensor<" + "".join(f"{d}x" for d in a.shape) + dt + ">"


def run_op(line: str, args: list[np.ndarray], result_type: str) -> np.ndarray:
    """Run `%r = line` in a function of the given arguments (%a0, %a1, ...)."""
    params = ", ".join(f"%a{i}: {ttype(a)}" for i, a in enumerate(args))
    text = f"func.func @f({params}) -> {result_type} {{\n  %r = {line}\n  func.return %r : {result_type}\n}}\n"
    module = parse_module(CTX, text, "t.mlir")
    module.verify()
    (out,) = run_reference(module, inputs=args)
    assert out.dtype == np.float32 or out.dtype == np.int32
    return out


def close(got: np.ndarray, want: np.ndarray, tol: float = 1e-5) -> None:
    assert got.shape == want.shape, (got.shape, want.shape)
    np.testing.assert_allclose(got, want, rtol=tol, atol=tol)


def test_contract_matmul_and_acc():
    a, b, c = rand(4, 8), rand(8, 5), rand(4, 5)
    close(run_op('ta.contract "mk,kn->mn" %a0, %a1 : tensor<4x8xf32>, tensor<8x5xf32> -> tensor<4x5xf32>', [a, b], "tensor<4x5xf32>"), a @ b)
    got = run_op('ta.contract "mk,kn->mn" %a0, %a1 acc(%a2) : tensor<4x8xf32>, tensor<8x5xf32> -> tensor<4x5xf32>', [a, b, c], "tensor<4x5xf32>")
    close(got, a @ b + c)


def test_contract_forms():
    x, y = rand(2, 3, 4), rand(2, 4, 5)
    close(run_op('ta.contract "bmk,bkn->bmn" %a0, %a1 : tensor<2x3x4xf32>, tensor<2x4x5xf32> -> tensor<2x3x5xf32>', [x, y], "tensor<2x3x5xf32>"), np.matmul(x, y))
    v, w = rand(6), rand(6)
    dot = run_op('ta.contract "k,k->" %a0, %a1 : tensor<6xf32>, tensor<6xf32> -> tensor<f32>', [v, w], "tensor<f32>")
    assert dot.shape == () and abs(float(dot) - float(np.dot(v, w))) < 1e-5
    close(run_op('ta.contract "m,n->mn" %a0, %a1 : tensor<6xf32>, tensor<6xf32> -> tensor<6x6xf32>', [v, w], "tensor<6x6xf32>"), np.outer(v, w))
    m = rand(3, 6)
    close(run_op('ta.contract "mk,k->m" %a0, %a1 : tensor<3x6xf32>, tensor<6xf32> -> tensor<3xf32>', [m, v], "tensor<3xf32>"), m @ v)
    # Transposed operand and a three-way product.
    close(run_op('ta.contract "km,kn->nm" %a0, %a1 : tensor<3x6xf32>, tensor<3x6xf32> -> tensor<6x6xf32>', [m, m], "tensor<6x6xf32>"), (m.T @ m).T)
    close(run_op('ta.contract "i,i,i->" %a0, %a1, %a0 : tensor<6xf32>, tensor<6xf32>, tensor<6xf32> -> tensor<f32>', [v, w], "tensor<f32>"), np.asarray(np.sum(v * w * v)))
    # A single-input contraction: a sum over k.
    close(run_op('ta.contract "mk->m" %a0 : tensor<3x6xf32> -> tensor<3xf32>', [m], "tensor<3xf32>"), m.sum(axis=1))


BINARY = {
    "add": lambda a, b: a + b,
    "sub": lambda a, b: a - b,
    "mul": lambda a, b: a * b,
    "div": lambda a, b: a / b,
    "max": np.fmax,
    "min": np.fmin,
}


@pytest.mark.parametrize("name", sorted(BINARY))
def test_binary(name: str):
    a, b = rand(3, 4), rand(3, 4)
    close(run_op(f"ta.{name} %a0, %a1 : tensor<3x4xf32>", [a, b], "tensor<3x4xf32>"), BINARY[name](a, b).astype(np.float32))


UNARY = {
    "neg": lambda x: -x,
    "abs": np.abs,
    "exp": np.exp,
    "log": lambda x: np.log(np.abs(x) + 0.5),
    "tanh": np.tanh,
    "erf": lambda x: np.array([math.erf(v) for v in x.reshape(-1)]).reshape(x.shape),
    "sqrt": lambda x: np.sqrt(np.abs(x) + 0.5),
    "rsqrt": lambda x: 1.0 / np.sqrt(np.abs(x) + 0.5),
    "sigmoid": lambda x: 1.0 / (1.0 + np.exp(-x.astype(np.float64))),
    "relu": lambda x: np.where(x > 0, x, 0),
}


@pytest.mark.parametrize("name", sorted(UNARY))
def test_unary(name: str):
    x = rand(3, 4) * 2
    arg = np.abs(x) + np.float32(0.5) if name in ("log", "sqrt", "rsqrt") else x
    got = run_op(f"ta.{name} %a0 : tensor<3x4xf32>", [arg.astype(np.float32)], "tensor<3x4xf32>")
    close(got, UNARY[name](x).astype(np.float32))


def test_erf_accuracy_and_specials():
    xs = np.concatenate([np.linspace(-7, 7, 2001), [0.0, -0.0, 1e-30, 2.9999, 3.0, 3.0001]])
    want = np.array([math.erf(v) for v in xs])
    assert np.max(np.abs(erf(xs) - want)) < 1e-12
    special = erf(np.array([np.inf, -np.inf, np.nan], dtype=np.float32))
    assert special[0] == 1 and special[1] == -1 and np.isnan(special[2]) and special.dtype == np.float32


def test_sigmoid_extremes():
    x = np.array([[-200.0, -50.0, 0.0, 50.0, 200.0]], dtype=np.float32)
    got = run_op("ta.sigmoid %a0 : tensor<1x5xf32>", [x], "tensor<1x5xf32>")
    assert np.all(np.isfinite(got)) and got[0, 2] == 0.5 and got[0, 0] == 0 and got[0, 4] == 1


def test_integer_division_truncates():
    a = np.array([7, -7, 7, -7, 5], dtype=np.int32)
    b = np.array([2, 2, -2, -2, 0], dtype=np.int32)
    got = run_op("ta.div %a0, %a1 : tensor<5xi32>", [a, b], "tensor<5xi32>")
    assert got.tolist() == [3, -3, -3, 3, 0] and got.dtype == np.int32


@pytest.mark.parametrize("pred, fn", [("eq", np.equal), ("ne", np.not_equal), ("lt", np.less), ("le", np.less_equal), ("gt", np.greater), ("ge", np.greater_equal)])
def test_select(pred, fn):
    a = np.round(rand(3, 4))
    b = np.round(rand(3, 4))
    t, f = rand(3, 4), rand(3, 4)
    got = run_op(f"ta.select {pred} %a0, %a1, %a2, %a3 : tensor<3x4xf32>", [a, b, t, f], "tensor<3x4xf32>")
    close(got, np.where(fn(a, b), t, f))


@pytest.mark.parametrize("kind, fn", [("sum", np.sum), ("max", np.max), ("min", np.min), ("prod", np.prod)])
def test_reduce(kind, fn):
    x = rand(2, 3, 4)
    close(run_op(f"ta.reduce {kind} %a0 dims [1] : tensor<2x3x4xf32> -> tensor<2x4xf32>", [x], "tensor<2x4xf32>"), fn(x, axis=1))
    close(run_op(f"ta.reduce {kind} %a0 dims [0, 2] : tensor<2x3x4xf32> -> tensor<3xf32>", [x], "tensor<3xf32>"), fn(x, axis=(0, 2)))
    full = run_op(f"ta.reduce {kind} %a0 dims [0, 1, 2] : tensor<2x3x4xf32> -> tensor<f32>", [x], "tensor<f32>")
    close(full, np.asarray(fn(x)), 1e-4)


def test_data_movement():
    x = rand(2, 3, 4)
    close(run_op("ta.transpose %a0 perm [2, 0, 1] : tensor<2x3x4xf32> -> tensor<4x2x3xf32>", [x], "tensor<4x2x3xf32>"), np.moveaxis(x, 2, 0))
    close(run_op("ta.reshape %a0 : tensor<2x3x4xf32> -> tensor<6x4xf32>", [x], "tensor<6x4xf32>"), x.reshape(6, 4))
    v = rand(3)
    want = np.tile(v[None, :, None], (2, 1, 4))
    close(run_op("ta.broadcast %a0 dims [1] : tensor<3xf32> -> tensor<2x3x4xf32>", [v], "tensor<2x3x4xf32>"), want)
    one = rand(1, 4)
    close(run_op("ta.broadcast %a0 dims [0, 2] : tensor<1x4xf32> -> tensor<3x5x4xf32>", [one], "tensor<3x5x4xf32>"), np.tile(one[:, None, :], (3, 5, 1)))
    s = rand()
    s = np.asarray(s, dtype=np.float32)
    close(run_op("ta.broadcast %a0 dims [] : tensor<f32> -> tensor<2x2xf32>", [s], "tensor<2x2xf32>"), np.full((2, 2), s))


def test_pad_slice_concat():
    x = rand(3, 4)
    got = run_op("ta.pad %a0 low [1, 0] high [2, 3] value -2.500000e+00 : tensor<3x4xf32> -> tensor<6x7xf32>", [x], "tensor<6x7xf32>")
    want = np.full((6, 7), -2.5, np.float32)
    want[1:4, 0:4] = x
    close(got, want)
    ninf = run_op("ta.pad %a0 low [1, 1] high [0, 0] value 0xfff0000000000000 : tensor<3x4xf32> -> tensor<4x5xf32>", [x], "tensor<4x5xf32>")
    assert ninf[0, 0] == -np.inf
    got = run_op("ta.slice %a0 offsets [1, 0] sizes [2, 2] strides [1, 3] : tensor<3x4xf32> -> tensor<2x2xf32>", [x], "tensor<2x2xf32>")
    close(got, np.array([[x[1, 0], x[1, 3]], [x[2, 0], x[2, 3]]]))
    y = rand(3, 2)
    got = run_op("ta.concat %a0, %a1, %a0 dim 1 : tensor<3x4xf32>, tensor<3x2xf32>, tensor<3x4xf32> -> tensor<3x10xf32>", [x, y], "tensor<3x10xf32>")
    close(got, np.hstack([x, y, x]))


def test_constants():
    got = run_op("ta.constant dense<[[1.0, 2.0], [3.0, 4.0]]> : tensor<2x2xf32>", [], "tensor<2x2xf32>")
    close(got, np.array([[1, 2], [3, 4]], np.float32))
    got = run_op("ta.constant dense<7.5> : tensor<2x3xf32>", [], "tensor<2x3xf32>")
    close(got, np.full((2, 3), 7.5, np.float32))
    got = run_op("arith.constant dense<[1.0, -1.0]> : tensor<2xf32>", [], "tensor<2xf32>")
    close(got, np.array([1, -1], np.float32))
    got = run_op("ta.constant dense<[1, 2]> : tensor<2xi32>", [], "tensor<2xi32>")
    assert got.tolist() == [1, 2] and got.dtype == np.int32


def conv_loops(x, w, stride, dil, depthwise=False):
    """Direct convolution, one output pixel at a time (independent of the interpreter)."""
    n, h, wd, c = x.shape
    kh, kw = w.shape[:2]
    oh = (h - (kh - 1) * dil[0] - 1) // stride[0] + 1
    ow = (wd - (kw - 1) * dil[1] - 1) // stride[1] + 1
    f = c if depthwise else w.shape[3]
    out = np.zeros((n, oh, ow, f), np.float64)
    for i in range(oh):
        for j in range(ow):
            for p in range(kh):
                for q in range(kw):
                    pix = x[:, i * stride[0] + p * dil[0], j * stride[1] + q * dil[1], :].astype(np.float64)
                    out[:, i, j, :] += pix * w[p, q] if depthwise else pix @ w[p, q]
    return out.astype(np.float32)


@pytest.mark.parametrize("stride, dil", [((1, 1), (1, 1)), ((2, 1), (1, 2)), ((2, 2), (2, 2))])
def test_conv2d(stride, dil):
    x, w = rand(2, 9, 8, 3), rand(3, 2, 3, 4)
    want = conv_loops(x, w, stride, dil)
    t = f"tensor<2x{want.shape[1]}x{want.shape[2]}x4xf32>"
    got = run_op(
        f"ta.conv2d %a0, %a1 strides [{stride[0]}, {stride[1]}] dilations [{dil[0]}, {dil[1]}] : tensor<2x9x8x3xf32>, tensor<3x2x3x4xf32> -> {t}",
        [x, w], t,
    )  # fmt: skip
    close(got, want, 1e-4)
    acc = rand(*want.shape)
    got = run_op(
        f"ta.conv2d %a0, %a1 strides [{stride[0]}, {stride[1]}] dilations [{dil[0]}, {dil[1]}] acc(%a2) : tensor<2x9x8x3xf32>, tensor<3x2x3x4xf32> -> {t}",
        [x, w, acc], t,
    )  # fmt: skip
    close(got, want + acc, 1e-4)


def test_depthwise_conv2d():
    x, w = rand(1, 7, 7, 5), rand(3, 3, 5)
    want = conv_loops(x, w, (2, 2), (1, 1), depthwise=True)
    got = run_op(
        "ta.conv2d depthwise %a0, %a1 strides [2, 2] dilations [1, 1] : tensor<1x7x7x5xf32>, tensor<3x3x5xf32> -> tensor<1x3x3x5xf32>",
        [x, w], "tensor<1x3x3x5xf32>",
    )  # fmt: skip
    close(got, want, 1e-4)


@pytest.mark.parametrize("kind", ["max", "sum", "avg"])
def test_pool2d(kind):
    x = rand(2, 6, 7, 3)
    oh, ow = (6 - 3) // 2 + 1, (7 - 3) // 2 + 1
    want = np.zeros((2, oh, ow, 3), np.float32)
    for i in range(oh):
        for j in range(ow):
            win = x[:, 2 * i : 2 * i + 3, 2 * j : 2 * j + 3, :]
            want[:, i, j, :] = {"max": win.max(axis=(1, 2)), "sum": win.sum(axis=(1, 2)), "avg": win.mean(axis=(1, 2))}[kind]
    t = f"tensor<2x{oh}x{ow}x3xf32>"
    got = run_op(f"ta.pool2d {kind} %a0 window [3, 3] strides [2, 2] : tensor<2x6x7x3xf32> -> {t}", [x], t)
    close(got, want, 1e-5)


def test_composites():
    x = rand(3, 5)
    e = np.exp(x - x.max(axis=0))
    close(run_op("ta.softmax %a0 dim 0 : tensor<3x5xf32>", [x], "tensor<3x5xf32>"), e / e.sum(axis=0))
    mu, var = x.mean(axis=1, keepdims=True), x.var(axis=1, keepdims=True)
    close(run_op("ta.layernorm %a0 dims [1] epsilon 1.000000e-03 : tensor<3x5xf32>", [x], "tensor<3x5xf32>"), (x - mu) / np.sqrt(var + 1e-3), 1e-4)
    want = np.array([0.5 * v * (1 + math.erf(v / math.sqrt(2))) for v in x.reshape(-1)]).reshape(x.shape)
    close(run_op("ta.gelu %a0 : tensor<3x5xf32>", [x], "tensor<3x5xf32>"), want.astype(np.float32))


# ---------------------------------------------------------------------------------------------
# run_reference: entry selection, calls, input checks

CALLS = """
func.func private @bias(%x: tensor<4xf32>) -> tensor<4xf32> {
  %c = arith.constant dense<[1.0, 2.0, 3.0, 4.0]> : tensor<4xf32>
  %r = ta.add %x, %c : tensor<4xf32>
  func.return %r : tensor<4xf32>
}
func.func @main(%x: tensor<4xf32>, %y: tensor<4xf32>) -> (tensor<4xf32>, tensor<4xf32>) {
  %a = func.call @bias(%x) : (tensor<4xf32>) -> tensor<4xf32>
  %b = func.call @bias(%a) : (tensor<4xf32>) -> tensor<4xf32>
  %s = ta.mul %b, %y : tensor<4xf32>
  func.return %s, %a : tensor<4xf32>, tensor<4xf32>
}
"""


def test_calls_and_multiple_results():
    module = parse_module(CTX, CALLS, "calls.mlir")
    x, y = rand(4), rand(4)
    s, a = run_reference(module, inputs=[x, y])
    bias = np.array([1, 2, 3, 4], np.float32)
    close(a, x + bias)
    close(s, (x + 2 * bias) * y)
    (s2, _) = run_reference(module, entry="main", inputs=[x, y])
    close(s2, s)
    (b,) = run_reference(module, entry="@bias", inputs=[x])  # a private function by name
    close(b, x + bias)


def test_reference_module_is_used():
    module = parse_module(CTX, CALLS, "calls.mlir")
    keep_reference(module)
    x, y = rand(4), rand(4)
    for op in list(module.ops):  # the payload could be anything after lowering; drop it
        if op.attributes.get("rdu.reference") is None:
            op.detach()
    s, _ = run_reference(module, inputs=[x, y])
    close(s, (x + 2 * np.array([1, 2, 3, 4], np.float32)) * y)


@pytest.mark.parametrize(
    "inputs, entry, message",
    [
        ([np.zeros(4, np.float64), np.zeros(4, np.float32)], None, "argument #0 (%x) expects dtype float32 (f32), got float64"),
        ([np.zeros(3, np.float32), np.zeros(4, np.float32)], None, "argument #0 (%x) expects shape 4, got 3"),
        ([np.zeros(4, np.float32)], None, "function '@main' takes 2 arguments, got 1 inputs"),
        ([], "nope", "no function '@nope' in the module (functions: @bias, @main)"),
    ],
)
def test_input_errors(inputs, entry, message):
    module = parse_module(CTX, CALLS, "calls.mlir")
    with pytest.raises(RduError, match=None) as info:
        run_reference(module, entry=entry, inputs=inputs)
    assert message in str(info.value)


def test_inputs_by_name_or_position():
    module = parse_module(CTX, CALLS, "calls.mlir")
    x, y = rand(4), rand(4)
    want = run_reference(module, inputs=[x, y])
    for inputs in ({0: x, 1: y}, {"%x": x, "y": y}, {"1": y, "x": x}):
        got = run_reference(module, inputs=inputs)
        close(got[0], want[0])
    for inputs, message in (
        ({"x": x}, "missing input for argument #1 (%y) of '@main'"),
        ({"x": x, "z": y}, "no argument 'z' in '@main' (arguments: 0 (%x), 1 (%y))"),
        ({"x": x, "0": x, "y": y}, "argument #0 is given twice"),
    ):
        with pytest.raises(RduError) as info:
            run_reference(module, inputs=inputs)
        assert message in str(info.value)


def test_ambiguous_entry():
    text = CALLS.replace("func.func private @bias", "func.func @bias")
    module = parse_module(CTX, text, "calls.mlir")
    with pytest.raises(RduError) as info:
        run_reference(module, inputs=[])
    assert "2 public functions (@bias, @main)" in str(info.value)


def test_large_inputs_are_fast():
    # Whole-array numpy: a 256x512x128 matmul + conv on a 64x64 image run in well under a second.
    import time

    a, b = rand(256, 512), rand(512, 128)
    x, w = rand(1, 64, 64, 16), rand(3, 3, 16, 16)
    text = """
func.func @f(%a: tensor<256x512xf32>, %b: tensor<512x128xf32>, %x: tensor<1x64x64x16xf32>, %w: tensor<3x3x16x16xf32>) -> (tensor<256x128xf32>, tensor<1x62x62x16xf32>) {
  %c = ta.contract "mk,kn->mn" %a, %b : tensor<256x512xf32>, tensor<512x128xf32> -> tensor<256x128xf32>
  %r = ta.relu %c : tensor<256x128xf32>
  %y = ta.conv2d %x, %w strides [1, 1] dilations [1, 1] : tensor<1x64x64x16xf32>, tensor<3x3x16x16xf32> -> tensor<1x62x62x16xf32>
  func.return %r, %y : tensor<256x128xf32>, tensor<1x62x62x16xf32>
}
"""
    module = parse_module(CTX, text)
    start = time.perf_counter()
    r, y = run_reference(module, inputs=[a, b, x, w])
    assert time.perf_counter() - start < 3.0  # generous: the CI machine is shared
    close(r, np.maximum(a @ b, 0), 1e-3)
    assert y.shape == (1, 62, 62, 16) and y.dtype == np.float32


@pytest.mark.parametrize(
    "body, where, message",
    [
        (
            "%r = func.call @ext(%x) : (tensor<4xf32>) -> tensor<4xf32>",
            "e.mlir:4:3: error: 'func.call' op cannot interpret",
            "external function",
        ),
        ("%r = tensor.empty() : tensor<4xf32>", "e.mlir:4:3: error: 'tensor.empty' op cannot interpret", "tensor.empty"),
    ],
)
def test_uninterpretable_ops_are_located(body, where, message):
    text = (
        "func.func private @ext(%x: tensor<4xf32>) -> tensor<4xf32>\n"
        "func.func @main(%x: tensor<4xf32>) -> tensor<4xf32> {\n"
        "  %a = ta.exp %x : tensor<4xf32>\n"
        f"  {body}\n"
        "  func.return %r : tensor<4xf32>\n}\n"
    )
    with pytest.raises(RduError) as info:
        run_reference(parse_module(CTX, text, "e.mlir"), inputs=[rand(4)])
    assert str(info.value).startswith(where) and message in str(info.value), str(info.value)


def test_invalid_module_is_a_diagnostic():
    text = "func.func @main(%x: tensor<4xf32>) -> tensor<4xf32> {\n  %r = \"ta.exp\"(%x) : (tensor<4xf32>) -> tensor<5xf32>\n  func.return %x : tensor<4xf32>\n}\n"
    with pytest.raises(RduError) as info:
        run_reference(parse_module(CTX, text, "v.mlir"), inputs=[rand(4)])
    assert str(info.value).startswith("v.mlir:2:3: error: 'ta.exp' op operand #0 ('input') has shape 4, expected 5")


def test_scalar_arith_and_dense_arith_constants():
    text = """func.func @main(%s: f32) -> (f32, tensor<2xf32>) {
  %c = arith.constant 2.5 : f32
  %r = arith.addf %s, %c : f32
  %d = arith.constant dense<[1.0, 2.0]> : tensor<2xf32>
  func.return %r, %d : f32, tensor<2xf32>
}"""
    r, d = run_reference(parse_module(CTX, text), inputs=[1.0])
    assert r == 3.5 and d.dtype == np.float32 and d.tolist() == [1.0, 2.0]
