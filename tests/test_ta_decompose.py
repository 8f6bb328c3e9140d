"""`ta-decompose` (composites -> core ops, same values) and ta canonicalization."""

from __future__ import annotations

import io

import numpy as np
import pytest
from xdsl.printer import Printer
from xdsl.transforms.canonicalize import CanonicalizePass

from rdu_ir.context import make_context
from rdu_ir.dialects import ta
from rdu_ir.parsing import parse_module
from rdu_ir.reference import keep_reference, reference_module
from rdu_ir.sim.reference import run_reference
from rdu_ir.passes.ta_decompose import TaDecomposePass

CTX = make_context()
RNG = np.random.default_rng(7)


def show(op) -> str:
    out = io.StringIO()
    Printer(out).print_op(op)
    return out.getvalue()


def composite_names(module) -> list[str]:
    return [op.name for op in module.walk() if isinstance(op, ta.COMPOSITE_OPS)]


PROGRAM = """
func.func @f(%x: tensor<4x6xf32>, %y: tensor<2x3x5xf32>) -> (tensor<4x6xf32>, tensor<4x6xf32>, tensor<2x3x5xf32>, tensor<2x3x5xf32>, tensor<4x6xf32>, tensor<2x3x5xf32>) {
  %0 = ta.softmax %x dim 1 : tensor<4x6xf32>
  %1 = ta.softmax %x dim 0 : tensor<4x6xf32>
  %2 = ta.layernorm %y dims [2] epsilon 1.000000e-05 : tensor<2x3x5xf32>
  %3 = ta.layernorm %y dims [0, 1, 2] epsilon 1.000000e-03 : tensor<2x3x5xf32>
  %4 = ta.gelu %x : tensor<4x6xf32>
  %5 = ta.softmax %y dim 1 : tensor<2x3x5xf32>
  func.return %0, %1, %2, %3, %4, %5 : tensor<4x6xf32>, tensor<4x6xf32>, tensor<2x3x5xf32>, tensor<2x3x5xf32>, tensor<4x6xf32>, tensor<2x3x5xf32>
}
"""


def test_decompose_preserves_values():
    module = parse_module(CTX, PROGRAM, "p.mlir")
    x = (RNG.standard_normal((4, 6)) * 3).astype(np.float32)
    y = RNG.standard_normal((2, 3, 5)).astype(np.float32)
    before = run_reference(module, inputs=[x, y])
    TaDecomposePass().apply(CTX, module)
    module.verify()
    assert composite_names(module) == []
    after = run_reference(module, inputs=[x, y])
    for b, a in zip(before, after):
        np.testing.assert_allclose(a, b, rtol=2e-5, atol=2e-6)
    # The decomposed program is printable and parses back to the same text.
    text = show(module)
    assert show(parse_module(CTX, text)) == text
    # New ops carry the composite's location (diagnostics still point into the user's file).
    locs = {str(op.location) for op in module.walk() if op.name.startswith("ta.")}
    assert all("p.mlir" in loc for loc in locs)


def test_decompose_uses_only_core_ops():
    module = parse_module(CTX, PROGRAM)
    TaDecomposePass().apply(CTX, module)
    names = {op.name for op in module.walk() if op.name.startswith("ta.")}
    assert names <= {"ta.reduce", "ta.broadcast", "ta.sub", "ta.exp", "ta.div", "ta.constant", "ta.mul", "ta.add", "ta.rsqrt", "ta.erf"}


def test_decompose_leaves_reference_alone():
    module = parse_module(CTX, PROGRAM)
    keep_reference(module)
    TaDecomposePass().apply(CTX, module)
    ref = reference_module(module)
    assert ref is not None and len(composite_names(ref)) == 6
    payload = [op for op in module.ops if op is not ref]
    assert all(not composite_names(op) for op in payload)


# ---------------------------------------------------------------------------------------------
# Canonicalization


def canonicalize(text: str) -> str:
    module = parse_module(CTX, text)
    CanonicalizePass().apply(CTX, module)
    module.verify()
    return show(module)


@pytest.mark.parametrize(
    "body, expect, absent",
    [
        (
            "%0 = ta.transpose %x perm [1, 0, 2] : tensor<2x3x4xf32> -> tensor<3x2x4xf32>\n"
            "%1 = ta.transpose %0 perm [2, 0, 1] : tensor<3x2x4xf32> -> tensor<4x3x2xf32>",
            "ta.transpose %x perm [2, 1, 0] : tensor<2x3x4xf32> -> tensor<4x3x2xf32>",
            "perm [1, 0, 2]",
        ),
        (
            "%0 = ta.transpose %x perm [1, 0, 2] : tensor<2x3x4xf32> -> tensor<3x2x4xf32>\n"
            "%t = ta.transpose %0 perm [1, 0, 2] : tensor<3x2x4xf32> -> tensor<2x3x4xf32>\n"
            "%1 = ta.reshape %t : tensor<2x3x4xf32> -> tensor<4x3x2xf32>",
            "ta.reshape %x : tensor<2x3x4xf32> -> tensor<4x3x2xf32>",
            "ta.transpose",
        ),
        (
            "%0 = ta.reshape %x : tensor<2x3x4xf32> -> tensor<6x4xf32>\n"
            "%1 = ta.reshape %0 : tensor<6x4xf32> -> tensor<4x3x2xf32>",
            "ta.reshape %x : tensor<2x3x4xf32> -> tensor<4x3x2xf32>",
            "tensor<6x4xf32>",
        ),
        (
            "%c = ta.constant dense<2.0> : tensor<4xf32>\n"
            "%1 = ta.broadcast %c dims [0] : tensor<4xf32> -> tensor<4x3x2xf32>",
            "ta.constant dense<2.000000e+00> : tensor<4x3x2xf32>",
            "ta.broadcast",
        ),
        (
            "%c = ta.constant dense<2.0> : tensor<4x3x2xf32>\n"
            "%d = ta.constant dense<3.0> : tensor<4x3x2xf32>\n"
            "%e = ta.mul %c, %d : tensor<4x3x2xf32>\n"
            "%1 = ta.sqrt %e : tensor<4x3x2xf32>",
            "ta.constant dense<2.44948983> : tensor<4x3x2xf32>",
            "ta.mul",
        ),
        (
            "%c = ta.constant dense<" + str(np.arange(24.0).reshape(4, 6).tolist()) + "> : tensor<4x6xf32>\n"
            "%t = ta.transpose %c perm [1, 0] : tensor<4x6xf32> -> tensor<6x4xf32>\n"
            "%1 = ta.reshape %t : tensor<6x4xf32> -> tensor<4x3x2xf32>",
            "ta.constant dense<[[[0.000000e+00, 6.000000e+00], [1.200000e+01, 1.800000e+01], [1.000000e+00, 7.000000e+00]]",
            "ta.transpose",
        ),
        (
            "%0 = ta.reshape %x : tensor<2x3x4xf32> -> tensor<4x3x2xf32>\n"
            "%one = ta.constant dense<1.0> : tensor<4x3x2xf32>\n"
            "%zero = ta.constant dense<0.0> : tensor<4x3x2xf32>\n"
            "%a = ta.mul %one, %0 : tensor<4x3x2xf32>\n"
            "%b = ta.div %a, %one : tensor<4x3x2xf32>\n"
            "%n = ta.neg %b : tensor<4x3x2xf32>\n"
            "%m = ta.neg %n : tensor<4x3x2xf32>\n"
            "%1 = ta.sub %m, %zero : tensor<4x3x2xf32>",
            "ta.reshape %x : tensor<2x3x4xf32> -> tensor<4x3x2xf32>\n    func.return",
            "ta.constant",
        ),
    ],
)
def test_canonicalize(body, expect, absent):
    text = (
        "func.func @f(%x: tensor<2x3x4xf32>) -> tensor<4x3x2xf32> {\n"
        + "\n".join("  " + line for line in body.splitlines())
        + "\n  func.return %1 : tensor<4x3x2xf32>\n}\n"
    )
    before = run_reference(parse_module(CTX, text), inputs=[np.arange(24, dtype=np.float32).reshape(2, 3, 4)])
    out = canonicalize(text)
    assert expect in out, out
    assert absent not in out, out
    after = run_reference(parse_module(CTX, out), inputs=[np.arange(24, dtype=np.float32).reshape(2, 3, 4)])
    np.testing.assert_allclose(after[0], before[0], rtol=1e-6)


def test_broadcast_of_broadcast_and_identities():
    text = """
func.func @f(%v: tensor<5xf32>, %x: tensor<4x5xf32>) -> (tensor<3x4x5xf32>, tensor<4x5xf32>) {
  %b = ta.broadcast %v dims [1] : tensor<5xf32> -> tensor<4x5xf32>
  %bb = ta.broadcast %b dims [1, 2] : tensor<4x5xf32> -> tensor<3x4x5xf32>
  %s = ta.slice %x offsets [0, 0] sizes [4, 5] strides [1, 1] : tensor<4x5xf32> -> tensor<4x5xf32>
  %p = ta.pad %s low [0, 0] high [0, 0] value 0.0 : tensor<4x5xf32> -> tensor<4x5xf32>
  %c = ta.concat %p dim 0 : tensor<4x5xf32> -> tensor<4x5xf32>
  %i = ta.broadcast %c dims [0, 1] : tensor<4x5xf32> -> tensor<4x5xf32>
  func.return %bb, %i : tensor<3x4x5xf32>, tensor<4x5xf32>
}
"""
    out = canonicalize(text)
    assert "ta.broadcast %v dims [2] : tensor<5xf32> -> tensor<3x4x5xf32>" in out
    assert "func.return %bb, %x" in out
    for name in ("ta.slice", "ta.pad", "ta.concat"):
        assert name not in out


def test_unsafe_identities_are_kept():
    # x + 0 is not x for x = -0.0; x - (-0.0) is not x either. Large non-splat folds are skipped.
    text = """
func.func @f(%x: tensor<4xf32>) -> (tensor<4xf32>, tensor<4xf32>, tensor<300x300xf32>) {
  %z = ta.constant dense<0.0> : tensor<4xf32>
  %nz = ta.constant dense<-0.0> : tensor<4xf32>
  %a = ta.add %x, %z : tensor<4xf32>
  %b = ta.sub %x, %nz : tensor<4xf32>
  %big = ta.constant dense<1.0> : tensor<300x300xf32>
  %i = ta.reshape %big : tensor<300x300xf32> -> tensor<90000xf32>
  %r = ta.reshape %i : tensor<90000xf32> -> tensor<300x300xf32>
  func.return %a, %b, %r : tensor<4xf32>, tensor<4xf32>, tensor<300x300xf32>
}
"""
    out = canonicalize(text)
    assert "ta.add %x" in out and "ta.sub %x" in out
    assert "ta.reshape" not in out  # reshapes of constants fold at any size (same bytes)


def test_fold_size_limits():
    # A dense constant is not blown up by a broadcast; a large splat broadcast stays a splat.
    values = ", ".join(str(float(i)) for i in range(5000))
    text = f"""
func.func @f() -> (tensor<2x5000xf32>, tensor<5000xf32>, tensor<1000x1000xf32>) {{
  %c = ta.constant dense<[{values}]> : tensor<5000xf32>
  %b = ta.broadcast %c dims [1] : tensor<5000xf32> -> tensor<2x5000xf32>
  %n = ta.neg %c : tensor<5000xf32>
  %s = ta.constant dense<2.0> : tensor<1000xf32>
  %sb = ta.broadcast %s dims [1] : tensor<1000xf32> -> tensor<1000x1000xf32>
  func.return %b, %n, %sb : tensor<2x5000xf32>, tensor<5000xf32>, tensor<1000x1000xf32>
}}
"""
    out = canonicalize(text)
    assert "ta.broadcast %c dims [1]" in out  # 10000 elements from 5000: not folded
    assert "ta.neg" not in out  # same size as its operand: folded
    assert "ta.constant dense<2.000000e+00> : tensor<1000x1000xf32>" in out


# ---------------------------------------------------------------------------------------------
# Property: canonicalization (with constant folding) never changes a program's values

from hypothesis import given  # noqa: E402
from hypothesis import strategies as st  # noqa: E402
from xdsl.dialects.builtin import ModuleOp, TensorType, f32  # noqa: E402
from xdsl.dialects.func import FuncOp, ReturnOp  # noqa: E402
from xdsl.ir import Block, Region  # noqa: E402


@st.composite
def programs(draw):
    """A random straight-line ta function over one 2x3x4 input, rich in foldable constants."""
    t_in = TensorType(f32, [2, 3, 4])
    block = Block(arg_types=[t_in])
    pool = [block.args[0]]

    def add(op):
        block.add_op(op)
        pool.append(op.results[0])
        return op.results[0]

    def constant(shape):
        t = TensorType(f32, list(shape))
        if draw(st.booleans()):
            return add(ta.ConstantOp.splat(draw(st.sampled_from([0.0, 1.0, -2.0, 0.5, 3.0])), t))
        data = np.asarray(draw(st.lists(st.integers(-3, 3), min_size=int(np.prod(shape)), max_size=int(np.prod(shape)))), np.float32)
        return add(ta.ConstantOp.from_numpy(data.reshape(shape), t))

    for _ in range(draw(st.integers(2, 10))):
        v = draw(st.sampled_from(pool))
        shape = v.type.get_shape()
        kind = draw(st.sampled_from(["unary", "binary", "transpose", "reshape", "broadcast", "reduce", "constant"]))
        if kind == "unary":
            add(ta.UNARY_OPS[draw(st.sampled_from(sorted(ta.UNARY_OPS)))](v))
        elif kind == "binary":
            same = [w for w in pool if w.type == v.type]
            w = draw(st.sampled_from(same)) if draw(st.booleans()) else constant(shape)
            op = ta.BINARY_OPS[draw(st.sampled_from(sorted(ta.BINARY_OPS)))]
            add(op(v, w) if draw(st.booleans()) else op(w, v))
        elif kind == "transpose":
            add(ta.TransposeOp(v, draw(st.permutations(range(len(shape))))))
        elif kind == "reshape":
            add(ta.ReshapeOp(v, TensorType(f32, list(reversed(shape)) or [])))
        elif kind == "broadcast" and len(shape) < 4:
            add(ta.BroadcastOp(v, list(range(1, len(shape) + 1)), TensorType(f32, [2, *shape])))
        elif kind == "reduce" and shape:
            dim = draw(st.integers(0, len(shape) - 1))
            add(ta.ReduceOp(v, draw(st.sampled_from(["sum", "max", "min"])), [dim]))
        elif kind == "constant":
            constant(shape)
    results = pool[-3:]
    block.add_op(ReturnOp(*results))
    return ModuleOp([FuncOp("f", ([t_in], [r.type for r in results]), Region(block))])


@given(programs())
def test_canonicalize_preserves_values(module):
    module.verify()
    x = np.linspace(-2, 2, 24, dtype=np.float32).reshape(2, 3, 4)
    before = run_reference(module, inputs=[x])
    CanonicalizePass().apply(CTX, module)
    module.verify()
    after = run_reference(module, inputs=[x])
    for b, a in zip(before, after):
        np.testing.assert_allclose(a, b, rtol=1e-6, atol=0, equal_nan=True)


@given(
    shape=st.lists(st.integers(1, 4), min_size=1, max_size=3),
    data=st.data(),
)
def test_decompose_random_shapes(shape, data):
    rank = len(shape)
    t = TensorType(f32, shape)
    block = Block(arg_types=[t])
    x = block.args[0]
    dims = sorted(data.draw(st.sets(st.integers(0, rank - 1), min_size=1)))
    ops = [ta.SoftmaxOp(x, data.draw(st.integers(0, rank - 1))), ta.LayerNormOp(x, dims, 1e-3), ta.GeluOp(x)]
    for op in ops:
        block.add_op(op)
    block.add_op(ReturnOp(*[op.result for op in ops]))
    module = ModuleOp([FuncOp("f", ([t], [t] * 3), Region(block))])
    value = np.random.default_rng(len(shape)).standard_normal(shape).astype(np.float32) * 2
    before = run_reference(module, inputs=[value])
    TaDecomposePass().apply(CTX, module)
    assert composite_names(module) == []
    after = run_reference(module, inputs=[value])
    for b, a in zip(before, after):
        np.testing.assert_allclose(a, b, rtol=1e-5, atol=1e-5)
