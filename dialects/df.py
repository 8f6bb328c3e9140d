"""The spatial-dataflow dialect `df`: a program as a graph of *virtual* units.

A `df.graph` is one dataflow program: a symbol with DRAM tensor arguments and results and a
region of units. Units talk through buffers and streams; nothing in the region is ordered by
its position (it is a graph, not a sequence), except the declared orders of writers.

- `df.dram`: a DRAM tensor the graph allocates (an intermediate, a result, or a constant).
- `df.memory`: a virtual memory unit buffering `depth` tiles of its `memref` type (1 single,
  2 double buffering, ...), with a bank count and a `layout` that `infer-layout` fills in.
  A buffer has one writer, or several that write every tile in the order `writers` declares.
- `df.stream`: a producer -> consumer FIFO of `depth` vectors (or scalars) of one unit's values.
- `df.load` / `df.store`: an AGCU transfer between a DRAM tensor and a memory unit, one tile per
  step of its tile counter chain `tiles`; `map` takes (tile counters..., tile element indices...)
  to DRAM indices.
- `df.compute`: a virtual compute unit. Its outer chain `tiles` steps over tokens (one tile
  from every main-phase input per step); the last `acc` tile counters are accumulated over
  (one output token per completed group). Its inner counter chain (`counters` bounds, `strides`)
  runs over the elements of a tile: counter i takes the values 0, s, 2s, ... < bound. Counter
  `vector` is spread over the SIMD lanes; counter `unroll[0]` is spread over `unroll[1]`
  pipeline stages (consecutive values accumulate systolically). Every read and write port has an
  affine map from counter values to buffer indices. The body is a region of lane-wise ops on
  one element per counter point; its single reduction (`df.reduce` / `df.mac`) splits it into a
  main phase (every step) and a drain phase (once per accumulated group), and block arguments
  used only after the reduction are drain-phase reads.

A body value depends only on the counters its reads' maps use: one that does not depend on the
vector counter is a scalar broadcast to every lane (as A's element is in a matmul), so
broadcasts are access patterns, not ops.

The token-level simulator (`sim/df_sim.py`) gives these ops their meaning on whole tiles.

The stage count of a unit is the body's op count (a lane reduction tree costs log2(lanes)
stages, constants none), with the main phase repeated `unroll` times.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import ClassVar

from xdsl.dialects.builtin import (
    AffineMapAttr,
    ArrayAttr,
    DenseArrayBase,
    DenseIntOrFPElementsAttr,
    FloatAttr,
    FunctionType,
    IntegerAttr,
    MemRefType,
    StringAttr,
    SymbolRefAttr,
    TensorType,
    i64,
)
from xdsl.dialects.utils import parse_func_op_like, print_func_op_like
from xdsl.ir import (
    Attribute,
    Block,
    Dialect,
    Operation,
    ParametrizedAttribute,
    Region,
    SSAValue,
    TypeAttribute,
)
from xdsl.ir.affine import AffineMap
from xdsl.irdl import (
    AnyAttr,
    AttrSizedOperandSegments,
    IRDLOperation,
    VarConstraint,
    irdl_attr_definition,
    irdl_op_definition,
    operand_def,
    opt_prop_def,
    prop_def,
    region_def,
    result_def,
    traits_def,
    var_operand_def,
)
from xdsl.parser import Parser
from xdsl.printer import Printer
from xdsl.traits import (
    HasParent,
    IsolatedFromAbove,
    IsTerminator,
    Pure,
    SymbolOpInterface,
)
from xdsl.utils.exceptions import VerifyException

from rdu_ir.dataflow.affine import map_ranges

# ---------------------------------------------------------------------------------------------
# Types


@irdl_attr_definition
class StreamType(ParametrizedAttribute, TypeAttribute):
    """`!df.stream<f32>`: a FIFO of vectors (or scalars) of `element_type`."""

    name = "df.stream"
    element_type: Attribute


# ---------------------------------------------------------------------------------------------
# Printing helpers


def _ints(values: Sequence[int]) -> DenseArrayBase:
    return DenseArrayBase.from_list(i64, list(values))


def _print_ints(printer: Printer, values: Sequence[int]) -> None:
    printer.print_string("[" + ", ".join(str(v) for v in values) + "]")


def _parse_ints(parser: Parser) -> list[int]:
    return parser.parse_comma_separated_list(parser.Delimiter.SQUARE, parser.parse_integer)


def _operand(parser: Parser) -> SSAValue:
    """An already-defined operand whose type the syntax does not spell (df ports name values
    defined earlier in the graph; a body op's operands are its block's values)."""
    return parser.expect(parser._parse_optional_operand_without_type, "Expected an operand.")


def _int(attr: IntegerAttr | None, default: int = 0) -> int:
    return default if attr is None else attr.value.data


def _i64(v: int) -> IntegerAttr:
    return IntegerAttr(v, i64)


def _print_extra_attrs(printer: Printer, op: Operation) -> None:
    if op.attributes:
        printer.print_op_attributes(op.attributes)


def _apply_extra_attrs(parser: Parser, op: Operation) -> Operation:
    attrs = parser.parse_optional_attr_dict()
    op.attributes.update(attrs)
    return op


def unit_name(op: Operation) -> str:
    """The name of a unit (its `sym_name`), `?` when it has none."""
    attr = op.properties.get("sym_name")
    return attr.data if isinstance(attr, StringAttr) else "?"


# ---------------------------------------------------------------------------------------------
# The graph


@irdl_op_definition
class GraphOp(IRDLOperation):
    """`df.graph @name(%a: tensor<..>) -> tensor<..> { units...; df.return %out }`."""

    name = "df.graph"

    body = region_def("single_block")
    sym_name = prop_def(StringAttr)
    function_type = prop_def(FunctionType)
    sym_visibility = opt_prop_def(StringAttr)
    traits = traits_def(IsolatedFromAbove(), SymbolOpInterface())

    def __init__(self, name: str, function_type: FunctionType, body: Region):
        super().__init__(
            regions=[body],
            properties={"sym_name": StringAttr(name), "function_type": function_type},
        )

    @property
    def block(self) -> Block:
        return self.body.block

    def units(self) -> list[Operation]:
        return [op for op in self.block.ops if not isinstance(op, ReturnOp)]

    def print(self, printer: Printer) -> None:
        if self.sym_visibility is not None:
            printer.print_string(" " + self.sym_visibility.data)
        print_func_op_like(
            printer,
            self.sym_name,
            self.function_type,
            self.body,
            self.attributes,
            reserved_attr_names=("sym_name", "function_type", "sym_visibility"),
        )

    @classmethod
    def parse(cls, parser: Parser) -> GraphOp:
        visibility = parser.parse_optional_visibility_keyword()
        name, inputs, outputs, region, extra, _, _ = parse_func_op_like(
            parser, reserved_attr_names=("sym_name", "function_type", "sym_visibility")
        )
        op = cls(name, FunctionType.from_lists(inputs, outputs), region)
        if visibility is not None:
            op.properties["sym_visibility"] = visibility
        if extra is not None:
            op.attributes.update(extra.data)
        return op

    def verify_(self) -> None:
        block = self.block
        ret = block.last_op
        if not isinstance(ret, ReturnOp):
            raise VerifyException("df.graph must end with df.return")
        inputs = tuple(self.function_type.inputs.data)
        if tuple(a.type for a in block.args) != inputs:
            raise VerifyException("df.graph block arguments must match its function_type inputs")
        if tuple(v.type for v in ret.values) != tuple(self.function_type.outputs.data):
            raise VerifyException("df.return types must match the df.graph's function_type outputs")
        verify_connectivity(self)


def verify_connectivity(graph: GraphOp) -> None:
    """Unit names are unique; every buffer has one writer or a declared order of writers;
    every stream has one writer and one reader; a store's `after` names stores."""
    names: dict[str, Operation] = {}
    for op in graph.units():
        name = unit_name(op)
        if name in names:
            raise VerifyException(f"unit name '@{name}' is used twice in df.graph @{graph.sym_name.data}")
        names[name] = op
    writers: dict[SSAValue, list[Operation]] = {}
    readers: dict[SSAValue, list[Operation]] = {}
    for op in graph.units():
        if isinstance(op, ComputeOp):
            for v in op.writes:
                writers.setdefault(v, []).append(op)
            for v in op.reads:
                readers.setdefault(v, []).append(op)
        elif isinstance(op, LoadOp):
            writers.setdefault(op.dst, []).append(op)
        elif isinstance(op, StoreOp):
            readers.setdefault(op.src, []).append(op)
            for ref in op.after_names():
                if not isinstance(names.get(ref), StoreOp):
                    raise VerifyException(f"df.store @{unit_name(op)}: 'after' names @{ref}, which is not a df.store")
    for op in graph.units():
        if isinstance(op, MemoryOp):
            ws = writers.get(op.result, [])
            if not ws:
                raise VerifyException(f"df.memory @{unit_name(op)} has no writer")
            declared = op.writer_names()
            if len(ws) > 1 or declared:
                actual = sorted(unit_name(w) for w in ws)
                if sorted(declared) != actual:
                    raise VerifyException(
                        f"df.memory @{unit_name(op)} has writers {', '.join('@' + n for n in actual)}: "
                        "a buffer with several writers must declare their order with "
                        "'writers [...]' listing exactly them"
                    )
            if not readers.get(op.result):
                raise VerifyException(f"df.memory @{unit_name(op)} has no reader")
        elif isinstance(op, StreamOp):
            ws = writers.get(op.result, [])
            rs = readers.get(op.result, [])
            if len(ws) != 1 or len(rs) != 1:
                raise VerifyException(
                    f"df.stream @{unit_name(op)} needs exactly one writer and one reader, "
                    f"has {len(ws)} and {len(rs)}"
                )
            prod, cons = ws[0], rs[0]
            assert isinstance(prod, ComputeOp) and isinstance(cons, ComputeOp)
            if prod.live_trips() != cons.trips():
                raise VerifyException(
                    f"df.stream @{unit_name(op)}: producer @{unit_name(prod)} sends values over counters "
                    f"of trip counts {list(prod.live_trips())} but consumer @{unit_name(cons)} iterates "
                    f"{list(cons.trips())}"
                )


@irdl_op_definition
class ReturnOp(IRDLOperation):
    """`df.return %a, %b : tensor<..>, tensor<..>`: the graph's DRAM results."""

    name = "df.return"
    values = var_operand_def()
    traits = traits_def(IsTerminator(), HasParent(GraphOp))
    assembly_format = "($values^ `:` type($values))? attr-dict"

    def __init__(self, values: Sequence[SSAValue | Operation]):
        super().__init__(operands=[list(values)])


# ---------------------------------------------------------------------------------------------
# Storage: DRAM tensors, memory units, streams


@irdl_op_definition
class DramOp(IRDLOperation):
    """`%t = df.dram @name : tensor<..>`, or a constant: `%w = df.dram @w = dense<..> : tensor<..>`
    (the dense attribute carries the type)."""

    name = "df.dram"
    sym_name = prop_def(StringAttr)
    value = opt_prop_def(DenseIntOrFPElementsAttr)
    result = result_def(TensorType)
    traits = traits_def(HasParent(GraphOp))

    def __init__(self, name: str, tensor_type: TensorType, value: DenseIntOrFPElementsAttr | None = None):
        props: dict[str, Attribute] = {"sym_name": StringAttr(name)}
        if value is not None:
            props["value"] = value
        super().__init__(result_types=[tensor_type], properties=props)

    def print(self, printer: Printer) -> None:
        printer.print_string(" ")
        printer.print_symbol_name(self.sym_name.data)
        if self.value is not None:
            # The dense attribute spells the tensor type itself.
            printer.print_string(" = ")
            printer.print_attribute(self.value)
            _print_extra_attrs(printer, self)
            return
        _print_extra_attrs(printer, self)
        printer.print_string(" : ")
        printer.print_attribute(self.result.type)

    @classmethod
    def parse(cls, parser: Parser) -> DramOp:
        name = parser.parse_symbol_name().data
        value = None
        if parser.parse_optional_punctuation("="):
            value = parser.parse_attribute()
            if not isinstance(value, DenseIntOrFPElementsAttr):
                parser.raise_error("expected a dense elements attribute")
        attrs = parser.parse_optional_attr_dict()
        if value is not None:
            t = value.type
        else:
            parser.parse_punctuation(":")
            t = parser.parse_type()
        if not isinstance(t, TensorType):
            parser.raise_error("df.dram needs a tensor type")
        op = cls(name, t, value)
        op.attributes.update(attrs)
        return op

    def verify_(self) -> None:
        if self.value is not None and self.value.type != self.result.type:
            raise VerifyException(f"df.dram @{self.sym_name.data}: value type {self.value.type} != {self.result.type}")


@irdl_op_definition
class MemoryOp(IRDLOperation):
    """`%m = df.memory @name depth 2 banks 16 [layout #l] [writers [@a, @b]] : memref<..>`."""

    name = "df.memory"
    sym_name = prop_def(StringAttr)
    depth = prop_def(IntegerAttr)
    banks = prop_def(IntegerAttr)
    layout = opt_prop_def(Attribute)
    writers = opt_prop_def(ArrayAttr)
    result = result_def(MemRefType)
    traits = traits_def(HasParent(GraphOp))

    def __init__(
        self,
        name: str,
        memref_type: MemRefType,
        depth: int,
        banks: int,
        writers: Sequence[str] = (),
        layout: Attribute | None = None,
    ):
        props: dict[str, Attribute] = {"sym_name": StringAttr(name), "depth": _i64(depth), "banks": _i64(banks)}
        if writers:
            props["writers"] = ArrayAttr([SymbolRefAttr(w) for w in writers])
        if layout is not None:
            props["layout"] = layout
        super().__init__(result_types=[memref_type], properties=props)

    @property
    def depth_value(self) -> int:
        return _int(self.depth)

    @property
    def banks_value(self) -> int:
        return _int(self.banks)

    @property
    def shape(self) -> tuple[int, ...]:
        return tuple(self.result.type.get_shape())

    def writer_names(self) -> list[str]:
        if self.writers is None:
            return []
        return [w.root_reference.data for w in self.writers.data]  # type: ignore[attr-defined]

    def print(self, printer: Printer) -> None:
        printer.print_string(" ")
        printer.print_symbol_name(self.sym_name.data)
        printer.print_string(f" depth {self.depth_value} banks {self.banks_value}")
        if self.layout is not None:
            printer.print_string(" layout ")
            printer.print_attribute(self.layout)
        if self.writers is not None:
            printer.print_string(" writers [" + ", ".join("@" + n for n in self.writer_names()) + "]")
        _print_extra_attrs(printer, self)
        printer.print_string(" : ")
        printer.print_attribute(self.result.type)

    @classmethod
    def parse(cls, parser: Parser) -> MemoryOp:
        name = parser.parse_symbol_name().data
        parser.parse_keyword("depth")
        depth = parser.parse_integer()
        parser.parse_keyword("banks")
        banks = parser.parse_integer()
        layout = None
        if parser.parse_optional_keyword("layout"):
            layout = parser.parse_attribute()
        writers: list[str] = []
        if parser.parse_optional_keyword("writers"):
            writers = parser.parse_comma_separated_list(
                parser.Delimiter.SQUARE, lambda: parser.parse_symbol_name().data
            )
        attrs = parser.parse_optional_attr_dict()
        parser.parse_punctuation(":")
        t = parser.parse_type()
        if not isinstance(t, MemRefType):
            parser.raise_error("df.memory needs a memref type")
        op = cls(name, t, depth, banks, writers, layout)
        op.attributes.update(attrs)
        return op

    def verify_(self) -> None:
        if self.depth_value < 1 or self.banks_value < 1:
            raise VerifyException(f"df.memory @{self.sym_name.data}: depth and banks must be positive")
        if any(d <= 0 for d in self.shape):
            raise VerifyException(f"df.memory @{self.sym_name.data}: needs a static, non-empty shape")


@irdl_op_definition
class StreamOp(IRDLOperation):
    """`%s = df.stream @name depth 4 [scalar] : !df.stream<f32>`; depth in vectors (the receiving
    port's FIFO, which `insert-credits` turns into stream credits). Its producer's live counters
    must match its consumer's counters; the token-level simulator moves one tile's burst at a
    time through it."""

    name = "df.stream"
    sym_name = prop_def(StringAttr)
    depth = prop_def(IntegerAttr)
    scalar = opt_prop_def(Attribute)
    result = result_def(StreamType)
    traits = traits_def(HasParent(GraphOp))

    def __init__(self, name: str, element_type: Attribute, depth: int, scalar: bool = False):
        from xdsl.dialects.builtin import UnitAttr

        props: dict[str, Attribute] = {"sym_name": StringAttr(name), "depth": _i64(depth)}
        if scalar:
            props["scalar"] = UnitAttr()
        super().__init__(result_types=[StreamType(element_type)], properties=props)

    @property
    def depth_value(self) -> int:
        return _int(self.depth)

    def print(self, printer: Printer) -> None:
        printer.print_string(" ")
        printer.print_symbol_name(self.sym_name.data)
        printer.print_string(f" depth {self.depth_value}")
        if self.scalar is not None:
            printer.print_string(" scalar")
        _print_extra_attrs(printer, self)
        printer.print_string(" : ")
        printer.print_attribute(self.result.type)

    @classmethod
    def parse(cls, parser: Parser) -> StreamOp:
        name = parser.parse_symbol_name().data
        parser.parse_keyword("depth")
        depth = parser.parse_integer()
        scalar = parser.parse_optional_keyword("scalar") is not None
        attrs = parser.parse_optional_attr_dict()
        parser.parse_punctuation(":")
        t = parser.parse_type()
        if not isinstance(t, StreamType):
            parser.raise_error("df.stream needs a !df.stream type")
        op = cls(name, t.element_type, depth, scalar)
        op.attributes.update(attrs)
        return op

    def verify_(self) -> None:
        if self.depth_value < 1:
            raise VerifyException(f"df.stream @{self.sym_name.data}: depth must be positive")


# ---------------------------------------------------------------------------------------------
# DRAM transfers


def _check_map_inside(
    what: str, amap: AffineMap, lo: Sequence[int], hi: Sequence[int], shape: Sequence[int]
) -> None:
    """Raise unless the map's image of the box [lo, hi] lies inside `shape`."""
    if amap.num_symbols:
        raise VerifyException(f"{what}: access maps take no symbols")
    if len(amap.results) != len(shape):
        raise VerifyException(f"{what}: map {amap} has {len(amap.results)} results for a rank-{len(shape)} buffer")
    try:
        ranges = map_ranges(amap, lo, hi)
    except ValueError as e:
        raise VerifyException(f"{what}: {e}") from None
    for r, ((a, b), size) in enumerate(zip(ranges, shape)):
        if a < 0 or b >= size:
            raise VerifyException(
                f"{what}: map {amap} reaches indices {a}..{b} in dimension {r}, outside 0..{size - 1}"
            )


class _TransferOp(IRDLOperation):
    """Shared by df.load and df.store: a tile counter chain and a DRAM tile map."""

    sym_name = prop_def(StringAttr)
    tiles = prop_def(DenseArrayBase.constr(i64))
    map = prop_def(AffineMapAttr)

    ARROW: ClassVar[str] = "->"

    @property
    def tile_bounds(self) -> tuple[int, ...]:
        return self.tiles.get_values()

    @property
    def access_map(self) -> AffineMap:
        return self.map.data

    def dram_value(self) -> SSAValue:
        raise NotImplementedError

    def buffer_value(self) -> SSAValue:
        raise NotImplementedError

    def steps(self) -> int:
        return math.prod(self.tile_bounds)

    def verify_(self) -> None:
        what = f"{self.name} @{self.sym_name.data}"
        tiles = self.tile_bounds
        if any(t < 1 for t in tiles):
            raise VerifyException(f"{what}: tile bounds must be positive")
        dram = self.dram_value().type
        buf = self.buffer_value().type
        if not isinstance(dram, TensorType) or not isinstance(buf, MemRefType):
            raise VerifyException(f"{what}: moves between a DRAM tensor and a df.memory")
        if dram.element_type != buf.element_type:
            raise VerifyException(f"{what}: element types differ ({dram.element_type} vs {buf.element_type})")
        bshape = buf.get_shape()
        amap = self.access_map
        if amap.num_dims != len(tiles) + len(bshape):
            raise VerifyException(
                f"{what}: map {amap} must take {len(tiles)} tile counters and {len(bshape)} tile indices"
            )
        lo = [0] * amap.num_dims
        hi = [t - 1 for t in tiles] + [s - 1 for s in bshape]
        _check_map_inside(what, amap, lo, hi, dram.get_shape())

    def _print_body(self, printer: Printer, src: SSAValue, dst: SSAValue) -> None:
        printer.print_string(" ")
        printer.print_symbol_name(self.sym_name.data)
        printer.print_string(" ")
        printer.print_operand(src)
        printer.print_string(" -> ")
        printer.print_operand(dst)
        printer.print_string(" tiles ")
        _print_ints(printer, self.tile_bounds)
        printer.print_string(" map " + str(self.access_map))


def _parse_transfer(parser: Parser) -> tuple[str, SSAValue, SSAValue, list[int], AffineMap]:
    name = parser.parse_symbol_name().data
    src = _operand(parser)
    parser.parse_punctuation("->")
    dst = _operand(parser)
    parser.parse_keyword("tiles")
    tiles = _parse_ints(parser)
    parser.parse_keyword("map")
    amap = parser.parse_affine_map()
    return name, src, dst, tiles, amap


@irdl_op_definition
class LoadOp(_TransferOp):
    """`df.load @name %dram -> %mem tiles [..] map (t.., i..) -> (..)`: one tile per step."""

    name = "df.load"
    src = operand_def(TensorType)
    dst = operand_def(MemRefType)
    traits = traits_def(HasParent(GraphOp))

    def __init__(self, name: str, src: SSAValue, dst: SSAValue, tiles: Sequence[int], amap: AffineMap):
        super().__init__(
            operands=[src, dst],
            properties={"sym_name": StringAttr(name), "tiles": _ints(tiles), "map": AffineMapAttr(amap)},
        )

    def dram_value(self) -> SSAValue:
        return self.src

    def buffer_value(self) -> SSAValue:
        return self.dst

    def print(self, printer: Printer) -> None:
        self._print_body(printer, self.src, self.dst)
        _print_extra_attrs(printer, self)

    @classmethod
    def parse(cls, parser: Parser) -> LoadOp:
        name, src, dst, tiles, amap = _parse_transfer(parser)
        return _apply_extra_attrs(parser, cls(name, src, dst, tiles, amap))  # type: ignore[return-value]


@irdl_op_definition
class StoreOp(_TransferOp):
    """`df.store @name %mem -> %dram tiles [..] map (..) [after [@s]]`: drains one tile per step;
    `after` orders it behind other stores into the same tensor (they must finish first)."""

    name = "df.store"
    src = operand_def(MemRefType)
    dst = operand_def(TensorType)
    after = opt_prop_def(ArrayAttr)
    traits = traits_def(HasParent(GraphOp))

    def __init__(
        self,
        name: str,
        src: SSAValue,
        dst: SSAValue,
        tiles: Sequence[int],
        amap: AffineMap,
        after: Sequence[str] = (),
    ):
        props: dict[str, Attribute] = {
            "sym_name": StringAttr(name),
            "tiles": _ints(tiles),
            "map": AffineMapAttr(amap),
        }
        if after:
            props["after"] = ArrayAttr([SymbolRefAttr(a) for a in after])
        super().__init__(operands=[src, dst], properties=props)

    def after_names(self) -> list[str]:
        if self.after is None:
            return []
        return [a.root_reference.data for a in self.after.data]  # type: ignore[attr-defined]

    def dram_value(self) -> SSAValue:
        return self.dst

    def buffer_value(self) -> SSAValue:
        return self.src

    def print(self, printer: Printer) -> None:
        self._print_body(printer, self.src, self.dst)
        if self.after is not None:
            printer.print_string(" after [" + ", ".join("@" + n for n in self.after_names()) + "]")
        _print_extra_attrs(printer, self)

    @classmethod
    def parse(cls, parser: Parser) -> StoreOp:
        name, src, dst, tiles, amap = _parse_transfer(parser)
        after: list[str] = []
        if parser.parse_optional_keyword("after"):
            after = parser.parse_comma_separated_list(
                parser.Delimiter.SQUARE, lambda: parser.parse_symbol_name().data
            )
        return _apply_extra_attrs(parser, cls(name, src, dst, tiles, amap, after))  # type: ignore[return-value]


# ---------------------------------------------------------------------------------------------
# Compute units


@irdl_op_definition
class ComputeOp(IRDLOperation):
    """A virtual compute unit (see the module docstring). Syntax:

        df.compute @name tiles [4] acc 1 counters [128, 256, 128] vector 2 unroll 1 x 6
            reads (%a [(d0, d1, d2) -> (d0, d1)], %b [(d0, d1, d2) -> (d1, d2)])
            writes (%c [(d0, d1, d2) -> (d0, d2)]) {
        ^bb0(%x: f32, %y: f32):
          %p = df.mac %x, %y over [1] : f32
          df.yield %p : f32
        }
    """

    name = "df.compute"

    reads = var_operand_def()
    writes = var_operand_def()
    sym_name = prop_def(StringAttr)
    tiles = prop_def(DenseArrayBase.constr(i64))
    acc = prop_def(IntegerAttr)
    bounds = prop_def(DenseArrayBase.constr(i64))
    strides = prop_def(DenseArrayBase.constr(i64))
    vector = prop_def(IntegerAttr)
    unroll = prop_def(DenseArrayBase.constr(i64))
    read_maps = prop_def(ArrayAttr)
    write_maps = prop_def(ArrayAttr)
    body = region_def("single_block")

    irdl_options = (AttrSizedOperandSegments(as_property=True),)
    traits = traits_def(HasParent(GraphOp), IsolatedFromAbove())

    def __init__(
        self,
        name: str,
        *,
        tiles: Sequence[int],
        acc: int,
        bounds: Sequence[int],
        strides: Sequence[int] | None = None,
        vector: int = -1,
        unroll: tuple[int, int] | None = None,
        reads: Sequence[tuple[SSAValue, AffineMap]],
        writes: Sequence[tuple[SSAValue, AffineMap]],
        body: Region,
    ):
        super().__init__(
            operands=[[r for r, _ in reads], [w for w, _ in writes]],
            regions=[body],
            properties={
                "sym_name": StringAttr(name),
                "tiles": _ints(tiles),
                "acc": _i64(acc),
                "bounds": _ints(bounds),
                "strides": _ints(strides if strides is not None else [1] * len(bounds)),
                "vector": _i64(vector),
                "unroll": _ints(list(unroll) if unroll else []),
                "read_maps": ArrayAttr([AffineMapAttr(m) for _, m in reads]),
                "write_maps": ArrayAttr([AffineMapAttr(m) for _, m in writes]),
            },
        )

    # --- configuration accessors ------------------------------------------------------------
    @property
    def tile_bounds(self) -> tuple[int, ...]:
        return self.tiles.get_values()

    @property
    def acc_count(self) -> int:
        return _int(self.acc)

    @property
    def counter_bounds(self) -> tuple[int, ...]:
        return self.bounds.get_values()

    @property
    def counter_strides(self) -> tuple[int, ...]:
        return self.strides.get_values()

    @property
    def vector_counter(self) -> int:
        return _int(self.vector, -1)

    @property
    def unroll_spec(self) -> tuple[int, int] | None:
        u = self.unroll.get_values()
        return (u[0], u[1]) if u else None

    def read_map_list(self) -> list[AffineMap]:
        return [m.data for m in self.read_maps.data]  # type: ignore[attr-defined]

    def write_map_list(self) -> list[AffineMap]:
        return [m.data for m in self.write_maps.data]  # type: ignore[attr-defined]

    def trips(self) -> tuple[int, ...]:
        """Number of values of each counter."""
        return tuple(-(-b // s) for b, s in zip(self.counter_bounds, self.counter_strides))

    def reduction_op(self) -> Operation | None:
        for op in self.body.block.ops:
            if isinstance(op, (ReduceOp, MacOp)):
                return op
        return None

    def reduced_counters(self) -> tuple[int, ...]:
        red = self.reduction_op()
        return () if red is None else red.over_list  # type: ignore[attr-defined]

    def live_counters(self) -> tuple[int, ...]:
        """Counters the unit's outputs range over (all but the reduced ones)."""
        red = set(self.reduced_counters())
        return tuple(i for i in range(len(self.counter_bounds)) if i not in red)

    def live_trips(self) -> tuple[int, ...]:
        trips = self.trips()
        return tuple(trips[i] for i in self.live_counters())

    def steps(self) -> int:
        return math.prod(self.tile_bounds)

    def groups(self) -> int:
        """Output tokens per run: steps divided by the accumulated tile counters' trips."""
        t = self.tile_bounds
        return math.prod(t[: len(t) - self.acc_count])

    def drain_args(self) -> list[bool]:
        """Per read port: True when it is read in the drain phase (once per group)."""
        red = self.reduction_op()
        block = self.body.block
        if red is None:
            return [False] * len(block.args)
        ops = list(block.ops)
        pos = ops.index(red)
        order = {op: i for i, op in enumerate(ops)}
        return [bool(a.uses) and all(order[u.operation] > pos for u in a.uses) for a in block.args]

    def iterations(self, counters: Sequence[int], lanes: int, unrolled: bool = True) -> int:
        """Pipeline issue slots to sweep `counters`: the vector counter takes `lanes` values
        a slot, the unrolled counter `unroll` values."""
        trips = self.trips()
        unroll = self.unroll_spec
        n = 1
        for c in counters:
            t = trips[c]
            if c == self.vector_counter:
                t = -(-t // lanes)
            elif unrolled and unroll is not None and c == unroll[0]:
                t = -(-t // unroll[1])
            n *= t
        return n

    def stage_count(self, lanes: int) -> int:
        """Pipeline stages the body needs: main phase x unroll + drain phase."""
        red = self.reduction_op()
        main = drain = 0
        seen_red = False
        for op in self.body.block.ops:
            cost = op_stages(op, self.vector_counter, lanes)
            if red is None or not seen_red:
                main += cost
            else:
                drain += cost
            if op is red:
                seen_red = True
        unroll = self.unroll_spec
        return main * (unroll[1] if unroll else 1) + drain

    def cycles(self, lanes: int) -> int:
        """Ideal cycles of one run: one pipeline issue slot per cycle."""
        all_c = range(len(self.counter_bounds))
        main = self.iterations(all_c, lanes)
        if self.reduction_op() is None:
            return self.steps() * main
        drain = self.iterations(self.live_counters(), lanes)
        return self.steps() * main + self.groups() * drain

    # --- printing ----------------------------------------------------------------------------
    def print(self, printer: Printer) -> None:
        printer.print_string(" ")
        printer.print_symbol_name(self.sym_name.data)
        if self.tile_bounds:
            printer.print_string(" tiles ")
            _print_ints(printer, self.tile_bounds)
        if self.acc_count:
            printer.print_string(f" acc {self.acc_count}")
        printer.print_string(" counters ")
        _print_ints(printer, self.counter_bounds)
        if any(s != 1 for s in self.counter_strides):
            printer.print_string(" strides ")
            _print_ints(printer, self.counter_strides)
        if self.vector_counter >= 0:
            printer.print_string(f" vector {self.vector_counter}")
        if self.unroll_spec:
            printer.print_string(f" unroll {self.unroll_spec[0]} x {self.unroll_spec[1]}")
        for kw, values, maps in (
            ("reads", self.reads, self.read_map_list()),
            ("writes", self.writes, self.write_map_list()),
        ):
            printer.print_string(f" {kw} (")
            for i, (v, m) in enumerate(zip(values, maps)):
                if i:
                    printer.print_string(", ")
                printer.print_operand(v)
                printer.print_string(f" [{m}]")
            printer.print_string(")")
        if self.attributes:
            printer.print_op_attributes(self.attributes, print_keyword=True)
        printer.print_string(" ")
        printer.print_region(self.body)

    @classmethod
    def parse(cls, parser: Parser) -> ComputeOp:
        name = parser.parse_symbol_name().data
        tiles: list[int] = []
        acc = 0
        if parser.parse_optional_keyword("tiles"):
            tiles = _parse_ints(parser)
        if parser.parse_optional_keyword("acc"):
            acc = parser.parse_integer()
        parser.parse_keyword("counters")
        bounds = _parse_ints(parser)
        strides = None
        if parser.parse_optional_keyword("strides"):
            strides = _parse_ints(parser)
        vector = -1
        if parser.parse_optional_keyword("vector"):
            vector = parser.parse_integer()
        unroll = None
        if parser.parse_optional_keyword("unroll"):
            c = parser.parse_integer()
            parser.parse_keyword("x")
            unroll = (c, parser.parse_integer())

        def port() -> tuple[SSAValue, AffineMap]:
            v = _operand(parser)
            parser.parse_punctuation("[")
            m = parser.parse_affine_map()
            parser.parse_punctuation("]")
            return v, m

        parser.parse_keyword("reads")
        reads = parser.parse_comma_separated_list(parser.Delimiter.PAREN, port)
        parser.parse_keyword("writes")
        writes = parser.parse_comma_separated_list(parser.Delimiter.PAREN, port)
        attrs = parser.parse_optional_attr_dict_with_keyword()
        body = parser.parse_region()
        op = cls(
            name, tiles=tiles, acc=acc, bounds=bounds, strides=strides, vector=vector,
            unroll=unroll, reads=reads, writes=writes, body=body,
        )  # fmt: skip
        if attrs is not None:
            op.attributes.update(attrs.data)
        return op

    # --- verification ------------------------------------------------------------------------
    def verify_(self) -> None:
        what = f"df.compute @{self.sym_name.data}"
        bounds, strides = self.counter_bounds, self.counter_strides
        n = len(bounds)
        if len(strides) != n:
            raise VerifyException(f"{what}: {n} counter bounds but {len(strides)} strides")
        if any(b < 1 for b in bounds) or any(s < 1 for s in strides):
            raise VerifyException(f"{what}: counter bounds and strides must be positive")
        if any(t < 1 for t in self.tile_bounds):
            raise VerifyException(f"{what}: tile bounds must be positive")
        if not 0 <= self.acc_count <= len(self.tile_bounds):
            raise VerifyException(f"{what}: acc {self.acc_count} exceeds its {len(self.tile_bounds)} tile counters")
        if not -1 <= self.vector_counter < n:
            raise VerifyException(f"{what}: vector counter {self.vector_counter} is not one of its {n} counters")
        u = self.unroll.get_values()
        if u and (len(u) != 2 or not 0 <= u[0] < n or u[1] < 1 or u[0] == self.vector_counter):
            raise VerifyException(f"{what}: unroll must be a non-vector counter and a positive factor")
        block = self.body.block
        if len(block.args) != len(self.reads):
            raise VerifyException(f"{what}: body takes {len(block.args)} values for {len(self.reads)} read ports")
        if len(self.read_maps.data) != len(self.reads) or len(self.write_maps.data) != len(self.writes):
            raise VerifyException(f"{what}: one access map per port expected")
        term = block.last_op
        if not isinstance(term, YieldOp) or len(term.values) != len(self.writes):
            raise VerifyException(f"{what}: body must end with a df.yield of one value per write port")
        reductions = [op for op in block.ops if isinstance(op, (ReduceOp, MacOp))]
        if len(reductions) > 1:
            raise VerifyException(f"{what}: at most one reduction (df.reduce/df.mac) per unit")
        red = reductions[0] if reductions else None
        if self.acc_count and red is None:
            raise VerifyException(f"{what}: acc {self.acc_count} needs a reduction in the body")
        reduced = set(red.over_list) if red is not None else set()  # type: ignore[attr-defined]
        if any(not 0 <= c < n for c in reduced):
            raise VerifyException(f"{what}: reduction over a counter it does not have")
        if red is not None:
            ops = list(block.ops)
            pos = ops.index(red)
            for op in ops[pos + 1 :]:
                for v in op.operands:
                    owner = v.owner
                    if isinstance(owner, Operation) and owner is not red and ops.index(owner) < pos:
                        raise VerifyException(
                            f"{what}: drain-phase op {op.name} uses a main-phase value other than the reduction"
                        )
        lo = [0] * n
        hi = [(-(-b // s) - 1) * s for b, s in zip(bounds, strides)]
        live = set(range(n)) - reduced
        drain = self.drain_args()
        for i, (v, m) in enumerate(zip(self.reads, self.read_map_list())):
            port = f"{what}: read port #{i}"
            if m.num_dims != n:
                raise VerifyException(f"{port}: map {m} must take the unit's {n} counters")
            if drain[i] and m.used_dims() & reduced:
                raise VerifyException(f"{port}: a drain-phase read may not use the reduced counters")
            self._verify_port(port, v, m, lo, hi, set(range(n)))
        for i, (v, m) in enumerate(zip(self.writes, self.write_map_list())):
            port = f"{what}: write port #{i}"
            if m.num_dims != n:
                raise VerifyException(f"{port}: map {m} must take the unit's {n} counters")
            if isinstance(v.type, MemRefType) and m.used_dims() != live:
                raise VerifyException(
                    f"{port}: map {m} must use exactly the counters the output ranges over {sorted(live)}"
                )
            self._verify_port(port, v, m, lo, hi, live)

    def _verify_port(self, port: str, v: SSAValue, m: AffineMap, lo, hi, counters: set[int]) -> None:
        if isinstance(v.type, StreamType):
            ident = tuple(sorted(counters))
            if m != AffineMap(m.num_dims, 0, tuple(AffineMap.identity(m.num_dims).results[i] for i in ident)):
                raise VerifyException(f"{port}: a stream port's map must be the identity over counters {list(ident)}")
            return
        if not isinstance(v.type, MemRefType):
            raise VerifyException(f"{port}: ports connect to df.memory or df.stream values")
        _check_map_inside(port, m, lo, hi, v.type.get_shape())


# ---------------------------------------------------------------------------------------------
# Body ops (one element per counter point; whole tiles at once in the simulator)


def op_stages(op: Operation, vector_counter: int, lanes: int) -> int:
    """Pipeline stages one body op takes."""
    if isinstance(op, (ConstOp, YieldOp)):
        return 0
    if isinstance(op, (ReduceOp, MacOp)) and vector_counter in op.over_list:
        return 1 + max(1, math.ceil(math.log2(max(lanes, 2))))  # the lane reduction tree
    return 1


class _BodyOp(IRDLOperation):
    traits = traits_def(HasParent(ComputeOp), Pure())


class BinaryLaneOp(_BodyOp):
    """`%r = df.<op> %a, %b : f32`, lane-wise."""

    T: ClassVar = VarConstraint("T", AnyAttr())
    lhs = operand_def(T)
    rhs = operand_def(T)
    result = result_def(T)
    assembly_format = "$lhs `,` $rhs attr-dict `:` type($result)"

    def __init__(self, lhs: SSAValue, rhs: SSAValue):
        super().__init__(operands=[lhs, rhs], result_types=[SSAValue.get(lhs).type])

    def verify_(self) -> None:
        if not (self.lhs.type == self.rhs.type == self.result.type):
            raise VerifyException(f"{self.name}: operand and result types must match")


class UnaryLaneOp(_BodyOp):
    """`%r = df.<fn> %x : f32`, lane-wise."""

    T: ClassVar = VarConstraint("T", AnyAttr())
    input = operand_def(T)
    result = result_def(T)
    assembly_format = "$input attr-dict `:` type($result)"

    def __init__(self, x: SSAValue):
        super().__init__(operands=[x], result_types=[SSAValue.get(x).type])


def _lane_op(base: type, op_name: str, fn: str) -> type:
    cls = type(f"{op_name.capitalize()}Op", (base,), {"name": f"df.{op_name}", "__module__": __name__})
    op = irdl_op_definition(cls)
    op.fn = fn
    return op


BINARY_OPS: dict[str, type[BinaryLaneOp]] = {
    k: _lane_op(BinaryLaneOp, k, k) for k in ("add", "sub", "mul", "div", "max", "min")
}
UNARY_OPS: dict[str, type[UnaryLaneOp]] = {
    k: _lane_op(UnaryLaneOp, k, k)
    for k in ("neg", "abs", "exp", "log", "tanh", "erf", "sqrt", "rsqrt", "sigmoid", "relu")
}

SELECT_PREDICATES = ("eq", "ne", "lt", "le", "gt", "ge")
REDUCE_KINDS = ("sum", "max", "min", "prod")


@irdl_op_definition
class SelectOp(_BodyOp):
    """`%r = df.select "lt" %a, %b, %t, %f : f32` = (a < b) ? t : f."""

    name = "df.select"
    T: ClassVar = VarConstraint("T", AnyAttr())
    predicate = prop_def(StringAttr)
    lhs = operand_def(T)
    rhs = operand_def(T)
    true_value = operand_def(T)
    false_value = operand_def(T)
    result = result_def(T)
    assembly_format = "$predicate $lhs `,` $rhs `,` $true_value `,` $false_value attr-dict `:` type($result)"

    def __init__(self, predicate: str, lhs: SSAValue, rhs: SSAValue, t: SSAValue, f: SSAValue):
        super().__init__(
            operands=[lhs, rhs, t, f], result_types=[SSAValue.get(t).type],
            properties={"predicate": StringAttr(predicate)},
        )  # fmt: skip

    def verify_(self) -> None:
        if self.predicate.data not in SELECT_PREDICATES:
            raise VerifyException(f"df.select: predicate must be one of {', '.join(SELECT_PREDICATES)}")


@irdl_op_definition
class ConstOp(_BodyOp):
    """`%c = df.const 1.0 : f32`: an immediate, broadcast to every lane (no stage)."""

    name = "df.const"
    value = prop_def(Attribute)
    result = result_def()

    def __init__(self, value: FloatAttr | IntegerAttr):
        super().__init__(result_types=[value.type], properties={"value": value})

    def print(self, printer: Printer) -> None:
        printer.print_string(" ")
        printer.print_attribute(self.value)
        _print_extra_attrs(printer, self)

    @classmethod
    def parse(cls, parser: Parser) -> ConstOp:
        value = parser.parse_attribute()
        if not isinstance(value, (FloatAttr, IntegerAttr)):
            parser.raise_error("df.const needs a typed number, e.g. 1.0 : f32")
        return _apply_extra_attrs(parser, cls(value))  # type: ignore[return-value]

    def verify_(self) -> None:
        if not isinstance(self.value, (FloatAttr, IntegerAttr)):
            raise VerifyException("df.const: value must be a float or integer attribute")

    @property
    def number(self) -> float | int:
        return self.value.value.data  # type: ignore[attr-defined]


class _ReductionOp(_BodyOp):
    over = prop_def(DenseArrayBase.constr(i64))

    @property
    def over_list(self) -> tuple[int, ...]:
        return self.over.get_values()

    def _print_tail(self, printer: Printer) -> None:
        printer.print_string(" over ")
        _print_ints(printer, self.over_list)
        _print_extra_attrs(printer, self)
        printer.print_string(" : ")
        printer.print_attribute(self.results[0].type)

    @staticmethod
    def _parse_tail(parser: Parser, build):
        parser.parse_keyword("over")
        over = _parse_ints(parser)
        attrs = parser.parse_optional_attr_dict()
        parser.parse_punctuation(":")
        parser.parse_type()
        op = build(over)
        op.attributes.update(attrs)
        return op

    def verify_(self) -> None:
        over = self.over_list
        if len(set(over)) != len(over) or not over:
            raise VerifyException(f"{self.name}: 'over' must list distinct counters")


@irdl_op_definition
class ReduceOp(_ReductionOp):
    """`%r = df.reduce "sum" %x over [1, 2] : f32`: reduce over counters (a lane reduction tree
    over the vector counter, accumulation across iterations and accumulated tiles otherwise)."""

    name = "df.reduce"
    kind = prop_def(StringAttr)
    input = operand_def()
    result = result_def()

    def print(self, printer: Printer) -> None:
        printer.print_string(f' "{self.kind.data}" ')
        printer.print_operand(self.input)
        self._print_tail(printer)

    @classmethod
    def parse(cls, parser: Parser) -> ReduceOp:
        kind = parser.parse_str_literal()
        x = _operand(parser)
        return cls._parse_tail(parser, lambda over: cls(kind, x, over))

    def __init__(self, kind: str, x: SSAValue, over: Sequence[int]):
        super().__init__(
            operands=[x], result_types=[SSAValue.get(x).type],
            properties={"kind": StringAttr(kind), "over": _ints(over)},
        )  # fmt: skip

    def verify_(self) -> None:
        super().verify_()
        if self.kind.data not in REDUCE_KINDS:
            raise VerifyException(f"df.reduce: kind must be one of {', '.join(REDUCE_KINDS)}")


@irdl_op_definition
class MacOp(_ReductionOp):
    """`%r = df.mac %a, %b over [1] : f32`: sum over counters of a * b (fused multiply-add,
    one stage)."""

    name = "df.mac"
    lhs = operand_def()
    rhs = operand_def()
    result = result_def()

    def print(self, printer: Printer) -> None:
        printer.print_string(" ")
        printer.print_list((self.lhs, self.rhs), printer.print_operand)
        self._print_tail(printer)

    @classmethod
    def parse(cls, parser: Parser) -> MacOp:
        a = _operand(parser)
        parser.parse_punctuation(",")
        b = _operand(parser)
        return cls._parse_tail(parser, lambda over: cls(a, b, over))

    def __init__(self, lhs: SSAValue, rhs: SSAValue, over: Sequence[int]):
        super().__init__(
            operands=[lhs, rhs], result_types=[SSAValue.get(lhs).type], properties={"over": _ints(over)}
        )


@irdl_op_definition
class YieldOp(IRDLOperation):
    """`df.yield %v, ... : f32, ...`: one value per write port."""

    name = "df.yield"
    values = var_operand_def()
    traits = traits_def(IsTerminator(), HasParent(ComputeOp))
    assembly_format = "($values^ `:` type($values))? attr-dict"

    def __init__(self, values: Sequence[SSAValue]):
        super().__init__(operands=[list(values)])


from rdu_ir.dialects.df_layout import LayoutAttr

DF = Dialect(
    "df",
    [
        GraphOp, ReturnOp, DramOp, MemoryOp, StreamOp, LoadOp, StoreOp, ComputeOp,
        *BINARY_OPS.values(), *UNARY_OPS.values(), SelectOp, ConstOp, ReduceOp, MacOp, YieldOp,
    ],
    [StreamType, LayoutAttr],
)
