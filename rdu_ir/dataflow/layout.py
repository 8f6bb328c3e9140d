"""The layout model of `infer-layout` and its exact whole-graph resolution.

A buffer's layout (`#df.layout`) puts one dimension, the *vector dimension*, across the PMU's
banks: a vector along it is one access. Every port that touches a buffer has an *expected
layout* — the order its counter chain and access map visit the elements, whose vector
dimension is the buffer dimension its vector counter indexes (a port whose vector counter
indexes nothing reads a scalar broadcast to the lanes and accepts any layout). A load or store
expects the tile dimension that is contiguous in DRAM (one burst a vector).

Cost of a buffer with layout L (in cycles of work, integers so optima compare exactly):
- a port whose expected vector dimension is L's (or that accepts any): 0;
- a *read* through a PMU read port (compute or store) whose vector dimension is the
  second-innermost of L's order, on a chip with transpose reads: a transposed read of each
  innermost matrix, `TRANSPOSE_COST` (the PMU serves it at full rate; the tiny cost only
  prefers plain reads on ties);
- any other mismatch is a conflict resolved by an inserted buffer with the needed layout and
  a copy unit that moves one element a cycle: `conversion_cost` = tokens x tile elements;
  readers that need the same vector dimension share one inserted buffer, each mismatched
  writer gets its own.

A compute unit without streams may also choose its vector counter (values do not depend on
it), at the cost of its issue slots (`ComputeOp.cycles`), so layouts propagate along chains:
the total cost is the sum of unit costs and buffer costs. `solve` minimises it exactly by
variable elimination (buffers first — each buffer's best layout given its units' choices —
then units in min-scope order); ties go to the lowest index (the current configuration is
listed first), so the result is deterministic. When an intermediate table would exceed
`TABLE_LIMIT` entries, the unit of largest degree keeps its current choice (index 0) and
elimination restarts: the result is then optimal among assignments with that unit fixed.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Sequence
from dataclasses import dataclass, field

TRANSPOSE_COST = 1
TABLE_LIMIT = 1 << 16


@dataclass(frozen=True)
class Layout:
    vector: int
    order: tuple[int, ...]
    align: int

    def transposed(self, vector: int) -> bool:
        """Whether a read with vector dimension `vector` is a 2-D transpose of the innermost
        matrix of this layout."""
        return len(self.order) >= 2 and vector == self.order[-2]


def layout_with(vector: int, rank: int, align: int, second: int | None = None) -> Layout:
    """The layout with `vector` innermost, `second` next to it, the rest in natural order."""
    if rank == 0:
        return Layout(-1, (), align)
    inner = [second, vector] if second is not None and second != vector else [vector]
    return Layout(vector, tuple(d for d in range(rank) if d not in inner) + tuple(inner), align)


def candidate_layouts(rank: int, align: int, preferred: Sequence[Layout] = ()) -> list[Layout]:
    """Every (vector dimension, second-innermost dimension) choice, preferred ones first."""
    if rank == 0:
        out = [Layout(-1, (), align)]
    elif rank == 1:
        out = [Layout(0, (0,), align)]
    else:
        out = [layout_with(v, rank, align, s) for v in reversed(range(rank)) for s in reversed(range(rank)) if s != v]
    first = [p for p in preferred if p in out]
    return list(dict.fromkeys(first + out))


@dataclass(frozen=True)
class Port:
    """One access of a buffer. `expect[k]` is the expected vector dimension when the port's
    unit takes choice k (a single entry when `unit` is None: the port is fixed); None accepts
    any layout."""

    name: str
    buffer: int
    unit: int | None
    write: bool
    expect: tuple[int | None, ...]
    transposable: bool = False

    def wants(self, choice: int) -> int | None:
        return self.expect[choice if self.unit is not None else 0]


@dataclass
class Buffer:
    name: str
    candidates: list[Layout]
    conversion_cost: int


@dataclass
class Unit:
    name: str
    costs: list[int]
    """Cost of each choice; choice 0 is the current configuration."""


@dataclass
class Problem:
    buffers: list[Buffer]
    units: list[Unit]
    ports: list[Port]
    ports_of: list[list[int]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.ports_of = [[] for _ in self.buffers]
        for i, p in enumerate(self.ports):
            self.ports_of[p.buffer].append(i)

    def units_of(self, b: int) -> list[int]:
        return sorted({self.ports[i].unit for i in self.ports_of[b] if self.ports[i].unit is not None})


@dataclass(frozen=True)
class Resolution:
    """How a buffer's ports meet its layout: ports read transposed, and conversions (an
    inserted buffer per writer port / per needed vector dimension of readers)."""

    transposed: tuple[int, ...] = ()
    convert_writers: tuple[int, ...] = ()
    convert_readers: tuple[tuple[int, tuple[int, ...]], ...] = ()
    """(needed vector dimension, reader ports) per inserted buffer."""

    @property
    def conversions(self) -> int:
        return len(self.convert_writers) + len(self.convert_readers)


def resolve(problem: Problem, b: int, layout: Layout, choices: Sequence[int]) -> tuple[int, Resolution]:
    """Cost and resolution of buffer `b` in `layout` when the units take `choices`."""
    buf = problem.buffers[b]
    transposed: list[int] = []
    writers: list[int] = []
    readers: dict[int, list[int]] = {}
    for i in problem.ports_of[b]:
        p = problem.ports[i]
        want = p.wants(choices[p.unit] if p.unit is not None else 0)
        if want is None or want == layout.vector:
            continue
        if p.write:
            writers.append(i)
        elif p.transposable and layout.transposed(want):
            transposed.append(i)
        else:
            readers.setdefault(want, []).append(i)
    res = Resolution(tuple(transposed), tuple(writers), tuple((v, tuple(ps)) for v, ps in sorted(readers.items())))
    return TRANSPOSE_COST * len(transposed) + buf.conversion_cost * res.conversions, res


def best_layout(problem: Problem, b: int, choices: Sequence[int]) -> tuple[int, int]:
    """(cost, candidate index) of the cheapest layout of buffer `b`; the first on ties."""
    best = (math.inf, 0)
    for k, layout in enumerate(problem.buffers[b].candidates):
        c = resolve(problem, b, layout, choices)[0]
        if c < best[0]:
            best = (c, k)
    return best  # type: ignore[return-value]


def total_cost(problem: Problem, choices: Sequence[int], layouts: Sequence[int]) -> int:
    cost = sum(u.costs[c] for u, c in zip(problem.units, choices))
    for b, k in enumerate(layouts):
        cost += resolve(problem, b, problem.buffers[b].candidates[k], choices)[0]
    return cost


# ---------------------------------------------------------------------------------------------
# Exact minimisation by variable elimination


Factor = tuple[tuple[int, ...], dict[tuple[int, ...], int]]
"""(scope: unit indices ascending, table: choices of the scope -> cost)."""


def _buffer_factor(problem: Problem, b: int, fixed: dict[int, int]) -> Factor:
    scope = tuple(u for u in problem.units_of(b) if u not in fixed)
    table: dict[tuple[int, ...], int] = {}
    choices = [fixed.get(u, 0) for u in range(len(problem.units))]
    for combo in itertools.product(*(range(len(problem.units[u].costs)) for u in scope)):
        for u, c in zip(scope, combo):
            choices[u] = c
        table[combo] = best_layout(problem, b, choices)[0]
    return scope, table


def _size(problem: Problem, scope: Sequence[int]) -> int:
    return math.prod(len(problem.units[u].costs) for u in scope)


def _eliminate(problem: Problem, fixed: dict[int, int]) -> dict[int, int] | int:
    """Optimal choices of the free units, or the unit to fix when a table grows too large."""
    factors: list[Factor] = []
    for b in range(len(problem.buffers)):
        scope = [u for u in problem.units_of(b) if u not in fixed]
        if _size(problem, scope) > TABLE_LIMIT:
            return max(scope, key=lambda u: (_size(problem, [u]), -u))
        factors.append(_buffer_factor(problem, b, fixed))
    free = [u for u in range(len(problem.units)) if u not in fixed]
    for u in free:
        factors.append(((u,), {(c,): cost for c, cost in enumerate(problem.units[u].costs)}))
    steps: list[tuple[int, tuple[int, ...], dict[tuple[int, ...], int]]] = []
    remaining = list(free)
    while remaining:

        def merged_scope(u: int, factors: list[Factor] = factors) -> tuple[int, ...]:
            return tuple(sorted({v for s, _ in factors if u in s for v in s} - {u}))

        u = min(remaining, key=lambda v: (_size(problem, merged_scope(v)), v))
        scope = merged_scope(u)
        if _size(problem, scope) * len(problem.units[u].costs) > TABLE_LIMIT:
            degree = {v: sum(1 for s, _ in factors if v in s) for v in remaining}
            return max(remaining, key=lambda v: (degree[v], -v))
        mine = [f for f in factors if u in f[0]]
        factors = [f for f in factors if u not in f[0]]
        table: dict[tuple[int, ...], int] = {}
        arg: dict[tuple[int, ...], int] = {}
        for combo in itertools.product(*(range(len(problem.units[v].costs)) for v in scope)):
            env = dict(zip(scope, combo))
            best, best_c = math.inf, 0
            for c in range(len(problem.units[u].costs)):
                env[u] = c
                cost = sum(t[tuple(env[v] for v in s)] for s, t in mine)
                if cost < best:
                    best, best_c = cost, c
            table[combo] = best  # type: ignore[assignment]
            arg[combo] = best_c
        factors.append((scope, table))
        steps.append((u, scope, arg))
        remaining.remove(u)
    chosen = dict(fixed)
    for u, scope, arg in reversed(steps):
        chosen[u] = arg[tuple(chosen[v] for v in scope)]
    return chosen


@dataclass
class Solution:
    choices: list[int]
    layouts: list[int]
    cost: int
    exact: bool
    resolutions: list[Resolution]


def solve(problem: Problem) -> Solution:
    """The minimum-cost unit choices and buffer layouts (see the module docstring)."""
    fixed: dict[int, int] = {}
    while True:
        out = _eliminate(problem, fixed)
        if isinstance(out, dict):
            break
        fixed[out] = 0
    choices = [out.get(u, 0) for u in range(len(problem.units))]
    layouts = [best_layout(problem, b, choices)[1] for b in range(len(problem.buffers))]
    resolutions = [resolve(problem, b, problem.buffers[b].candidates[k], choices)[1] for b, k in enumerate(layouts)]
    return Solution(choices, layouts, total_cost(problem, choices, layouts), not fixed, resolutions)


def brute_force(problem: Problem) -> int:
    """The minimum total cost over every assignment of every unit choice and buffer layout
    (for tests). Each buffer's cost is tabulated over its own layout and its units' choices
    first, so the enumeration only adds table entries."""
    unit_domains = [range(len(u.costs)) for u in problem.units]
    tables = []
    for b, buf in enumerate(problem.buffers):
        scope = problem.units_of(b)
        table = {}
        for combo in itertools.product(*(unit_domains[u] for u in scope)):
            choices = [0] * len(problem.units)
            for u, c in zip(scope, combo):
                choices[u] = c
            for k, layout in enumerate(buf.candidates):
                table[(k, combo)] = resolve(problem, b, layout, choices)[0]
        tables.append((scope, table))
    best = math.inf
    layout_domains = [range(len(b.candidates)) for b in problem.buffers]
    for choices in itertools.product(*unit_domains):
        base = sum(u.costs[c] for u, c in zip(problem.units, choices))
        local = [tuple(choices[u] for u in scope) for scope, _ in tables]
        for layouts in itertools.product(*layout_domains):
            cost = base + sum(t[(k, combo)] for (_, t), k, combo in zip(tables, layouts, local))
            best = min(best, cost)
    return int(best)


def naive_conversions(problem: Problem, current: Sequence[Layout | None]) -> int:
    """Conversions of the naive policy: every buffer takes its writer's layout (or its current
    one) and every mismatched port gets its own conversion, transposable or not."""
    n = 0
    for b, buf in enumerate(problem.buffers):
        ports = [problem.ports[i] for i in problem.ports_of[b]]
        layout = current[b]
        if layout is None:
            wants = [p.wants(0) for p in ports if p.write and p.wants(0) is not None]
            layout = (
                layout_with(wants[0], len(buf.candidates[0].order), buf.candidates[0].align)
                if wants
                else buf.candidates[0]
            )
        n += sum(1 for p in ports if p.wants(0) is not None and p.wants(0) != layout.vector)
    return n
