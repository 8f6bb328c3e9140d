"""Relocating a loaded program into the free part of a chip that already runs others.

A bitstream is compiled as if it had the chip alone. To load it beside programs already
there, the runtime first tries to *move* it: add one offset (dr, dc) to every PCU/PMU site of
every section. An offset is legal when each unit lands inside the grid, on a site of its own
kind (on a checkerboard only offsets with dr + dc even keep PCUs on PCU sites) and on a site
no other program holds. Routes between moved units move with them (every hop shifted, so
their shape and length are kept); routes touching an AGCU cannot move (AGCUs sit on the edge
and are time-shared), so they are re-routed from the AGCU's switch, and when they find no
free path the transfers try the other AGCUs (indices rotated), which changes timing only.
Every link must keep, together with the other programs' routes, at most the chip's tracks of
each network. Offsets are tried nearest first; at each, if the moved routes overflow a link,
all routes are re-routed once.

When no offset works, each section is *re-placed* with `rdu_ir.allocation.place.place` (the
sites other programs hold are pinned to dummy units, the AGCUs to themselves) and routed again.

Routes are found by breadth-first search over the links with free tracks (shortest path,
ties broken in a fixed N, S, W, E order, so relocation is deterministic); a route joins the
tree of routes from the same output port where it can, sharing its tracks, exactly as
`rdu.chip`'s verifier counts them. Stream credits that `insert-credits` sized to their link's
round trip (its default `latency` policy) are sized again for the new routes, so a longer
route does not throttle its stream. Only sites, AGCU indices, hops and those credits change,
so the values a program computes do not depend on where it lands.
"""

from __future__ import annotations

from collections import Counter, deque
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

from xdsl.dialects.builtin import DenseArrayBase, IntegerAttr, ModuleOp, i64
from xdsl.ir import Operation

from rdu_ir.chip import Chip
from rdu_ir.diagnostics import RduError, error
from rdu_ir.runtime.chip_state import (
    NETWORKS,
    ChipState,
    Footprint,
    Link,
    configurations,
)

Switch = tuple[int, int]


@dataclass(frozen=True)
class Relocation:
    """How a program was fitted: `how` is "as compiled", "moved" or "re-placed"."""

    how: str
    offset: tuple[int, int] | None
    """The offset added to every site ("as compiled": (0, 0)); None when re-placed."""
    rerouted: int
    """Routes whose hops were found again (not just shifted)."""
    agcus_changed: int = 0
    """AGCU transfers moved to another AGCU."""

    def describe(self) -> str:
        extra = f", {self.agcus_changed} AGCU transfers moved" if self.agcus_changed else ""
        if self.how == "re-placed":
            return f"re-placed ({self.rerouted} routes re-routed{extra})"
        if self.how == "moved":
            return f"moved by {self.offset} ({self.rerouted} routes re-routed{extra})"
        done = f" ({self.rerouted} routes re-routed{extra})" if self.rerouted else ""
        return "loaded where it was compiled" + done


@dataclass
class _Plan:
    """New sites (a grid unit's (row, col), an AGCU transfer's AGCU index) and route hops."""

    sites: dict[Operation, tuple[int, int] | int]
    hops: dict[Operation, list[Switch]]
    rerouted: int


def _grid_units(section) -> list:
    from rdu_ir.dialects.rdu import AgcuOp

    return [u for u in section.units() if not isinstance(u, AgcuOp)]


def _attach(unit, sites: dict[Operation, object], chip: Chip) -> list[Switch]:
    """The switches a unit touches at its planned site (for an AGCU transfer: its AGCU's)."""
    from rdu_ir.dialects.rdu import AgcuOp

    if isinstance(unit, AgcuOp):
        return [chip.agcu_switches()[sites.get(unit, unit.site)]]  # type: ignore[index]
    r, c = sites[unit]
    return [(r, c), (r, c + 1), (r + 1, c), (r + 1, c + 1)]


def _group(route) -> tuple:
    """Routes with the same key carry the same data and share tracks (the verifier's rule)."""
    return (route.network.data, route.source, route.source_port.value.data)


def _usage(routes: Sequence, hops: dict[Operation, list[Switch]]) -> dict[str, Counter[Link]]:
    trees: dict[tuple, set[Link]] = {}
    for r in routes:
        if r in hops:
            trees.setdefault(_group(r), set()).update(pairwise(hops[r]))
    use: dict[str, Counter[Link]] = {n: Counter() for n in NETWORKS}
    for (net, _, _), links in trees.items():
        if net in use:
            use[net].update(links)
    return use


def _neighbours(sw: Switch, chip: Chip) -> list[Switch]:
    r, c = sw
    out = []
    for dr, dc in ((-1, 0), (1, 0), (0, -1), (0, 1)):
        rr, cc = r + dr, c + dc
        if 0 <= rr <= chip.rows and 0 <= cc <= chip.cols:
            out.append((rr, cc))
    return out


def _search(
    chip: Chip,
    starts: dict[Switch, list[Switch]],
    targets: set[Switch],
    usable,
) -> list[Switch] | None:
    """Shortest path (BFS) from any start (with the path that reaches it) to any target."""
    seen: dict[Switch, list[Switch]] = {}
    queue: deque[Switch] = deque()
    for sw in sorted(starts, key=lambda s: (len(starts[s]), s)):
        seen[sw] = starts[sw]
        queue.append(sw)
    while queue:
        sw = queue.popleft()
        if sw in targets:
            return seen[sw]
        for nb in _neighbours(sw, chip):
            if nb not in seen and usable(sw, nb):
                seen[nb] = seen[sw] + [nb]
                queue.append(nb)
    return None


def _finish(section, chip: Chip, state: ChipState, sites, kept: dict, todo: Sequence) -> _Plan | str:
    """Route `todo` around `kept` routes and the other programs; a reason when it cannot."""
    routes = section.routes()
    hops = dict(kept)
    use = _usage(routes, hops)
    for net in NETWORKS:
        for link, n in use[net].items():
            if n + state.used(net, link) > state.capacity(net):
                return f"{net} link {link[0]} -> {link[1]} would be over capacity"
    for r in todo:
        net = r.network.data
        key = _group(r)
        tree: dict[Switch, list[Switch]] = {}
        tree_links: set[Link] = set()
        for other in routes:
            if other in hops and _group(other) == key:
                path = hops[other]
                tree_links.update(pairwise(path))
                for i, sw in enumerate(path):
                    tree.setdefault(sw, path[: i + 1])
        starts = {sw: [sw] for sw in _attach(r.source.owner, sites, chip)}
        for sw, path in tree.items():
            if sw not in starts or len(path) < len(starts[sw]):
                starts[sw] = path
        cap = state.capacity(net)

        def usable(a: Switch, b: Switch, net=net, tree_links=tree_links, cap=cap, use=use) -> bool:
            return (a, b) in tree_links or use[net][(a, b)] + state.used(net, (a, b)) < cap

        path = _search(chip, starts, set(_attach(r.dest.owner, sites, chip)), usable)
        if path is None:
            return (
                f"no free {net} path for the route {r.source.owner.describe()}[{r.source_port.value.data}]"
                f" -> {r.dest.owner.describe()}[{r.dest_port.value.data}]"
            )
        hops[r] = path
        use = _usage(routes, hops)
    return _Plan(sites, hops, len(todo))


def _shifted_sites(section, chip: Chip, state: ChipState, dr: int, dc: int) -> dict | None:
    """The grid units' sites moved by (dr, dc), or None when one lands on an illegal site."""
    sites: dict[Operation, tuple[int, int]] = {}
    for u in _grid_units(section):
        r, c = u.site
        site = (r + dr, c + dc)
        if not (0 <= site[0] < chip.rows and 0 <= site[1] < chip.cols):
            return None
        if chip.unit_kind(*site) != u.KIND or not state.site_free(site):
            return None
        sites[u] = site
    return sites


def _rotate_agcus(section, chip: Chip, rotate: int) -> dict[Operation, int]:
    """Every AGCU transfer moved to AGCU (index + rotate) mod count (values do not depend on it)."""
    from rdu_ir.dialects.rdu import AgcuOp

    if not rotate:
        return {}
    return {u: (u.site + rotate) % chip.agcu_count for u in section.units() if isinstance(u, AgcuOp)}


def _shift(section, chip: Chip, state: ChipState, sites: dict, dr: int, dc: int, reroute_all: bool,
           rotate: int = 0) -> _Plan | str:
    """Routes for the moved units: shifted where possible, else found again."""
    from rdu_ir.dialects.rdu import AgcuOp

    sites = {**sites, **_rotate_agcus(section, chip, rotate)}
    kept: dict[Operation, list[Switch]] = {}
    todo = []
    for r in section.routes():
        agcu = isinstance(r.source.owner, AgcuOp) or isinstance(r.dest.owner, AgcuOp)
        moved = [(a + dr, b + dc) for a, b in r.hop_list]
        in_mesh = all(0 <= a <= chip.rows and 0 <= b <= chip.cols for a, b in moved)
        if reroute_all or not in_mesh or (agcu and ((dr, dc) != (0, 0) or rotate)):
            todo.append(r)
        else:
            kept[r] = moved
    return _finish(section, chip, state, sites, kept, todo)


def _replace(section, chip: Chip, state: ChipState, seed: int, rotate: int = 0) -> _Plan | str:
    from rdu_ir.allocation.place import Netlist, PlacementError, place
    from rdu_ir.dialects.rdu import AgcuOp

    units = _grid_units(section)
    index = {u: i for i, u in enumerate(units)}
    n = len(units)
    kinds = [u.KIND for u in units] + ["agcu"] * chip.agcu_count
    names = [f"@{u.unit_name}" for u in units] + [f"AGCU {i}" for i in range(chip.agcu_count)]
    pins: dict[int, object] = {n + i: i for i in range(chip.agcu_count)}
    for site in sorted(state.owner):  # other programs' sites: dummies pinned there
        pins[len(kinds)] = site
        kinds.append(chip.unit_kind(*site))
        names.append(f"site {site} (taken)")

    agcus = _rotate_agcus(section, chip, rotate)

    def node(unit) -> int:
        return n + agcus.get(unit, unit.site) if isinstance(unit, AgcuOp) else index[unit]

    nets = tuple((node(r.source.owner), node(r.dest.owner)) for r in section.routes())
    try:
        placed = place(chip, Netlist(tuple(kinds), nets, tuple(names), pins), seed=seed)
    except PlacementError as e:
        return str(e).removeprefix("error: ")
    sites = {**{u: placed.sites[i] for u, i in index.items()}, **agcus}
    return _finish(section, chip, state, sites, {}, section.routes())


def _offsets(chip: Chip) -> list[tuple[int, int]]:
    offsets = [(dr, dc) for dr in range(-chip.rows + 1, chip.rows) for dc in range(-chip.cols + 1, chip.cols)]
    return sorted(offsets, key=lambda o: (abs(o[0]) + abs(o[1]), o))


def _latency_sized_streams(section, chip: Chip) -> list[tuple[Operation, Operation, Operation]]:
    """(credit, data route, control route) of the stream credits sized to their link's round
    trip (`insert-credits`' default policy), which must follow when the routes change length."""
    from rdu_ir.dialects.rdu_credits import CreditOp
    from rdu_ir.passes.insert_credits import stream_credits

    routes = {}
    for r in section.routes():
        ends = (r.network.data == "control", r.source, r.source_port.value.data, r.dest, r.dest_port.value.data)
        routes.setdefault(ends, r)
    out = []
    for c in section.body.block.ops:
        if not isinstance(c, CreditOp) or c.kind.data != "stream":
            continue
        hp, sp = c.ports
        data = routes.get((False, c.holder, hp, c.source, sp))
        back = routes.get((True, c.source, sp, c.holder, hp))
        if data is not None and back is not None and c.init_value == stream_credits("latency", data, back, chip):
            out.append((c, data, back))
    return out


def _apply(plan: _Plan, section, chip: Chip) -> None:
    from rdu_ir.passes.insert_credits import stream_credits

    streams = _latency_sized_streams(section, chip)
    for unit, site in plan.sites.items():
        if isinstance(site, int):  # an AGCU transfer given another AGCU
            unit.properties["index"] = IntegerAttr(site, i64)
            continue
        unit.properties["row"] = IntegerAttr(site[0], i64)
        unit.properties["col"] = IntegerAttr(site[1], i64)
    for route, hops in plan.hops.items():
        route.properties["hops"] = DenseArrayBase.from_list(i64, [x for h in hops for x in h])
    for credit, data, back in streams:
        credit.properties["init"] = IntegerAttr(stream_credits("latency", data, back, chip), i64)


def relocate(module: ModuleOp, state: ChipState, name: str = "program", seeds: Sequence[int] = (0, 1, 2)) -> Relocation:
    """Move (or re-place) every configuration of `module` so it fits beside `state`'s programs.

    Rewrites sites and route hops in place; raises an RduError saying why when it cannot fit
    (the module is then unchanged)."""
    chip = state.chip
    sections = configurations(module)
    fp = _sites_needed(sections)
    free = {k: len(state.free_sites(k)) for k in ("pcu", "pmu")}
    for kind in ("pcu", "pmu"):
        if fp[kind] > free[kind]:
            raise error(
                f"'{name}' does not fit on chip '{chip.name}': it needs {fp[kind]} {kind.upper()}s, "
                f"{free[kind]} of {len(chip.sites(kind))} are free ({_held(state)})"
            )
    for dr, dc in _offsets(chip):
        moved = [_shifted_sites(section, chip, state, dr, dc) for section in sections]
        if any(sites is None for sites in moved):
            continue
        plans: list[_Plan] = []
        for section, sites in zip(sections, moved):
            # Shifted routes first; if they collide, all routes found again; then other AGCUs.
            for rotate, reroute_all in _attempts(chip):
                plan = _shift(section, chip, state, sites, dr, dc, reroute_all, rotate)
                if not isinstance(plan, str):
                    break
            if isinstance(plan, str):
                break
            plans.append(plan)
        else:
            for section, plan in zip(sections, plans):
                _apply(plan, section, chip)
            rerouted = sum(p.rerouted for p in plans)
            how = "as compiled" if (dr, dc) == (0, 0) else "moved"
            return Relocation(how, (dr, dc), rerouted, _agcus_changed(plans))
    plans = []
    reason = ""
    for section in sections:
        for seed, rotate in ((seed, rotate) for rotate in range(chip.agcu_count) for seed in seeds):
            plan = _replace(section, chip, state, seed, rotate)
            if not isinstance(plan, str):
                plans.append(plan)
                break
            reason = plan
        else:
            raise error(
                f"'{name}' does not fit on chip '{chip.name}' beside the loaded programs "
                f"({_held(state)}): no offset moves it onto free sites and re-placing it failed: {reason}"
            )
    for section, plan in zip(sections, plans):
        _apply(plan, section, chip)
    return Relocation("re-placed", None, sum(p.rerouted for p in plans), _agcus_changed(plans))


def _agcus_changed(plans: Sequence[_Plan]) -> int:
    return sum(1 for p in plans for site in p.sites.values() if isinstance(site, int))


def _attempts(chip: Chip) -> list[tuple[int, bool]]:
    """(AGCU rotation, re-route everything) in the order a moved section tries them."""
    return [(0, False), (0, True)] + [(k, False) for k in range(1, chip.agcu_count)]


def _sites_needed(sections: Sequence) -> dict[str, int]:
    """Sites a program holds per kind (the most any of its sections uses, as a lower bound)."""
    need = {"pcu": 0, "pmu": 0}
    for section in sections:
        count = Counter(u.KIND for u in _grid_units(section))
        for kind, most in need.items():
            need[kind] = max(most, count[kind])
    return need


def _held(state: ChipState) -> str:
    if not state.programs:
        return "the chip is empty"
    return ", ".join(
        f"'{state.names[pid]}' holds {fp.site_count} sites" for pid, fp in sorted(state.programs.items())
    )


def check_fits(footprint: Footprint, state: ChipState, name: str) -> None:
    """Raise an RduError when `footprint` collides with what `state` holds."""
    problems = state.conflicts(footprint)
    if problems:
        raise RduError(f"error: '{name}' does not fit on chip '{state.chip.name}': {problems[0]}")
