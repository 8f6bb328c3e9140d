"""The ideal lower bound on a compiled program's cycles, from the chip and the program alone.

FLOPs are counted from the PCUs' configurations (per element point of the counter chain: 2
for an `fma` stage, 1 for any other stage; drain stages once per reduced group), bytes from
the AGCU transfers (elements moved x element size). The bound is the larger of the compute
bound, FLOPs / (PCUs x lanes x stages x 2) — the chip's peak per cycle — and the DRAM bound,
bytes / `dram_bytes_per_cycle`. The cycle simulator never reports fewer cycles (a property
its tests check): no PCU issues more stage ops a cycle than it has functional units, and the
AGCUs share one DRAM channel of that bandwidth.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from xdsl.dialects.builtin import ModuleOp

from rdu_ir.chip import Chip
from rdu_ir.dialects.rdu import AgcuOp, PcuOp
from rdu_ir.dialects.rdu_checks import int_attr, ints_attr
from rdu_ir.dialects.rdu_program import ProgramOp
from rdu_ir.sim.runner import tensor_parts


@dataclass
class ProgramWork:
    flops: float
    dram_bytes: int
    sections: int


def pcu_flops(u: PcuOp) -> float:
    trips = [len(range(lo, hi, s)) for lo, hi, s in u.counter_list]
    t = int_attr(u, "tile_counters", 0)
    a = int_attr(u, "acc_tiles", 0)
    reduce = set(ints_attr(u, "reduce"))
    stages = u.stage_list
    red = next((i for i, (_, args) in enumerate(stages) if "acc" in args), None)
    cost = [2 if op == "fma" else 1 for op, _ in stages]
    elem = list(range(t, len(trips)))
    steps = math.prod(trips[:t])
    points = math.prod(trips[c] for c in elem)
    if red is None:
        return steps * points * sum(cost)
    live = math.prod(trips[c] for c in elem if c not in reduce)
    groups = steps // (math.prod(trips[t - a : t]) if a else 1)
    return steps * points * sum(cost[: red + 1]) + groups * live * sum(cost[red + 1 :])


def program_work(program: ProgramOp) -> ProgramWork:
    sizes = {d.sym_name.data: tensor_parts(d.tensor_type)[1].itemsize for d in program.drams()}
    flops = 0.0
    nbytes = 0
    for section in program.sections():
        for u in section.units():
            if isinstance(u, PcuOp):
                flops += pcu_flops(u)
            elif isinstance(u, AgcuOp):
                n = math.prod(len(range(lo, hi, s)) for lo, hi, s in _triples(u))
                nbytes += n * sizes.get(u.tensor.data, 4)
    return ProgramWork(flops, nbytes, len(program.sections()))


def _triples(u: AgcuOp) -> list[tuple[int, int, int]]:
    v = [int(x) for x in u.counters.iter_values()]
    return [(v[i], v[i + 1], v[i + 2]) for i in range(0, len(v) - len(v) % 3, 3)]


def flops_per_cycle(chip: Chip) -> float:
    return chip.num_pcus * chip.pcu_lanes * chip.pcu_stages * 2


def lower_bound_cycles(chip: Chip, flops: float, dram_bytes: float) -> int:
    """max(compute-bound, DRAM-bound) cycles, rounded up."""
    return math.ceil(max(flops / flops_per_cycle(chip), dram_bytes / chip.dram_bytes_per_cycle))


def module_programs(module: ModuleOp) -> list[ProgramOp]:
    from rdu_ir.reference import payload_ops

    return [op for op in payload_ops(module) if isinstance(op, ProgramOp)]
