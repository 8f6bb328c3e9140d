"""`split-buffers`: split a df buffer in two where the memory-unit cost model says it pays.

The cost of a buffer (PMUs it takes, serialisation of its readers on the PMU's read ports,
merging across PMUs) is defined in `rdu_ir/dataflow/buffer_cost.py`. Three rules propose a
split; a split is made only when the two new buffers (plus what their dataflow needs) cost
strictly less than the one they replace, so a split that costs more is never made:

- `capacity`: a buffer larger than one PMU, written by one df.load, is cut along a
  dimension where no compute reader's accesses straddle the cut: the load becomes two loads
  (one per half), every compute reader reads the half it touches (its map shifted), and
  every store becomes two stores (one per half).
- `ports`: a reader unit with more ports on the buffer than a PMU has read ports: the buffer
  is replicated and some of the unit's ports read the copy.
- `consumers`: several reader units whose reads would serialise (more reader ports than read
  ports, or more than one transposed reader): the buffer is replicated and the readers are
  shared out between the two copies.

A replica is filled by the same writers (a df.load is duplicated, a df.compute gets a
second write port yielding the same value), in the same declared writer order, so both
copies hold the same tiles and every reader sees what it saw before. New buffers are
examined again (five consumers may need two splits). Options disable each rule
(`split-buffers{capacity=false ports=false consumers=false}`); statistics summarise the
decisions.

Why: US12164463B2 — splitting a buffer can lower the number of memory units a program
consumes and remove port bottlenecks.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from xdsl.context import Context
from xdsl.dialects.builtin import AffineMapAttr, ArrayAttr, MemRefType, ModuleOp, SymbolRefAttr
from xdsl.ir import Operation, SSAValue
from xdsl.ir.affine import AffineDimExpr, AffineExpr, AffineMap
from xdsl.passes import ModulePass

from rdu_ir.chip import Chip, chip_of
from rdu_ir.dataflow import buffer_cost as bc
from rdu_ir.dataflow.affine import map_ranges, substitute
from rdu_ir.dataflow.layout_ports import TRANSPOSE_ATTR
from rdu_ir.dialects import df
from rdu_ir.dialects.df_layout import LayoutAttr
from rdu_ir.reference import payload_ops
from rdu_ir.statistics import bump


@dataclass(frozen=True)
class Access:
    """One port on a buffer: the unit, its operand index and whether it writes."""

    op: Operation
    operand: int
    write: bool

    @property
    def unit(self) -> str:
        return df.unit_name(self.op)


def accesses(graph: df.GraphOp, buf: SSAValue) -> list[Access]:
    """The ports on `buf`, by unit name and operand index (from its SSA uses: no graph scan)."""
    out: list[Access] = []
    for use in buf.uses:
        op, k = use.operation, use.index
        if isinstance(op, df.ComputeOp):
            out.append(Access(op, k, k >= len(op.reads)))
        elif isinstance(op, df.LoadOp) and k == 1:
            out.append(Access(op, 1, True))
        elif isinstance(op, df.StoreOp) and k == 0:
            out.append(Access(op, 0, False))
    return sorted(out, key=lambda a: (a.unit, a.operand))


def transposed_units(mem: df.MemoryOp) -> list[str]:
    attr = mem.attributes.get(TRANSPOSE_ATTR)
    if not isinstance(attr, ArrayAttr):
        return []
    return [a.root_reference.data for a in attr.data if isinstance(a, SymbolRefAttr)]


def demand(mem: df.MemoryOp, shape: Sequence[int], ports: Sequence[Access]) -> bc.Demand:
    """The demand of `mem` (or of a part of it with `shape` and `ports`)."""
    t = mem.result.type
    assert isinstance(t, MemRefType)
    elt_bytes = max(1, getattr(t.element_type, "bitwidth", 32) // 8)
    lay = mem.layout
    vector, align = (
        (lay.vector_dim, lay.alignment) if isinstance(lay, LayoutAttr) and lay.rank() == len(shape) else (-1, 1)
    )
    size = mem.depth_value * bc.padded_elements(tuple(shape), vector, align) * elt_bytes
    tr = set(transposed_units(mem))
    reads = [p for p in ports if not p.write]
    return bc.Demand(size, len(reads), sum(1 for p in reads if p.unit in tr), sum(1 for p in ports if p.write))


@dataclass
class Proposal:
    rule: str
    cost_before: float
    cost_after: float
    apply: object  # a callable doing the split


@dataclass(frozen=True)
class SplitBuffersPass(ModulePass):
    """Split df buffers where that lowers the memory-unit cost (see the module docstring)."""

    name = "split-buffers"

    capacity: bool = True
    ports: bool = True
    consumers: bool = True
    stall: float = 2.0
    merge: float = 0.5

    def apply(self, ctx: Context, op: ModuleOp) -> None:
        chip = chip_of(op)
        for graph in [g for g in payload_ops(op) if isinstance(g, df.GraphOp)]:
            self.run_graph(graph, chip)

    @property
    def weights(self) -> bc.Weights:
        return bc.Weights(stall=self.stall, merge=self.merge)

    def cost(self, d: bc.Demand, chip: Chip) -> float:
        return bc.cost(d, chip, self.weights)

    def run_graph(self, graph: df.GraphOp, chip: Chip) -> None:
        work = [op for op in graph.units() if isinstance(op, df.MemoryOp)]
        taken = {df.unit_name(u) for u in graph.units()}
        bump(self, "buffers inspected", len(work))
        budget = 4 * len(work) + 16  # every split strictly lowers a finite cost; this is a guard
        while work and budget:
            mem = work.pop(0)
            budget -= 1
            new = self.consider(graph, mem, chip, taken)
            if new:
                work[:0] = new

    # --- decisions ---------------------------------------------------------------------------
    def consider(self, graph: df.GraphOp, mem: df.MemoryOp, chip: Chip, taken: set[str]) -> list[df.MemoryOp]:
        ports = accesses(graph, mem.result)
        before = self.cost(demand(mem, mem.shape, ports), chip)
        proposals: list[Proposal] = []
        if self.capacity and bc.pmus(demand(mem, mem.shape, ports), chip) > 1:
            p = self.propose_halves(graph, mem, ports, chip, before, taken)
            if p is None:
                bump(self, "not split: no cut that readers respect (capacity)")
            else:
                proposals.append(p)
        reads = [p for p in ports if not p.write]
        per_unit: dict[str, list[Access]] = {}
        for p in reads:
            per_unit.setdefault(p.unit, []).append(p)
        heavy = [u for u, ps in per_unit.items() if len(ps) > chip.pmu_read_ports]
        if self.ports and heavy:
            moved = per_unit[heavy[0]][chip.pmu_read_ports :]  # the buffer keeps what one PMU serves
            proposals.append(self.propose_replica("ports", graph, mem, ports, moved, chip, before, taken))
        if self.consumers and len(per_unit) > 1 and bc.serial(demand(mem, mem.shape, ports), chip) > 1:
            moved = self.share_out(mem, per_unit, chip)
            proposals.append(self.propose_replica("consumers", graph, mem, ports, moved, chip, before, taken))
        for p in proposals:
            if p.cost_after < before:
                bump(self, f"split: {p.rule}")
                return p.apply()  # type: ignore[operator]
            bump(self, f"not split: costs more ({p.rule})")
        return []

    def share_out(self, mem: df.MemoryOp, per_unit: dict[str, list[Access]], chip: Chip) -> list[Access]:
        """The reader units that move to the replica: the buffer keeps, in name order, the
        units one PMU serves at full rate (at most `pmu_read_ports` ports, one transposed);
        the rest move (and the replica is examined again, so k copies result when k pay)."""
        tr = set(transposed_units(mem))
        kept_ports = kept_tr = 0
        moved: list[Access] = []
        for i, (u, ps) in enumerate(per_unit.items()):
            t = 1 if u in tr else 0
            if i == 0 or (kept_ports + len(ps) <= chip.pmu_read_ports and kept_tr + t <= 1):
                kept_ports += len(ps)
                kept_tr += t
            else:
                moved.extend(ps)
        return moved

    # --- replication (ports, consumers) --------------------------------------------------------
    def propose_replica(
        self, rule: str, graph: df.GraphOp, mem: df.MemoryOp, ports: list[Access], moved: list[Access],
        chip: Chip, before: float, taken: set[str],
    ) -> Proposal:  # fmt: skip
        writers = [p for p in ports if p.write]
        stay = [p for p in ports if not p.write and p not in moved]
        extra = sum(
            self.weights.extra_load if isinstance(p.op, df.LoadOp) else self.weights.extra_write for p in writers
        )
        after = (
            self.cost(demand(mem, mem.shape, writers + stay), chip)
            + self.cost(demand(mem, mem.shape, writers + moved), chip)
            + extra
        )
        return Proposal(rule, before, after, lambda: [mem, self.replicate(graph, mem, writers, moved, taken)])

    def replicate(
        self, graph: df.GraphOp, mem: df.MemoryOp, writers: list[Access], moved: list[Access], taken: set[str]
    ) -> df.MemoryOp:
        t = mem.result.type
        assert isinstance(t, MemRefType)
        name = _fresh(f"{df.unit_name(mem)}_r", taken)
        copy = df.MemoryOp(name, t, mem.depth_value, mem.banks_value, layout=mem.layout)
        graph.block.insert_op_after(copy, mem)
        renamed: dict[str, str] = {}
        ports_of: dict[df.ComputeOp, list[int]] = {}
        for w in writers:
            if isinstance(w.op, df.LoadOp):
                ld = df.LoadOp(_fresh(f"{w.unit}_r", taken), w.op.src, copy.result, w.op.tile_bounds, w.op.access_map)
                graph.block.insert_op_after(ld, w.op)
                renamed[w.unit] = df.unit_name(ld)
            else:
                assert isinstance(w.op, df.ComputeOp)
                ports_of.setdefault(w.op, []).append(w.operand - len(w.op.reads))
        for op, ks in ports_of.items():
            _add_write_ports(graph, op, ks, copy.result)
        order = mem.writer_names()
        if order:
            copy.properties["writers"] = ArrayAttr([SymbolRefAttr(renamed.get(n, n)) for n in order])
        for p in moved:
            p.op.operands[p.operand] = copy.result
        _share_transposes(mem, [copy])
        return copy

    # --- halving (capacity) --------------------------------------------------------------------
    def propose_halves(
        self, graph: df.GraphOp, mem: df.MemoryOp, ports: list[Access], chip: Chip, before: float, taken: set[str]
    ) -> Proposal | None:
        """The cheapest cut of the buffer into two parts along one dimension such that every
        compute reader stays within one part. Each part spans what its readers read (rows no
        one reads are not kept), or its whole side of the cut when a store drains the buffer."""
        writers = [p for p in ports if p.write]
        if len(writers) != 1 or not isinstance(writers[0].op, df.LoadOp):
            return None
        shape = mem.shape
        lay = mem.layout
        dims = (
            list(lay.dim_order) if isinstance(lay, LayoutAttr) and lay.rank() == len(shape) else list(range(len(shape)))
        )
        stores = [p for p in ports if isinstance(p.op, df.StoreOp)]
        best: tuple[float, Cut] | None = None
        for d in dims:
            n = shape[d]
            ranges = [(p, *_port_range(p, d)) for p in ports if isinstance(p.op, df.ComputeOp)]
            for h in range(1, n):
                if any(lo < h <= hi for _, lo, hi in ranges):
                    continue
                first = [(p, lo, hi) for p, lo, hi in ranges if hi < h]
                second = [(p, lo, hi) for p, lo, hi in ranges if lo >= h]
                if stores:
                    extents = ((0, h - 1), (h, n - 1))
                elif first and second:
                    extents = (
                        (min(lo for _, lo, _ in first), max(hi for _, _, hi in first)),
                        (min(lo for _, lo, _ in second), max(hi for _, _, hi in second)),
                    )
                else:
                    continue  # both parts must be read by someone
                cut = Cut(d, extents, [p for p, _, _ in first], [p for p, _, _ in second])
                parts = []
                for (lo, hi), readers in zip(extents, (cut.first, cut.second)):
                    part = list(shape)
                    part[d] = hi - lo + 1
                    parts.append(self.cost(demand(mem, part, writers + readers + stores), chip))
                c = sum(parts)
                if best is None or c < best[0]:
                    best = (c, cut)
        if best is None:
            return None
        c, cut = best
        return Proposal("capacity", before, c, lambda: self.halve(graph, mem, cut, writers[0], stores, taken))

    def halve(
        self, graph: df.GraphOp, mem: df.MemoryOp, cut: Cut, writer: Access, stores: list[Access], taken: set[str]
    ) -> list[df.MemoryOp]:
        t = mem.result.type
        assert isinstance(t, MemRefType)
        d = cut.dim
        load = writer.op
        assert isinstance(load, df.LoadOp)
        nt = len(load.tile_bounds)
        parts: list[df.MemoryOp] = []
        anchor: Operation = load
        for (lo, hi), suffix, readers in zip(cut.extents, ("lo", "hi"), (cut.first, cut.second)):
            shape = list(mem.shape)
            shape[d] = hi - lo + 1
            part = df.MemoryOp(_fresh(f"{df.unit_name(mem)}_{suffix}", taken), MemRefType(t.element_type, shape),
                               mem.depth_value, mem.banks_value, layout=mem.layout)  # fmt: skip
            graph.block.insert_op_before(part, mem)
            parts.append(part)
            ld = df.LoadOp(_fresh(f"{df.unit_name(load)}_{suffix}", taken), load.src, part.result, load.tile_bounds,
                           _shift_transfer(load.access_map, nt + d, lo))  # fmt: skip
            graph.block.insert_op_after(ld, anchor)
            anchor = ld
            for p in readers:
                assert isinstance(p.op, df.ComputeOp)
                _set_read(p.op, p.operand, part.result, _shift_result(p.op.read_map_list()[p.operand], d, -lo))
            for p in stores:
                st = p.op
                assert isinstance(st, df.StoreOp)
                name = _fresh(f"{df.unit_name(st)}_{suffix}", taken)
                amap = _shift_transfer(st.access_map, len(st.tile_bounds) + d, lo)
                graph.block.insert_op_before(
                    df.StoreOp(name, part.result, st.dst, st.tile_bounds, amap, st.after_names()), st
                )
                _also_after(graph, df.unit_name(st), name)
        for p in stores:  # every store that waited for a drained store now waits for its parts
            _drop_after(graph, p.unit)
            p.op.detach()
            p.op.erase()
        load.detach()
        load.erase()
        _share_transposes(mem, parts)
        mem.detach()
        mem.erase()
        return parts


@dataclass
class Cut:
    """A capacity split: dimension, the (first, last) index each part keeps, and the compute
    readers of each part."""

    dim: int
    extents: tuple[tuple[int, int], tuple[int, int]]
    first: list[Access]
    second: list[Access]


# ---------------------------------------------------------------------------------------------
# IR helpers


def _fresh(base: str, taken: set[str]) -> str:
    name, k = base, 1
    while name in taken:
        name, k = f"{base}{k}", k + 1
    taken.add(name)
    return name


def _port_range(p: Access, d: int) -> tuple[int, int]:
    op = p.op
    assert isinstance(op, df.ComputeOp)
    m = op.read_map_list()[p.operand]
    lo = [0] * len(op.counter_bounds)
    hi = [(t - 1) * s for t, s in zip(op.trips(), op.counter_strides)]
    return map_ranges(m, lo, hi)[d]


def _shift_transfer(amap: AffineMap, dim: int, by: int) -> AffineMap:
    """A load/store map with tile element index `dim` shifted by `by`."""
    if by == 0:
        return amap
    exprs: list[AffineExpr] = [AffineDimExpr(i) for i in range(amap.num_dims)]
    exprs[dim] = AffineDimExpr(dim) + by
    return substitute(amap, exprs, amap.num_dims)


def _shift_result(amap: AffineMap, result: int, by: int) -> AffineMap:
    if by == 0:
        return amap
    results = list(amap.results)
    results[result] = results[result] + by
    return AffineMap(amap.num_dims, 0, tuple(results))


def _set_read(op: df.ComputeOp, k: int, value: SSAValue, amap: AffineMap) -> None:
    op.operands[k] = value
    maps = list(op.read_maps.data)
    maps[k] = AffineMapAttr(amap)
    op.properties["read_maps"] = ArrayAttr(maps)


def _add_write_ports(graph: df.GraphOp, op: df.ComputeOp, ks: Sequence[int], target: SSAValue) -> None:
    """Give `op` one more write port to `target` per write port k in `ks`, with k's map and
    value (the unit is rebuilt: its operand segments change)."""
    term = op.body.block.last_op
    assert isinstance(term, df.YieldOp)
    values = list(term.values)
    new_yield = df.YieldOp([*values, *(values[k] for k in ks)])
    op.body.block.insert_op_before(new_yield, term)
    term.detach()
    term.erase()
    body = op.detach_region(op.body)
    maps = op.write_map_list()
    new = df.ComputeOp(
        df.unit_name(op), tiles=op.tile_bounds, acc=op.acc_count, bounds=op.counter_bounds,
        strides=op.counter_strides, vector=op.vector_counter, unroll=op.unroll_spec,
        reads=list(zip(op.reads, op.read_map_list())),
        writes=[*zip(op.writes, maps), *((target, maps[k]) for k in ks)], body=body,
    )  # fmt: skip
    new.attributes.update(op.attributes)
    graph.block.insert_op_before(new, op)
    op.detach()
    op.erase()


def _share_transposes(old: df.MemoryOp, parts: Sequence[df.MemoryOp]) -> None:
    """Each part keeps the transposed readers that still read it."""
    names = transposed_units(old)
    graph = old.parent_op()
    for part in [old, *parts]:
        if part.parent is None:
            continue
        readers = {a.unit for a in accesses(graph, part.result) if not a.write}  # type: ignore[arg-type]
        mine = [n for n in names if n in readers]
        if mine:
            part.attributes[TRANSPOSE_ATTR] = ArrayAttr([SymbolRefAttr(n) for n in mine])
        else:
            part.attributes.pop(TRANSPOSE_ATTR, None)


def _drop_after(graph: df.GraphOp, name: str) -> None:
    for op in graph.units():
        if isinstance(op, df.StoreOp) and name in op.after_names():
            rest = [n for n in op.after_names() if n != name]
            if rest:
                op.properties["after"] = ArrayAttr([SymbolRefAttr(n) for n in rest])
            else:
                op.properties.pop("after")


def _also_after(graph: df.GraphOp, name: str, extra: str) -> None:
    """Stores ordered after `name` must also wait for `extra`."""
    for op in graph.units():
        if isinstance(op, df.StoreOp) and name in op.after_names() and df.unit_name(op) != extra:
            op.properties["after"] = ArrayAttr([SymbolRefAttr(n) for n in [*op.after_names(), extra]])
