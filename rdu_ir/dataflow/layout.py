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
then units in min-scope order), after dropping unit choices that provably cannot pay off;
ties go to the lowest index (the current configuration is listed first), so the result is
deterministic. When the tables would hold more than `TABLE_LIMIT` entries in all (graphs of
many units sharing buffers, e.g. a GEMM spread over 64 PCUs), units are instead improved one
at a time from their current choices until none improves (coordinate descent: a local
optimum, `Solution.exact` is False); buffer layouts are then still optimal for those choices.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Sequence
from dataclasses import dataclass, field

TRANSPOSE_COST = 1
TABLE_LIMIT = 1 << 15


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


def _prune(problem: Problem) -> list[list[int]]:
    """Each unit's choices that may be optimal. A choice that costs at least the unit's
    cheapest choice plus what its ports could save (each port changes its buffer's cost by at
    most one conversion) never beats the cheapest one, so dropping it keeps the optimum."""
    saving = [0] * len(problem.units)
    for p in problem.ports:
        if p.unit is not None:
            saving[p.unit] += problem.buffers[p.buffer].conversion_cost
    domains = []
    for u, unit in enumerate(problem.units):
        low = min(unit.costs)
        domains.append([c for c, cost in enumerate(unit.costs) if cost < low + saving[u] or cost == low])
    return domains


def _buffer_factor(problem: Problem, b: int, domains: list[list[int]]) -> Factor:
    scope = tuple(problem.units_of(b))
    table: dict[tuple[int, ...], int] = {}
    choices = [0] * len(problem.units)
    ports = [problem.ports[i] for i in problem.ports_of[b]]
    memo: dict[tuple[int | None, ...], int] = {}
    for combo in itertools.product(*(domains[u] for u in scope)):
        for u, c in zip(scope, combo):
            choices[u] = c
        wants = tuple(p.wants(choices[p.unit] if p.unit is not None else 0) for p in ports)
        if wants not in memo:  # the buffer's cost depends only on what its ports want
            memo[wants] = best_layout(problem, b, choices)[0]
        table[combo] = memo[wants]
    return scope, table


def _size(domains: list[list[int]], scope: Sequence[int]) -> int:
    return math.prod(len(domains[u]) for u in scope)


def _eliminate(problem: Problem, domains: list[list[int]]) -> dict[int, int] | None:
    """Optimal choices within `domains`, or None when the tables would hold more than
    `TABLE_LIMIT` entries in all."""
    budget = TABLE_LIMIT
    factors: list[Factor] = []
    for b in range(len(problem.buffers)):
        budget -= _size(domains, problem.units_of(b))
        if budget < 0:
            return None
        factors.append(_buffer_factor(problem, b, domains))
    for u in range(len(problem.units)):
        factors.append(((u,), {(c,): problem.units[u].costs[c] for c in domains[u]}))
    steps: list[tuple[int, tuple[int, ...], dict[tuple[int, ...], int]]] = []
    remaining = list(range(len(problem.units)))
    while remaining:

        def merged_scope(u: int, factors: list[Factor] = factors) -> tuple[int, ...]:
            return tuple(sorted({v for s, _ in factors if u in s for v in s} - {u}))

        u = min(remaining, key=lambda v: (_size(domains, merged_scope(v)), v))
        scope = merged_scope(u)
        budget -= _size(domains, scope) * len(domains[u])
        if budget < 0:
            return None
        mine = [f for f in factors if u in f[0]]
        factors = [f for f in factors if u not in f[0]]
        table: dict[tuple[int, ...], int] = {}
        arg: dict[tuple[int, ...], int] = {}
        for combo in itertools.product(*(domains[v] for v in scope)):
            env = dict(zip(scope, combo))
            best, best_c = math.inf, 0
            for c in domains[u]:
                env[u] = c
                cost = sum(t[tuple(env[v] for v in s)] for s, t in mine)
                if cost < best:
                    best, best_c = cost, c
            table[combo] = best  # type: ignore[assignment]
            arg[combo] = best_c
        factors.append((scope, table))
        steps.append((u, scope, arg))
        remaining.remove(u)
    chosen: dict[int, int] = {}
    for u, scope, arg in reversed(steps):
        chosen[u] = arg[tuple(chosen[v] for v in scope)]
    return chosen


def _local_search(problem: Problem, domains: list[list[int]]) -> dict[int, int]:
    """Coordinate descent from the current configuration: each unit in turn takes its best
    choice given the others, until no unit changes (every sweep strictly lowers the cost)."""
    choices = [0 if 0 in d else d[0] for d in domains]
    buffers_of = [sorted({p.buffer for p in problem.ports if p.unit == u}) for u in range(len(problem.units))]
    changed = True
    while changed:
        changed = False
        for u, dom in enumerate(domains):

            def local(c: int) -> int:
                choices[u] = c
                return problem.units[u].costs[c] + sum(best_layout(problem, b, choices)[0] for b in buffers_of[u])

            current = choices[u]
            costs = {c: local(c) for c in dom}
            best = min(dom, key=lambda c: (costs[c], c != current, c))
            choices[u] = best
            changed |= best != current and costs[best] < costs[current]
    return dict(enumerate(choices))


@dataclass
class Solution:
    choices: list[int]
    layouts: list[int]
    cost: int
    exact: bool
    resolutions: list[Resolution]


def solve(problem: Problem) -> Solution:
    """The minimum-cost unit choices and buffer layouts (see the module docstring)."""
    domains = _prune(problem)
    out = _eliminate(problem, domains)
    exact = out is not None
    if out is None:
        out = _local_search(problem, domains)
    choices = [out[u] for u in range(len(problem.units))]
    layouts = [best_layout(problem, b, choices)[1] for b in range(len(problem.buffers))]
    resolutions = [resolve(problem, b, problem.buffers[b].candidates[k], choices)[1] for b, k in enumerate(layouts)]
    return Solution(choices, layouts, total_cost(problem, choices, layouts), exact, resolutions)


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
