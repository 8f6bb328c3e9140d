"""Access maps as address generators: df's multi-dimensional maps become the single row-major
element address a PMU, AGCU or DRAM address generator computes, over a chosen subset of counters."""

from __future__ import annotations

from collections.abc import Sequence

from xdsl.ir.affine import AffineExpr, AffineMap

from rdu_ir.dataflow.affine import substitute


def row_major_strides(shape: Sequence[int]) -> list[int]:
    strides, acc = [], 1
    for d in reversed(shape):
        strides.append(acc)
        acc *= d
    return strides[::-1]


def flatten(amap: AffineMap, shape: Sequence[int]) -> AffineMap:
    """One result: the row-major address in a buffer of `shape` of `amap`'s indices."""
    expr: AffineExpr = AffineExpr.constant(0)
    for e, s in zip(amap.results, row_major_strides(shape)):
        expr = expr + e * s
    return AffineMap(amap.num_dims, 0, (expr,))


def keep_dims(amap: AffineMap, dims: Sequence[int]) -> AffineMap:
    """`amap` over `dims` only (renumbered in order); the other dims must be unused."""
    unused = amap.used_dims() - set(dims)
    assert not unused, f"map {amap} uses dims {sorted(unused)} outside {list(dims)}"
    exprs = [
        AffineExpr.dimension(dims.index(i)) if i in dims else AffineExpr.constant(0)
        for i in range(amap.num_dims)
    ]
    return substitute(amap, exprs, len(dims))


def row_major_map(shape: Sequence[int]) -> AffineMap:
    """The identity walk of a buffer: counters over its dims -> their row-major address."""
    return flatten(AffineMap.identity(len(shape)), shape)
