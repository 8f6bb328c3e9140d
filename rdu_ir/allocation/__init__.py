"""Physical allocation: partitioning virtual units, placing them on sites, routing their nets.

Pure algorithms over simple data (no IR), so `allocate-units` and tests call them directly:

* `fabric`: the switch mesh of a chip (`Fabric`), unit attachment, link numbering, capacities;
* `partition`: virtual compute units -> PCU chains, virtual memories -> PMU address ranges;
* `place`: simulated-annealing placement of a `Netlist` (`place() -> Placement`);
* `route`: PathFinder routing of `Connection`s (`route() -> Routing`).

Import from the submodules (`from rdu_ir.allocation.place import place`); the package does
not re-export, since `place` and `route` would shadow their own modules.
"""
