"""Physical allocation: partitioning virtual units, placing them on sites, routing their nets.

Pure algorithms over simple data (no IR), so `allocate-units` and tests call them directly:

* `fabric`: the switch mesh of a chip (`Fabric`), unit attachment, link numbering, capacities;
* `partition`: virtual compute units -> PCU chains, virtual memories -> PMU address ranges;
* `place`: simulated-annealing placement of a `Netlist` (`place() -> Placement`);
* `route`: PathFinder routing of `Connection`s (`route() -> Routing`).

The df -> rdu translation that `allocate-units` drives, one purpose a module:

* `lower_compute` / `lower_memory` / `lower_transfer`: df.compute / df.memory / df.load and
  df.store -> PCU / PMU / AGCU configurations (`affine_flat`: maps as flat address generators);
* `design`: every physical unit of a df.graph and the data links between their ports;
* `sections`: groups that must share a configuration, packed into sections that fit;
* `realize`: one section placed, routed (with control routes back) and emitted as `rdu.chip`.

Import from the submodules (`from rdu_ir.allocation.place import place`); the package does
not re-export, since `place` and `route` would shadow their own modules.
"""
