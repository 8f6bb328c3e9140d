"""Whole-tile values of the df simulator: a body value over some of a unit's counters.

A `Lanes` value holds one array axis per counter it depends on (sorted counter indices), so
a value read through a map that ignores a counter is not replicated along it; broadcasting
happens only when ops combine values. Reads and writes turn access maps into numpy indexing
(strided slices when every map result is `factor * counter + offset`, fancy indexing
otherwise) — never a Python loop over elements.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from xdsl.ir.affine import AffineMap

from rdu_ir.dataflow.affine import eval_expr, linear_form


@dataclass
class Lanes:
    array: np.ndarray
    axes: tuple[int, ...]
    """Counter index of each array axis, ascending."""


def expand(v: Lanes, axes: Sequence[int]) -> np.ndarray:
    """`v.array` reshaped to one (possibly size-1) axis per entry of `axes` (a superset)."""
    shape = [1] * len(axes)
    pos = {a: i for i, a in enumerate(axes)}
    for a, n in zip(v.axes, v.array.shape):
        shape[pos[a]] = n
    return v.array.reshape(shape)


def union_axes(*values: Lanes) -> tuple[int, ...]:
    return tuple(sorted(set().union(*(v.axes for v in values))))


def combine(fn, *values: Lanes) -> Lanes:
    axes = union_axes(*values)
    return Lanes(np.asarray(fn(*(expand(v, axes) for v in values))), axes)


class AccessPlan:
    """How one port's map indexes its buffer over the unit's counter values."""

    def __init__(self, amap: AffineMap, counter_values: Sequence[np.ndarray]):
        self.map = amap
        self.used = tuple(sorted(amap.used_dims()))
        self.values = counter_values
        self.grid_shape = tuple(len(counter_values[u]) for u in self.used)
        self.slices = self._slice_plan()
        if self.slices is None:
            grids: list[np.ndarray | int] = [0] * amap.num_dims
            for k, u in enumerate(self.used):
                shape = [1] * len(self.used)
                shape[k] = -1
                grids[u] = counter_values[u].reshape(shape)
            self.index = tuple(np.asarray(eval_expr(e, grids)) for e in amap.results)

    def _slice_plan(self):
        """Per result a slice (or an int for a constant), plus the axis order they produce,
        when every result is `factor * counter + offset` over distinct counters with
        evenly spaced counter values."""
        index: list[slice | int] = []
        order: list[int] = []
        for e in self.map.results:
            form = linear_form(e, self.map.num_dims)
            if form is None:
                return None
            coeffs, const = form
            nz = [i for i, c in enumerate(coeffs) if c]
            if not nz:
                index.append(const)
                continue
            if len(nz) != 1 or coeffs[nz[0]] <= 0 or nz[0] in order:
                return None
            u = nz[0]
            vals = self.values[u]
            step = int(vals[1] - vals[0]) if len(vals) > 1 else 1
            f = coeffs[u] * step
            start = const + coeffs[u] * int(vals[0])
            index.append(slice(start, start + f * (len(vals) - 1) + 1, f))
            order.append(u)
        if sorted(order) != list(self.used):
            return None
        return tuple(index), order

    def read(self, buf: np.ndarray) -> Lanes:
        if self.slices is not None:
            index, order = self.slices
            arr = buf[index]
            perm = [order.index(u) for u in self.used]
            return Lanes(np.transpose(arr, perm) if perm != sorted(perm) else arr, self.used)
        return Lanes(buf[self.index], self.used)

    def write(self, buf: np.ndarray, value: Lanes) -> None:
        full = np.broadcast_to(expand(value, self.used), self.grid_shape)
        if self.slices is not None:
            index, order = self.slices
            perm = [self.used.index(u) for u in order]
            buf[index] = np.transpose(full, perm) if perm != sorted(perm) else full
        else:
            buf[self.index] = full

    def elements(self) -> int:
        return math.prod(self.grid_shape)


def reduce_over(kind: str, v: Lanes, over: Sequence[int], trips: Sequence[int]) -> Lanes:
    """Reduce `v` over counters `over`; a counter `v` does not depend on still counts its
    trip (sum multiplies, prod raises to the power, max/min leave the value)."""
    present = [a for a in over if a in v.axes]
    missing = [a for a in over if a not in v.axes]
    arr = v.array
    if present:
        axis = tuple(v.axes.index(a) for a in present)
        fn = {"sum": np.sum, "max": np.max, "min": np.min, "prod": np.prod}[kind]
        arr = fn(arr, axis=axis).astype(v.array.dtype, copy=False)
    n = math.prod(trips[a] for a in missing)
    if n != 1:
        if kind == "sum":
            arr = arr * np.asarray(n, arr.dtype)
        elif kind == "prod":
            arr = arr ** np.asarray(n, arr.dtype)
    return Lanes(np.asarray(arr), tuple(a for a in v.axes if a not in over))


def mac_over(a: Lanes, b: Lanes, over: Sequence[int], trips: Sequence[int]) -> Lanes:
    """sum over `over` of a * b, as one batched matrix product (BLAS): axes in both operands
    and the output are batch axes, in both and `over` contracted, the others free."""
    over_set = set(over)
    n = math.prod(trips[x] for x in over if x not in a.axes and x not in b.axes)
    # A summed axis only one operand has is summed there first.
    a = reduce_over("sum", a, [x for x in a.axes if x in over_set and x not in b.axes], trips)
    b = reduce_over("sum", b, [x for x in b.axes if x in over_set and x not in a.axes], trips)
    batch = [x for x in a.axes if x in b.axes and x not in over_set]
    red = [x for x in a.axes if x in b.axes and x in over_set]
    a_free = [x for x in a.axes if x not in b.axes]
    b_free = [x for x in b.axes if x not in a.axes]

    def arrange(v: Lanes, order: list[int], rows: list[int], cols: list[int]) -> np.ndarray:
        arr = np.transpose(v.array, [v.axes.index(x) for x in order])
        n_b = math.prod(trips_of(v, batch))
        return np.ascontiguousarray(arr).reshape(n_b, math.prod(trips_of(v, rows)), math.prod(trips_of(v, cols)))

    def trips_of(v: Lanes, axes: list[int]) -> list[int]:
        return [v.array.shape[v.axes.index(x)] for x in axes]

    am = arrange(a, batch + a_free + red, a_free, red)
    bm = arrange(b, batch + red + b_free, red, b_free)
    prod = np.matmul(am, bm)
    shape = trips_of(a, batch) + trips_of(a, a_free) + trips_of(b, b_free)
    axes = batch + a_free + b_free
    arr = prod.reshape(shape)
    out = tuple(sorted(axes))
    arr = np.transpose(arr, [axes.index(x) for x in out]).astype(a.array.dtype, copy=False)
    if n != 1:
        arr = arr * np.asarray(n, arr.dtype)
    return Lanes(np.asarray(arr), out)


ACCUMULATE = {"sum": np.add, "max": np.maximum, "min": np.minimum, "prod": np.multiply}
