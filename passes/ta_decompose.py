"""`ta-decompose`: rewrite the composite ta ops (softmax, layernorm, gelu) into core ops.

Importers produce the composites because frameworks name them; the dataflow lowering only
knows the core set (contractions, elementwise, reductions, data movement), so this pass
expands them, in the numerically usual form:

- softmax(x, d)      = e / broadcast(reduce_sum(e, d)) with e = exp(x - broadcast(reduce_max(x, d)))
- layernorm(x, D, eps) = c * broadcast(rsqrt(reduce_sum(c * c, D) / n + eps)),
                         c = x - broadcast(reduce_sum(x, D) / n), n = elements reduced
- gelu(x)            = (x * 0.5) * (1 + erf(x * (1 / sqrt 2)))

Scalars are splat `ta.constant`s of the shape they are used at (ta has no implicit
broadcast). The `ta` reference module kept by later lowerings is left alone.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from xdsl.context import Context
from xdsl.dialects.builtin import ModuleOp, TensorType
from xdsl.ir import Operation, SSAValue
from xdsl.passes import ModulePass
from xdsl.pattern_rewriter import (
    GreedyRewritePatternApplier,
    PatternRewriter,
    PatternRewriteWalker,
    RewritePattern,
    op_type_rewrite_pattern,
)

from rdu_ir.dialects import ta
from rdu_ir.reference import payload_ops
from rdu_ir.statistics import bump


class _Builder:
    """Collects new ops (located at the op they replace) and hands out their results."""

    def __init__(self, at: Operation):
        self.at = at
        self.ops: list[Operation] = []

    def __call__(self, op: Operation) -> SSAValue:
        op.location = self.at.location
        self.ops.append(op)
        return op.results[0]

    def splat(self, value: float, t: TensorType) -> SSAValue:
        return self(ta.ConstantOp.splat(value, t))


def _reduced(t: TensorType, dims: Sequence[int]) -> TensorType:
    return TensorType(t.element_type, [s for i, s in enumerate(t.get_shape()) if i not in dims])


def _kept(rank: int, dims: Sequence[int]) -> list[int]:
    return [i for i in range(rank) if i not in dims]


def _reduce_and_broadcast(b: _Builder, x: SSAValue, kind: str, dims: Sequence[int]) -> SSAValue:
    t = x.type
    assert isinstance(t, TensorType)
    r = b(ta.ReduceOp(x, kind, dims, _reduced(t, dims)))
    return b(ta.BroadcastOp(r, _kept(t.get_num_dims(), dims), t))


@dataclass
class DecomposeSoftmax(RewritePattern):
    pass_: ModulePass

    @op_type_rewrite_pattern
    def match_and_rewrite(self, op: ta.SoftmaxOp, rewriter: PatternRewriter) -> None:
        b = _Builder(op)
        x, d = op.input, [op.dim_value]
        shifted = b(ta.SubOp(x, _reduce_and_broadcast(b, x, "max", d)))
        e = b(ta.ExpOp(shifted))
        b(ta.DivOp(e, _reduce_and_broadcast(b, e, "sum", d)))
        rewriter.replace(op, b.ops)
        bump(self.pass_, "softmax decomposed")


@dataclass
class DecomposeLayerNorm(RewritePattern):
    pass_: ModulePass

    @op_type_rewrite_pattern
    def match_and_rewrite(self, op: ta.LayerNormOp, rewriter: PatternRewriter) -> None:
        b = _Builder(op)
        x, dims = op.input, list(op.dims_list)
        t = x.type
        assert isinstance(t, TensorType)
        rt = _reduced(t, dims)
        kept = _kept(t.get_num_dims(), dims)
        n = b.splat(float(math.prod(t.get_shape()[d] for d in dims)), rt)
        mean = b(ta.DivOp(b(ta.ReduceOp(x, "sum", dims, rt)), n))
        centered = b(ta.SubOp(x, b(ta.BroadcastOp(mean, kept, t))))
        var = b(ta.DivOp(b(ta.ReduceOp(b(ta.MulOp(centered, centered)), "sum", dims, rt)), n))
        inv_std = b(ta.RsqrtOp(b(ta.AddOp(var, b.splat(op.epsilon_value, rt)))))
        b(ta.MulOp(centered, b(ta.BroadcastOp(inv_std, kept, t))))
        rewriter.replace(op, b.ops)
        bump(self.pass_, "layernorm decomposed")


@dataclass
class DecomposeGelu(RewritePattern):
    pass_: ModulePass

    @op_type_rewrite_pattern
    def match_and_rewrite(self, op: ta.GeluOp, rewriter: PatternRewriter) -> None:
        b = _Builder(op)
        x = op.input
        t = x.type
        assert isinstance(t, TensorType)
        erf = b(ta.ErfOp(b(ta.MulOp(x, b.splat(1.0 / math.sqrt(2.0), t)))))
        one_plus = b(ta.AddOp(erf, b.splat(1.0, t)))
        half_x = b(ta.MulOp(x, b.splat(0.5, t)))
        b(ta.MulOp(half_x, one_plus))
        rewriter.replace(op, b.ops)
        bump(self.pass_, "gelu decomposed")


@dataclass(frozen=True)
class TaDecomposePass(ModulePass):
    """Expand ta.softmax, ta.layernorm and ta.gelu into core ta ops (see module docstring)."""

    name = "ta-decompose"

    def apply(self, ctx: Context, op: ModuleOp) -> None:
        walker = PatternRewriteWalker(
            GreedyRewritePatternApplier(
                [DecomposeSoftmax(self), DecomposeLayerNorm(self), DecomposeGelu(self)], dce_enabled=False
            ),
            apply_recursively=False,
        )
        for payload in payload_ops(op):
            for region in payload.regions:
                walker.rewrite_region(region)
