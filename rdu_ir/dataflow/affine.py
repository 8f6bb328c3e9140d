"""Affine access patterns as the df level uses them: value ranges over a counter box (for the
in-bounds verifiers), whole-grid numpy evaluation (for the simulator) and the linear form of a
pure affine expression (for tiling)."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from xdsl.ir.affine import (
    AffineBinaryOpExpr,
    AffineBinaryOpKind,
    AffineConstantExpr,
    AffineDimExpr,
    AffineExpr,
    AffineMap,
    AffineSymExpr,
)


def expr_range(expr: AffineExpr, lo: Sequence[int], hi: Sequence[int]) -> tuple[int, int]:
    """Inclusive [min, max] of `expr` when every dim i ranges over [lo[i], hi[i]]
    (interval arithmetic: exact for sums of dims with constant factors, conservative for
    floordiv/mod)."""
    if isinstance(expr, AffineConstantExpr):
        return expr.value, expr.value
    if isinstance(expr, AffineDimExpr):
        return lo[expr.position], hi[expr.position]
    if isinstance(expr, AffineSymExpr):
        raise ValueError("symbols are not allowed in df access patterns")
    assert isinstance(expr, AffineBinaryOpExpr)
    a_lo, a_hi = expr_range(expr.lhs, lo, hi)
    b_lo, b_hi = expr_range(expr.rhs, lo, hi)
    kind = expr.kind
    if kind == AffineBinaryOpKind.Add:
        return a_lo + b_lo, a_hi + b_hi
    if kind == AffineBinaryOpKind.Mul:
        products = (a_lo * b_lo, a_lo * b_hi, a_hi * b_lo, a_hi * b_hi)
        return min(products), max(products)
    if b_lo != b_hi or b_lo <= 0:
        raise ValueError("floordiv/mod/ceildiv need a positive constant divisor")
    c = b_lo
    if kind == AffineBinaryOpKind.FloorDiv:
        return a_lo // c, a_hi // c
    if kind == AffineBinaryOpKind.CeilDiv:
        return -(-a_lo // c), -(-a_hi // c)
    # Mod: exact when the range stays within one period.
    if a_lo // c == a_hi // c:
        return a_lo % c, a_hi % c
    return 0, c - 1


def map_ranges(amap: AffineMap, lo: Sequence[int], hi: Sequence[int]) -> list[tuple[int, int]]:
    return [expr_range(e, lo, hi) for e in amap.results]


def eval_expr(expr: AffineExpr, dims: Sequence[np.ndarray | int]) -> np.ndarray | int:
    """`expr` over numpy index arrays (broadcasting), one array per dim."""
    if isinstance(expr, AffineConstantExpr):
        return expr.value
    if isinstance(expr, AffineDimExpr):
        return dims[expr.position]
    if isinstance(expr, AffineSymExpr):
        raise ValueError("symbols are not allowed in df access patterns")
    assert isinstance(expr, AffineBinaryOpExpr)
    a = eval_expr(expr.lhs, dims)
    b = eval_expr(expr.rhs, dims)
    kind = expr.kind
    if kind == AffineBinaryOpKind.Add:
        return a + b
    if kind == AffineBinaryOpKind.Mul:
        return a * b
    if kind == AffineBinaryOpKind.FloorDiv:
        return a // b
    if kind == AffineBinaryOpKind.CeilDiv:
        return -((-a) // b)
    return a % b


def linear_form(expr: AffineExpr, num_dims: int) -> tuple[list[int], int] | None:
    """(coefficients per dim, constant) of a pure sum-of-scaled-dims expression, else None
    (floordiv/mod/ceildiv, or a product of two dims)."""
    if isinstance(expr, AffineConstantExpr):
        return [0] * num_dims, expr.value
    if isinstance(expr, AffineDimExpr):
        coeffs = [0] * num_dims
        coeffs[expr.position] = 1
        return coeffs, 0
    if not isinstance(expr, AffineBinaryOpExpr):
        return None
    a = linear_form(expr.lhs, num_dims)
    b = linear_form(expr.rhs, num_dims)
    if a is None or b is None:
        return None
    if expr.kind == AffineBinaryOpKind.Add:
        return [x + y for x, y in zip(a[0], b[0])], a[1] + b[1]
    if expr.kind == AffineBinaryOpKind.Mul:
        if not any(a[0]):
            return [a[1] * y for y in b[0]], a[1] * b[1]
        if not any(b[0]):
            return [b[1] * x for x in a[0]], a[1] * b[1]
    return None


def from_linear(coeffs: Sequence[int], const: int) -> AffineExpr:
    expr: AffineExpr = AffineConstantExpr(const)
    for i, c in enumerate(coeffs):
        if c:
            expr = expr + AffineDimExpr(i) * c
    return expr


def single_dim(expr: AffineExpr, num_dims: int) -> tuple[int, int, int] | None:
    """(dim, factor, offset) when `expr` is `factor * d + offset` with factor > 0."""
    form = linear_form(expr, num_dims)
    if form is None:
        return None
    nz = [i for i, c in enumerate(form[0]) if c]
    if len(nz) != 1 or form[0][nz[0]] <= 0:
        return None
    return nz[0], form[0][nz[0]], form[1]


def substitute(amap: AffineMap, exprs: Sequence[AffineExpr], num_dims: int) -> AffineMap:
    """`amap` with dim i replaced by exprs[i]; the result has `num_dims` dims."""
    return AffineMap(num_dims, 0, tuple(e.replace_dims_and_symbols(list(exprs), []) for e in amap.results))
