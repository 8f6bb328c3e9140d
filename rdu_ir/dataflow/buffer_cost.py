"""The memory-unit cost model of `split-buffers`.

A buffer costs, in PMU-equivalents:

    pmus + stall x (serial - 1) + merge x (pmus - 1) x ports

- `pmus` = ceil(depth x padded tile bytes / PMU capacity): the PMUs its storage takes (the
  layout's vector dimension is padded to `align` elements);
- `serial`: how many times slower than one vector a cycle its readers are served. A PMU has
  `pmu_read_ports` read ports, one of which may read transposed, and the reader ports of a
  buffer run concurrently (the units of a pipeline all stream at once), so
  serial = max(ceil(reader ports / read ports), transposed reader ports). A serialised buffer
  slows every unit downstream; `stall` says how many PMUs we would rather spend than halve
  the throughput;
- a buffer spread over several PMUs by address must merge (reads) or scatter (writes) every
  port's vectors across them through the switches: `merge` per extra PMU and port.

Splitting adds what the new dataflow needs: a duplicated load re-reads DRAM (`extra_load`),
a writer that feeds both halves sends its vectors twice (`extra_write`).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from rdu_ir.chip import Chip


@dataclass(frozen=True)
class Weights:
    stall: float = 2.0
    merge: float = 0.5
    extra_load: float = 0.25
    extra_write: float = 0.25


@dataclass(frozen=True)
class Demand:
    """What a buffer asks of the memory units that hold it."""

    bytes: int
    read_ports: int
    transposed: int
    write_ports: int

    @property
    def ports(self) -> int:
        return self.read_ports + self.write_ports


def padded_elements(shape: tuple[int, ...], vector: int, align: int) -> int:
    """Elements a tile takes with the vector dimension padded to `align`."""
    n = 1
    for d, size in enumerate(shape):
        n *= -(-size // align) * align if d == vector else size
    return n


def pmus(demand: Demand, chip: Chip) -> int:
    return max(1, math.ceil(demand.bytes / chip.pmu_capacity_bytes))


def serial(demand: Demand, chip: Chip) -> int:
    return max(1, math.ceil(demand.read_ports / chip.pmu_read_ports), demand.transposed)


def cost(demand: Demand, chip: Chip, w: Weights = Weights()) -> float:
    p = pmus(demand, chip)
    return p + w.stall * (serial(demand, chip) - 1) + w.merge * (p - 1) * demand.ports
