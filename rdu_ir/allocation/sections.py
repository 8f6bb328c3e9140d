"""Sections: consecutive subgraphs of a design that each fit the chip, run one after another and
pass tensors through DRAM (as SambaFlow does when a program does not fit at once).

The design is cut into *atoms*, the units that must share a configuration because they talk
on chip: compute units joined by streams, a buffer written on chip with its writer and all its
readers. A buffer filled from DRAM by a load is not bound to its readers: every section that
reads it gets its own copy of the load and the buffer (a *dependency*). Atoms are ordered so a
DRAM tensor's stores come before its loads (and `after` orders stores), keeping the graph's
order otherwise, then packed greedily into sections while the PCUs and PMUs they need (their
own and their dependencies', shared within a section) fit the chip.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from rdu_ir.allocation.design import Design
from rdu_ir.chip import Chip
from rdu_ir.dialects import df


@dataclass
class Atom:
    owners: list[str]
    """df unit names, in graph order."""
    deps: list[int] = field(default_factory=list)
    """Load atoms (indices) this atom reads from."""
    core: bool = True


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def find_atoms(design: Design) -> tuple[list[Atom], list[int]]:
    """All atoms, and the core atoms (with a compute or store) in execution order."""
    graph = design.graph
    uf = _UnionFind()
    order = [df.unit_name(op) for op in graph.units() if not isinstance(op, df.DramOp)]
    for n in order:
        uf.find(n)
    writers: dict = {}
    readers: dict = {}
    for op in graph.units():
        if isinstance(op, df.ComputeOp):
            for v in op.writes:
                writers.setdefault(v, []).append(op)
            for v in op.reads:
                readers.setdefault(v, []).append(op)
        elif isinstance(op, df.LoadOp):
            writers.setdefault(op.dst, []).append(op)
        elif isinstance(op, df.StoreOp):
            readers.setdefault(op.src, []).append(op)
    load_fed: dict[str, str] = {}
    for op in graph.units():
        if isinstance(op, (df.MemoryOp, df.StreamOp)):
            n = df.unit_name(op)
            ws = writers.get(op.result, [])
            for w in ws:
                uf.union(n, df.unit_name(w))
            if len(ws) == 1 and isinstance(ws[0], df.LoadOp):
                load_fed[n] = df.unit_name(ws[0])
            else:
                for r in readers.get(op.result, []):
                    uf.union(n, df.unit_name(r))
    groups: dict[str, list[str]] = {}
    for n in order:
        groups.setdefault(uf.find(n), []).append(n)
    atoms: list[Atom] = []
    index: dict[str, int] = {}
    kinds = {df.unit_name(op): op for op in graph.units()}
    for members in groups.values():
        core = any(isinstance(kinds[m], (df.ComputeOp, df.StoreOp)) for m in members)
        for m in members:
            index[m] = len(atoms)
        atoms.append(Atom(members, core=core))
    # Dependencies: a core atom's readers of load-fed buffers.
    for op in graph.units():
        if isinstance(op, df.MemoryOp) and df.unit_name(op) in load_fed:
            dep = index[df.unit_name(op)]
            for r in readers.get(op.result, []):
                a = atoms[index[df.unit_name(r)]]
                if dep not in a.deps:
                    a.deps.append(dep)
    return atoms, _execution_order(graph, atoms, index)


def _execution_order(
    graph: df.GraphOp, atoms: list[Atom], index: dict[str, int]
) -> list[int]:
    """Core atoms topologically sorted by DRAM producer -> consumer (stable in graph order)."""
    stores_of: dict = {}
    loads_of: dict = {}
    for op in graph.units():
        if isinstance(op, df.StoreOp):
            stores_of.setdefault(op.dst, []).append(index[df.unit_name(op)])
        elif isinstance(op, df.LoadOp):
            loads_of.setdefault(op.src, []).append(index[df.unit_name(op)])
    core = [i for i, a in enumerate(atoms) if a.core]
    users: dict[int, list[int]] = {}
    for i in core:
        for dep in atoms[i].deps:
            users.setdefault(dep, []).append(i)
    succ: dict[int, set[int]] = {i: set() for i in core}
    for tensor, producers in stores_of.items():
        for load_atom in loads_of.get(tensor, []):
            for consumer in users.get(load_atom, []):
                for p in producers:
                    if p != consumer:
                        succ[p].add(consumer)
    for op in graph.units():
        if isinstance(op, df.StoreOp):
            for a in op.after_names():
                if a in index and index[a] != index[df.unit_name(op)]:
                    succ[index[a]].add(index[df.unit_name(op)])
    indeg = {i: 0 for i in core}
    for i in core:
        for j in succ[i]:
            indeg[j] += 1
    out: list[int] = []
    ready = [i for i in core if indeg[i] == 0]
    while ready:
        i = min(ready)
        ready.remove(i)
        out.append(i)
        for j in sorted(succ[i]):
            indeg[j] -= 1
            if indeg[j] == 0:
                ready.append(j)
    if len(out) != len(
        core
    ):  # a DRAM cycle: keep the graph's order (the df simulator's semantics)
        return core
    return out


def atom_units(design: Design, atoms: list[Atom], chosen: list[int]) -> list[int]:
    """Physical units (design indices, ascending) of the chosen core atoms and their deps."""
    names: set[str] = set()
    for i in chosen:
        names.update(atoms[i].owners)
        for dep in atoms[i].deps:
            names.update(atoms[dep].owners)
    return sorted({u for n in names for u in design.by_owner.get(n, [])})


def need(design: Design, units: list[int]) -> dict[str, int]:
    """Units per kind, and AGCU transfers per direction (`load`, `store`)."""
    counts = {"pcu": 0, "pmu": 0, "agcu": 0, "load": 0, "store": 0}
    for u in units:
        pu = design.units[u]
        counts[pu.kind] += 1
        if pu.kind == "agcu":
            counts[pu.config.direction] += 1  # type: ignore[union-attr]
    return counts


def transfer_capacity(chip: Chip) -> int:
    """Vector routes that can leave (or enter) the AGCUs' edge switches at once: every transfer
    has its own route there, so a section with more loads (or stores) cannot route."""
    rows, cols = chip.rows + 1, chip.cols + 1
    total = 0
    for r, c in sorted(set(chip.agcu_switches())):
        degree = sum(
            0 <= r + dr < rows and 0 <= c + dc < cols
            for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1))
        )
        total += degree * chip.vector_links
    return total


def fits(counts: dict[str, int], chip: Chip) -> bool:
    cap = transfer_capacity(chip)
    return (
        counts["pcu"] <= chip.num_pcus
        and counts["pmu"] <= chip.num_pmus
        and counts["load"] <= cap
        and counts["store"] <= cap
    )


def pack(
    design: Design, atoms: list[Atom], order: list[int], chip: Chip
) -> list[list[int]]:
    """Greedy: consecutive core atoms per section while their units fit. An atom that does not
    fit alone comes back as a section of its own (the caller reports it)."""
    sections: list[list[int]] = []
    current: list[int] = []
    for i in order:
        trial = current + [i]
        if current and not fits(need(design, atom_units(design, atoms, trial)), chip):
            sections.append(current)
            current = [i]
        else:
            current = trial
    if current:
        sections.append(current)
    return sections
