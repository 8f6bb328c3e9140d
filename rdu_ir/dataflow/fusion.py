"""Fusion of generics, so that a chain of ta ops becomes one pipeline of stages.

Two rules, applied to a fixpoint in program order (deterministic), epilogue fusion first (so a
bias add and activation after a matmul run once, where its tile drains, instead of in every
consumer of the matmul's result):

- *producer inlining*: a producer without a reduction whose output map is the identity (an
  elementwise op, a transpose, broadcast, slice, reshape, a splat constant) and whose value
  has this one consumer is inlined into the consumer: its body ops become the consumer's
  stages and its inputs are read through the composed maps (so a transpose becomes an access
  pattern). Splat constants are duplicated into every consumer. When the consumer reduces,
  the inlined ops must keep its main phase within one PCU's stages.
- *epilogue fusion*: an elementwise consumer (identity maps) of a reduction's single-use
  result joins the reducing generic as drain-phase ops (bias add, relu, scaling...).

A value returned by the function, or written by several generics (pad, concat), is never
fused away: it must be materialised.
"""

from __future__ import annotations

from collections import Counter

from xdsl.ir import SSAValue
from xdsl.ir.affine import AffineMap

from rdu_ir.dataflow.generic import Generic, Input, Node, Ref


def main_stages(g: Generic) -> int:
    r = g.reduction_index()
    nodes = g.nodes if r is None else g.nodes[: r + 1]
    return sum(1 for n in nodes if n.op != "const")


def _remap(ref: Ref, ins: dict[int, Ref], nodes: dict[int, int]) -> Ref:
    kind, i = ref
    return ins[i] if kind == "in" else ("node", nodes[i])


def _dedupe_inputs(g: Generic) -> None:
    """Merge inputs reading the same value through the same map."""
    seen: dict[tuple[int, str], int] = {}
    keep: list[Input] = []
    remap: dict[int, Ref] = {}
    for i, inp in enumerate(g.inputs):
        key = (id(inp.value), str(inp.map))
        if key in seen:
            remap[i] = ("in", seen[key])
        else:
            seen[key] = len(keep)
            remap[i] = ("in", len(keep))
            keep.append(inp)
    if len(keep) == len(g.inputs):
        return
    ident = {j: j for j in range(len(g.nodes))}
    g.inputs = keep
    g.nodes = [Node(n.op, [_remap(a, remap, ident) for a in n.args], n.attr) for n in g.nodes]
    g.result = _remap(g.result, remap, ident)


def inline_producer(c: Generic, k: int, p: Generic, stage_limit: int) -> Generic | None:
    """`c` with its input k computed in place by `p` (identity output map, no reduction)."""
    m = c.inputs[k].map
    drain = c.input_is_drain(k)
    r = c.reduction_index()
    pos = (r + 1) if (drain and r is not None) else 0
    base = len(c.inputs) - 1
    inputs = [inp for i, inp in enumerate(c.inputs) if i != k]
    inputs += [Input(q.value, q.map.compose(m)) for q in p.inputs]
    p_in = {j: ("in", base + j) for j in range(len(p.inputs))}
    p_nodes = {j: pos + j for j in range(len(p.nodes))}
    p_result = _remap(p.result, p_in, p_nodes)
    c_in: dict[int, Ref] = {}
    for i in range(len(c.inputs)):
        c_in[i] = p_result if i == k else ("in", i if i < k else i - 1)
    c_nodes = {j: (j if j < pos else j + len(p.nodes)) for j in range(len(c.nodes))}
    new_nodes = [Node(n.op, [_remap(a, c_in, c_nodes) for a in n.args], n.attr) for n in c.nodes[:pos]]
    new_nodes += [Node(n.op, [_remap(a, p_in, p_nodes) for a in n.args], n.attr) for n in p.nodes]
    new_nodes += [Node(n.op, [_remap(a, c_in, c_nodes) for a in n.args], n.attr) for n in c.nodes[pos:]]
    g = Generic(
        c.name, c.anchor, c.sizes, c.red, inputs, new_nodes, _remap(c.result, c_in, c_nodes),
        c.out_value, c.out_map, c.element_type, c.after,
    )  # fmt: skip
    if r is not None and not drain and main_stages(g) > stage_limit:
        return None
    _dedupe_inputs(g)
    return g


def fuse_epilogue(p: Generic, c: Generic, k: int) -> Generic:
    """`p` followed by the elementwise `c` (which reads p's result as its input k)."""
    inputs = list(p.inputs)
    c_in: dict[int, Ref] = {}
    for i, inp in enumerate(c.inputs):
        if i == k:
            c_in[i] = p.result
        else:
            c_in[i] = ("in", len(inputs))
            inputs.append(Input(inp.value, inp.map.compose(p.out_map)))
    c_nodes = {j: len(p.nodes) + j for j in range(len(c.nodes))}
    nodes = list(p.nodes) + [Node(n.op, [_remap(a, c_in, c_nodes) for a in n.args], n.attr) for n in c.nodes]
    g = Generic(
        p.name, p.anchor, p.sizes, p.red, inputs, nodes, _remap(c.result, c_in, c_nodes),
        c.out_value, p.out_map, c.element_type, p.after,
    )  # fmt: skip
    _dedupe_inputs(g)
    return g


def fuse(generics: list[Generic], returned: list[SSAValue], stage_limit: int) -> list[Generic]:
    gens = list(generics)
    kept = set(returned)
    while True:
        producers: dict[SSAValue, list[Generic]] = {}
        for g in gens:
            producers.setdefault(g.out_value, []).append(g)
        uses: Counter[SSAValue] = Counter(inp.value for g in gens for inp in g.inputs)
        dead = [g for g in gens if not uses[g.out_value] and g.out_value not in kept]
        if dead:
            gens = [g for g in gens if g not in dead]
            continue
        changed = False
        for ci, c in enumerate(gens):
            if c.reduction_index() is not None or c.after or len(producers[c.out_value]) != 1:
                continue
            if c.out_map != AffineMap.identity(c.rank):
                continue
            for k, inp in enumerate(c.inputs):
                ps = producers.get(inp.value, [])
                if len(ps) != 1 or inp.map != AffineMap.identity(c.rank):
                    continue
                p = ps[0]
                if p.reduction_index() is None or p.after or uses[inp.value] != 1 or inp.value in kept:
                    continue
                gens[ci] = fuse_epilogue(p, c, k)
                gens.remove(p)
                changed = True
                break
            if changed:
                break
        if changed:
            continue
        for ci, c in enumerate(gens):
            for k, inp in enumerate(c.inputs):
                ps = producers.get(inp.value, [])
                if len(ps) != 1:
                    continue
                p = ps[0]
                if p is c or p.after or p.reduction_index() is not None:
                    continue
                if p.out_map != AffineMap.identity(p.rank):
                    continue
                duplicate = not p.inputs
                if not duplicate and (uses[inp.value] != 1 or inp.value in kept):
                    continue
                g = inline_producer(c, k, p, stage_limit)
                if g is None:
                    continue
                gens[ci] = g
                if uses[inp.value] == 1 and inp.value not in kept:
                    gens.remove(p)
                changed = True
                break
            if changed:
                break
        if not changed:
            return gens
