"""The generic form every ta op is lowered through (in the spirit of linalg.generic).

A `Generic` is an iteration domain (sizes, each dim parallel or reduction), inputs read through
affine maps from the domain, a small body of lane ops with at most one reduction (over all
reduction dims), and an output map. Every core ta op becomes one or more generics; fusion then
merges chains of them, so transposes, broadcasts and slices become access patterns of their
consumer and elementwise ops become stages of their producer's or consumer's unit.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field

from xdsl.dialects import arith, func
from xdsl.dialects.builtin import (
    DenseIntOrFPElementsAttr,
    FloatAttr,
    IntegerAttr,
    IntegerType,
    TensorType,
)
from xdsl.ir import Attribute, Operation, SSAValue
from xdsl.ir.affine import AffineConstantExpr, AffineDimExpr, AffineExpr, AffineMap

from rdu_ir.diagnostics import error_at
from rdu_ir.dialects import ta

Ref = tuple[str, int]
"""("in", i): input i; ("node", j): node j."""


@dataclass
class Node:
    op: str
    """a df lane op name (add, exp, ...), "select", "const", "reduce" or "mac"."""
    args: list[Ref]
    attr: object = None
    """select: predicate; const: number; reduce: kind."""


@dataclass
class Input:
    value: SSAValue
    map: AffineMap


@dataclass(eq=False)
class Generic:
    name: str
    anchor: Operation
    sizes: list[int]
    red: list[bool]
    inputs: list[Input]
    nodes: list[Node]
    result: Ref
    out_value: SSAValue
    out_map: AffineMap
    element_type: Attribute
    after: list[Generic] = field(default_factory=list)
    store_names: list[str] = field(default_factory=list)

    @property
    def rank(self) -> int:
        return len(self.sizes)

    def reduction_index(self) -> int | None:
        for j, n in enumerate(self.nodes):
            if n.op in ("reduce", "mac"):
                return j
        return None

    def par_dims(self) -> list[int]:
        return [d for d in range(self.rank) if not self.red[d]]

    def red_dims(self) -> list[int]:
        return [d for d in range(self.rank) if self.red[d]]

    def uses_of_input(self, i: int) -> list[int]:
        """Node indices reading input i (-1 when it is the result itself)."""
        out = [j for j, n in enumerate(self.nodes) if ("in", i) in n.args]
        if self.result == ("in", i):
            out.append(len(self.nodes))
        return out

    def input_is_drain(self, i: int) -> bool:
        r = self.reduction_index()
        if r is None:
            return False
        uses = self.uses_of_input(i)
        return bool(uses) and all(u > r for u in uses)


def _dims(n: int) -> list[AffineExpr]:
    return [AffineDimExpr(i) for i in range(n)]


def _shape(v: SSAValue) -> list[int]:
    t = v.type
    assert isinstance(t, TensorType)
    return list(t.get_shape())


def _elt(v: SSAValue) -> Attribute:
    return v.type.element_type  # type: ignore[attr-defined]


def const_number(value: float, element_type: Attribute) -> float | int:
    return int(value) if isinstance(element_type, IntegerType) else float(value)


def number_attr(value: float, element_type: Attribute) -> FloatAttr | IntegerAttr:
    if isinstance(element_type, IntegerType):
        return IntegerAttr(int(value), element_type)
    return FloatAttr(float(value), element_type)  # type: ignore[arg-type]


class GenericBuilder:
    """Turns the ops of one function into generics (in program order)."""

    def __init__(self) -> None:
        self.generics: list[Generic] = []
        self.constants: dict[SSAValue, DenseIntOrFPElementsAttr] = {}
        self.counts: dict[str, int] = {}

    def _name(self, kind: str) -> str:
        n = self.counts.get(kind, 0)
        self.counts[kind] = n + 1
        return f"{kind}{n}"

    def add(self, op: Operation, kind: str, sizes, red, inputs, nodes, result, out_value, out_map, after=()) -> Generic:
        g = Generic(
            self._name(kind), op, list(sizes), list(red), list(inputs), list(nodes), result,
            out_value, out_map, _elt(out_value), list(after),
        )  # fmt: skip
        self.generics.append(g)
        return g

    # --- per op --------------------------------------------------------------------------------
    def build(self, op: Operation) -> None:
        kind = op.name.split(".", 1)[1]
        if isinstance(op, ta.ContractOp):
            self._contract(op)
        elif isinstance(op, ta.BinaryElementwiseOp):
            r = op.results[0]
            ident = AffineMap.identity(len(_shape(r)))
            self.add(op, kind, _shape(r), [False] * len(_shape(r)),
                     [Input(op.lhs, ident), Input(op.rhs, ident)],
                     [Node(kind, [("in", 0), ("in", 1)])], ("node", 0), r, ident)  # fmt: skip
        elif isinstance(op, ta.UnaryElementwiseOp):
            r = op.results[0]
            ident = AffineMap.identity(len(_shape(r)))
            self.add(op, kind, _shape(r), [False] * len(_shape(r)), [Input(op.input, ident)],
                     [Node(kind, [("in", 0)])], ("node", 0), r, ident)  # fmt: skip
        elif isinstance(op, ta.SelectOp):
            r = op.results[0]
            ident = AffineMap.identity(len(_shape(r)))
            ins = [Input(v, ident) for v in (op.lhs, op.rhs, op.true_value, op.false_value)]
            self.add(op, kind, _shape(r), [False] * len(_shape(r)), ins,
                     [Node("select", [("in", i) for i in range(4)], op.predicate.data)], ("node", 0), r, ident)  # fmt: skip
        elif isinstance(op, ta.ReduceOp):
            self._reduce(op)
        elif isinstance(op, ta.TransposeOp):
            perm = list(op.perm_list)
            n = len(perm)
            d = _dims(n)
            in_map = AffineMap(n, 0, tuple(d[perm.index(j)] for j in range(n)))
            self._copy(op, kind, op.input, in_map, op.results[0])
        elif isinstance(op, ta.ReshapeOp):
            self._reshape(op)
        elif isinstance(op, ta.BroadcastOp):
            in_shape, out_shape = _shape(op.input), _shape(op.results[0])
            d = _dims(len(out_shape))
            results = [
                d[j] if in_shape[i] == out_shape[j] else AffineConstantExpr(0)
                for i, j in enumerate(op.dims_list)
            ]
            self._copy(op, kind, op.input, AffineMap(len(out_shape), 0, tuple(results)), op.results[0])
        elif isinstance(op, ta.SliceOp):
            n = len(op.offsets_list)
            d = _dims(n)
            results = tuple(d[i] * s + o for i, (o, s) in enumerate(zip(op.offsets_list, op.strides_list)))
            self._copy(op, kind, op.input, AffineMap(n, 0, results), op.results[0])
        elif isinstance(op, ta.PadOp):
            self._pad(op)
        elif isinstance(op, ta.ConcatOp):
            self._concat(op)
        elif isinstance(op, ta.ConstantOp) or isinstance(op, arith.ConstantOp) and isinstance(op.value, DenseIntOrFPElementsAttr):
            self._constant(op, op.value, op.results[0])
        elif isinstance(op, ta.Conv2dOp):
            self._conv(op)
        elif isinstance(op, ta.Pool2dOp):
            self._pool(op)
        elif isinstance(op, ta.COMPOSITE_OPS):
            raise error_at(op, "is a composite op; run ta-decompose before ta-to-df")
        else:
            raise error_at(op, "cannot be lowered to df by ta-to-df")

    def _copy(self, op: Operation, kind: str, src: SSAValue, in_map: AffineMap, out: SSAValue,
              out_map: AffineMap | None = None, sizes: Sequence[int] | None = None, after=()) -> Generic:  # fmt: skip
        sizes = list(sizes if sizes is not None else _shape(out))
        out_map = out_map or AffineMap.identity(len(sizes))
        return self.add(op, kind, sizes, [False] * len(sizes), [Input(src, in_map)], [], ("in", 0), out, out_map, after)

    def _contract(self, op: ta.ContractOp) -> None:
        spec = op.parsed_spec()
        sizes = op.index_sizes()
        letters = list(spec.output) + list(spec.reduction_indices)
        d = _dims(len(letters))
        ins = [
            Input(v, AffineMap(len(letters), 0, tuple(d[letters.index(c)] for c in term)))
            for term, v in zip(spec.inputs, op.inputs)
        ]
        red = [c not in spec.output for c in letters]
        nodes: list[Node] = []
        refs: list[Ref] = [("in", i) for i in range(len(ins))]
        if any(red):
            lead = refs[0]
            for r in refs[1:-1]:
                nodes.append(Node("mul", [lead, r]))
                lead = ("node", len(nodes) - 1)
            if len(refs) == 1:
                nodes.append(Node("reduce", [lead], "sum"))
            else:
                nodes.append(Node("mac", [lead, refs[-1]]))
        else:
            lead = refs[0]
            for r in refs[1:]:
                nodes.append(Node("mul", [lead, r]))
                lead = ("node", len(nodes) - 1)
        result: Ref = ("node", len(nodes) - 1) if nodes else ("in", 0)
        out_map = AffineMap(len(letters), 0, tuple(d[:len(spec.output)]))
        if op.acc is not None:
            ins.append(Input(op.acc, out_map))
            nodes.append(Node("add", [result, ("in", len(ins) - 1)]))
            result = ("node", len(nodes) - 1)
        self.add(op, "contract", [sizes[c] for c in letters], red, ins, nodes, result, op.results[0], out_map)

    def _reduce(self, op: ta.ReduceOp) -> None:
        shape = _shape(op.input)
        dims = set(op.dims_list)
        n = len(shape)
        d = _dims(n)
        red = [i in dims for i in range(n)]
        out_map = AffineMap(n, 0, tuple(d[i] for i in range(n) if i not in dims))
        nodes = [Node("reduce", [("in", 0)], op.kind.data)] if dims else []
        self.add(op, "reduce", shape, red, [Input(op.input, AffineMap.identity(n))], nodes,
                 ("node", 0) if dims else ("in", 0), op.results[0], out_map)  # fmt: skip

    def _reshape(self, op: ta.ReshapeOp) -> None:
        in_shape, out_shape = _shape(op.input), _shape(op.results[0])
        d = _dims(len(out_shape))
        linear: AffineExpr = AffineConstantExpr(0)
        stride = 1
        for i in reversed(range(len(out_shape))):
            linear = linear + d[i] * stride
            stride *= out_shape[i]
        results = []
        stride = math.prod(in_shape)
        for j, s in enumerate(in_shape):
            stride //= s
            e = linear // stride if stride > 1 else linear
            if j > 0:
                e = e % s
            results.append(e)
        self._copy(op, "reshape", op.input, AffineMap(len(out_shape), 0, tuple(results)), op.results[0])

    def _fill(self, op: Operation, value: float, out: SSAValue) -> Generic:
        n = len(_shape(out))
        return self.add(op, "fill", _shape(out), [False] * n, [], [Node("const", [], const_number(value, _elt(out)))],
                        ("node", 0), out, AffineMap.identity(n))  # fmt: skip

    def _pad(self, op: ta.PadOp) -> None:
        out = op.results[0]
        in_shape = _shape(op.input)
        fill = self._fill(op, op.pad_value, out)
        src_start, dst_start, sizes = [], [], []
        for size, lo, hi in zip(in_shape, op.low_list, op.high_list):
            s = max(0, -lo)
            src_start.append(s)
            dst_start.append(max(0, lo))
            sizes.append(size - s - max(0, -hi))
        if any(s <= 0 for s in sizes):
            return
        n = len(sizes)
        d = _dims(n)
        in_map = AffineMap(n, 0, tuple(d[i] + src_start[i] for i in range(n)))
        out_map = AffineMap(n, 0, tuple(d[i] + dst_start[i] for i in range(n)))
        self._copy(op, "pad", op.input, in_map, out, out_map, sizes, after=[fill])

    def _concat(self, op: ta.ConcatOp) -> None:
        out = op.results[0]
        dim = op.dim_value
        offset = 0
        for v in op.inputs:
            shape = _shape(v)
            n = len(shape)
            d = _dims(n)
            out_map = AffineMap(n, 0, tuple(d[i] + (offset if i == dim else 0) for i in range(n)))
            if shape[dim] > 0:
                self._copy(op, "concat", v, AffineMap.identity(n), out, out_map, shape)
            offset += shape[dim]

    def _constant(self, op: Operation, value: DenseIntOrFPElementsAttr, out: SSAValue) -> None:
        if isinstance(op, ta.ConstantOp):
            splat = op.splat_value()
        else:
            arr = ta.dense_to_numpy(value)
            splat = arr.reshape(-1)[0].item() if arr.size and (arr == arr.reshape(-1)[0]).all() else None
        if splat is not None:
            self._fill(op, splat, out)
        else:
            self.constants[out] = value

    def _conv(self, op: ta.Conv2dOp) -> None:
        n, _h, _w, c = _shape(op.input)
        fshape = _shape(op.filter)
        _, oh, ow, f = _shape(op.results[0])
        sh, sw = op.strides.get_values()
        dh, dw = op.dilations.get_values()
        kh, kw = fshape[0], fshape[1]
        if op.depthwise is not None:
            # dims: n oh ow c | kh kw
            sizes = [n, oh, ow, c, kh, kw]
            dd = _dims(6)
            in_map = AffineMap(6, 0, (dd[0], dd[1] * sh + dd[4] * dh, dd[2] * sw + dd[5] * dw, dd[3]))
            f_map = AffineMap(6, 0, (dd[4], dd[5], dd[3]))
        else:
            # dims: n oh ow f | kh kw c
            sizes = [n, oh, ow, f, kh, kw, c]
            dd = _dims(7)
            in_map = AffineMap(7, 0, (dd[0], dd[1] * sh + dd[4] * dh, dd[2] * sw + dd[5] * dw, dd[6]))
            f_map = AffineMap(7, 0, (dd[4], dd[5], dd[6], dd[3]))
        rank = len(sizes)
        out_map = AffineMap(rank, 0, tuple(dd[:4]))
        ins = [Input(op.input, in_map), Input(op.filter, f_map)]
        nodes = [Node("mac", [("in", 0), ("in", 1)])]
        result: Ref = ("node", 0)
        if op.acc is not None:
            ins.append(Input(op.acc, out_map))
            nodes.append(Node("add", [result, ("in", 2)]))
            result = ("node", 1)
        self.add(op, "conv", sizes, [i >= 4 for i in range(rank)], ins, nodes, result, op.results[0], out_map)

    def _pool(self, op: ta.Pool2dOp) -> None:
        n, _h, _w, c = _shape(op.input)
        _, oh, ow, _ = _shape(op.results[0])
        kh, kw = op.window.get_values()
        sh, sw = op.strides.get_values()
        dh, dw = op.dilations.get_values()
        dd = _dims(6)
        in_map = AffineMap(6, 0, (dd[0], dd[1] * sh + dd[4] * dh, dd[2] * sw + dd[5] * dw, dd[3]))
        kind = op.kind.data
        nodes = [Node("reduce", [("in", 0)], "sum" if kind == "avg" else kind)]
        result: Ref = ("node", 0)
        if kind == "avg":
            nodes.append(Node("const", [], const_number(1.0 / (kh * kw), _elt(op.results[0]))))
            nodes.append(Node("mul", [("node", 0), ("node", 1)]))
            result = ("node", 2)
        self.add(op, "pool", [n, oh, ow, c, kh, kw], [i >= 4 for i in range(6)], [Input(op.input, in_map)],
                 nodes, result, op.results[0], AffineMap(6, 0, tuple(dd[:4])))  # fmt: skip


def build_generics(fn: func.FuncOp) -> tuple[list[Generic], dict[SSAValue, DenseIntOrFPElementsAttr], list[SSAValue]]:
    """The generics of `fn`'s body, its dense constants, and its returned values."""
    b = GenericBuilder()
    returned: list[SSAValue] = []
    for op in fn.body.block.ops:
        if isinstance(op, func.ReturnOp):
            returned = list(op.arguments)
        else:
            b.build(op)
    return b.generics, b.constants, returned
