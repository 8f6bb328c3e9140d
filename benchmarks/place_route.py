"""Times placement and routing of random netlists on the plasticine and sn10 chips.

    python benchmarks/place_route.py [--chips plasticine,sn10] [--sizes 100,500,1000,2000]
                                     [--fanout 1.5] [--seed 0] [--effort 1.0]

A netlist is built around a hidden ("planted") placement: units of both kinds on random
sites, each net joining units at most two sites apart there. The planted wire length is
therefore a reachable reference (an upper bound on the optimum); the annealer should get
close to it from a random start. Every net is routed on the vector network with a control
route back (as `insert-credits` needs). Sizes that do not fit a chip are skipped; 90% of
the chip's sites is always measured. Prints one row per (chip, size).
"""

from __future__ import annotations

import argparse
import random
import time

from rdu_ir.allocation.fabric import Endpoint, Fabric
from rdu_ir.allocation.place import Netlist, net_lengths, place
from rdu_ir.allocation.route import Connection, UnroutableError, route
from rdu_ir.chip import PRESETS, Chip


def planted_netlist(chip: Chip, n: int, fanout: float, seed: int) -> tuple[Netlist, list]:
    rng = random.Random(seed)
    sites = chip.sites("pcu") + chip.sites("pmu")
    rng.shuffle(sites)
    planted = sites[:n]
    kinds = tuple(chip.unit_kind(r, c) for r, c in planted)
    where = {s: u for u, s in enumerate(planted)}
    nets = []
    for u, (r, c) in enumerate(planted):
        near = [where[(r + dr, c + dc)] for dr in range(-2, 3) for dc in range(-2, 3)
                if (dr or dc) and (r + dr, c + dc) in where]
        k = int(fanout) + (rng.random() < fanout - int(fanout))
        for v in rng.sample(near, min(k, len(near))):
            nets.append((min(u, v), max(u, v)))  # lower index produces: a DAG
    return Netlist(kinds, tuple(nets)), planted


def run(chip: Chip, n: int, fanout: float, seed: int, effort: float) -> str:
    fabric = Fabric(chip)
    netlist, planted = planted_netlist(chip, n, fanout, seed)
    t0, c0 = time.perf_counter(), time.process_time()
    placement = place(fabric, netlist, seed=seed, effort=effort)
    t1, c1 = time.perf_counter(), time.process_time()
    ends = [Endpoint(k, s) for k, s in zip(netlist.kinds, placement.sites)]
    conns = [Connection(ends[a], ends[b], "vector") for a, b in netlist.nets]
    conns += [Connection(ends[b], ends[a], "control") for a, b in netlist.nets]
    try:
        routing = route(fabric, conns)
        c2 = time.process_time()
        worst = routing.most_congested(fabric)
        congestion = f"{worst[3]}/{worst[4]} {worst[0]}" if worst else "-"
        routed = f"{c2 - c1:7.2f} {routing.iterations:4d} {routing.total_length:7d} {routing.max_length:4d} {congestion:>12}"
    except UnroutableError as e:
        c2 = time.process_time()
        routed = f"{c2 - c1:7.2f} FAILED: {str(e)[:60]}"
    reference = int(net_lengths(fabric, netlist, planted).sum())
    ratio = placement.wirelength / reference if reference else float("nan")
    gain = placement.initial_cost / placement.cost if placement.cost else float("inf")
    return (
        f"{chip.name:10} {n:5d} {len(netlist.nets):5d} {c1 - c0:7.2f} {t1 - t0:7.2f} {placement.initial_wirelength:7d} "
        f"{placement.wirelength:6d} {reference:6d} {ratio:5.2f} {gain:6.1f} "
        f"{placement.initial_critical_path:5d} {placement.critical_path:4d} {routed}"
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--chips", default="plasticine,sn10")
    ap.add_argument("--sizes", default="100,500,1000,2000")
    ap.add_argument("--fanout", type=float, default=1.5, help="nets per unit (average)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--effort", type=float, default=1.0, help="annealing effort (moves per unit per temperature / 8)")
    args = ap.parse_args()
    print(
        f"{'chip':10} {'units':>5} {'nets':>5} {'place_s':>7} {'wall_s':>7} {'wl0':>7} {'wl':>6} {'ref':>6} {'wl/ref':>5} "
        f"{'cost0/cost':>6} {'cp0':>5} {'cp':>4} {'route_s':>7} {'iter':>4} {'rt_len':>7} {'max':>4} {'most congested':>12}"
    )
    for name in args.chips.split(","):
        chip = PRESETS[name]
        capacity = chip.num_pcus + chip.num_pmus
        sizes = sorted({int(s) for s in args.sizes.split(",") if int(s) <= capacity} | {int(0.9 * capacity)})
        for n in sizes:
            print(run(chip, n, args.fanout, args.seed, args.effort), flush=True)


if __name__ == "__main__":
    main()
