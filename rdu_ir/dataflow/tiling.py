"""The ta-to-df cost model: parallel factors, tile sizes, vector and unrolled counters, and the
split of a generic's body into a chain of compute units.

For one generic (see `generic.py`):

1. *Chains.* The body is cut into units of at most `pcu_stages` stages. A reducing generic
   keeps its main phase (everything up to the reduction) in the first unit; its drain-phase
   ops (epilogue) either share that unit — lowering how many stages the systolic reduction can
   unroll over — or move to units of their own. Both variants are costed.
2. *Parallel factors.* Every parallel (output) dim d gets a factor p_d dividing its size; the
   p = prod p_d chains each own one block of the output. Candidates are all such vectors with
   p x chain length <= the PCU count (or `max_units`).
3. *Tiles.* A unit's block is streamed in tiles. Tiles start as the whole block and the largest
   dim of any buffer that does not fit a PMU (double-buffered: 2 x tile bytes <= capacity)
   is halved to a divisor of its block size, reduction dims first (so an output block stays
   resident and only the reduction is streamed).
4. *Vector and unroll.* The vector counter is the innermost output dim when its tile fills
   the lanes, else the innermost reduction dim (a lane reduction tree), else the largest tile.
   A reduction over another dim is unrolled over the stages left (systolic accumulation of
   consecutive values), so a matmul unit does lanes x stages multiply-adds a cycle.
5. *Output sharing.* Neighbouring units may write one shared output memory (a declared order
   of writers) when that brings the memory units within the chip's PMUs.
6. *Cost.* ideal cycles of the slowest unit (one issue slot a cycle, plus a pipeline fill per
   tile step) against the DRAM cycles of all loads and stores at the chip's bandwidth; cost =
   max of the two + `pcu_stages` per compute and memory unit used. The smallest cost wins; ties go to fewer units,
   then to the first candidate in a fixed order — the choice is deterministic.

`par` and `tile` options override steps 2 and 3.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from xdsl.dialects.builtin import AnyFloat, IntegerType
from xdsl.ir import Attribute
from xdsl.ir.affine import AffineMap

from rdu_ir.chip import Chip
from rdu_ir.dataflow.affine import linear_form
from rdu_ir.dataflow.generic import Generic

DEPTH = 2
"""Tiles every streamed buffer holds: double buffering."""


@dataclass(frozen=True)
class Plan:
    par: tuple[int, ...]
    tile: tuple[int, ...]
    vector: int
    unroll: tuple[int, int] | None
    chunks: tuple[tuple[int, ...], ...]
    cycles: int
    dram_cycles: int
    units: int
    out_group: int = 1
    """Units along the last output dim that share one output memory (declared writer order)."""
    memories: int = 0
    exposed_cycles: int = 0
    """DRAM time before the first and after the last tile of every unit, which nothing overlaps."""

    def blocks(self, sizes: Sequence[int]) -> list[int]:
        return [s // p for s, p in zip(sizes, self.par)]


class PlanError(Exception):
    """An option that cannot apply to a generic (the pass reports it at the op)."""


def element_bytes(t: Attribute) -> int:
    if isinstance(t, IntegerType):
        return max(1, t.width.data // 8)
    if isinstance(t, AnyFloat):
        return max(1, t.bitwidth // 8)
    return 4


def divisors(n: int) -> list[int]:
    return [d for d in range(1, n + 1) if n % d == 0]


def input_extent(amap: AffineMap, tile: Sequence[int]) -> list[int]:
    """Buffer shape a tile of the domain needs from an input: the bounding box of the map's
    image when every result is a non-negative combination of dims, else one axis per dim
    used (a gather done by the load)."""
    forms = [linear_form(e, amap.num_dims) for e in amap.results]
    if all(f is not None and all(c >= 0 for c in f[0]) for f in forms):
        return [sum(c * (tile[d] - 1) for d, c in enumerate(f[0])) + 1 for f in forms]  # type: ignore[index]
    return [tile[d] for d in sorted(amap.used_dims())]


def out_dims(g: Generic) -> list[int]:
    """The dim each output index follows (output maps are `d + offset`)."""
    dims = []
    for e in g.out_map.results:
        f = linear_form(e, g.rank)
        nz = [d for d, c in enumerate(f[0]) if c] if f else []
        if f is None or len(nz) != 1 or f[0][nz[0]] != 1:
            raise PlanError(f"unsupported output map {g.out_map}")
        dims.append(nz[0])
    return dims


def node_stages(g: Generic, j: int, vector: int, lanes: int) -> int:
    n = g.nodes[j]
    if n.op == "const":
        return 0
    if n.op in ("reduce", "mac") and vector >= 0 and g.red[vector]:
        return 1 + max(1, math.ceil(math.log2(max(lanes, 2))))
    return 1


def _greedy(indices: Sequence[int], cost, limit: int) -> list[list[int]]:
    chunks: list[list[int]] = [[]]
    used = 0
    for j in indices:
        c = cost(j)
        if chunks[-1] and used + c > limit:
            chunks.append([])
            used = 0
        chunks[-1].append(j)
        used += c
    return chunks


def chain_variants(g: Generic, chip: Chip) -> list[list[list[int]]]:
    """Ways to cut the body into units (lists of node indices, in order)."""
    S = chip.pcu_stages
    cost = lambda j: 0 if g.nodes[j].op == "const" else 1
    r = g.reduction_index()
    if r is None:
        return [_greedy(range(len(g.nodes)), cost, S)]
    main = list(range(r + 1))
    drain = list(range(r + 1, len(g.nodes)))
    main_cost = sum(cost(j) for j in main)
    if not any(cost(j) for j in drain):
        return [[main + drain]]
    fused = _greedy(drain, cost, max(1, S - main_cost))
    variants = []
    if main_cost + sum(cost(j) for j in fused[0]) <= S:
        variants.append([main + fused[0]] + _greedy([j for c in fused[1:] for j in c], cost, S))
    variants.append([main] + _greedy(drain, cost, S))
    return [[c for c in v if c] for v in variants]


def fit_tiles(g: Generic, blocks: Sequence[int], chip: Chip) -> list[int]:
    tile = list(blocks)
    eb = element_bytes(g.element_type)
    cap = chip.pmu_capacity_bytes
    odims = out_dims(g)
    while True:
        worst: tuple[int, list[int]] | None = None
        for inp in g.inputs:
            n = math.prod(input_extent(inp.map, tile))
            if n * eb * DEPTH > cap and (worst is None or n > worst[0]):
                worst = (n, sorted(inp.map.used_dims()))
        n_out = math.prod(tile[d] for d in odims)
        if n_out * eb * DEPTH > cap and (worst is None or n_out > worst[0]):
            worst = (n_out, odims)
        if worst is None:
            return tile
        cands = [d for d in worst[1] if tile[d] > 1]
        if not cands:
            return tile
        d = max(cands, key=lambda d: (g.red[d], tile[d], d))
        tile[d] = max(x for x in divisors(blocks[d]) if x <= max(1, tile[d] // 2))


def choose_vector(g: Generic, tile: Sequence[int], lanes: int) -> int:
    if not g.rank:
        return -1
    odims = out_dims(g)
    if odims and tile[odims[-1]] >= lanes:
        return odims[-1]
    reds = [d for d in g.red_dims() if tile[d] >= lanes]
    if reds:
        return reds[-1]
    return max(range(g.rank), key=lambda d: (tile[d], d))


def evaluate(g: Generic, chip: Chip, par: Sequence[int], tile: Sequence[int], chunks) -> Plan:
    lanes, S = chip.pcu_lanes, chip.pcu_stages
    vector = choose_vector(g, tile, lanes)
    r = g.reduction_index()
    unroll = None
    if r is not None:
        main_cost = sum(node_stages(g, j, vector, lanes) for j in chunks[0] if j <= r)
        drain0 = sum(node_stages(g, j, vector, lanes) for j in chunks[0] if j > r)
        budget = max(1, (S - drain0) // max(1, main_cost))
        cands = [d for d in g.red_dims() if d != vector and tile[d] > 1]
        if cands and budget > 1:
            d = max(cands, key=lambda d: (tile[d], d))
            unroll = (d, min(budget, tile[d]))
    blocks = [s // p for s, p in zip(g.sizes, par)]
    trips = [b // t for b, t in zip(blocks, tile)]
    steps = math.prod(trips)
    groups = math.prod(trips[d] for d in g.par_dims())

    def iters(dims) -> int:
        n = 1
        for d in dims:
            t = tile[d]
            if d == vector:
                t = -(-t // lanes)
            elif unroll and d == unroll[0]:
                t = -(-t // unroll[1])
            n *= t
        return n

    all_dims = range(g.rank)
    if r is not None:
        unit_cycles = [steps * (iters(all_dims) + S) + groups * iters(g.par_dims())]
        unit_cycles += [groups * (iters(g.par_dims()) + S)] * (len(chunks) - 1)
    else:
        unit_cycles = [steps * (iters(all_dims) + S)] * len(chunks)
    eb = element_bytes(g.element_type)
    dram = 0
    par_set = set(g.par_dims())
    for i, inp in enumerate(g.inputs):
        loaders = math.prod(par[d] for d in inp.map.used_dims() if d in par_set)
        n_steps = groups if g.input_is_drain(i) else steps
        dram += loaders * n_steps * math.prod(input_extent(inp.map, tile)) * eb
    dram += math.prod(g.out_value.type.get_shape()) * eb  # type: ignore[attr-defined]
    dram_cycles = math.ceil(dram / chip.dram_bytes_per_cycle)
    units = math.prod(par) * len(chunks)
    in_mems = 0
    for i, inp in enumerate(g.inputs):
        in_mems += math.prod(par[d] for d in inp.map.used_dims() if d in par_set)
    group = out_group(g, chip, par, tile, trips, in_mems)
    memories = in_mems + math.prod(par) // group
    first_inputs = sum(
        math.prod(par[d] for d in inp.map.used_dims() if d in par_set) * math.prod(input_extent(inp.map, tile)) * eb
        for inp in g.inputs
    )
    last_outputs = math.prod(par) * math.prod(tile[d] for d in out_dims(g)) * eb
    exposed = math.ceil((first_inputs + last_outputs) / chip.dram_bytes_per_cycle)
    return Plan(tuple(par), tuple(tile), vector, unroll, tuple(tuple(c) for c in chunks),
                max(unit_cycles), dram_cycles, units, group, memories, exposed)  # fmt: skip


def out_group(g: Generic, chip: Chip, par, tile, trips, in_mems: int) -> int:
    """How many neighbouring units (along the last output dim, when each owns a single tile
    of it) write one shared output memory: the fewest that bring the graph's memory units
    within the chip's PMUs, as long as the shared tile still fits a PMU double-buffered."""
    odims = out_dims(g)
    if not odims:
        return 1
    d = odims[-1]
    if trips[d] != 1:
        return 1
    eb = element_bytes(g.element_type)
    tile_bytes = math.prod(tile[x] for x in odims) * eb * DEPTH
    units = math.prod(par)
    best = 1
    for k in divisors(par[d]):
        if k * tile_bytes > chip.pmu_capacity_bytes:
            break
        best = k
        if in_mems + units // k <= chip.num_pmus:
            break
    return best


def cost(plan: Plan, chip: Chip) -> int:
    return max(plan.cycles, plan.dram_cycles) + chip.pcu_stages * (plan.units + plan.memories)


def _par_candidates(g: Generic, budget: int) -> list[list[int]]:
    dims = [d for d in g.par_dims() if g.sizes[d] > 1]
    out: list[list[int]] = []

    def rec(i: int, cur: list[int], prod: int) -> None:
        if i == len(dims):
            out.append(list(cur))
            return
        d = dims[i]
        for x in divisors(g.sizes[d]):
            if prod * x > budget:
                break
            cur[d] = x
            rec(i + 1, cur, prod * x)
        cur[d] = 1

    rec(0, [1] * g.rank, 1)
    return out


def plan_generic(
    g: Generic,
    chip: Chip,
    par: Sequence[int] = (),
    tile: Sequence[int] = (),
    max_units: int = 0,
) -> Plan:
    """The cheapest plan for `g` (see the module docstring); `par` (one factor per parallel
    dim) and `tile` (one size per domain dim) override the search when their length fits."""
    limit = max_units or chip.num_pcus
    best: tuple[int, int, Plan] | None = None
    par_dims = g.par_dims()
    for chunks in chain_variants(g, chip):
        if par and len(par) == len(par_dims):
            full = [1] * g.rank
            for d, p in zip(par_dims, par):
                if p < 1 or g.sizes[d] % p:
                    raise PlanError(f"par factor {p} does not divide dimension {d} of size {g.sizes[d]}")
                full[d] = p
            candidates = [full]
        else:
            candidates = _par_candidates(g, max(1, limit // len(chunks)))
        for cand in candidates:
            blocks = [s // p for s, p in zip(g.sizes, cand)]
            if tile and len(tile) == g.rank:
                for d, (t, b) in enumerate(zip(tile, blocks)):
                    if t < 1 or b % t:
                        raise PlanError(f"tile size {t} does not divide the block size {b} of dimension {d}")
                tiles = list(tile)
            else:
                tiles = fit_tiles(g, blocks, chip)
            plan = evaluate(g, chip, cand, tiles, chunks)
            key = (cost(plan, chip), plan.units)
            if best is None or key < best[:2]:
                best = (key[0], key[1], plan)
    assert best is not None
    return best[2] if tile else overlap_output_tiles(g, chip, best[2])


def overlap_output_tiles(g: Generic, chip: Chip, plan: Plan) -> Plan:
    """Step 7: for a unit that holds its output tile over a streamed reduction (a contraction
    over several K tiles), with the chosen parallel factors, halve an outer output dim of the tile (once or
    twice) when the DRAM time no pipelining hides — every unit's first input tiles and, above
    all, its last output tile, stored by all units at once at the very end — shrinks by more than
    the extra work costs. A unit then owns several output tiles and stores one while computing
    the next. The last output dim is left alone (neighbours share output memories along it), and
    a variant needing more memory units is never taken."""
    blocks = plan.blocks(g.sizes)
    if not any(blocks[d] > plan.tile[d] for d in g.red_dims()):
        return plan  # the output is not held over a streamed reduction: it drains as it goes
    best, best_cost = plan, cost(plan, chip) + plan.exposed_cycles
    odims = out_dims(g)[:-1]
    tile = list(plan.tile)
    for _ in range(2):
        cands = [d for d in odims if tile[d] // 2 >= 1 and blocks[d] % (tile[d] // 2) == 0 and tile[d] > 1]
        if not cands:
            break
        d = max(cands, key=lambda d: (tile[d], -d))
        tile = list(tile)
        tile[d] //= 2
        variant = evaluate(g, chip, plan.par, tile, plan.chunks)
        variant_cost = cost(variant, chip) + variant.exposed_cycles
        if variant.memories <= plan.memories and variant_cost < best_cost:
            best, best_cost = variant, variant_cost
    return best
