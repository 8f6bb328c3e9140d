"""Canonicalization patterns and constant folding for `ta`, run by `canonicalize`.

The ops of `rdu_ir.dialects.ta` carry a `TaCanonicalization` trait whose `get_patterns`
calls `patterns_for(op_type)` here (imported lazily, so loading the dialect stays cheap).

- data movement: transpose of transpose -> one transpose; identity transpose, reshape,
  broadcast, slice, pad and one-input concat -> their input; reshape of reshape -> one
  reshape; broadcast of broadcast -> one broadcast;
- constants: an op whose operands are all `ta.constant` is folded with the reference
  interpreter's numpy code, so folding never changes a result. Splats stay splats whatever
  the size (elementwise ops evaluate one element; broadcast, reshape, transpose, slice and
  max/min reductions pass the value through); other results are folded up to `FOLD_LIMIT`
  elements, or when no larger than the constants they replace, so the IR does not balloon;
- algebra that is exact in IEEE arithmetic: x * 1, x / 1, x - 0 -> x, neg(neg(x)) -> x.
"""

from __future__ import annotations

import functools

import numpy as np
from xdsl.dialects.builtin import DenseIntOrFPElementsAttr, TensorType
from xdsl.ir import Operation, SSAValue
from xdsl.pattern_rewriter import PatternRewriter, RewritePattern

from rdu_ir.dialects import ta

FOLD_LIMIT = 1 << 12
"""Non-splat results up to this many elements are always folded; larger ones only when no
larger than the constants they replace (e.g. a transpose of weights), up to `FOLD_CAP`."""
FOLD_CAP = 1 << 22

# Ops that map a splat to a splat of their result type (same value).
_SPLAT_PRESERVING = (ta.BroadcastOp, ta.ReshapeOp, ta.TransposeOp, ta.SliceOp)


def constant_of(value: SSAValue) -> ta.ConstantOp | None:
    owner = value.owner
    return owner if isinstance(owner, ta.ConstantOp) else None


def splat_of(value: SSAValue) -> float | int | None:
    """The value of a splat `ta.constant`, else None."""
    c = constant_of(value)
    return c.splat_value() if c is not None else None


def _replace_with_value(rewriter: PatternRewriter, op: Operation, value: SSAValue) -> None:
    rewriter.replace(op, [], [value])


def _replace_with_op(rewriter: PatternRewriter, op: Operation, new: Operation) -> None:
    new.location = op.location
    rewriter.replace(op, new)


def _splat_constant(value: float | int | np.generic, t: TensorType) -> ta.ConstantOp:
    return ta.ConstantOp(ta.dense_attr(np.asarray(value), t))


class FoldConstants(RewritePattern):
    """Evaluate an op whose operands are all constants."""

    def match_and_rewrite(self, op: Operation, rewriter: PatternRewriter, /) -> None:
        if not op.operands or isinstance(op, ta.ConstantOp):
            return
        consts = [constant_of(v) for v in op.operands]
        if any(c is None for c in consts):
            return
        result_type = op.results[0].type
        assert isinstance(result_type, TensorType)
        from rdu_ir.sim.ta_interp import compute

        splats = [c.splat_value() for c in consts]  # type: ignore[union-attr]
        if all(s is not None for s in splats):
            value = _fold_splats(op, splats)
            if value is not None:
                _replace_with_op(rewriter, op, _splat_constant(value, result_type))
                return
        size = int(np.prod(result_type.get_shape()))
        replaced = sum(int(np.prod(v.type.get_shape())) for v in op.operands)  # type: ignore[attr-defined]
        if size > FOLD_LIMIT and (size > replaced or size > FOLD_CAP):
            return
        try:
            value = compute(op, tuple(c.to_numpy() for c in consts))  # type: ignore[union-attr]
        except NotImplementedError:
            return
        _replace_with_op(rewriter, op, ta.ConstantOp(ta.dense_attr(value, result_type)))


def _fold_splats(op: Operation, splats: list) -> object | None:
    """The splat value of `op` applied to splat operands, when it is one whatever the size."""
    from rdu_ir.sim.ta_interp import compute

    if isinstance(op, ta.ElementwiseOp):
        # Elementwise numpy code needs only dtypes and attributes: evaluate one element.
        args = tuple(np.asarray([s], dtype=ta.numpy_dtype(v.type.element_type)) for s, v in zip(splats, op.operands))  # type: ignore[attr-defined]
        return compute(op, args)[0]
    if isinstance(op, _SPLAT_PRESERVING):
        return splats[0]
    if isinstance(op, ta.ReduceOp) and op.kind.data in ("max", "min"):
        return splats[0]  # exact; sums and products would round differently from the reference
    if isinstance(op, ta.PadOp):
        pad = np.asarray(op.pad_value).astype(ta.numpy_dtype(op.input.type.element_type))
        if pad.tobytes() == np.asarray(splats[0], dtype=pad.dtype).tobytes():  # bitwise: -0.0 != 0.0
            return splats[0]
    return None


class TransposeOfTranspose(RewritePattern):
    def match_and_rewrite(self, op: Operation, rewriter: PatternRewriter, /) -> None:
        if not isinstance(op, ta.TransposeOp):
            return
        if list(op.perm_list) == list(range(len(op.perm_list))):
            _replace_with_value(rewriter, op, op.input)
            return
        inner = op.input.owner
        if isinstance(inner, ta.TransposeOp):
            p1, p2 = inner.perm_list, op.perm_list
            perm = [p1[p] for p in p2]
            _replace_with_op(rewriter, op, ta.TransposeOp(inner.input, perm, op.result.type))


class ReshapeChain(RewritePattern):
    def match_and_rewrite(self, op: Operation, rewriter: PatternRewriter, /) -> None:
        if not isinstance(op, ta.ReshapeOp):
            return
        if op.input.type == op.result.type:
            _replace_with_value(rewriter, op, op.input)
            return
        inner = op.input.owner
        if isinstance(inner, ta.ReshapeOp):
            _replace_with_op(rewriter, op, ta.ReshapeOp(inner.input, op.result.type))
            return
        c = constant_of(op.input)
        if c is not None:
            # Row-major data is unchanged by a reshape: reuse the bytes whatever the size.
            attr = DenseIntOrFPElementsAttr(op.result.type, c.value.data)
            _replace_with_op(rewriter, op, ta.ConstantOp(attr))


class BroadcastSimplify(RewritePattern):
    def match_and_rewrite(self, op: Operation, rewriter: PatternRewriter, /) -> None:
        if not isinstance(op, ta.BroadcastOp):
            return
        dims = op.dims_list
        if op.input.type == op.result.type and list(dims) == list(range(len(dims))):
            _replace_with_value(rewriter, op, op.input)
            return
        inner = op.input.owner
        if isinstance(inner, ta.BroadcastOp):
            # x dim i -> mid dim d1[i] -> result dim d2[d1[i]] (still increasing; sizes 1 or equal).
            composed = [dims[d] for d in inner.dims_list]
            _replace_with_op(rewriter, op, ta.BroadcastOp(inner.input, composed, op.result.type))


class IdentityDataMovement(RewritePattern):
    """Slices of everything, zero padding, one-input concats and empty reductions."""

    def match_and_rewrite(self, op: Operation, rewriter: PatternRewriter, /) -> None:
        match op:
            case ta.SliceOp() if op.input.type == op.result.type and all(s == 1 for s in op.strides_list):
                _replace_with_value(rewriter, op, op.input)
            case ta.PadOp() if not any(op.low_list) and not any(op.high_list):
                _replace_with_value(rewriter, op, op.input)
            case ta.ConcatOp() if len(op.inputs) == 1:
                _replace_with_value(rewriter, op, op.inputs[0])
            case ta.ReduceOp() if not op.dims_list and op.input.type == op.result.type:
                if op.kind.data in ("sum", "max", "min", "prod"):
                    _replace_with_value(rewriter, op, op.input)
            case _:
                pass


class AlgebraicIdentities(RewritePattern):
    """x * 1, 1 * x, x / 1, x - 0 -> x (exact, also for -0.0, inf and nan); neg(neg(x)) -> x."""

    def match_and_rewrite(self, op: Operation, rewriter: PatternRewriter, /) -> None:
        if isinstance(op, ta.NegOp) and isinstance(op.input.owner, ta.NegOp):
            _replace_with_value(rewriter, op, op.input.owner.input)
            return
        if not isinstance(op, ta.BinaryElementwiseOp):
            return
        lhs, rhs = splat_of(op.lhs), splat_of(op.rhs)
        is_int = isinstance(op.result.type.element_type, ta.IntegerType)
        if isinstance(op, (ta.MulOp, ta.DivOp)) and rhs == 1:
            _replace_with_value(rewriter, op, op.lhs)
        elif isinstance(op, ta.MulOp) and lhs == 1:
            _replace_with_value(rewriter, op, op.rhs)
        elif isinstance(op, ta.SubOp) and rhs == 0 and (is_int or not np.signbit(rhs)):
            _replace_with_value(rewriter, op, op.lhs)
        elif isinstance(op, ta.AddOp) and is_int and (rhs == 0 or lhs == 0):
            _replace_with_value(rewriter, op, op.lhs if rhs == 0 else op.rhs)


_FOLD = FoldConstants()
_BY_TYPE: dict[type[Operation], tuple[RewritePattern, ...]] = {
    ta.TransposeOp: (TransposeOfTranspose(), _FOLD),
    ta.ReshapeOp: (ReshapeChain(), _FOLD),
    ta.BroadcastOp: (BroadcastSimplify(), _FOLD),
    ta.SliceOp: (IdentityDataMovement(), _FOLD),
    ta.PadOp: (IdentityDataMovement(), _FOLD),
    ta.ConcatOp: (IdentityDataMovement(), _FOLD),
    ta.ReduceOp: (IdentityDataMovement(), _FOLD),
    ta.ContractOp: (_FOLD,),
    ta.Conv2dOp: (_FOLD,),
    ta.Pool2dOp: (_FOLD,),
}


@functools.cache
def patterns_for(op_type: type[Operation]) -> tuple[RewritePattern, ...]:
    """The canonicalization patterns of a ta op class."""
    if op_type in _BY_TYPE:
        return _BY_TYPE[op_type]
    if issubclass(op_type, (ta.BinaryElementwiseOp, ta.NegOp)):
        return (AlgebraicIdentities(), _FOLD)
    if issubclass(op_type, (ta.UnaryElementwiseOp, ta.SelectOp)):
        return (_FOLD,)
    return ()
