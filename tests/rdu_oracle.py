"""A timeless value oracle of the rdu configuration contract (dialects/rdu_program.py docstring).

Not the cycle simulator (helper-10's sim/cycle_sim.py): it ignores time and credits and runs
every unit of a section to completion in dataflow order, token sequences as lists of whole
tiles in numpy. It reads only the rdu configuration, so when it reproduces the reference the
configuration that `allocate-units` wrote is complete; tests use it until (and beside) the
cycle simulator.
"""

from __future__ import annotations

import math

import numpy as np
from rdu_ir.dialects.rdu import AgcuOp, ChipOp, PcuOp, PmuOp
from rdu_ir.dialects.rdu_checks import int_attr, ints_attr, strs_attr
from rdu_ir.dialects.rdu_program import ProgramOp
from rdu_ir.dialects.ta import dense_to_numpy
from rdu_ir.sim.df_values import (
    ACCUMULATE,
    Lanes,
    combine,
    expand,
    mac_over,
    reduce_over,
)
from rdu_ir.sim.runner import numpy_dtype, tensor_parts
from rdu_ir.sim.ta_interp import COMPARE_FNS, UNARY_FNS, _div
from xdsl.dialects.builtin import ModuleOp
from xdsl.ir import Operation

from rdu_ir.dataflow.affine import eval_expr
from rdu_ir.reference import payload_ops

BINARY = {
    "add": np.add,
    "sub": np.subtract,
    "mul": np.multiply,
    "div": _div,
    "max": np.maximum,
    "min": np.minimum,
}
REDUCE_KIND = {"fma": "sum", "add": "sum", "max": "max", "min": "min", "mul": "prod"}


def _values(counters) -> list[np.ndarray]:
    return [np.arange(lo, hi, s) for lo, hi, s in counters]


def _grid(amap, counters) -> np.ndarray:
    """Addresses of `amap` over the full grid of `counters` (one axis per counter)."""
    vals = _values(counters)
    dims = []
    for k, v in enumerate(vals):
        shape = [1] * len(vals)
        shape[k] = -1
        dims.append(v.reshape(shape))
    out = np.asarray(eval_expr(amap.results[0], dims))
    return np.broadcast_to(out, tuple(len(v) for v in vals))


def _tiles(counters, t: int) -> list[tuple[int, ...]]:
    import itertools

    return list(itertools.product(*[range(lo, hi, s) for lo, hi, s in counters[:t]]))


def run_program(module: ModuleOp, inputs: list[np.ndarray]) -> list[np.ndarray]:
    program = next(op for op in payload_ops(module) if isinstance(op, ProgramOp))
    dram: dict[str, np.ndarray] = {}
    for d in program.drams():
        shape, dtype = tensor_parts(d.tensor_type)
        if d.arg_index is not None:
            dram[d.sym_name.data] = np.array(inputs[d.arg_index], dtype=dtype)
        elif d.value is not None:
            dram[d.sym_name.data] = np.broadcast_to(
                dense_to_numpy(d.value), shape
            ).astype(dtype)
        else:
            dram[d.sym_name.data] = (
                np.full(shape, np.nan, dtype)
                if dtype.kind == "f"
                else np.zeros(shape, dtype)
            )
    for section in program.sections():
        Section(section, dram).run()
    return [dram[n] for n in program.result_names()]


class Section:
    def __init__(self, chip_op: ChipOp, dram: dict[str, np.ndarray]):
        self.dram = dram
        self.units = chip_op.units()
        self.feeds: dict[tuple[Operation, int], list[tuple[Operation, int]]] = {}
        for r in chip_op.routes():
            if r.network.data != "control":
                key = (r.dest.owner, r.dest_port.value.data)
                self.feeds.setdefault(key, []).append(
                    (r.source.owner, r.source_port.value.data)
                )
        self.tokens: dict[tuple[Operation, int], list] = {}

    def inputs(self, unit, port: int) -> list:
        """Tokens arriving on an input port (fragments of a split PMU merged by adding)."""
        sources = self.feeds.get((unit, port), [])
        seqs = [self.tokens[s] for s in sources]
        if len(seqs) == 1:
            return seqs[0]
        return [sum(toks[1:], toks[0]) for toks in zip(*seqs)] if seqs else []

    def run(self) -> None:
        pending = list(self.units)
        stores_of: dict[str, list] = {}
        for u in self.units:
            if isinstance(u, AgcuOp) and u.direction.data == "store":
                stores_of.setdefault(u.tensor.data, []).append(u)
        done: set = set()
        while pending:
            progress = False
            for u in list(pending):
                deps = [s for (d, _), ss in self.feeds.items() if d is u for s, _ in ss]
                if isinstance(u, AgcuOp) and u.direction.data == "load":
                    deps += stores_of.get(u.tensor.data, [])
                if isinstance(u, AgcuOp) and "after" in u.attributes:
                    names = [a.root_reference.data for a in u.attributes["after"].data]  # type: ignore[attr-defined]
                    deps += [x for x in self.units if x.unit_name in names]
                if all(d in done for d in deps):
                    self.fire(u)
                    done.add(u)
                    pending.remove(u)
                    progress = True
            assert progress, "the section's data links form a cycle"

    def fire(self, u) -> None:
        if isinstance(u, AgcuOp):
            self.agcu(u)
        elif isinstance(u, PmuOp):
            self.pmu(u)
        else:
            self.pcu(u)

    # --- AGCU ---------------------------------------------------------------------------------
    def agcu(self, u: AgcuOp) -> None:
        counters = [tuple(c) for c in _triples(u.counters)]
        t = int_attr(u, "tile_counters", 0)
        flat = self.dram[u.tensor.data].reshape(-1)
        elem = counters[t:]
        out = []
        toks = self.inputs(u, 0) if u.direction.data == "store" else None
        for i, tv in enumerate(_tiles(counters, t)):
            cs = [(v, v + 1, 1) for v in tv] + elem
            addr = _grid(u.map.data, cs).reshape([len(range(*c)) for c in elem])
            if u.direction.data == "load":
                out.append(Lanes(flat[addr], tuple(range(len(elem)))))
            else:
                tok: Lanes = toks[i]  # type: ignore[index]
                flat[addr] = np.broadcast_to(expand(tok, range(len(elem))), addr.shape)
        self.tokens[(u, 0)] = out

    # --- PMU ----------------------------------------------------------------------------------
    def pmu(self, u: PmuOp) -> None:
        shape = ints_attr(u, "shape")
        size = math.prod(shape)
        dtype = numpy_dtype(u.attributes["element"])
        lo, hi = (
            (0, size)
            if u.addr_range is None
            else tuple(int(x) for x in u.addr_range.iter_values())
        )
        from rdu_ir.dialects.rdu_checks import extra_writes, write_generator

        ports = 1 + len(extra_writes(u))
        gens = [write_generator(u, w) for w in range(ports)]
        writes = [_grid(amap, counters) for counters, amap in gens]
        rc = _triples(u.read_counters)
        raddr = _grid(u.read_map.data, rc)
        rmask = (raddr >= lo) & (raddr < hi)
        out = []
        for toks in zip(*[self.inputs(u, w) for w in range(ports)]):
            slot = (
                np.full(size, np.nan, dtype)
                if dtype.kind == "f"
                else np.zeros(size, dtype)
            )
            for tok, waddr, (wc, _) in zip(toks, writes, gens):
                wmask = (waddr >= lo) & (waddr < hi)
                full = np.broadcast_to(expand(tok, range(len(wc))), waddr.shape)
                slot[waddr[wmask]] = full[wmask]
            vals = np.where(
                rmask, slot[np.clip(raddr, 0, size - 1)], np.zeros((), dtype)
            )
            out.append(Lanes(vals, tuple(range(len(rc)))))
        self.tokens[(u, 0)] = out

    # --- PCU ----------------------------------------------------------------------------------
    def pcu(self, u: PcuOp) -> None:
        counters = u.counter_list
        T = int_attr(u, "tile_counters", 0)
        A = int_attr(u, "acc_tiles", 0)
        trips = [len(range(*c)) for c in counters]
        reduce = ints_attr(u, "reduce")
        red_elem = [c for c in reduce if c >= T]
        elem = list(range(T, len(counters)))
        live = [c for c in elem if c not in reduce]
        stages = u.stage_list
        red_stage = next((i for i, (_, a) in enumerate(stages) if "acc" in a), None)
        drain_in = set(ints_attr(u, "drain_inputs"))
        outputs = strs_attr(u, "outputs") or []
        used = {int(a[2:]) for _, args in stages for a in args if a.startswith("in")}
        used |= {int(o[2:]) for o in outputs if o.startswith("in")}
        ports = {k: self.inputs(u, k) for k in sorted(used)}

        def as_lanes(tok: Lanes, k: int) -> Lanes:
            axes_map = live if k in drain_in else elem
            return Lanes(tok.array, tuple(axes_map[a] for a in tok.axes))

        steps = math.prod(trips[:T])
        inner = math.prod(trips[T - A : T]) if A else 1
        groups_seen = 0
        main_seen = 0
        acc = None
        outs: dict[int, list] = {j: [] for j in range(len(outputs))}
        red_kind = REDUCE_KIND[stages[red_stage][0]] if red_stage is not None else None
        for step in range(steps):
            env: dict[str, Lanes] = {}
            for k in ports:
                if k not in drain_in:
                    env[f"in{k}"] = as_lanes(ports[k][main_seen], k)
            main_seen += 1
            last_main = len(stages) if red_stage is None else red_stage
            self.evaluate(stages[:last_main], 0, env, trips)
            if red_stage is not None:
                op, args = stages[red_stage]
                if op == "fma":
                    part = mac_over(
                        self.operand(args[0], env),
                        self.operand(args[1], env),
                        red_elem,
                        trips,
                    )
                else:
                    part = reduce_over(
                        red_kind, self.operand(args[0], env), red_elem, trips
                    )
                first, last = step % inner == 0, step % inner == inner - 1
                acc = (
                    part
                    if first or acc is None
                    else combine(ACCUMULATE[red_kind], acc, part)
                )
                if not last:
                    continue
                env[f"s{red_stage}"] = acc
                for k in drain_in:
                    env[f"in{k}"] = as_lanes(ports[k][groups_seen], k)
                groups_seen += 1
                self.evaluate(stages[red_stage + 1 :], red_stage + 1, env, trips)
            out_axes = live if red_stage is not None else elem
            for j, o in enumerate(outputs):
                v = self.operand(o, env)
                pos = {c: i for i, c in enumerate(out_axes)}
                outs[j].append(Lanes(v.array, tuple(pos[a] for a in v.axes)))
        for j, seq in outs.items():
            self.tokens[(u, j)] = seq

    def operand(self, a: str, env: dict[str, Lanes]) -> Lanes:
        if a in env:
            return env[a]
        return Lanes(
            np.asarray(
                float(a) if any(ch in a for ch in ".eE") else int(a), np.float32
            ),
            (),
        )

    def evaluate(self, stages, offset: int, env: dict[str, Lanes], trips) -> None:
        for i, (op, args) in enumerate(stages):
            xs = [self.operand(a, env) for a in args]
            if op in BINARY:
                out = combine(BINARY[op], *xs)
            elif op.startswith("select_"):
                cmp = COMPARE_FNS[op[len("select_") :]]
                out = combine(
                    lambda a, b, t, f, cmp=cmp: np.where(cmp(a, b), t, f), *xs
                )
            elif op == "pass":
                out = xs[0]
            else:
                fn = UNARY_FNS["negative" if op == "neg" else op]
                out = Lanes(np.asarray(fn(xs[0].array)), xs[0].axes)
            dtype = next((x.array.dtype for x in xs if x.axes), out.array.dtype)
            env[f"s{offset + i}"] = Lanes(out.array.astype(dtype, copy=False), out.axes)


def _triples(attr) -> list[tuple[int, int, int]]:
    v = [int(x) for x in attr.iter_values()]
    return [(v[i], v[i + 1], v[i + 2]) for i in range(0, len(v), 3)]
