"""`allocate-units`: df -> rdu. Virtual units become configured physical units at grid sites,
streams become routes through switches, and a program too large for the chip becomes sections.

Three steps, each a module of `rdu_ir/allocation/` that tests call directly:

1. *Partition* (`design.py` with `lower_compute`, `lower_memory`, `lower_transfer`): every
   df.compute becomes one PCU (or a chain when its stages exceed a PCU's, `partition.py`) with
   its counter chain, stage ops, reduction and drain phase; every df.memory one PMU per read
   pattern (split into address ranges when larger than a PMU), with the write and read address
   generators of the ports it serves (buffers filled by identical loads are one buffer: a PMU
   broadcasts a read stream to every reader of the same pattern); every df.load/df.store an
   AGCU transfer. The result is a list of physical units and data links between their ports.
2. *Place* (`place.py`): simulated annealing on route length and critical-path hops, seeded by
   `seed`, with `rdu.site = [r, c]` (AGCU: `[i]`) on a df unit pinning its physical unit.
3. *Route* (`route.py`): PathFinder over the switch mesh, every data link routed together with
   its control route back (for the credit tokens `insert-credits` configures); the links from
   one output port form one broadcast tree sharing its tracks.

Sections (`sections.py`): with `sections=auto` (the default), units that must share a
configuration (they talk on chip) are packed into consecutive sections that fit, tensors
passing between sections through DRAM; a section that places but does not route is split
again. `sections=N` allows at most N sections (`1`: the program must fit at once). A group of
units that cannot fit even alone, or a program that needs more sections than allowed, is an
error stating what is needed against what the chip has; the module is only changed when every
graph was allocated (never a partial module).

The DRAM tensors of the graph become `rdu.dram` ops of the `rdu.program` that replaces it (see
dialects/rdu_program.py for what a configuration computes). The allocation report (units per
kind used/available, route lengths, the most congested link, placement cost before and after
annealing, seconds per step) is given as pass statistics, and written as JSON to `report`
when set (`allocate-units{report="alloc.json"}`).
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass

from rdu_ir.dialects import df
from rdu_ir.dialects.rdu import ChipOp
from rdu_ir.dialects.rdu_program import DramOp, ProgramOp
from xdsl.context import Context
from xdsl.dialects.builtin import FunctionType, ModuleOp
from xdsl.ir import Operation
from xdsl.passes import ModulePass

from rdu_ir.allocation.design import Design, build_design
from rdu_ir.allocation.fabric import Fabric
from rdu_ir.allocation.realize import SectionStats, realize_section
from rdu_ir.allocation.sections import (
    Atom,
    atom_units,
    find_atoms,
    fits,
    need,
    pack,
    transfer_capacity,
)
from rdu_ir.chip import Chip, chip_of
from rdu_ir.diagnostics import RduError, error, error_at
from rdu_ir.reference import payload_ops
from rdu_ir.statistics import bump


def check_level(module: ModuleOp, pass_name: str, above: str, hint: str) -> None:
    """Raise naming the first payload op of dialect `above` (the level this pass lowers from)."""
    for top in payload_ops(module):
        for o in top.walk():
            if o.name.startswith(above + "."):
                raise error_at(
                    o, f"{pass_name}: '{o.name}' is still at the {above} level ({hint})"
                )


@dataclass(frozen=True)
class AllocateUnitsPass(ModulePass):
    """df graphs -> rdu programs (see the module docstring)."""

    name = "allocate-units"

    seed: int = 0
    sections: str | int = "auto"
    report: str = ""
    effort: float = 1.0

    def apply(self, ctx: Context, op: ModuleOp) -> None:
        check_level(op, self.name, "ta", "run ta-to-df first")
        chip = chip_of(op)
        limit = self._limit()
        graphs = [g for g in payload_ops(op) if isinstance(g, df.GraphOp)]
        done: list[tuple[df.GraphOp, ProgramOp, list[SectionStats], float]] = []
        for g in graphs:
            done.append((g, *self.allocate(g, chip, limit)))
        # Only now touch the module: an error above leaves it as it was.
        for g, program, _, _ in done:
            op.body.block.insert_op_before(program, g)
            g.detach()
            g.erase()
        self._report(chip, [(g.sym_name.data, s, t) for g, _, s, t in done])

    def _limit(self) -> int | None:
        if self.sections == "auto":
            return None
        try:
            n = int(self.sections)
        except ValueError:
            n = 0
        if n < 1:
            raise error(
                f"allocate-units: sections must be 'auto' or a positive integer, got '{self.sections}'"
            )
        return n

    # --- one graph ----------------------------------------------------------------------------
    def allocate(
        self, graph: df.GraphOp, chip: Chip, limit: int | None
    ) -> tuple[ProgramOp, list[SectionStats], float]:
        """The program replacing `graph`, per-section statistics, and the partition time."""
        t0 = time.perf_counter()
        design = build_design(graph, chip)
        atoms, order = find_atoms(design)
        partition_seconds = time.perf_counter() - t0
        fabric = Fabric(chip)
        for i in order:
            counts = need(design, atom_units(design, atoms, [i]))
            if not fits(counts, chip):
                raise self._too_big(graph, design, atoms[i], counts, chip)
        if limit == 1:
            counts = need(design, atom_units(design, atoms, order))
            if not fits(counts, chip):
                raise error_at(
                    graph,
                    f"allocate-units: @{graph.sym_name.data} needs {_have_need(counts, chip)} at once, "
                    "and sections=1 forbids splitting it into sections (use sections=auto)",
                )
            todo = [list(order)]
        else:
            todo = pack(design, atoms, order, chip)
        sections: list[tuple[ChipOp, SectionStats]] = []
        while todo:
            group = todo.pop(0)
            units = atom_units(design, atoms, group)
            try:
                chip_op, stats = realize_section(
                    design,
                    units,
                    fabric,
                    self.seed + len(sections),
                    f"section{len(sections)}",
                    self.effort,
                )
            except RduError as e:
                if len(group) > 1 and limit != 1:
                    half = len(group) // 2
                    todo[:0] = [group[:half], group[half:]]
                    continue
                owners = atoms[group[0]].owners
                what = (
                    f"the units around @{owners[0]}"
                    if len(group) == 1
                    else f"@{graph.sym_name.data}"
                )
                raise error_at(
                    graph,
                    f"allocate-units: cannot allocate {what} on chip '{chip.name}': {str(e).removeprefix('error: ')}",
                ) from None
            sections.append((chip_op, stats))
        if limit is not None and len(sections) > limit:
            raise error_at(
                graph,
                f"allocate-units: @{graph.sym_name.data} needs {len(sections)} sections on chip "
                f"'{chip.name}' ({_have_need(need(design, list(range(len(design.units)))), chip)} in all), "
                f"but sections={limit}",
            )
        program = self._program(graph, design, [c for c, _ in sections])
        return program, [s for _, s in sections], partition_seconds

    def _too_big(
        self,
        graph: df.GraphOp,
        design: Design,
        atom: Atom,
        counts: dict[str, int],
        chip: Chip,
    ) -> RduError:
        ops = {df.unit_name(u): u for u in graph.units()}
        # Name the compute units first: they are what the user recognises.
        owners = sorted(atom.owners, key=lambda n: not isinstance(ops[n], df.ComputeOp))
        anchor: Operation = ops[owners[0]]
        names = ", ".join("@" + n for n in owners[:6]) + (
            ", ..." if len(owners) > 6 else ""
        )
        return error_at(
            anchor,
            f"allocate-units: units {names} talk on chip, so they must be configured together, and "
            f"they need {_have_need(counts, chip)}; not even one section can hold them",
        )

    def _program(
        self, graph: df.GraphOp, design: Design, sections: list[ChipOp]
    ) -> ProgramOp:
        body: list[Operation] = []
        for i, arg in enumerate(graph.block.args):
            body.append(DramOp(design.dram[arg], arg.type, arg=i))  # type: ignore[arg-type]
        for u in graph.units():
            if isinstance(u, df.DramOp):
                body.append(DramOp(df.unit_name(u), u.result.type, value=u.value))
        ret = graph.block.last_op
        assert isinstance(ret, df.ReturnOp)
        ftype = graph.function_type
        program = ProgramOp(
            graph.sym_name.data,
            FunctionType.from_lists(list(ftype.inputs.data), list(ftype.outputs.data)),
            [design.dram[v] for v in ret.values],
            body + sections,  # type: ignore[arg-type]
        )
        if graph.sym_visibility is not None:
            program.properties["sym_visibility"] = graph.sym_visibility
        return program

    # --- the allocation report ------------------------------------------------------------------
    def _report(
        self, chip: Chip, graphs: list[tuple[str, list[SectionStats], float]]
    ) -> None:
        have = {"pcu": chip.num_pcus, "pmu": chip.num_pmus, "agcu": chip.agcu_count}
        out = {"chip": chip.name, "graphs": []}
        for name, stats, part in graphs:
            bump(self, "sections", len(stats))
            sections = []
            for i, s in enumerate(stats):
                for kind in ("pcu", "pmu"):
                    bump(self, f"{kind.upper()}s placed", s.units[kind])
                bump(self, "AGCU transfers", s.units["transfers"])
                bump(self, "routes", s.routes)
                bump(self, "total route length", s.wirelength)
                bump(self, "placement cost before annealing", round(s.cost_before))
                bump(self, "placement cost after annealing", round(s.cost_after))
                for step, secs in s.seconds.items():
                    bump(self, f"{step} time (ms)", round(1000 * secs))
                congestion = None
                if s.congestion is not None:
                    net, a, b, used, cap = s.congestion
                    congestion = {
                        "network": net,
                        "from": list(a),
                        "to": list(b),
                        "used": used,
                        "capacity": cap,
                    }
                sections.append({
                    "name": f"section{i}",
                    "units": {k: {"used": s.units[k], "available": have[k]} for k in have}
                    | {"agcu_transfers": s.units["transfers"]},
                    "total_route_length": s.wirelength,
                    "max_route_length": s.max_route,
                    "route_length_lower_bound": s.lower_bound,
                    "most_congested_link": congestion,
                    "placement_cost": {"before_annealing": s.cost_before, "after_annealing": s.cost_after},
                    "seconds": s.seconds,
                })  # fmt: skip
            if stats:
                bump(self, "max route length", max(s.max_route for s in stats))
                bump(
                    self, "route length lower bound", sum(s.lower_bound for s in stats)
                )
                worst = [s.congestion for s in stats if s.congestion is not None]
                if worst:
                    bump(
                        self,
                        "most congested link: tracks used",
                        max(c[3] for c in worst),
                    )
            bump(self, "partition time (ms)", round(1000 * part))
            out["graphs"].append(
                {"name": name, "partition_seconds": part, "sections": sections}
            )  # type: ignore[attr-defined]
        if self.report:
            try:
                with open(self.report, "w") as f:
                    json.dump(out, f, indent=2, sort_keys=True)
                    f.write("\n")
            except OSError as e:
                raise error(
                    f"allocate-units: cannot write the report '{self.report}': {e.strerror}"
                ) from None


def _have_need(counts: dict[str, int], chip: Chip) -> str:
    parts = []
    for kind, have in (("pcu", chip.num_pcus), ("pmu", chip.num_pmus)):
        parts.append(f"{counts[kind]} {kind.upper()}s (chip '{chip.name}' has {have})")
    cap = transfer_capacity(chip)
    for d in ("load", "store"):
        if counts.get(d, 0) > cap:
            parts.append(
                f"{counts[d]} DRAM {d}s (the AGCU switches of chip '{chip.name}' carry {cap})"
            )
    return " and ".join(parts)
