"""Physical allocation: partitioning virtual units, placing them on sites, routing their nets.

Pure algorithms over simple data (no IR), so `allocate-units` and tests call them directly:

* `fabric`: the switch mesh of a chip (`Fabric`), unit attachment, link numbering, capacities;
* `partition`: virtual compute units -> PCU chains, virtual memories -> PMU address ranges;
* `place`: simulated-annealing placement of a `Netlist` (`place() -> Placement`);
* `route`: PathFinder routing of `Connection`s (`route() -> Routing`).
"""

from rdu_ir.allocation.fabric import NETWORKS, Endpoint, Fabric
from rdu_ir.allocation.partition import (
    ChainStream,
    ComputeFragment,
    MemoryFragment,
    StageOp,
    VirtualCompute,
    VirtualMemory,
    decode,
    partition_compute,
    partition_memory,
)
from rdu_ir.allocation.place import Netlist, Placement, PlacementError, place
from rdu_ir.allocation.route import Connection, Routing, UnroutableError, route, route_problems

__all__ = [
    "NETWORKS", "Endpoint", "Fabric",
    "ChainStream", "ComputeFragment", "MemoryFragment", "StageOp", "VirtualCompute",
    "VirtualMemory", "decode", "partition_compute", "partition_memory",
    "Netlist", "Placement", "PlacementError", "place",
    "Connection", "Routing", "UnroutableError", "route", "route_problems",
]
