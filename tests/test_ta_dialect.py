"""The `ta` dialect: syntax round trips (custom and generic), constructors, verifier errors."""

from __future__ import annotations

import io

import pytest
from hypothesis import given
from hypothesis import strategies as st
from xdsl.dialects.builtin import ModuleOp, TensorType, f32, i32
from xdsl.dialects.func import FuncOp, ReturnOp
from xdsl.ir import Block, Region
from xdsl.printer import Printer

from rdu_ir.context import make_context
from rdu_ir.diagnostics import RduError
from rdu_ir.dialects import ta
from rdu_ir.parsing import parse_module
from rdu_ir.verification import verify_module

CTX = make_context()


def parse(text: str, name: str = "t.mlir") -> ModuleOp:
    return parse_module(CTX, text, name)


def show(op, generic: bool = False) -> str:
    out = io.StringIO()
    Printer(out, print_generic_format=generic).print_op(op)
    return out.getvalue()


T45 = "tensor<4x5xf32>"
OPS = {
    "contract": 'ta.contract "mk,kn->mn" %a, %b : tensor<4x8xf32>, tensor<8x5xf32> -> tensor<4x5xf32>',
    "contract_acc": 'ta.contract "mk,kn->mn" %a, %b acc(%c) : tensor<4x8xf32>, tensor<8x5xf32> -> tensor<4x5xf32>',
    "contract_dot": 'ta.contract "k,k->" %v, %v : tensor<5xf32>, tensor<5xf32> -> tensor<f32>',
    "contract_outer": 'ta.contract "m,n->mn" %v, %v : tensor<5xf32>, tensor<5xf32> -> tensor<5x5xf32>',
    "contract_three": 'ta.contract "i,i,i->i" %v, %v, %v : tensor<5xf32>, tensor<5xf32>, tensor<5xf32> -> tensor<5xf32>',
    **{name: f"ta.{name} %c, %c : {T45}" for name in ta.BINARY_OPS},
    **{name: f"ta.{name} %c : {T45}" for name in ta.UNARY_OPS},
    "with_attr": f"ta.exp %c {{note = 1 : i64}} : {T45}",
    "reduce": "ta.reduce sum %c dims [1] : tensor<4x5xf32> -> tensor<4xf32>",
    "reduce_all": "ta.reduce max %c dims [0, 1] : tensor<4x5xf32> -> tensor<f32>",
    "transpose": "ta.transpose %c perm [1, 0] : tensor<4x5xf32> -> tensor<5x4xf32>",
    "reshape": "ta.reshape %c : tensor<4x5xf32> -> tensor<20xf32>",
    "broadcast": "ta.broadcast %v dims [1] : tensor<5xf32> -> tensor<4x5xf32>",
    "pad": "ta.pad %c low [0, 1] high [2, 0] value 0.000000e+00 : tensor<4x5xf32> -> tensor<6x6xf32>",
    "pad_ninf": "ta.pad %c low [1, 1] high [1, 1] value 0xfff0000000000000 : tensor<4x5xf32> -> tensor<6x7xf32>",
    "slice": "ta.slice %c offsets [0, 1] sizes [2, 2] strides [1, 2] : tensor<4x5xf32> -> tensor<2x2xf32>",
    "concat": "ta.concat %c, %c dim 0 : tensor<4x5xf32>, tensor<4x5xf32> -> tensor<8x5xf32>",
    "constant_splat": "ta.constant dense<1.000000e+00> : tensor<4x5xf32>",
    "constant_dense": "ta.constant dense<[1.000000e+00, 2.000000e+00]> : tensor<2xf32>",
    "constant_i32": "ta.constant dense<[1, 2]> : tensor<2xi32>",
    "select": f"ta.select lt %c, %c, %c, %c : {T45}",
    "conv2d": "ta.conv2d %x, %w strides [1, 1] dilations [1, 1] : tensor<1x8x8x3xf32>, tensor<3x3x3x16xf32> -> tensor<1x6x6x16xf32>",
    "conv2d_dw": "ta.conv2d depthwise %x, %dw strides [2, 2] dilations [1, 1] : tensor<1x8x8x3xf32>, tensor<3x3x3xf32> -> tensor<1x3x3x3xf32>",
    "conv2d_dil": "ta.conv2d %x, %w strides [1, 1] dilations [2, 2] : tensor<1x8x8x3xf32>, tensor<3x3x3x16xf32> -> tensor<1x4x4x16xf32>",
    "pool2d": "ta.pool2d max %x window [2, 2] strides [2, 2] dilations [1, 1] : tensor<1x8x8x3xf32> -> tensor<1x4x4x3xf32>",
    "pool2d_avg": "ta.pool2d avg %x window [3, 3] strides [1, 1] dilations [1, 1] : tensor<1x8x8x3xf32> -> tensor<1x6x6x3xf32>",
    "softmax": f"ta.softmax %c dim 1 : {T45}",
    "layernorm": f"ta.layernorm %c dims [1] epsilon 1.000000e-05 : {T45}",
    "gelu": f"ta.gelu %c : {T45}",
}
ARGS = (
    "%a: tensor<4x8xf32>, %b: tensor<8x5xf32>, %c: tensor<4x5xf32>, %v: tensor<5xf32>, "
    "%x: tensor<1x8x8x3xf32>, %w: tensor<3x3x3x16xf32>, %dw: tensor<3x3x3xf32>"
)


def wrap(line: str) -> str:
    return f"func.func @f({ARGS}) {{\n  %r = {line}\n  func.return\n}}\n"


@pytest.mark.parametrize("key", sorted(OPS))
def test_round_trip(key: str):
    module = parse(wrap(OPS[key]))
    module.verify()
    text = show(module)
    assert OPS[key] in text  # the printed form is the documented one
    again = parse(text)
    again.verify()
    assert show(again) == text
    generic = show(module, generic=True)
    from_generic = parse(generic)
    from_generic.verify()
    assert show(from_generic) == text


def test_custom_defaults():
    # strides/dilations/value/epsilon may be left out; they print explicitly.
    m = parse(
        wrap("ta.pool2d sum %x window [2, 2] : tensor<1x8x8x3xf32> -> tensor<1x4x4x3xf32>")
        + wrap("ta.conv2d %x, %w : tensor<1x8x8x3xf32>, tensor<3x3x3x16xf32> -> tensor<1x6x6x16xf32>").replace("@f", "@g")
        + wrap("ta.pad %c low [1, 0] high [0, 0] : tensor<4x5xf32> -> tensor<5x5xf32>").replace("@f", "@h")
    )
    m.verify()
    text = show(m)
    assert "window [2, 2] strides [2, 2] dilations [1, 1]" in text
    assert "strides [1, 1] dilations [1, 1] :" in text
    assert "value 0.000000e+00" in text


def test_constructors():
    t45, t48, t85 = TensorType(f32, [4, 5]), TensorType(f32, [4, 8]), TensorType(f32, [8, 5])
    block = Block(arg_types=[t48, t85, t45, TensorType(f32, [5])])
    a, b, c, v = block.args
    ops = [
        ta.ContractOp(inputs=[a, b], spec="mk,kn->mn", result_type=t45, acc=c),
        ta.AddOp(c, c),
        ta.ExpOp(c),
        ta.ReduceOp(c, kind="sum", dims=[1], result_type=TensorType(f32, [4])),
        ta.TransposeOp(c, perm=[1, 0]),
        ta.ReshapeOp(c, result_type=TensorType(f32, [20])),
        ta.BroadcastOp(v, dims=[1], result_type=t45),
        ta.PadOp(c, low=[1, 0], high=[0, 2], value=-1.5),
        ta.SliceOp(c, offsets=[1, 0], sizes=[2, 5], strides=[1, 1]),
        ta.ConcatOp([c, c], dim=1),
        ta.ConstantOp.splat(2.0, t45),
        ta.ConstantOp.splat(3, TensorType(i32, [2])),
        ta.SelectOp(c, c, c, c, predicate="ge"),
        ta.SoftmaxOp(c, dim=0),
        ta.LayerNormOp(c, dims=[1], epsilon=1e-6),
        ta.GeluOp(c),
    ]
    for op in ops:
        block.add_op(op)
    block.add_op(ReturnOp())
    fn = FuncOp("f", ([t48, t85, t45, TensorType(f32, [5])], []), Region(block))
    module = ModuleOp([fn])
    module.verify()
    text = show(module)
    assert show(parse(text)) == text
    assert ops[4].result.type == TensorType(f32, [5, 4])
    assert ops[7].result.type == TensorType(f32, [5, 7])
    assert ops[9].result.type == TensorType(f32, [4, 10])
    assert ta.BINARY_OPS["add"] is ta.AddOp and ta.UNARY_OPS["relu"] is ta.ReluOp
    assert ta.MulOp.numpy_fn == "multiply"
    assert isinstance(ops[1], ta.BinaryElementwiseOp) and isinstance(ops[2], ta.UnaryElementwiseOp)


def test_window_constructors():
    block = Block(arg_types=[TensorType(f32, [1, 9, 9, 4]), TensorType(f32, [3, 3, 4, 8]), TensorType(f32, [3, 3, 4])])
    x, w, dw = block.args
    conv = ta.Conv2dOp(x, w, strides=(2, 2), dilations=(1, 1))
    dconv = ta.Conv2dOp(x, dw, depthwise=True, dilations=(2, 2))
    pool = ta.Pool2dOp(x, kind="avg", window=(3, 3), strides=(3, 3))
    assert conv.result.type.get_shape() == (1, 4, 4, 8)
    assert dconv.result.type.get_shape() == (1, 5, 5, 4)
    assert pool.result.type.get_shape() == (1, 3, 3, 4)
    for op in (conv, dconv, pool):
        op.verify()


# ---------------------------------------------------------------------------------------------
# Verifier errors: message and location (generic form, so the parser's type checks pass)

ERRORS = [
    (
        '"ta.contract"(%a, %c) <{spec = "mk,kn->mn", operandSegmentSizes = array<i32: 2, 0>}> : (tensor<4x8xf32>, tensor<4x5xf32>) -> tensor<4x5xf32>',
        "'ta.contract' op operand #1 ('rhs') has shape 4x5, expected 8x? for spec 'mk,kn->mn'",
    ),
    (
        '"ta.contract"(%a, %b) <{spec = "mk,kn->mk", operandSegmentSizes = array<i32: 2, 0>}> : (tensor<4x8xf32>, tensor<8x5xf32>) -> tensor<4x5xf32>',
        "result has shape 4x5, expected 4x8 for spec 'mk,kn->mk'",
    ),
    (
        '"ta.contract"(%a, %b) <{spec = "mk,kn->mz", operandSegmentSizes = array<i32: 2, 0>}> : (tensor<4x8xf32>, tensor<8x5xf32>) -> tensor<4x5xf32>',
        "invalid contraction spec 'mk,kn->mz': output index 'z' appears in no input",
    ),
    (
        '"ta.contract"(%a, %b) <{spec = "mk->mk", operandSegmentSizes = array<i32: 2, 0>}> : (tensor<4x8xf32>, tensor<8x5xf32>) -> tensor<4x8xf32>',
        "spec 'mk->mk' has 1 input terms but the op has 2 inputs",
    ),
    (
        '"ta.contract"(%a, %b, %v) <{spec = "mk,kn->mn", operandSegmentSizes = array<i32: 2, 1>}> : (tensor<4x8xf32>, tensor<8x5xf32>, tensor<5xf32>) -> tensor<4x5xf32>',
        "operand #2 ('acc') has type tensor<5xf32>, expected the result type tensor<4x5xf32>",
    ),
    (
        '"ta.add"(%c, %a) : (tensor<4x5xf32>, tensor<4x8xf32>) -> tensor<4x5xf32>',
        "operand #1 ('rhs') has shape 4x8, expected 4x5 (elementwise operands must have the same shape; use ta.broadcast)",
    ),
    (
        '"ta.exp"(%a) : (tensor<4x8xf32>) -> tensor<4x5xf32>',
        "operand #0 ('input') has shape 4x8, expected 4x5",
    ),
    (
        '"ta.add"(%c, %ci) : (tensor<4x5xf32>, tensor<4x5xi32>) -> tensor<4x5xf32>',
        "operand #1 has element type i32, expected f32",
    ),
    (
        '"ta.select"(%c, %c, %c, %a) <{predicate = "lt"}> : (tensor<4x5xf32>, tensor<4x5xf32>, tensor<4x5xf32>, tensor<4x8xf32>) -> tensor<4x5xf32>',
        "operand #3 ('false_value') has shape 4x8, expected 4x5",
    ),
    (
        '"ta.select"(%c, %c, %c, %c) <{predicate = "lte"}> : (tensor<4x5xf32>, tensor<4x5xf32>, tensor<4x5xf32>, tensor<4x5xf32>) -> tensor<4x5xf32>',
        "unknown predicate 'lte'",
    ),
    (
        '"ta.reduce"(%c) <{kind = "sum", dims = array<i64: 2>}> : (tensor<4x5xf32>) -> tensor<4xf32>',
        "reduction dim 2 out of range for operand #0 ('input') of shape 4x5",
    ),
    (
        '"ta.reduce"(%c) <{kind = "sum", dims = array<i64: 1, 1>}> : (tensor<4x5xf32>) -> tensor<4xf32>',
        "reduction dims [1, 1] are not unique",
    ),
    (
        '"ta.reduce"(%c) <{kind = "mean", dims = array<i64: 1>}> : (tensor<4x5xf32>) -> tensor<4xf32>',
        "unknown reduction kind 'mean'",
    ),
    (
        '"ta.reduce"(%c) <{kind = "sum", dims = array<i64: 0>}> : (tensor<4x5xf32>) -> tensor<4xf32>',
        "result has shape 4, expected 5 after reducing dims [0]",
    ),
    (
        '"ta.transpose"(%c) <{perm = array<i64: 0, 0>}> : (tensor<4x5xf32>) -> tensor<4x4xf32>',
        "perm [0, 0] is not a permutation of the 2 dims of operand #0 ('input') of shape 4x5",
    ),
    (
        '"ta.transpose"(%c) <{perm = array<i64: 1, 0>}> : (tensor<4x5xf32>) -> tensor<4x5xf32>',
        "result has shape 4x5, expected 5x4 for perm [1, 0]",
    ),
    (
        '"ta.reshape"(%c) : (tensor<4x5xf32>) -> tensor<21xf32>',
        "operand #0 ('input') of shape 4x5 has 20 elements, result shape 21 has 21",
    ),
    (
        '"ta.broadcast"(%v) <{dims = array<i64: 0>}> : (tensor<5xf32>) -> tensor<4x5xf32>',
        "operand #0 ('input') of shape 5: dim 0 has size 5, which cannot broadcast to result dim 0 of size 4",
    ),
    (
        '"ta.broadcast"(%c) <{dims = array<i64: 1, 0>}> : (tensor<4x5xf32>) -> tensor<4x5xf32>',
        "broadcast dims [1, 0] must be strictly increasing",
    ),
    (
        '"ta.broadcast"(%c) <{dims = array<i64: 0>}> : (tensor<4x5xf32>) -> tensor<4x5xf32>',
        "dims [0] has 1 entries, expected one per dim of operand #0 ('input') of shape 4x5",
    ),
    (
        '"ta.pad"(%c) <{low = array<i64: -1, 0>, high = array<i64: 0, 0>, value = 0.0 : f64}> : (tensor<4x5xf32>) -> tensor<3x5xf32>',
        "low padding [-1, 0] must be non-negative",
    ),
    (
        '"ta.pad"(%c) <{low = array<i64: 1, 0>, high = array<i64: 0, 0>, value = 0.0 : f64}> : (tensor<4x5xf32>) -> tensor<4x5xf32>',
        "result has shape 4x5, expected 5x5",
    ),
    (
        '"ta.slice"(%c) <{offsets = array<i64: 3, 0>, sizes = array<i64: 2, 5>, strides = array<i64: 1, 1>}> : (tensor<4x5xf32>) -> tensor<2x5xf32>',
        "dim 0: slice offset 3 size 2 stride 1 reads index 4, out of bounds for operand #0 ('input') of shape 4x5",
    ),
    (
        '"ta.concat"(%c, %a) <{dim = 0 : i64}> : (tensor<4x5xf32>, tensor<4x8xf32>) -> tensor<8x5xf32>',
        "operand #1 ('input1') has shape 4x8, expected ?x5 (concat along dim 0)",
    ),
    (
        '"ta.concat"(%c, %c) <{dim = 0 : i64}> : (tensor<4x5xf32>, tensor<4x5xf32>) -> tensor<9x5xf32>',
        "result has shape 9x5, expected 8x5 (concat along dim 0)",
    ),
    (
        '"ta.constant"() <{value = dense<1.0> : tensor<2xf32>}> : () -> tensor<3xf32>',
        "value has type tensor<2xf32>, expected the result type tensor<3xf32>",
    ),
    (
        '"ta.conv2d"(%x, %w) <{strides = array<i64: 1, 1>, dilations = array<i64: 1, 1>, operandSegmentSizes = array<i32: 1, 1, 0>}> : (tensor<1x8x8x3xf32>, tensor<3x3x3x16xf32>) -> tensor<1x8x8x16xf32>',
        "result has shape 1x8x8x16, expected 1x6x6x16 (out = (in - (k - 1) * dilation - 1) / stride + 1",
    ),
    (
        '"ta.conv2d"(%x, %a) <{strides = array<i64: 1, 1>, dilations = array<i64: 1, 1>, operandSegmentSizes = array<i32: 1, 1, 0>}> : (tensor<1x8x8x3xf32>, tensor<4x8xf32>) -> tensor<1x6x6x16xf32>',
        "operand #1 ('filter') has shape 4x8, expected ?x?x3x? (HWCF)",
    ),
    (
        '"ta.conv2d"(%x, %w) <{strides = array<i64: 0, 1>, dilations = array<i64: 1, 1>, operandSegmentSizes = array<i32: 1, 1, 0>}> : (tensor<1x8x8x3xf32>, tensor<3x3x3x16xf32>) -> tensor<1x6x6x16xf32>',
        "strides [0, 1] must be two positive integers",
    ),
    (
        '"ta.pool2d"(%x) <{kind = "max", window = array<i64: 9, 2>, strides = array<i64: 1, 1>, dilations = array<i64: 1, 1>}> : (tensor<1x8x8x3xf32>) -> tensor<1x1x7x3xf32>',
        "window 9x2 with dilations [1, 1] does not fit operand #0 ('input') of shape 1x8x8x3",
    ),
    (
        '"ta.pool2d"(%c) <{kind = "max", window = array<i64: 2, 2>, strides = array<i64: 1, 1>, dilations = array<i64: 1, 1>}> : (tensor<4x5xf32>) -> tensor<3x4xf32>',
        "operand #0 ('input') has shape 4x5, expected rank 4 (NHWC)",
    ),
    (
        '"ta.softmax"(%c) <{dim = 2 : i64}> : (tensor<4x5xf32>) -> tensor<4x5xf32>',
        "softmax dim 2 out of range for operand #0 ('input') of shape 4x5",
    ),
    (
        '"ta.layernorm"(%c) <{dims = array<i64: 0>, epsilon = 1.0e-05 : f64}> : (tensor<4x5xf32>) -> tensor<5x4xf32>',
        "result type tensor<5x4xf32> differs from operand #0 ('input') type tensor<4x5xf32>",
    ),
    (
        '"ta.exp"(%d) : (tensor<?x5xf32>) -> tensor<?x5xf32>',
        "operand #0 has a dynamic shape tensor<?x5xf32>; ta needs static shapes",
    ),
]


@pytest.mark.parametrize("line, message", ERRORS, ids=[e[1][:40] for e in ERRORS])
def test_verifier_error(line: str, message: str):
    text = (
        f"func.func @f({ARGS}, %ci: tensor<4x5xi32>, %d: tensor<?x5xf32>) {{\n"
        f"  %r = {line}\n"
        "  func.return\n}\n"
    )
    module = parse(text, "bad.mlir")
    with pytest.raises(RduError) as info:
        verify_module(module)
    msg = str(info.value)
    assert msg.startswith("bad.mlir:2:3: error: '"), msg
    assert message in msg, msg


# ---------------------------------------------------------------------------------------------
# Property: random chains of elementwise ops verify and round-trip


@given(
    shape=st.lists(st.integers(1, 5), min_size=0, max_size=3),
    steps=st.lists(
        st.tuples(st.sampled_from(sorted(ta.UNARY_OPS) + sorted(ta.BINARY_OPS)), st.integers(0, 100)),
        min_size=1,
        max_size=12,
    ),
)
def test_random_elementwise_chains_round_trip(shape, steps):
    t = TensorType(f32, shape)
    block = Block(arg_types=[t, t])
    values = list(block.args)
    for name, pick in steps:
        if name in ta.UNARY_OPS:
            op = ta.UNARY_OPS[name](values[pick % len(values)])
        else:
            op = ta.BINARY_OPS[name](values[pick % len(values)], values[(pick // 7) % len(values)])
        block.add_op(op)
        values.append(op.results[0])
    block.add_op(ReturnOp(values[-1]))
    module = ModuleOp([FuncOp("f", ([t, t], [t]), Region(block))])
    module.verify()
    text = show(module)
    assert show(parse(text)) == text
    assert show(parse(show(module, generic=True))) == text


def test_inferred_result_types():
    block = Block(arg_types=[TensorType(f32, [2, 3, 4]), TensorType(f32, [2, 4, 6]), TensorType(i32, [5, 7])])
    x, y, n = block.args
    assert ta.ContractOp([x, y], "bmk,bkn->bmn").result.type == TensorType(f32, [2, 3, 6])
    assert ta.ContractOp([x], "bmk->").result.type == TensorType(f32, [])
    assert ta.ReduceOp(n, "max", [1]).result.type == TensorType(i32, [5])
    assert ta.ReduceOp(x, "sum", [0, 2]).result.type == TensorType(f32, [3])


def test_contract_spec_helpers():
    spec = ta.ContractSpec.parse("bmk,bkn->bmn")
    assert spec.inputs == ("bmk", "bkn") and spec.output == "bmn" and spec.reduction_indices == "k"
    for bad in ("mk,kn", "mk,kn->mz", "mm,kn->mn", "m1,kn->mn"):
        with pytest.raises(ValueError):
            ta.ContractSpec.parse(bad)


@pytest.mark.parametrize(
    "line, at, message",
    [
        ('ta.contract "mk,kn->mn" %c, %c : tensor<4x5xf32> -> tensor<4x5xf32>', "tensor", "expected 2 operand types, got 1"),
        ("ta.select %c, %c, %c, %c : tensor<4x5xf32>", "%c", "identifier expected for the comparison predicate"),
        ("ta.select lt %c, %c : tensor<4x5xf32>", "%c", "ta.select takes 4 operands"),
        ("ta.reduce sum %c dims 1 : tensor<4x5xf32> -> tensor<4xf32>", "1 :", "'[' expected"),
        ("ta.constant 1.0 : f32", "1.0", "expected a dense tensor attribute"),
        ("ta.pad %c low [0, 0] high [0, 0] value abc : tensor<4x5xf32> -> tensor<4x5xf32>", "abc", "literal expected"),
    ],
)
def test_parse_errors(line: str, at: str, message: str):
    """The error points at the offending token (`at`: its first occurrence in the line)."""
    from xdsl.utils.exceptions import ParseError

    prefix = "  %r = "
    text = f"func.func @f(%c: tensor<4x5xf32>) {{\n{prefix}{line}\n  func.return\n}}\n"
    with pytest.raises(ParseError) as info:
        parse(text, "p.mlir")
    where = f"p.mlir:2:{len(prefix) + line.index(at) + 1}"
    assert str(info.value).startswith(where) and message in str(info.value), str(info.value)
