"""Whole-tile values of the cycle simulator, read from the rdu configuration alone.

The semantics are those of dialects/rdu_program.py's docstring: an AGCU moves one tile per step
of its tile counters, a PMU stores a tile through its write generator and sends it through its
read generator, a PCU evaluates its stages on one tile step (a whole tile of lanes at once,
`df_values.Lanes` with one axis per element counter). Address grids are built once per unit,
so a transaction is a few numpy calls; nothing here loops over elements or knows about time.
"""

from __future__ import annotations

import math

import numpy as np

from rdu_ir.dataflow.affine import eval_expr
from rdu_ir.dialects.rdu import AgcuOp, PcuOp, PmuOp
from rdu_ir.dialects.rdu_checks import int_attr, ints_attr, strs_attr
from rdu_ir.diagnostics import error_at
from rdu_ir.sim.df_values import ACCUMULATE, Lanes, combine, expand, mac_over, reduce_over
from rdu_ir.sim.runner import numpy_dtype
from rdu_ir.sim.ta_interp import COMPARE_FNS, UNARY_FNS, _div

BINARY = {"add": np.add, "sub": np.subtract, "mul": np.multiply, "div": _div, "max": np.maximum, "min": np.minimum}
BINARY["pow"] = np.power
REDUCE_KIND = {"fma": "sum", "add": "sum", "max": "max", "min": "min", "mul": "prod"}
UNARY = {
    **UNARY_FNS,
    "recip": lambda x: np.ones((), x.dtype) / x,
    "floor": np.floor,
    "ceil": np.ceil,
    "gelu": lambda x: x * 0.5 * (1 + UNARY_FNS["erf"](x / np.sqrt(2).astype(x.dtype))),
}


def counter_values(counters) -> list[np.ndarray]:
    return [np.arange(lo, hi, s) for lo, hi, s in counters]


def address_grid(amap, counters) -> np.ndarray:
    """Addresses of `amap` over the full grid of `counters` (one axis per counter)."""
    vals = counter_values(counters)
    dims = []
    for k, v in enumerate(vals):
        shape = [1] * len(vals)
        shape[k] = -1
        dims.append(v.reshape(shape))
    out = np.asarray(eval_expr(amap.results[0], dims), dtype=np.int64)
    return np.broadcast_to(out, tuple(len(v) for v in vals))


def merge(tokens: list[Lanes]) -> Lanes:
    """Tokens of the fragments of a split buffer on one port: each is zero outside its range."""
    out = tokens[0]
    for t in tokens[1:]:
        out = combine(np.add, out, t)
    return out


def fit(op, tok: Lanes, dims: int, shape: tuple[int, ...]) -> np.ndarray:
    """A received tile as the array the receiver's counters walk; a mismatch is the
    configuration's error (the sender's and the receiver's counter chains disagree)."""
    if len(tok.axes) and max(tok.axes) >= dims:
        raise error_at(op, f"@{op.sym_name.data} receives a tile over {max(tok.axes) + 1} counters, its own chain has {dims}")
    try:
        return np.broadcast_to(expand(tok, range(dims)), shape)
    except ValueError:
        got = "x".join(str(n) for n in expand(tok, range(dims)).shape)
        want = "x".join(str(n) for n in shape)
        raise error_at(op, f"@{op.sym_name.data} receives a {got} tile but its counters walk {want}") from None


class AgcuValues:
    """Tile i of a transfer: its element addresses in the flat DRAM tensor."""

    def __init__(self, u: AgcuOp):
        self.op = u
        counters = _triples(u.counters)
        t = int_attr(u, "tile_counters", 0)
        self.tiles = math.prod(len(range(*c)) for c in counters[:t])
        self.elem_shape = tuple(len(range(*c)) for c in counters[t:])
        grid = address_grid(u.map.data, counters) if counters else np.zeros((), np.int64)
        self.addr = np.ascontiguousarray(grid).reshape((self.tiles,) + self.elem_shape)
        self.elements = math.prod(self.elem_shape)

    def load(self, flat: np.ndarray, i: int) -> Lanes:
        return Lanes(flat[self.addr[i]], tuple(range(len(self.elem_shape))))

    def store(self, flat: np.ndarray, i: int, tok: Lanes) -> None:
        addr = self.addr[i]
        flat[addr] = fit(self.op, tok, len(self.elem_shape), addr.shape)


class PmuValues:
    """A slot written through the write generators (one per input port, applied in port
    order: the buffer's writers) and read through the read generator."""

    def __init__(self, u: PmuOp):
        from rdu_ir.dialects.rdu_checks import extra_writes, write_generator

        shape = ints_attr(u, "shape")
        element = u.attributes.get("element")
        if "shape" not in u.attributes or element is None:
            raise error_at(u, f"PMU @{u.unit_name}: the cycle simulator needs its 'shape' and 'element' attributes")
        self.op = u
        self.size = math.prod(shape)
        self.dtype = numpy_dtype(element)
        lo, hi = (0, self.size) if u.addr_range is None else tuple(int(x) for x in u.addr_range.iter_values())
        self.ports = 1 + len(extra_writes(u))
        self.writes = []
        for w in range(self.ports):
            wc, wmap = write_generator(u, w)
            waddr = address_grid(wmap, [tuple(c) for c in wc])
            wmask = (waddr >= lo) & (waddr < hi) & (waddr < self.size)
            self.writes.append((len(wc), waddr.shape, wmask, waddr[wmask]))
        addrs = [np.unique(w[3]) for w in self.writes]
        self.disjoint = len(addrs) < 2 or len(np.unique(np.concatenate(addrs))) == sum(len(a) for a in addrs)
        rc = [tuple(c) for c in _triples(u.read_counters)]
        # only the counters the read map uses get an axis: a value read the same for every
        # value of a counter (an operand broadcast over it) is not replicated along it
        self.rused = tuple(sorted(u.read_map.data.used_dims()))
        rc_used = [c if k in self.rused else (c[0], c[0] + 1, 1) for k, c in enumerate(rc)]
        raddr = address_grid(u.read_map.data, rc_used).reshape([len(range(*rc[k])) for k in self.rused])
        self.rmask = (raddr >= lo) & (raddr < hi)
        self.raddr = np.clip(raddr, 0, self.size - 1)

    def blank(self) -> np.ndarray:
        if self.dtype.kind == "f":
            return np.full(self.size, np.nan, self.dtype)
        return np.zeros(self.size, self.dtype)

    def write(self, tokens: list[Lanes]) -> np.ndarray:
        """A slot from each port's token, port 0 first."""
        slot = self.blank()
        for tok, (dims, shape, mask, addr) in zip(tokens, self.writes):
            full = fit(self.op, tok, dims, shape)
            slot[addr] = full[mask]
        return slot

    def read(self, slot: np.ndarray) -> Lanes:
        vals = np.where(self.rmask, slot[self.raddr], np.zeros((), self.dtype))
        return Lanes(vals, self.rused)


class PcuValues:
    """One tile step of a PCU: main-phase stages, the reduction, and at a group's end the drain."""

    def __init__(self, u: PcuOp):
        self.op = u
        counters = [tuple(c) for c in u.counter_list]
        self.counters = counters
        self.T = int_attr(u, "tile_counters", 0)
        self.A = int_attr(u, "acc_tiles", 0)
        self.trips = [len(range(*c)) for c in counters]
        self.reduce = ints_attr(u, "reduce")
        self.red_elem = [c for c in self.reduce if c >= self.T]
        self.elem = list(range(self.T, len(counters)))
        self.live = [c for c in self.elem if c not in self.reduce]
        self.stages = u.stage_list
        self.red_stage = next((i for i, (_, a) in enumerate(self.stages) if "acc" in a), None)
        self.drain_in = set(ints_attr(u, "drain_inputs"))
        self.outputs = strs_attr(u, "outputs") or []
        ins = [int(a[2:]) for _, args in self.stages for a in args if a.startswith("in")]
        ins += [int(o[2:]) for o in self.outputs if o.startswith("in")]
        self.n_in = 1 + max(ins + [-1])
        self.steps = math.prod(self.trips[: self.T])
        self.inner = math.prod(self.trips[self.T - self.A : self.T]) if self.A else 1
        self.red_kind = REDUCE_KIND[self.stages[self.red_stage][0]] if self.red_stage is not None else None
        self.cvals = counter_values(counters)
        self.acc: Lanes | None = None

    def main_ports(self) -> list[int]:
        return [k for k in range(self.n_in) if k not in self.drain_in]

    def emits(self, step: int) -> bool:
        """Whether tile step `step` ends a group (and so sends output tokens)."""
        return self.red_stage is None or step % self.inner == self.inner - 1

    def _as_lanes(self, tok: Lanes, k: int) -> Lanes:
        axes_map = self.live if k in self.drain_in else self.elem
        return Lanes(tok.array, tuple(axes_map[a] for a in tok.axes))

    def step(self, step: int, main: dict[int, Lanes], drain: dict[int, Lanes] | None) -> list[Lanes] | None:
        """Evaluate tile step `step`; the output tokens when it ends a group, else None."""
        env: dict[str, Lanes] = {f"in{k}": self._as_lanes(t, k) for k, t in main.items()}
        stages = self.stages
        last_main = len(stages) if self.red_stage is None else self.red_stage
        self._evaluate(stages[:last_main], 0, env, step)
        if self.red_stage is not None:
            op, args = stages[self.red_stage]
            if op == "fma":
                part = mac_over(self._operand(args[0], env, step), self._operand(args[1], env, step),
                                self.red_elem, self.trips)  # fmt: skip
            else:
                part = reduce_over(self.red_kind, self._operand(args[0], env, step), self.red_elem, self.trips)
            first = step % self.inner == 0
            self.acc = part if first or self.acc is None else combine(ACCUMULATE[self.red_kind], self.acc, part)
            if not self.emits(step):
                return None
            env[f"s{self.red_stage}"] = self.acc
            for k, t in (drain or {}).items():
                env[f"in{k}"] = self._as_lanes(t, k)
            self._evaluate(stages[self.red_stage + 1 :], self.red_stage + 1, env, step)
        out_axes = self.live if self.red_stage is not None else self.elem
        pos = {c: i for i, c in enumerate(out_axes)}
        outs = []
        for o in self.outputs:
            v = self._operand(o, env, step)
            outs.append(Lanes(v.array, tuple(pos[a] for a in v.axes if a in pos)))
        return outs

    def _operand(self, a: str, env: dict[str, Lanes], step: int) -> Lanes:
        if a in env:
            return env[a]
        if a[0] == "c" and a[1:].isdigit():
            k = int(a[1:])
            if k < self.T:  # a tile counter: one value for the whole step
                idx = np.unravel_index(step, self.trips[: self.T]) if self.T else ()
                return Lanes(np.asarray(self.cvals[k][idx[k]], np.float32), ())
            return Lanes(self.cvals[k].astype(np.float32), (k,))
        if a.startswith(("in", "s")):
            raise error_at(self.op, f"PCU @{self.op.unit_name}: operand '{a}' has no value (no route feeds it?)")
        return Lanes(np.asarray(float(a) if any(ch in a for ch in ".eE") else int(a), np.float32), ())

    def _evaluate(self, stages, offset: int, env: dict[str, Lanes], step: int) -> None:
        for i, (op, args) in enumerate(stages):
            xs = [self._operand(a, env, step) for a in args]
            if op in BINARY:
                out = combine(BINARY[op], *xs)
            elif op.startswith("select_"):
                cmp = COMPARE_FNS[op[len("select_") :]]
                out = combine(lambda a, b, t, f, cmp=cmp: np.where(cmp(a, b), t, f), *xs)
            elif op == "select":
                out = combine(lambda c, t, f: np.where(c != 0, t, f), *xs)
            elif op == "fma":
                out = combine(lambda a, b, c: a * b + c, *xs)
            elif op == "pass":
                out = xs[0]
            elif op.startswith("cmp_"):
                cmp = COMPARE_FNS[op[4:]]
                out = combine(lambda a, b, cmp=cmp: cmp(a, b).astype(a.dtype), *xs)
            else:
                name = "negative" if op == "neg" else op
                if name not in UNARY:
                    raise error_at(self.op, f"PCU @{self.op.unit_name}: stage op '{op}' is not simulated")
                out = Lanes(np.asarray(UNARY[name](xs[0].array)), xs[0].axes)
            dtype = next((x.array.dtype for x in xs if x.axes), out.array.dtype)
            env[f"s{offset + i}"] = Lanes(out.array.astype(dtype, copy=False), out.axes)


def _triples(attr) -> list[tuple[int, int, int]]:
    v = [int(x) for x in attr.iter_values()]
    return [(v[i], v[i + 1], v[i + 2]) for i in range(0, len(v) - len(v) % 3, 3)]
