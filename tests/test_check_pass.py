"""`check_pass`: it holds for a correct pass (the example plugin) and catches broken ones with a
shrunk, readable counterexample."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from xdsl.context import Context
from xdsl.dialects.builtin import ModuleOp
from xdsl.passes import ModulePass
from xdsl.pattern_rewriter import (
    PatternRewriter,
    PatternRewriteWalker,
    RewritePattern,
    op_type_rewrite_pattern,
)

from cli_util import ROOT
from rdu_ir.dialects import ta
from rdu_ir.plugins import load_plugin_file
from rdu_ir.testing.check import check_pass
from rdu_ir.testing.strategies import ta_programs


def test_the_example_plugin_keeps_programs_valid_and_their_values():
    (annotate_flops,) = load_plugin_file(str(ROOT / "examples/plugins/annotate_flops.py"))
    check_pass(annotate_flops(), idempotent=True)


def test_a_pipeline_string_is_accepted():
    check_pass("canonicalize,cse", max_examples=10)


# --- deliberately broken passes: each must be caught -----------------------------------------


def _walker_pass(name: str, pattern: RewritePattern) -> ModulePass:
    @dataclass(frozen=True)
    class Broken(ModulePass):
        def apply(self, ctx: Context, op: ModuleOp) -> None:
            PatternRewriteWalker(pattern, apply_recursively=False).rewrite_module(op)

    Broken.name = name
    return Broken()


class SwapSub(RewritePattern):
    @op_type_rewrite_pattern
    def match_and_rewrite(self, op: ta.SubOp, rewriter: PatternRewriter) -> None:
        if op.lhs is not op.rhs:
            rewriter.replace(op, ta.SubOp(op.rhs, op.lhs))


class SwapDiv(RewritePattern):
    @op_type_rewrite_pattern
    def match_and_rewrite(self, op: ta.DivOp, rewriter: PatternRewriter) -> None:
        if op.lhs is not op.rhs:
            rewriter.replace(op, ta.DivOp(op.rhs, op.lhs))


class ForgetTranspose(RewritePattern):
    """Uses the identity permutation instead of the op's: a reshape to the result type."""

    @op_type_rewrite_pattern
    def match_and_rewrite(self, op: ta.TransposeOp, rewriter: PatternRewriter) -> None:
        if list(op.perm_list) != sorted(op.perm_list):
            rewriter.replace(op, ta.ReshapeOp(op.operands[0], op.results[0].type))


class DropUnary(RewritePattern):
    """Forgets a fused unary op: its result is replaced by its input."""

    @op_type_rewrite_pattern
    def match_and_rewrite(self, op: ta.UnaryElementwiseOp, rewriter: PatternRewriter) -> None:
        if op.operands[0].type == op.results[0].type:
            rewriter.replace(op, [], [op.operands[0]])


class SumInsteadOfMax(RewritePattern):
    """A wrong reduction combiner (and so a wrong initial value): max becomes sum."""

    @op_type_rewrite_pattern
    def match_and_rewrite(self, op: ta.ReduceOp, rewriter: PatternRewriter) -> None:
        if op.kind.data in ("max", "min"):
            rewriter.replace(op, ta.ReduceOp(op.operands[0], "sum", list(op.dims_list), op.results[0].type))


# Default programs for the common ops; a focused op mix where the broken op is rarer.
@pytest.mark.parametrize(
    "name, pattern, op_marker, ops",
    [
        ("swap-sub", SwapSub(), "ta.sub", None),
        ("swap-div", SwapDiv(), "ta.div", None),
        ("wrong-transpose", ForgetTranspose(), "ta.transpose", ("transpose", "unary", "binary")),
        ("drop-unary", DropUnary(), "ta.", None),
        ("wrong-reduction", SumInsteadOfMax(), "ta.reduce", ("reduce", "unary", "binary")),
    ],
)
def test_broken_pass_is_caught_with_a_readable_counterexample(name, pattern, op_marker, ops):
    programs = ta_programs(ops=ops) if ops else None
    with pytest.raises(AssertionError) as info:
        check_pass(_walker_pass(name, pattern), programs)
    notes = "\n".join(getattr(info.value, "__notes__", []))
    assert "program before the pass" in notes and "func.func" in notes and op_marker in notes
