"""Placement: give every physical unit of a netlist a site of its kind, by simulated annealing.

The cost of a placement is the total route length of its nets plus `timing_weight` times
the critical-path hops. A net's length is the Manhattan distance between the nearest
switches of its two units (exactly the hops of an uncongested route), and the critical path
is the longest source-to-sink path of the netlist measured in those hops (cycles are cut at
back edges of a depth-first search).

The annealer follows VPR (Betz & Rose 1997): range-limited moves and swaps, an adaptive
temperature schedule driven by the acceptance rate, and a range limit steered towards a 44%
acceptance rate; a share of the moves aim at the median of the moved unit's neighbours. The critical path is not incremental, so as in VPR's timing-driven
placer each net is weighted by `1 + timing_weight * criticality**8`, criticalities being
recomputed at every temperature; a move's cost delta then only reads the nets of the (at
most two) moved units, kept incrementally in flat lists. Deterministic for a seed.
"""

from __future__ import annotations

import math
import random
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np

from rdu_ir.allocation.fabric import UNIT_KINDS, Fabric, Site, manhattan_gap
from rdu_ir.chip import Chip
from rdu_ir.progress import progress
from rdu_ir.diagnostics import RduError


@dataclass(frozen=True)
class Netlist:
    """Units (by kind) and two-pin nets between them; optional pinned sites.

    `nets[i] = (source unit, destination unit)`; a producer with several consumers has one
    net per consumer. `pins` maps a unit to the site it must occupy.
    """

    kinds: tuple[str, ...]
    nets: tuple[tuple[int, int], ...]
    names: tuple[str, ...] | None = None
    pins: Mapping[int, Site] = field(default_factory=dict)

    def name(self, unit: int) -> str:
        return self.names[unit] if self.names else f"unit {unit}"


@dataclass(frozen=True)
class Placement:
    sites: tuple[Site, ...]
    """The site of every unit, in netlist order."""
    cost: float
    wirelength: int
    critical_path: int
    initial_cost: float
    initial_wirelength: int
    initial_critical_path: int
    moves: int
    temperatures: int


MAX_TEMPERATURES = 300
"""Cap on temperature steps (a safety net; VPR's exit criterion normally stops earlier)."""
STALE_TEMPERATURES = 12
"""Stop after this many temperatures without a 0.1% improvement of the weighted wire length."""
MEDIAN_MOVES = 0.3
"""Share of moves aimed at the median of the moved unit's neighbours instead of a random
site within the range limit (a directed move: it converges faster at the same effort)."""


class PlacementError(RduError):
    """The netlist cannot be placed on the chip (too many units of a kind, bad pins)."""


def net_lengths(fabric: Fabric, netlist: Netlist, sites: Sequence[Site]) -> np.ndarray:
    """The Manhattan length (hops) of every net under the placement `sites`."""
    spans = [fabric.span(k, s) for k, s in zip(netlist.kinds, sites)]
    return np.array([manhattan_gap(spans[a], spans[b]) for a, b in netlist.nets], dtype=np.int64)


def _topology(n_units: int, nets: Sequence[tuple[int, int]]) -> tuple[list[int], list[bool]]:
    """A topological order of the units and, per net, whether it is kept (not a back edge)."""
    out: list[list[tuple[int, int]]] = [[] for _ in range(n_units)]
    for i, (a, b) in enumerate(nets):
        out[a].append((i, b))
    state = [0] * n_units  # 0 new, 1 on stack, 2 done
    keep = [True] * len(nets)
    post: list[int] = []
    for root in range(n_units):
        if state[root]:
            continue
        stack = [(root, 0)]
        state[root] = 1
        while stack:
            u, k = stack[-1]
            if k < len(out[u]):
                stack[-1] = (u, k + 1)
                i, v = out[u][k]
                if state[v] == 1:
                    keep[i] = False
                elif state[v] == 0:
                    state[v] = 1
                    stack.append((v, 0))
            else:
                state[u] = 2
                post.append(u)
                stack.pop()
    post.reverse()
    return post, keep


def critical_path(n_units: int, nets: Sequence[tuple[int, int]], delay: Sequence[int]) -> int:
    """The longest path of the netlist (back edges cut) with `delay[i]` per net."""
    order, keep = _topology(n_units, nets)
    return int(_arrival_tail(n_units, nets, delay, order, keep)[2])


def _arrival_tail(n_units, nets, delay, order, keep):
    incoming: list[list[int]] = [[] for _ in range(n_units)]
    outgoing: list[list[int]] = [[] for _ in range(n_units)]
    for i, (a, b) in enumerate(nets):
        if keep[i]:
            incoming[b].append(i)
            outgoing[a].append(i)
    arrival = [0] * n_units
    for u in order:
        for i in incoming[u]:
            t = arrival[nets[i][0]] + delay[i]
            arrival[u] = max(arrival[u], t)
    tail = [0] * n_units
    for u in reversed(order):
        for i in outgoing[u]:
            t = tail[nets[i][1]] + delay[i]
            tail[u] = max(tail[u], t)
    return arrival, tail, max(arrival, default=0)


def place(
    chip: Chip | Fabric,
    netlist: Netlist,
    *,
    seed: int = 0,
    timing_weight: float = 1.0,
    effort: float = 1.0,
    anneal: bool = True,
) -> Placement:
    """Place `netlist` on `chip`; raises PlacementError when it cannot fit.

    `effort` scales the moves tried per temperature (`8 * effort` per movable unit); `anneal=False`
    returns the seeded random initial placement (useful as a baseline).
    """
    fabric = chip if isinstance(chip, Fabric) else Fabric(chip)
    n = len(netlist.kinds)
    _check(fabric, netlist)

    rng = random.Random(seed)
    # Per kind: sites, spans and a grid lookup (row, col) -> site index.
    kind_sites: dict[str, list[Site]] = {k: fabric.sites(k) for k in UNIT_KINDS}
    kind_span = {k: [fabric.span(k, s) for s in kind_sites[k]] for k in UNIT_KINDS}
    kind_index = {k: {s: i for i, s in enumerate(kind_sites[k])} for k in UNIT_KINDS}
    occupant: dict[str, list[int]] = {k: [-1] * len(kind_sites[k]) for k in UNIT_KINDS}

    # Initial placement: pins first, then a seeded random permutation of the free sites.
    site_of = [-1] * n
    for u, s in sorted(netlist.pins.items()):
        i = kind_index[netlist.kinds[u]][s]
        site_of[u] = i
        occupant[netlist.kinds[u]][i] = u
    for k in UNIT_KINDS:
        free = [i for i, o in enumerate(occupant[k]) if o < 0]
        rng.shuffle(free)
        units = [u for u in range(n) if netlist.kinds[u] == k and site_of[u] < 0]
        for u, i in zip(units, free):
            site_of[u] = i
            occupant[k][i] = u
    pinned = [False] * n
    for u in netlist.pins:
        pinned[u] = True

    kinds = netlist.kinds
    nets = [(a, b) for a, b in netlist.nets]
    spans = [kind_span[kinds[u]][site_of[u]] for u in range(n)]
    degree = [0] * n
    for a, b in nets:
        if a != b:  # a net from a unit to itself never changes length
            degree[a] += 1
            degree[b] += 1

    def length(i: int) -> int:
        a, b = nets[i]
        sa, sb = spans[a], spans[b]
        return max(0, sb[0] - sa[1], sa[0] - sb[1]) + max(0, sb[2] - sa[3], sa[2] - sb[3])

    lengths = [length(i) for i in range(len(nets))]
    order, keep = _topology(n, nets)

    def true_cost() -> tuple[float, int, int]:
        wl = sum(lengths)
        cp = _arrival_tail(n, nets, lengths, order, keep)[2]
        return wl + timing_weight * cp, wl, cp

    initial_cost, initial_wl, initial_cp = true_cost()
    movable = [u for u in range(n) if not pinned[u] and degree[u]]
    if not anneal or not movable or not nets:
        return _result(fabric, kind_sites, kinds, site_of, true_cost(), initial_cost, initial_wl,
                       initial_cp, 0, 0)

    def criticality_weights() -> list[float]:
        if timing_weight == 0:
            return [1.0] * len(nets)
        delay = [x + 1 for x in lengths]
        arrival, tail, total = _arrival_tail(n, nets, delay, order, keep)
        w = [1.0] * len(nets)
        for i, (a, b) in enumerate(nets):
            if keep[i] and total > 0:
                crit = (arrival[a] + delay[i] + tail[b]) / total
                w[i] = 1.0 + timing_weight * crit**8
        return w

    weight = criticality_weights()
    grid_rows, grid_cols = fabric.chip.rows, fabric.chip.cols
    max_range = max(grid_rows, grid_cols)
    rlim = float(max_range)
    # adjacent[u]: (net, other end) for every net of u; the hot loop reads only these.
    adjacent: list[list[tuple[int, int]]] = [[] for _ in range(n)]
    for i, (a, b) in enumerate(nets):
        if a != b:
            adjacent[a].append((i, b))
            adjacent[b].append((i, a))
    index_of = [kind_index[k] for k in kinds]
    sites_of = [kind_sites[k] for k in kinds]
    spans_of = [kind_span[k] for k in kinds]
    occupant_of = [occupant[k] for k in kinds]
    is_agcu = [k == "agcu" for k in kinds]
    rand = rng.random
    exp = math.exp

    def try_move(u: int, temperature: float) -> tuple[bool, float]:
        """Move u to a random site within the range limit (swapping with its occupant)."""
        sites = sites_of[u]
        su = site_of[u]
        t = -1
        for _ in range(6):  # a few tries at a legal target other than the current site
            if is_agcu[u]:
                t = int(rand() * len(sites))
            else:
                if rand() < MEDIAN_MOVES:
                    # Towards the median of the unit's neighbours, where its wire length
                    # is least; the range limit becomes the jitter around it.
                    rs = sorted(spans[w][0] for _, w in adjacent[u])
                    cs = sorted(spans[w][2] for _, w in adjacent[u])
                    r0, c0 = rs[len(rs) // 2], cs[len(cs) // 2]
                    lim = 1
                else:
                    r0, c0 = sites[su]  # type: ignore[misc]
                    lim = int(rlim) if rlim >= 1 else 1
                width = 2 * lim + 1
                r = r0 + int(rand() * width) - lim
                c = c0 + int(rand() * width) - lim
                r = 0 if r < 0 else (grid_rows - 1 if r >= grid_rows else r)
                c = 0 if c < 0 else (grid_cols - 1 if c >= grid_cols else c)
                index = index_of[u]
                t = index.get((r, c), -1)
                if t < 0:  # a site of the other kind: the neighbouring column usually has ours
                    t = index.get((r, c + 1 if c + 1 < grid_cols else c - 1), -1)
            if t >= 0 and t != su:
                break
        else:
            return False, 0.0
        occ = occupant_of[u]
        v = occ[t]
        if v >= 0 and pinned[v]:
            return False, 0.0
        new_u = spans_of[u][t]
        new_v = spans_of[u][su]
        delta = 0.0
        changes = []
        # Inlined manhattan_gap: this loop is the annealer's hot path.
        for i, w in adjacent[u]:
            sb = new_v if w == v else spans[w]
            x = sb[0] - new_u[1] if sb[0] > new_u[1] else (new_u[0] - sb[1] if new_u[0] > sb[1] else 0)
            if sb[2] > new_u[3]:
                x += sb[2] - new_u[3]
            elif new_u[2] > sb[3]:
                x += new_u[2] - sb[3]
            changes.append((i, x))
            delta += weight[i] * (x - lengths[i])
        if v >= 0:
            for i, w in adjacent[v]:
                if w == u:
                    continue  # counted with u
                sb = spans[w]
                x = sb[0] - new_v[1] if sb[0] > new_v[1] else (new_v[0] - sb[1] if new_v[0] > sb[1] else 0)
                if sb[2] > new_v[3]:
                    x += sb[2] - new_v[3]
                elif new_v[2] > sb[3]:
                    x += new_v[2] - sb[3]
                changes.append((i, x))
                delta += weight[i] * (x - lengths[i])
        if delta <= 0 or (temperature > 0 and rand() < exp(-delta / temperature)):
            for i, x in changes:
                lengths[i] = x
            site_of[u] = t
            spans[u] = new_u
            occ[t] = u
            occ[su] = v
            if v >= 0:
                site_of[v] = su
                spans[v] = new_v
            return True, delta
        return False, delta

    # Initial temperature from the spread of cost deltas of random moves (all accepted).
    deltas = []
    for _ in range(min(len(movable), 2000)):
        deltas.append(try_move(movable[rng.randrange(len(movable))], math.inf)[1])
    temperature = max(float(np.std(deltas)), 1e-3)
    n_movable = len(movable)
    moves_per_temp = max(64, int(effort * 8 * n_movable))
    total_moves = len(deltas)
    temps = 0
    cost_scale = max(len(nets), 1)
    best, stale = math.inf, 0
    bar = progress("placing (annealing steps)")  # shown only on a terminal, and not with --quiet
    while True:
        accepted = 0
        for _ in range(moves_per_temp):
            ok, _d = try_move(movable[int(rng.random() * n_movable)], temperature)
            accepted += ok
        total_moves += moves_per_temp
        temps += 1
        bar.update()
        rate = accepted / moves_per_temp
        weight = criticality_weights()
        wl_weighted = sum(w * x for w, x in zip(weight, lengths))
        # VPR's exit: the temperature is small against the average net cost. Also stop when
        # the placement is perfect or has not improved by 0.1% for STALE_TEMPERATURES steps
        # (zero-cost moves keep the acceptance rate, and so the temperature, up).
        if wl_weighted < best * 0.999:
            best, stale = wl_weighted, 0
        else:
            stale += 1
        if (
            wl_weighted == 0
            or temperature < 0.005 * wl_weighted / cost_scale
            or stale >= STALE_TEMPERATURES
            or temps >= MAX_TEMPERATURES
        ):
            break
        if rate > 0.96:
            temperature *= 0.5
        elif rate > 0.8:
            temperature *= 0.9
        elif rate > 0.15:
            temperature *= 0.95
        else:
            temperature *= 0.8
        rlim = min(max_range, max(1.0, rlim * (1 - 0.44 + rate)))
    bar.close()
    # Final quench: greedy moves only.
    for _ in range(moves_per_temp):
        try_move(movable[int(rng.random() * n_movable)], 0.0)
    total_moves += moves_per_temp
    return _result(fabric, kind_sites, kinds, site_of, true_cost(), initial_cost, initial_wl,
                   initial_cp, total_moves, temps)


def _result(fabric, kind_sites, kinds, site_of, final, initial_cost, initial_wl, initial_cp,
            moves, temps) -> Placement:
    cost, wl, cp = final
    return Placement(
        sites=tuple(kind_sites[k][i] for k, i in zip(kinds, site_of)),
        cost=float(cost),
        wirelength=int(wl),
        critical_path=int(cp),
        initial_cost=float(initial_cost),
        initial_wirelength=int(initial_wl),
        initial_critical_path=int(initial_cp),
        moves=moves,
        temperatures=temps,
    )


def _check(fabric: Fabric, netlist: Netlist) -> None:
    chip = fabric.chip
    n = len(netlist.kinds)
    if netlist.names is not None and len(netlist.names) != n:
        raise PlacementError("error: netlist: one name per unit expected")
    for u, k in enumerate(netlist.kinds):
        if k not in UNIT_KINDS:
            raise PlacementError(f"error: {netlist.name(u)}: unknown unit kind '{k}'")
    for a, b in netlist.nets:
        if not (0 <= a < n and 0 <= b < n):
            raise PlacementError(f"error: netlist: net ({a}, {b}) names a unit outside 0..{n - 1}")
    for k in UNIT_KINDS:
        need = sum(1 for x in netlist.kinds if x == k)
        have = len(fabric.sites(k))
        if need > have:
            raise PlacementError(
                f"error: the design needs {need} {k.upper()}s but chip '{chip.name}' has {have}"
            )
    taken: dict[tuple[str, Site], int] = {}
    for u, s in sorted(netlist.pins.items()):
        if not 0 <= u < n:
            raise PlacementError(f"error: pin for unit {u} outside 0..{n - 1}")
        k = netlist.kinds[u]
        why = fabric.site_ok(k, s)
        if why is not None:
            raise PlacementError(f"error: {netlist.name(u)} pinned to an illegal site: {why}")
        if (k, s) in taken:
            raise PlacementError(
                f"error: {netlist.name(taken[(k, s)])} and {netlist.name(u)} are both pinned to {s}"
            )
        taken[(k, s)] = u
