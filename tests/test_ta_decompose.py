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
