"""`infer-layout`: give every df buffer a layout and resolve producer/consumer order conflicts.

Each df.memory gets a `#df.layout` (vector dimension, dimension order, alignment). Every
port that touches a buffer expects a layout: a writer the order it produces elements in, a
reader the order it consumes them (see `rdu_ir/dataflow/layout.py`, which states the cost
model and solves it exactly over the whole graph: compute units without streams may also
switch their vector counter, so a choice propagates along chains of units and buffers).

A port whose expectation the chosen layout does not meet is a conflict:
- a read that is a 2-D transpose of the layout's innermost matrix, on a chip whose PMUs
  have transpose reads (`pmu_transpose_read`), is served by the PMU's transpose read port:
  the reader is listed in the memory's `transpose_reads` and nothing is inserted (the
  simulator computes values from access maps, so the transposed order reads the same values);
- otherwise a buffer is inserted: a df.memory in the needed layout and a copy unit (a
  df.compute marked `layout_copy`, which moves elements one at a time and so may write any
  layout) between the producer and the consumer; readers needing the same layout share it.

Why: the seeds (US11645057B2, US11237971B1, US10768899B2) — choosing layouts globally
avoids most conversions, and the PMU's transpose read makes the commonest one free.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from xdsl.context import Context
from xdsl.dialects.builtin import ArrayAttr, IntegerAttr, MemRefType, ModuleOp, SymbolRefAttr, UnitAttr, i64
from xdsl.ir import Block, Operation, Region, SSAValue
from xdsl.ir.affine import AffineConstantExpr, AffineDimExpr, AffineExpr, AffineMap
from xdsl.passes import ModulePass

from rdu_ir.chip import Chip, chip_of
from rdu_ir.dataflow.affine import substitute
from rdu_ir.dataflow.layout import (
    Buffer,
    Layout,
    Port,
    Problem,
    Solution,
    Unit,
    candidate_layouts,
    layout_with,
    solve,
)
from rdu_ir.dataflow.layout_ports import COPY_ATTR, TRANSPOSE_ATTR, layout_errors, port_vector, transfer_vector
from rdu_ir.diagnostics import error_at
from rdu_ir.dialects import df
from rdu_ir.dialects.df_layout import LayoutAttr
from rdu_ir.reference import payload_ops
from rdu_ir.statistics import bump

# ---------------------------------------------------------------------------------------------
# What units cost and may choose


def cycles_with_vector(op: df.ComputeOp, lanes: int, vector: int) -> int:
    """`ComputeOp.cycles` as if the unit's vector counter were `vector`."""
    trips = op.trips()
    unroll = op.unroll_spec

    def slots(counters: Sequence[int]) -> int:
        n = 1
        for c in counters:
            t = trips[c]
            if c == vector:
                t = -(-t // lanes)
            elif unroll is not None and c == unroll[0]:
                t = -(-t // unroll[1])
            n *= t
        return n

    main = op.steps() * slots(range(len(trips)))
    if op.reduction_op() is None:
        return main
    return main + op.groups() * slots(op.live_counters())


def vector_choices(op: df.ComputeOp) -> list[int]:
    """The vector counters a unit may take (its current one first): a unit joined to others by
    streams, a copy unit, or one without a vector counter keeps its own."""
    current = op.vector_counter
    if current < 0 or COPY_ATTR in op.attributes:
        return [current]
    if any(isinstance(v.type, df.StreamType) for v in (*op.reads, *op.writes)):
        return [current]
    unroll = op.unroll_spec
    trips = op.trips()
    others = [c for c in op.live_counters() if c != current and trips[c] > 1 and (unroll is None or c != unroll[0])]
    return [current, *others]


def tokens_written(writer: Operation) -> int:
    if isinstance(writer, df.LoadOp):
        return writer.steps()
    assert isinstance(writer, df.ComputeOp)
    return writer.groups()


# ---------------------------------------------------------------------------------------------
# The graph as a layout problem


@dataclass
class GraphModel:
    problem: Problem
    memories: list[df.MemoryOp]
    units: list[df.ComputeOp]
    choices: list[list[int]]
    port_ops: list[tuple[Operation, int]]
    """Per problem port: the unit op and its operand index."""
    writers: dict[SSAValue, list[Operation]]
    readers: dict[SSAValue, list[Operation]]


def current_layout(mem: df.MemoryOp) -> Layout | None:
    lay = mem.layout
    if isinstance(lay, LayoutAttr) and lay.rank() == len(mem.shape):
        return Layout(lay.vector_dim, lay.dim_order, lay.alignment)
    return None


def build_model(graph: df.GraphOp, chip: Chip) -> GraphModel:
    memories = [op for op in graph.units() if isinstance(op, df.MemoryOp)]
    index = {m.result: i for i, m in enumerate(memories)}
    units: list[df.ComputeOp] = []
    choices: list[list[int]] = []
    unit_index: dict[Operation, int] = {}
    ports: list[Port] = []
    port_ops: list[tuple[Operation, int]] = []
    writers: dict[SSAValue, list[Operation]] = {}
    readers: dict[SSAValue, list[Operation]] = {}
    lanes = chip.pcu_lanes
    transpose = chip.pmu_transpose_read

    for op in graph.units():
        if isinstance(op, df.ComputeOp):
            ch = vector_choices(op)
            u = None
            if len(ch) > 1:
                u = unit_index[op] = len(units)
                units.append(op)
                choices.append(ch)
            n_reads = len(op.reads)
            copy = COPY_ATTR in op.attributes
            for k, (v, m) in enumerate([*zip(op.reads, op.read_map_list()), *zip(op.writes, op.write_map_list())]):
                if v not in index:
                    continue
                write = k >= n_reads
                (writers if write else readers).setdefault(v, []).append(op)
                if write and copy:
                    expect: tuple[int | None, ...] = (None,)
                else:
                    expect = tuple(port_vector(m, c) for c in ch) if u is not None else (port_vector(m, ch[0]),)
                ports.append(Port(f"@{df.unit_name(op)}#{k}", index[v], u, write, expect, transpose and not write))
                port_ops.append((op, k))
        elif isinstance(op, (df.LoadOp, df.StoreOp)):
            write = isinstance(op, df.LoadOp)
            v = op.buffer_value()
            if v not in index:
                continue
            (writers if write else readers).setdefault(v, []).append(op)
            ports.append(
                Port(
                    f"@{df.unit_name(op)}",
                    index[v],
                    None,
                    write,
                    (transfer_vector(op.access_map, len(op.tile_bounds)),),
                    transpose and not write,
                )
            )
            port_ops.append((op, 1 if write else 0))

    unit_models = [
        Unit(df.unit_name(op), [cycles_with_vector(op, lanes, c) for c in ch]) for op, ch in zip(units, choices)
    ]
    fixed_writes: dict[int, list[int]] = {}
    for p in ports:
        if p.write and p.unit is None and p.expect[0] is not None:
            fixed_writes.setdefault(p.buffer, []).append(p.expect[0])
    buffers = []
    for b, m in enumerate(memories):
        rank = len(m.shape)
        preferred = [lay for lay in [current_layout(m)] if lay is not None]
        preferred += [layout_with(v, rank, lanes) for v in fixed_writes.get(b, [])]
        ws = writers.get(m.result, [])
        tokens = tokens_written(ws[0]) if ws else 1
        elements = 1
        for d in m.shape:
            elements *= d
        buffers.append(Buffer(df.unit_name(m), candidate_layouts(rank, lanes, preferred), tokens * elements))
    return GraphModel(Problem(buffers, unit_models, ports), memories, units, choices, port_ops, writers, readers)


# ---------------------------------------------------------------------------------------------
# Rewriting


def _identity(n: int) -> AffineMap:
    return AffineMap.identity(n)


def _copy_unit(
    name: str, src: SSAValue, dst: SSAValue, tokens: int, bounds: Sequence[int], strides: Sequence[int],
    amap: AffineMap, vector: int,
) -> df.ComputeOp:  # fmt: skip
    elt = src.type.element_type  # type: ignore[attr-defined]
    body = Block(arg_types=[elt])
    body.add_op(df.YieldOp([body.args[0]]))
    op = df.ComputeOp(
        name, tiles=[tokens] if tokens > 1 else [], acc=0, bounds=list(bounds), strides=list(strides),
        vector=vector, reads=[(src, amap)], writes=[(dst, amap)], body=Region(body),
    )  # fmt: skip
    op.attributes[COPY_ATTR] = UnitAttr()
    return op


def _fresh(base: str, taken: set[str]) -> str:
    name, k = base, 1
    while name in taken:
        name, k = f"{base}_{k}", k + 1
    taken.add(name)
    return name


def _vector_of(amap: AffineMap, want: int) -> int:
    for c in range(amap.num_dims):
        if port_vector(amap, c) == want:
            return c
    return -1


def _layout_attr(lay: Layout) -> LayoutAttr:
    return LayoutAttr(lay.vector, lay.order, lay.align)


@dataclass(frozen=True)
class InferLayoutPass(ModulePass):
    """Infer buffer layouts over each df graph and resolve conflicts (see the module docstring)."""

    name = "infer-layout"

    def apply(self, ctx: Context, op: ModuleOp) -> None:
        chip = chip_of(op)
        for graph in [g for g in payload_ops(op) if isinstance(g, df.GraphOp)]:
            self.run_graph(graph, chip)

    def run_graph(self, graph: df.GraphOp, chip: Chip) -> None:
        model = build_model(graph, chip)
        solution = solve(model.problem)
        self.report(model, solution)
        self.apply_solution(graph, model, solution, chip)
        errors = layout_errors(graph, chip.pmu_transpose_read)
        if errors:  # the pass's post-condition: every port is served by its buffer's layout
            raise error_at(graph, "infer-layout produced layouts that do not serve their ports: " + "; ".join(errors))

    def report(self, model: GraphModel, solution: Solution) -> None:
        bump(self, "buffers inspected", len(model.memories))
        transposed = sum(len(r.transposed) for r in solution.resolutions)
        converted = sum(
            len(r.convert_writers) + sum(len(ps) for _, ps in r.convert_readers) for r in solution.resolutions
        )
        bump(self, "conflicts found", transposed + converted)
        bump(self, "resolved by transpose read", transposed)
        bump(self, "resolved by inserted buffers", sum(r.conversions for r in solution.resolutions))
        bump(self, "vector counters changed", sum(1 for c in solution.choices if c))

    def choose_layout(self, lay: Layout, chip: Chip) -> Layout:
        """The layout as the pass records it (a hook for variants)."""
        return lay

    def apply_solution(self, graph: df.GraphOp, model: GraphModel, solution: Solution, chip: Chip) -> None:
        for op, ch, c in zip(model.units, model.choices, solution.choices):
            if c:
                op.properties["vector"] = IntegerAttr(ch[c], i64)
        taken = {df.unit_name(u) for u in graph.units()}
        problem = model.problem
        align = chip.pcu_lanes
        for b, mem in enumerate(model.memories):
            lay = self.choose_layout(problem.buffers[b].candidates[solution.layouts[b]], chip)
            mem.properties["layout"] = _layout_attr(lay)
            res = solution.resolutions[b]
            names = sorted({df.unit_name(model.port_ops[i][0]) for i in res.transposed})
            if names:
                mem.attributes[TRANSPOSE_ATTR] = ArrayAttr([SymbolRefAttr(n) for n in names])
            else:
                mem.attributes.pop(TRANSPOSE_ATTR, None)
            rank = len(mem.shape)
            block = graph.block
            anchor: Operation = mem
            mtype = mem.result.type
            assert isinstance(mtype, MemRefType)
            for want, port_ids in res.convert_readers:
                base = df.unit_name(mem)
                new = df.MemoryOp(_fresh(f"{base}_v{want}", taken), mtype, mem.depth_value, mem.banks_value,
                                  layout=_layout_attr(layout_with(want, rank, align, lay.vector)))  # fmt: skip
                ws = model.writers.get(mem.result, [])
                tokens = tokens_written(ws[0]) if ws else 1
                ident = _identity(rank)
                copy = _copy_unit(_fresh(f"{base}_cvt{want}", taken), mem.result, new.result, tokens,
                                  mem.shape, [1] * rank, ident, lay.vector)  # fmt: skip
                block.insert_ops_after([new, copy], anchor)
                anchor = copy
                for i in port_ids:
                    unit, k = model.port_ops[i]
                    unit.operands[k] = new.result
            for i in res.convert_writers:
                unit, k = model.port_ops[i]
                want = problem.ports[i].wants(
                    0 if problem.ports[i].unit is None else solution.choices[problem.ports[i].unit]
                )
                assert want is not None
                base = df.unit_name(mem)
                new = df.MemoryOp(_fresh(f"{base}_w{want}", taken), mtype, mem.depth_value, mem.banks_value,
                                  layout=_layout_attr(layout_with(want, rank, align, lay.vector)))  # fmt: skip
                if isinstance(unit, df.ComputeOp):
                    live = unit.live_counters()
                    pos = {c: j for j, c in enumerate(live)}
                    wmap = unit.write_map_list()[k - len(unit.reads)]
                    subst: list[AffineExpr] = [
                        AffineDimExpr(pos[c]) if c in pos else AffineConstantExpr(0) for c in range(wmap.num_dims)
                    ]
                    amap = substitute(wmap, subst, len(live))
                    bounds = [unit.counter_bounds[c] for c in live]
                    strides = [unit.counter_strides[c] for c in live]
                else:
                    amap, bounds, strides = _identity(rank), list(mem.shape), [1] * rank
                copy_name = _fresh(f"{base}_cvt_{df.unit_name(unit)}", taken)
                copy = _copy_unit(copy_name, new.result, mem.result, tokens_written(unit), bounds, strides, amap,
                                  _vector_of(amap, want))  # fmt: skip
                block.insert_ops_after([new, copy], anchor)
                anchor = copy
                unit.operands[k] = new.result
                order = mem.writer_names()
                if order:
                    mem.properties["writers"] = ArrayAttr(
                        [SymbolRefAttr(copy_name if n == df.unit_name(unit) else n) for n in order]
                    )
