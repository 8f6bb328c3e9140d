"""Emitting the df units of a planned generic into a df.graph.

For each of the plan's parallel blocks (unit coordinate u) the generic becomes a chain of
df.compute units (one per body chunk, joined by df.streams), reading its inputs from
df.memory units filled by df.loads — shared by every chain that needs the same block of an
input — and writing its output block to a df.memory that a df.store drains to DRAM.
"""

from __future__ import annotations

import re

import itertools
from collections.abc import Sequence

from xdsl.dialects.builtin import FunctionType, MemRefType
from xdsl.ir import Block, Region, SSAValue
from xdsl.ir.affine import AffineConstantExpr, AffineDimExpr, AffineExpr, AffineMap

from rdu_ir.chip import Chip
from rdu_ir.dataflow.affine import linear_form, substitute
from rdu_ir.dataflow.generic import Generic, Input, Ref, number_attr
from rdu_ir.dataflow.tiling import DEPTH, Plan, out_dims
from rdu_ir.dialects import df


def value_name(symbol: str) -> str:
    """The SSA name for a unit's value: its symbol, except that a trailing `_<digits>` becomes
    `.<digits>` — xDSL's parser reads `%x_3` as `%x` plus a disambiguating suffix, so such a name
    would not survive printing and re-parsing."""
    return re.sub(r"_(\d+)$", r".\1", symbol)


def _d(i: int) -> AffineExpr:
    return AffineDimExpr(i)


def _box(amap: AffineMap) -> list[tuple[list[int], int]] | None:
    forms = [linear_form(e, amap.num_dims) for e in amap.results]
    if all(f is not None and all(c >= 0 for c in f[0]) for f in forms):
        return forms  # type: ignore[return-value]
    return None


class GraphBuilder:
    """Builds one df.graph; `emit` adds the units of one generic."""

    def __init__(self, name: str, ftype: FunctionType, args: Sequence[SSAValue], chip: Chip):
        self.name = name
        self.ftype = ftype
        self.chip = chip
        self.block = Block(arg_types=list(ftype.inputs.data))
        self.dram: dict[SSAValue, SSAValue] = {}
        for ta_arg, arg in zip(args, self.block.args):
            self.dram[ta_arg] = arg
            if ta_arg.name_hint:
                arg.name_hint = ta_arg.name_hint
        self.constants: dict = {}

    def dram_of(self, v: SSAValue, name: str) -> SSAValue:
        if v not in self.dram:
            op = df.DramOp(name, v.type, self.constants.get(v))  # type: ignore[arg-type]
            self.block.add_op(op)
            self.dram[v] = op.result
            op.result.name_hint = value_name(name)
        return self.dram[v]

    def finish(self, returned: Sequence[SSAValue]) -> df.GraphOp:
        values = [self.dram_of(v, f"ret{i}") for i, v in enumerate(returned)]
        self.block.add_op(df.ReturnOp(values))
        return df.GraphOp(self.name, self.ftype, Region(self.block))

    # -----------------------------------------------------------------------------------------
    def emit(self, g: Generic, plan: Plan) -> None:
        chip = self.chip
        elt = g.element_type
        tile = list(plan.tile)
        blocks = plan.blocks(g.sizes)
        trips = [b // t for b, t in zip(blocks, tile)]
        par_dims, red_dims = g.par_dims(), g.red_dims()
        par_tc = [d for d in par_dims if trips[d] > 1]
        red_tc = [d for d in red_dims if trips[d] > 1]
        full_tc = par_tc + red_tc
        r = g.reduction_index()
        chunks = [list(c) for c in plan.chunks]
        odims = out_dims(g)
        dram_out = self.dram_of(g.out_value, f"{g.name}_t")
        chunk_of = {j: ci for ci, c in enumerate(chunks) for j in c}
        last = len(chunks) - 1
        result_chunk = chunk_of.get(g.result[1], last) if g.result[0] == "node" else last
        assert result_chunk == last, "the result is computed by the last unit of the chain"

        def is_const(ref: Ref) -> bool:
            return ref[0] == "node" and g.nodes[ref[1]].op == "const"

        # What each chunk reads from outside: inputs, and (non-constant) nodes of earlier chunks.
        needs_in: list[list[int]] = []
        needs_nodes: list[list[int]] = []
        for ci, c in enumerate(chunks):
            refs = [a for j in c for a in g.nodes[j].args]
            if ci == last:
                refs.append(g.result)
            ins = sorted({a[1] for a in refs if a[0] == "in"})
            outs = sorted({a[1] for a in refs if a[0] == "node" and chunk_of[a[1]] != ci and not is_const(a)})
            needs_in.append(ins)
            needs_nodes.append(outs)

        load_cache: dict[tuple, SSAValue] = {}
        grid = [range(plan.par[d]) for d in range(g.rank)]
        def unit_name(v) -> str:
            k = 0
            for d in range(g.rank):
                k = k * plan.par[d] + v[d]
            return f"{g.name}_c{k}" + (f"_{last}" if len(chunks) > 1 else "")

        lead = 0
        lead_off: list[int] = []
        out_mem = None
        for lin, u in enumerate(itertools.product(*grid)):
            off = [u[d] * blocks[d] for d in range(g.rank)]
            suffix = f"{lin}"
            d_last0 = odims[-1] if odims else -1
            if plan.out_group == 1 or u[d_last0] % plan.out_group == 0:
                lead_off = off
            streams: dict[tuple[int, int], SSAValue] = {}
            for ci in range(len(chunks)):
                for j in needs_nodes[ci]:
                    s = df.StreamOp(f"{g.name}_s{suffix}_{j}_{ci}", elt, chip.pcu_fifo_depth)
                    s.result.name_hint = value_name(f"{g.name}_s{suffix}_{j}_{ci}")
                    self.block.add_op(s)
                    streams[(j, ci)] = s.result
            # The output memory, shared by `group` neighbours along the last output dim.
            group = plan.out_group
            d_last = odims[-1] if odims else -1
            member = u[d_last] % group if group > 1 else 0
            if member == 0:
                lead = lin
                out_shape = [tile[d] * (group if d == d_last else 1) for d in odims]
                writer_names = []
                if group > 1:
                    for k in range(group):
                        v = list(u)
                        v[d_last] += k
                        writer_names.append(unit_name(v))
                out_mem = df.MemoryOp(f"{g.name}_out{lin}", MemRefType(elt, out_shape), DEPTH, chip.pmu_banks, writer_names)
                out_mem.result.name_hint = value_name(f"{g.name}_out{lin}")
                self.block.add_op(out_mem)
            for ci, c in enumerate(chunks):
                main_kind = r is None or ci == 0
                cdims = list(range(g.rank)) if main_kind else par_dims
                cidx = {d: i for i, d in enumerate(cdims)}
                has_red = r is not None and ci == 0
                chain = full_tc if main_kind else par_tc
                reads: list[tuple[SSAValue, AffineMap]] = []
                env: dict[Ref, int] = {}
                for i in needs_in[ci]:
                    drain = r is not None and (ci > 0 or self._drain_use(g, i, c, r))
                    chain_i = par_tc if drain else full_tc
                    mem, rmap = self._input(g, i, drain, off, tile, trips, chain_i, cdims, load_cache)
                    env[("in", i)] = len(reads)
                    reads.append((mem, rmap))
                for j in needs_nodes[ci]:
                    env[("node", j)] = len(reads)
                    reads.append((streams[(j, ci)], AffineMap.identity(len(cdims))))
                body = Block(arg_types=[elt] * len(reads))
                for k, arg in enumerate(body.args):
                    arg.name_hint = f"r{k}"
                values: dict[Ref, SSAValue] = {ref: body.args[k] for ref, k in env.items()}

                def value(ref: Ref, values=values, body=body) -> SSAValue:
                    if ref not in values:
                        assert is_const(ref)
                        op = df.ConstOp(number_attr(g.nodes[ref[1]].attr, elt))  # type: ignore[arg-type]
                        body.add_op(op)
                        values[ref] = op.result
                    return values[ref]

                for j in c:
                    values[("node", j)] = self._node(g, j, value, body, [cidx[d] for d in red_dims if d in cidx])
                live = [cidx[d] for d in cdims if not (has_red and g.red[d])]
                writes: list[tuple[SSAValue, AffineMap]] = []
                yields: list[SSAValue] = []
                for (j, cj), s in streams.items():
                    if chunk_of[j] == ci:
                        writes.append((s, AffineMap(len(cdims), 0, tuple(_d(x) for x in live))))
                        yields.append(values[("node", j)])
                if ci == last:
                    shift = [member * tile[d] if d == d_last else 0 for d in odims]
                    wmap = AffineMap(len(cdims), 0, tuple(_d(cidx[d]) + k for d, k in zip(odims, shift)))
                    writes.append((out_mem.result, wmap))
                    yields.append(value(g.result))
                body.add_op(df.YieldOp(yields))
                vector = cidx.get(plan.vector, -1)
                if vector < 0 and odims:
                    vector = cidx[odims[-1]]
                unroll = None
                if has_red and plan.unroll is not None:
                    unroll = (cidx[plan.unroll[0]], plan.unroll[1])
                name = f"{g.name}_c{suffix}" + (f"_{ci}" if len(chunks) > 1 else "")
                assert ci != last or name == unit_name(u)
                self.block.add_op(
                    df.ComputeOp(
                        name, tiles=[trips[d] for d in chain], acc=len(red_tc) if has_red else 0,
                        bounds=[tile[d] for d in cdims], vector=vector, unroll=unroll,
                        reads=reads, writes=writes, body=Region(body),
                    )
                )
            if member != group - 1:
                continue
            # The store (after the group's last member): tile counters over the output tiles.
            off = [lead_off[d] for d in range(g.rank)]
            suffix = f"{lead}"
            exprs = []
            for k, (d, e) in enumerate(zip(odims, g.out_map.results)):
                const = linear_form(e, g.rank)[1]  # type: ignore[index]
                t = _d(par_tc.index(d)) * tile[d] if d in par_tc else AffineConstantExpr(0)
                exprs.append(t + off[d] + const + _d(len(par_tc) + k))
            smap = AffineMap(len(par_tc) + len(odims), 0, tuple(exprs))
            after = [n for a in g.after for n in a.store_names]
            st = df.StoreOp(f"{g.name}_st{suffix}", out_mem.result, dram_out, [trips[d] for d in par_tc], smap, after)
            self.block.add_op(st)
            g.store_names.append(f"{g.name}_st{suffix}")

    @staticmethod
    def _drain_use(g: Generic, i: int, chunk: list[int], r: int) -> bool:
        uses = [j for j in chunk if ("in", i) in g.nodes[j].args]
        if g.result == ("in", i):
            uses.append(len(g.nodes))
        return bool(uses) and all(j > r for j in uses)

    def _input(self, g: Generic, i: int, drain: bool, off, tile, trips, chain: list[int], cdims: list[int], cache):
        """The memory unit holding input i's tiles for this unit (shared when the same block is
        needed by several units) and the unit's read map into it."""
        inp: Input = g.inputs[i]
        amap = inp.map
        cidx = {d: k for k, d in enumerate(cdims)}
        par_used = tuple((d, off[d]) for d in sorted(amap.used_dims()) if not g.red[d])
        key = (i, drain, par_used)
        nc = len(chain)
        forms = _box(amap)
        if forms is not None:
            shape = [sum(c * (tile[d] - 1) for d, c in enumerate(f[0])) + 1 for f in forms]
            read = AffineMap(len(cdims), 0, tuple(
                sum((_d(cidx[d]) * c for d, c in enumerate(f[0]) if c), AffineConstantExpr(0)) for f in forms
            ))  # fmt: skip
            lexprs = []
            for k, (coeffs, const) in enumerate(forms):
                e: AffineExpr = AffineConstantExpr(const) + _d(nc + k)
                for d, c in enumerate(coeffs):
                    if c:
                        origin = _d(chain.index(d)) * tile[d] + off[d] if d in chain else AffineConstantExpr(off[d])
                        e = e + origin * c
                lexprs.append(e)
            lmap = AffineMap(nc + len(shape), 0, tuple(lexprs))
        else:
            used = sorted(amap.used_dims())
            shape = [tile[d] for d in used]
            read = AffineMap(len(cdims), 0, tuple(_d(cidx[d]) for d in used))
            subst: list[AffineExpr] = []
            for d in range(amap.num_dims):
                if d in used:
                    t = _d(chain.index(d)) * tile[d] if d in chain else AffineConstantExpr(0)
                    subst.append(t + off[d] + _d(nc + used.index(d)))
                else:
                    subst.append(AffineConstantExpr(0))
            lmap = substitute(amap, subst, nc + len(used))
        if key not in cache:
            n = sum(1 for k in cache if k[0] == i)
            src = self.dram_of(inp.value, f"{g.name}_const{i}")
            mem = df.MemoryOp(f"{g.name}_in{i}_{n}", MemRefType(g.element_type, shape), DEPTH, self.chip.pmu_banks)
            mem.result.name_hint = value_name(f"{g.name}_in{i}_{n}")
            self.block.add_op(mem)
            self.block.add_op(df.LoadOp(f"{g.name}_ld{i}_{n}", src, mem.result, [trips[d] for d in chain], lmap))
            cache[key] = mem.result
        return cache[key], read

    def _node(self, g: Generic, j: int, value, body: Block, red_counters: list[int]) -> SSAValue:
        n = g.nodes[j]
        if n.op == "const":
            return value(("node", j))
        args = [value(a) for a in n.args]
        if n.op in df.BINARY_OPS:
            op = df.BINARY_OPS[n.op](args[0], args[1])
        elif n.op in df.UNARY_OPS:
            op = df.UNARY_OPS[n.op](args[0])
        elif n.op == "select":
            op = df.SelectOp(str(n.attr), *args)
        elif n.op == "reduce":
            op = df.ReduceOp(str(n.attr), args[0], red_counters)
        elif n.op == "mac":
            op = df.MacOp(args[0], args[1], red_counters)
        else:
            raise AssertionError(n.op)
        body.add_op(op)
        return op.results[0]

