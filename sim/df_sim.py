"""Token-level simulator of the `df` level.

Every unit of a `df.graph` (load, store, compute) runs as a coroutine (a Python generator)
over the bounded channels of `df_channels`: memory units with their declared depths, streams,
DRAM tensors. A coroutine yields a `Wait` whenever it needs a token, a free slot or a finished
DRAM tensor; the scheduler resumes units round-robin while any can advance. When none can and
some are still alive, that is a deadlock: the run stops with an error naming each waiting unit
and what it waits for.

DRAM tensors written inside the graph are barriers: a load from one starts when every store
into it has finished (ta-to-df passes tensors between op groups through DRAM); a store with
`after` starts when those stores have finished.

Values are computed only from the units' configurations — counter chains, access maps, bodies
— on whole tiles with numpy (`df_values`): the reference function is never consulted.

Stats (`RunResult.stats`): per unit (`units`) its kind, steps, vector ops (body ops x issue
slots), buffer reads and writes in vectors, tokens in and out, and its ideal cycles (issue
slots); per memory unit (`memories`) the tiles written and read; totals: compute units, vector
ops, ideal cycles (groups of units in sequence, each as slow as its slowest unit), DRAM
elements moved.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

import numpy as np
from rdu_ir.dialects import df
from rdu_ir.sim.df_channels import Dram, Memory, Stream, blank
from rdu_ir.sim.df_values import (
    ACCUMULATE,
    AccessPlan,
    Lanes,
    combine,
    expand,
    mac_over,
    reduce_over,
)
from rdu_ir.sim.runner import RunResult, find_entry, numpy_dtype, tensor_parts
from rdu_ir.sim.ta_interp import COMPARE_FNS, UNARY_FNS, _div
from xdsl.dialects.builtin import ModuleOp
from xdsl.ir import Operation, SSAValue

from rdu_ir.chip import chip_of
from rdu_ir.dataflow.cost import ideal_cycles
from rdu_ir.diagnostics import error, error_at


@dataclass
class Wait:
    ready: Callable[[], bool]
    what: Callable[[], str]


UNARY_NUMPY = {"neg": "negative"}
BINARY_NUMPY = {
    "add": np.add, "sub": np.subtract, "mul": np.multiply, "div": _div,
    "max": np.maximum, "min": np.minimum,
}  # fmt: skip


def _tile_index(tiles: Sequence[int], step: int) -> list[int]:
    """Row-major tile counter values of step `step`."""
    out = []
    for t in reversed(tiles):
        out.append(step % t)
        step //= t
    return out[::-1]


def _counter_values(op: df.ComputeOp) -> list[np.ndarray]:
    return [np.arange(0, b, s) for b, s in zip(op.counter_bounds, op.counter_strides)]


class Simulation:
    def __init__(self, graph: df.GraphOp, inputs: Sequence[np.ndarray], lanes: int):
        self.graph = graph
        self.lanes = lanes
        self.channels: dict[SSAValue, object] = {}
        self.stats: dict[str, dict[str, object]] = {}
        writers: dict[SSAValue, list[str]] = {}
        readers: dict[SSAValue, list[str]] = {}
        for op in graph.units():
            name = df.unit_name(op)
            if isinstance(op, df.ComputeOp):
                for v in op.writes:
                    writers.setdefault(v, []).append(name)
                for k, v in enumerate(op.reads):
                    readers.setdefault(v, []).append(f"{name}#{k}")
            elif isinstance(op, df.LoadOp):
                writers.setdefault(op.dst, []).append(name)
            elif isinstance(op, df.StoreOp):
                writers.setdefault(op.dst, []).append(name)
                readers.setdefault(op.src, []).append(f"{name}#0")
        for arg, value in zip(graph.block.args, inputs):
            self.channels[arg] = Dram(arg.name_hint or "arg", value, writers.get(arg, []))
        for op in graph.units():
            name = df.unit_name(op)
            if isinstance(op, df.DramOp):
                shape, dtype = tensor_parts(op.result.type)
                if op.value is not None:
                    from rdu_ir.dialects.ta import dense_to_numpy

                    array = np.broadcast_to(dense_to_numpy(op.value), shape).astype(dtype)
                else:
                    array = blank(shape, dtype)
                self.channels[op.result] = Dram(name, array, writers.get(op.result, []))
            elif isinstance(op, df.MemoryOp):
                t = op.result.type
                order = op.writer_names() or writers.get(op.result, [])
                mem = Memory(name, op.shape, numpy_dtype(t.element_type), op.depth_value, order)
                for r in readers.get(op.result, []):
                    mem.add_reader(r)
                self.channels[op.result] = mem
            elif isinstance(op, df.StreamOp):
                self.channels[op.result] = Stream(name, 1)
        self.stores_done: set[str] = set()

    # --- coroutines ----------------------------------------------------------------------------
    def _wait_read(self, ch, unit: str) -> Iterator[Wait]:
        if not ch.can_read(unit):
            yield Wait(lambda: ch.can_read(unit), lambda: ch.waiting_for(unit, False))

    def _wait_write(self, ch, unit: str) -> Iterator[Wait]:
        if not ch.can_write(unit):
            yield Wait(lambda: ch.can_write(unit), lambda: ch.waiting_for(unit, True))

    def run_load(self, op: df.LoadOp) -> Iterator[Wait]:
        name = df.unit_name(op)
        src: Dram = self.channels[op.src]  # type: ignore[assignment]
        dst: Memory = self.channels[op.dst]  # type: ignore[assignment]
        if not src.ready():
            yield Wait(src.ready, src.waiting_for)
        tiles = op.tile_bounds
        plan = _TransferPlan(op.access_map, len(tiles), dst.shape)
        st = self.stats[name] = {"kind": "load", "steps": op.steps(), "tokens_out": 0, "elements": 0}
        for step in range(op.steps()):
            tile = plan.gather(src.array, _tile_index(tiles, step))
            yield from self._wait_write(dst, name)
            slot = dst.slot_for(name)
            slot[...] = tile
            dst.done_writing(name)
            st["tokens_out"] += 1
            st["elements"] += tile.size

    def run_store(self, op: df.StoreOp) -> Iterator[Wait]:
        name = df.unit_name(op)
        src: Memory = self.channels[op.src]  # type: ignore[assignment]
        dst: Dram = self.channels[op.dst]  # type: ignore[assignment]
        after = op.after_names()
        if any(a not in self.stores_done for a in after):
            yield Wait(
                lambda: all(a in self.stores_done for a in after),
                lambda: "stores " + ", ".join("@" + a for a in after if a not in self.stores_done) + " to finish (after)",
            )
        tiles = op.tile_bounds
        plan = _TransferPlan(op.access_map, len(tiles), src.shape)
        st = self.stats[name] = {"kind": "store", "steps": op.steps(), "tokens_in": 0, "elements": 0}
        for step in range(op.steps()):
            reader = f"{name}#0"
            yield from self._wait_read(src, reader)
            tile = src.read(reader)
            plan.scatter(dst.array, _tile_index(tiles, step), tile)
            src.release(reader)
            st["tokens_in"] += 1
            st["elements"] += tile.size
        self.stores_done.add(name)
        dst.finished(name)

    def run_compute(self, op: df.ComputeOp) -> Iterator[Wait]:
        name = df.unit_name(op)
        lanes = self.lanes
        trips = op.trips()
        values = _counter_values(op)
        reads = list(op.reads)
        rmaps = op.read_map_list()
        wmaps = op.write_map_list()
        read_plans = [None if isinstance(v.type, df.StreamType) else AccessPlan(m, values) for v, m in zip(reads, rmaps)]
        write_plans = [None if isinstance(v.type, df.StreamType) else AccessPlan(m, values) for v, m in zip(op.writes, wmaps)]
        drain = op.drain_args()
        block = op.body.block
        body = list(block.ops)
        red = op.reduction_op()
        split = body.index(red) + 1 if red is not None else len(body)
        main_ops, drain_ops = body[:split], body[split:]
        live = op.live_counters()
        n_counters = len(trips)
        tiles = op.tile_bounds
        inner = math.prod(tiles[len(tiles) - op.acc_count :])
        all_c = list(range(n_counters))
        main_vec_ops = op.iterations(all_c, lanes, unrolled=False)
        drain_slots = op.iterations(live, lanes) if red is not None else 0
        n_main = sum(1 for o in main_ops if not isinstance(o, df.ConstOp))
        n_drain = sum(1 for o in drain_ops if not isinstance(o, (df.ConstOp, df.YieldOp)))
        st = self.stats[name] = {
            "kind": "compute", "steps": op.steps(), "vector_ops": 0, "reads": 0, "writes": 0,
            "tokens_in": 0, "tokens_out": 0, "cycles": op.cycles(lanes), "stages": op.stage_count(lanes),
        }  # fmt: skip
        acc: Lanes | None = None

        def vec(elements: int) -> int:
            return -(-elements // lanes)

        def take(indices: list[int], env: dict) -> Iterator[Wait]:
            for i in indices:
                ch = self.channels[reads[i]]
                reader = f"{name}#{i}"
                yield from self._wait_read(ch, reader)
                if isinstance(ch, Stream):
                    arr = ch.pop()
                    env[block.args[i]] = Lanes(arr, tuple(range(n_counters)))  # type: ignore[arg-type]
                    st["reads"] += vec(arr.size)  # type: ignore[attr-defined]
                else:
                    env[block.args[i]] = read_plans[i].read(ch.read(reader))  # type: ignore[union-attr]
                    st["reads"] += vec(read_plans[i].elements())  # type: ignore[union-attr]
                st["tokens_in"] += 1

        def give_back(indices: list[int]) -> None:
            for i in indices:
                ch = self.channels[reads[i]]
                if isinstance(ch, Memory):
                    ch.release(f"{name}#{i}")

        main_ports = [i for i in range(len(reads)) if not drain[i]]
        drain_ports = [i for i in range(len(reads)) if drain[i]]
        for step in range(op.steps()):
            env: dict = {}
            yield from take(main_ports, env)
            self._evaluate(main_ops, env, trips)
            st["vector_ops"] += n_main * main_vec_ops
            give_back(main_ports)
            first, last = step % inner == 0, step % inner == inner - 1
            if red is not None:
                part = env[red.results[0]]
                kind = "sum" if isinstance(red, df.MacOp) else red.kind.data
                acc = part if first or acc is None else combine(ACCUMULATE[kind], acc, part)
                if not last:
                    continue
                env[red.results[0]] = acc
                yield from take(drain_ports, env)
                self._evaluate(drain_ops, env, trips)
                st["vector_ops"] += n_drain * drain_slots
                give_back(drain_ports)
            term = block.last_op
            assert isinstance(term, df.YieldOp)
            for i, (v, target) in enumerate(zip(term.values, op.writes)):
                ch = self.channels[target]
                value: Lanes = env[v]
                yield from self._wait_write(ch, name)
                if isinstance(ch, Stream):
                    full = np.broadcast_to(expand(value, live), tuple(trips[c] for c in live))
                    ch.push(np.ascontiguousarray(full))
                    st["writes"] += vec(full.size)
                else:
                    write_plans[i].write(ch.slot_for(name), value)  # type: ignore[union-attr]
                    ch.done_writing(name)
                    st["writes"] += vec(write_plans[i].elements())  # type: ignore[union-attr]
                st["tokens_out"] += 1

    def _evaluate(self, ops: list[Operation], env: dict, trips: Sequence[int]) -> None:
        for o in ops:
            if isinstance(o, df.YieldOp):
                continue
            args = [env[v] for v in o.operands]
            if isinstance(o, df.ConstOp):
                dtype = numpy_dtype(o.result.type)
                out = Lanes(np.asarray(o.number, dtype), ())
            elif isinstance(o, df.BinaryLaneOp):
                out = combine(BINARY_NUMPY[o.fn], *args)
            elif isinstance(o, df.UnaryLaneOp):
                fn = UNARY_FNS[UNARY_NUMPY.get(o.fn, o.fn)]
                out = Lanes(np.asarray(fn(args[0].array)), args[0].axes)
            elif isinstance(o, df.SelectOp):
                cmp = COMPARE_FNS[o.predicate.data]
                out = combine(lambda a, b, t, f, cmp=cmp: np.where(cmp(a, b), t, f), *args)
            elif isinstance(o, df.ReduceOp):
                out = reduce_over(o.kind.data, args[0], o.over_list, trips)
            elif isinstance(o, df.MacOp):
                out = mac_over(args[0], args[1], o.over_list, trips)
            else:
                raise error_at(o, "the df simulator does not know this op")
            dtype = args[0].array.dtype if args else out.array.dtype
            if out.array.dtype != dtype:
                out = Lanes(out.array.astype(dtype), out.axes)
            env[o.results[0]] = out

    # --- scheduler -------------------------------------------------------------------------------
    def run(self) -> list[np.ndarray]:
        live: list[tuple[str, Operation, Iterator[Wait], Wait | None]] = []
        for op in self.graph.units():
            if isinstance(op, df.LoadOp):
                gen = self.run_load(op)
            elif isinstance(op, df.StoreOp):
                gen = self.run_store(op)
            elif isinstance(op, df.ComputeOp):
                gen = self.run_compute(op)
            else:
                continue
            live.append((df.unit_name(op), op, gen, None))
        while live:
            progress = False
            still: list[tuple[str, Operation, Iterator[Wait], Wait | None]] = []
            for name, op, gen, wait in live:
                try:
                    while wait is None or wait.ready():
                        wait = next(gen)
                        progress = True
                    still.append((name, op, gen, wait))
                except StopIteration:
                    progress = True
            live = still
            if live and not progress:
                lines = [f"  @{name} ({op.name}) waits for {wait.what()}" for name, op, _, wait in live if wait]
                raise error_at(
                    self.graph,
                    f"deadlock in df.graph @{self.graph.sym_name.data}: every live unit is waiting\n"
                    + "\n".join(lines),
                )
        ret = self.graph.block.last_op
        assert isinstance(ret, df.ReturnOp)
        return [np.array(self.channels[v].array) for v in ret.values]  # type: ignore[attr-defined]


class _TransferPlan:
    """A load/store map at fixed tile counters: tile element indices -> DRAM indices."""

    def __init__(self, amap, n_tiles: int, shape: tuple[int, ...]):
        self.map, self.n_tiles, self.shape = amap, n_tiles, shape
        self.cache: dict[tuple[int, ...], AccessPlan] = {}

    def _plan(self, t: list[int]) -> AccessPlan:
        key = tuple(t)
        plan = self.cache.get(key)
        if plan is None:
            from xdsl.ir.affine import AffineExpr

            from rdu_ir.dataflow.affine import substitute

            exprs = [AffineExpr.constant(v) for v in t] + [AffineExpr.dimension(i) for i in range(len(self.shape))]
            m = substitute(self.map, exprs, len(self.shape))
            plan = AccessPlan(m, [np.arange(n) for n in self.shape])
            if len(self.cache) < 4096:
                self.cache[key] = plan
        return plan

    def gather(self, dram: np.ndarray, t: list[int]) -> np.ndarray:
        v = self._plan(t).read(dram)
        return np.broadcast_to(expand(v, tuple(range(len(self.shape)))), self.shape)

    def scatter(self, dram: np.ndarray, t: list[int], tile: np.ndarray) -> None:
        self._plan(t).write(dram, Lanes(tile, tuple(range(len(self.shape)))))


def find_graph(module: ModuleOp, entry: str | None) -> df.GraphOp:
    op = find_entry(module, entry)
    if not isinstance(op, df.GraphOp):
        raise error(f"@{df.unit_name(op)} is not a df.graph")
    return op


def run_df(module: ModuleOp, entry: str | None = None, inputs: Sequence[np.ndarray] = ()) -> RunResult:
    """Run df.graph `entry` (default: the only public one) on `inputs`."""
    graph = find_graph(module, entry)
    types = graph.function_type.inputs.data
    if len(inputs) != len(types):
        raise error(f"@{graph.sym_name.data} takes {len(types)} inputs, got {len(inputs)}")
    arrays = []
    for i, (x, t) in enumerate(zip(inputs, types)):
        shape, dtype = tensor_parts(t)
        a = np.asarray(x)
        if a.shape != shape:
            raise error(f"input #{i} has shape {a.shape}, expected {shape} ({t})")
        arrays.append(a.astype(dtype))
    chip = chip_of(module)
    sim = Simulation(graph, arrays, chip.pcu_lanes)
    results = sim.run()
    units = sim.stats
    computes = [s for s in units.values() if s["kind"] == "compute"]
    memories = {
        ch.name: {"tiles_written": ch.committed(), "tiles_read": sum(ch.readers.values()), "depth": ch.depth}
        for ch in sim.channels.values()
        if isinstance(ch, Memory)
    }
    stats: dict[str, object] = {
        "units": units,
        "memories": memories,
        "compute_units": len(computes),
        "vector_ops": sum(int(s["vector_ops"]) for s in computes),  # type: ignore[arg-type]
        "ideal_cycles": ideal_cycles(graph, chip),
        "max_unit_cycles": max((int(s["cycles"]) for s in computes), default=0),  # type: ignore[arg-type]
        "dram_elements": sum(int(s["elements"]) for s in units.values() if s["kind"] in ("load", "store")),  # type: ignore[arg-type]
    }
    return RunResult(results=results, stats=stats)

