"""One section made physical: place its units, route its links (each data link with its control
route back, for the credit tokens), and emit the `rdu.chip` configuration.

AGCU transfers are not placed: the AGCUs are fixed on the edge, so they enter the placer as
pinned hubs, each transfer assigned to one (its pin, else the AGCU with the fewest transfers in
the same direction so loads and stores spread over the edge switches' links).
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from xdsl.ir import Operation

from rdu_ir.allocation.design import Design
from rdu_ir.allocation.fabric import Endpoint, Fabric
from rdu_ir.allocation.lower_compute import PcuConfig
from rdu_ir.allocation.lower_memory import PmuConfig
from rdu_ir.allocation.lower_transfer import AgcuConfig
from rdu_ir.allocation.place import Netlist, place
from rdu_ir.allocation.route import Connection, route
from rdu_ir.dialects.rdu import AgcuOp, ChipOp, PcuOp, PmuOp, RouteOp


@dataclass
class SectionStats:
    units: dict[str, int]
    wirelength: int
    max_route: int
    congestion: tuple | None
    cost_before: float
    cost_after: float
    lower_bound: int
    seconds: dict[str, float] = field(default_factory=dict)
    routes: int = 0


def assign_agcus(design: Design, units: list[int], agcu_count: int) -> dict[int, int]:
    """Transfer unit -> AGCU index."""
    load: dict = {}  # (hub, direction) and hub -> transfers
    out: dict[int, int] = {}
    for u in units:
        pu = design.units[u]
        if pu.kind != "agcu":
            continue
        direction = pu.config.direction  # type: ignore[union-attr]
        if isinstance(pu.pin, int):
            hub = pu.pin
        else:
            hub = min(
                range(agcu_count),
                key=lambda h: (load.get((h, direction), 0), load.get(h, 0), h),
            )
        load[(hub, direction)] = load.get((hub, direction), 0) + 1
        load[hub] = load.get(hub, 0) + 1  # type: ignore[index]
        out[u] = hub
    return out


def realize_section(
    design: Design,
    units: list[int],
    fabric: Fabric,
    seed: int,
    name: str,
    effort: float = 1.0,
) -> tuple[ChipOp, SectionStats]:
    """Place and route `units` (design indices) as one configuration; raises PlacementError or
    UnroutableError (RduError subclasses) when they do not fit."""
    chip = fabric.chip
    chosen = set(units)
    links = [lk for lk in design.links if lk.src in chosen and lk.dst in chosen]
    hubs = assign_agcus(design, units, chip.agcu_count)
    placed = [u for u in units if design.units[u].kind != "agcu"]
    local = {u: i for i, u in enumerate(placed)}
    n_placed = len(placed)
    kinds = tuple(design.units[u].kind for u in placed) + ("agcu",) * chip.agcu_count
    names = tuple(design.units[u].name for u in placed) + tuple(
        f"AGCU {i}" for i in range(chip.agcu_count)
    )
    pins: dict[int, object] = {i: i - n_placed for i in range(n_placed, len(kinds))}
    for u in placed:
        if design.units[u].pin is not None:
            pins[local[u]] = design.units[u].pin

    def node(u: int) -> int:
        return local[u] if u in local else n_placed + hubs[u]

    nets = tuple((node(lk.src), node(lk.dst)) for lk in links)
    t0 = time.perf_counter()
    placement = place(
        fabric, Netlist(kinds, nets, names, pins), seed=seed, effort=effort
    )  # type: ignore[arg-type]
    t1 = time.perf_counter()
    sites = placement.sites

    def endpoint(u: int) -> Endpoint:
        i = node(u)
        return Endpoint(kinds[i], sites[i])

    conns: list[Connection] = []
    for lk in links:
        label = f"{design.units[lk.src].name}[{lk.src_port}] -> {design.units[lk.dst].name}[{lk.dst_port}]"
        # Data from one output port is a broadcast: its routes form one tree sharing tracks.
        # (Not for AGCU transfers: several share one AGCU's endpoint but carry different data.)
        port = None if design.units[lk.src].kind == "agcu" else lk.src_port
        conns.append(
            Connection(endpoint(lk.src), endpoint(lk.dst), lk.network, label, port=port)
        )
        conns.append(
            Connection(
                endpoint(lk.dst), endpoint(lk.src), "control", label + " (credits)"
            )
        )
    routing = route(fabric, conns)
    t2 = time.perf_counter()

    ops: dict[int, Operation] = {}
    body: list[Operation] = []
    for u in sorted(units, key=lambda u: (design.units[u].position, u)):
        pu = design.units[u]
        cfg = pu.config
        if isinstance(cfg, PcuConfig):
            op: Operation = PcuOp(
                cfg.name, sites[node(u)], cfg.counters, cfg.stages, dict(cfg.attrs)
            )  # type: ignore[arg-type]
        elif isinstance(cfg, PmuConfig):
            op = PmuOp(
                cfg.name, sites[node(u)], bytes=cfg.bytes, depth=cfg.depth, banks=cfg.banks,  # type: ignore[arg-type]
                write=cfg.write, read=cfg.read, transpose=cfg.transpose,  # type: ignore[arg-type]
                addr_range=cfg.addr_range, attributes=dict(cfg.attrs),
            )  # fmt: skip
        else:
            assert isinstance(cfg, AgcuConfig)
            op = AgcuOp(
                cfg.name,
                hubs[u],
                cfg.direction,
                cfg.tensor,
                cfg.counters,
                cfg.amap,
                dict(cfg.attrs),
            )
        if cfg.name.replace("_", "a").isalnum():
            op.results[0].name_hint = cfg.name
        ops[u] = op
        body.append(op)
    for k, lk in enumerate(links):
        data, back = routing.paths[2 * k], routing.paths[2 * k + 1]
        body.append(
            RouteOp(
                lk.network, ops[lk.src], lk.src_port, ops[lk.dst], lk.dst_port, data
            )
        )
        body.append(
            RouteOp("control", ops[lk.dst], lk.dst_port, ops[lk.src], lk.src_port, back)
        )
    counts = {
        "pcu": 0,
        "pmu": 0,
        "agcu": len(set(hubs.values())),
        "transfers": len(hubs),
    }
    for u in placed:
        counts[design.units[u].kind] += 1
    stats = SectionStats(
        units=counts,
        wirelength=routing.total_length,
        max_route=routing.max_length,
        congestion=routing.most_congested(fabric),
        cost_before=placement.initial_cost,
        cost_after=placement.cost,
        lower_bound=lower_bound(kinds, nets),
        seconds={"place": t1 - t0, "route": t2 - t1},
        routes=len(conns),
    )
    return ChipOp(chip, body, sym_name=name), stats


def lower_bound(kinds: tuple[str, ...], nets) -> int:
    """A lower bound on the total route length (data and control routes) of any placement.

    Two units are 0 hops apart only when they share a switch: a grid unit touches 4 switches
    shared with at most 8 other sites, an AGCU's edge switch touches 2 sites. So a unit with
    `p` distinct partners has at least `p - 8` (AGCU: `p - 2`) partners one hop or more away;
    every such net is counted from at most its two ends (hence the halving), and has a control
    route of the same length back.
    """
    partners: list[set[int]] = [set() for _ in kinds]
    for a, b in nets:
        if a != b:
            partners[a].add(b)
            partners[b].add(a)
    excess = sum(
        max(0, len(p) - (2 if k == "agcu" else 8)) for k, p in zip(kinds, partners)
    )
    return 2 * (-(-excess // 2))
