"""The `rdu` dialect: the hardware level, physical units at grid sites and routes through switches.

    rdu.chip "tiny" {
      %a = rdu.agcu @load_a 0 load "A" [0 to 16 step 1] affine_map<(d0) -> (d0)>
      %m = rdu.pmu @buf at (0, 1) bytes 1024 depth 2 banks 4 cyclic
             write [0 to 16 step 1] affine_map<(d0) -> (d0)> read [0 to 16 step 1] affine_map<(d0) -> (d0)>
      %p = rdu.pcu @mm at (0, 0) counters [0 to 16 step 1] stages [mul(in0, in1), add(s0, acc)]
      rdu.route vector %a[0] -> %m[0] via [(0, 0), (0, 1)]
      rdu.route vector %m[0] -> %p[0] via [(0, 1)]
    }

`rdu.chip` holds one chip configuration (one section of a program) and records the chip
description it was compiled for (a preset name when it equals one, else the dictionary of
`Chip.to_attr`). Every unit yields an `!rdu.unit` value that routes name as their ends.

A unit's configuration is what the bitstream writes for its site:
* `rdu.pcu`: a counter chain (`lo to hi step s`, outermost first) and the stage ops every
  lane applies, in pipeline order. A stage operand is `in<k>` (input port k), `s<k>` (an
  earlier stage's result), `c<k>` (counter k), `acc` (the stage's own previous result, for
  reductions) or a numeric literal.
* `rdu.pmu`: a buffer of `bytes` x `depth` copies in `banks` banks (`cyclic` or `block`
  interleaving), a write and a read address generator (a counter chain and an affine map
  from counters to an element address), the transposed read mode, and for a buffer split
  over PMUs the address range `range [lo, hi)` this one decodes.
* `rdu.agcu`: a DRAM transfer (`load` into the chip or `store` out of it) of a tensor,
  walked by a counter chain and an affine map giving each tile's element address.
* `rdu.route`: a connection from an output port of one unit to an input port of another
  on one network (vector, scalar or control), as the ordered switches it passes.

A compiled program wraps its sections in `rdu.program` with its `rdu.dram` tensors, and
`insert-credits` adds `rdu.credit` counters: what every configuration field means for the
values computed (the contract with the cycle simulator) is in `rdu_program.py`'s docstring,
the credit semantics in `rdu_credits.py`'s, and their verifiers in `rdu_checks.py`. Several
`rdu.agcu` transfers may share one AGCU index: they time-share that AGCU.

Verifiers check sites (inside the grid, of the unit's kind, one PCU or PMU a site), unit
configurations against the chip, routes (adjacent hops, starting and ending at a switch the
end units touch) and, in `rdu.chip`, that no link carries more routes of a network than
it has tracks (routes from the same output port share tracks where they overlap: a
broadcast).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from itertools import pairwise
from typing import ClassVar

from xdsl.dialects.builtin import (
    AffineMapAttr,
    ArrayAttr,
    DenseArrayBase,
    DictionaryAttr,
    IntegerAttr,
    ModuleOp,
    StringAttr,
    UnitAttr,
    i64,
)
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
    IRDLOperation,
    irdl_attr_definition,
    irdl_op_definition,
    operand_def,
    opt_prop_def,
    prop_def,
    region_def,
    result_def,
    traits_def,
)
from xdsl.parser import Parser
from xdsl.printer import Printer
from xdsl.traits import NoTerminator
from xdsl.utils.exceptions import VerifyException

from rdu_ir.chip import CHIP_ATTR, PRESETS, Chip, ChipError

NETWORKS: tuple[str, ...] = ("vector", "scalar", "control")
BANKINGS: tuple[str, ...] = ("cyclic", "block")
DIRECTIONS: tuple[str, ...] = ("load", "store")

STAGE_OPS: dict[str, int] = {
    # name -> number of operands; the functional units' instruction set.
    **dict.fromkeys(("add", "sub", "mul", "div", "max", "min", "pow"), 2),
    **dict.fromkeys(("cmp_lt", "cmp_le", "cmp_gt", "cmp_ge", "cmp_eq", "cmp_ne"), 2),
    **dict.fromkeys(("and", "or", "xor", "shl", "shr"), 2),
    **dict.fromkeys(("fma", "select"), 3),
    **dict.fromkeys(
        ("pass", "neg", "abs", "exp", "log", "sqrt", "rsqrt", "recip", "tanh", "sigmoid",
         "relu", "gelu", "erf", "floor", "ceil", "not", "reduce_add", "reduce_max", "reduce_min"),
        1,
    ),
}
"""Stage instructions and their arity; `reduce_*` combine the lanes of a vector."""

_OPERAND = re.compile(r"(in|s|c)(\d+)|acc")
_NUMBER = re.compile(r"-?\d+(\.\d*)?([eE][-+]?\d+)?")

Counters = Sequence[tuple[int, int, int]]


@irdl_attr_definition
class UnitType(ParametrizedAttribute, TypeAttribute):
    """A physical unit (PCU, PMU or AGCU), the end of routes."""

    name = "rdu.unit"


# --- helpers --------------------------------------------------------------------------


def _int(v: int) -> IntegerAttr:
    return IntegerAttr(v, i64)


def _array(values: Sequence[int]) -> DenseArrayBase:
    return DenseArrayBase.from_list(i64, list(values))


def _values(attr: DenseArrayBase) -> tuple[int, ...]:
    return tuple(int(x) for x in attr.iter_values())


def _triples(attr: DenseArrayBase) -> list[tuple[int, int, int]]:
    v = _values(attr)
    return [(v[i], v[i + 1], v[i + 2]) for i in range(0, len(v) - len(v) % 3, 3)]


def format_literal(x: float) -> str:
    """A numeric stage operand as MLIR's lexer reads it back (floats keep a '.')."""
    if isinstance(x, int) and not isinstance(x, bool):
        return str(x)
    text = repr(float(x))
    if "." not in text:
        mantissa, _, exponent = text.partition("e")
        text = f"{mantissa}.0" + (f"e{exponent}" if exponent else "")
    return text


_chip_cache: dict[int, tuple[Attribute, Chip]] = {}


def chip_from_attr(attr: Attribute) -> Chip:
    """`Chip.from_attr`, memoised per attribute object (verifiers call it for every op)."""
    hit = _chip_cache.get(id(attr))
    if hit is not None and hit[0] is attr:
        return hit[1]
    chip = Chip.from_attr(attr)
    _chip_cache[id(attr)] = (attr, chip)
    return chip


def enclosing_chip(op: Operation) -> Chip | None:
    """The chip of the nearest enclosing `rdu.chip`, else of the module's `rdu.chip` attribute."""
    parent = op.parent_op()
    while parent is not None:
        if isinstance(parent, ChipOp):
            try:
                return parent.description
            except ChipError:
                return None
        if isinstance(parent, ModuleOp) and CHIP_ATTR in parent.attributes:
            try:
                return chip_from_attr(parent.attributes[CHIP_ATTR])
            except ChipError:
                return None
        parent = parent.parent_op()
    return None


def _parse_counters(parser: Parser) -> list[int]:
    def one() -> tuple[int, int, int]:
        lo = parser.parse_integer(allow_boolean=False)
        parser.parse_keyword("to")
        hi = parser.parse_integer(allow_boolean=False)
        parser.parse_keyword("step")
        step = parser.parse_integer(allow_boolean=False)
        return lo, hi, step

    triples = parser.parse_comma_separated_list(Parser.Delimiter.SQUARE, one)
    return [x for t in triples for x in t]


def _print_counters(printer: Printer, attr: DenseArrayBase) -> None:
    printer.print_string(
        "[" + ", ".join(f"{lo} to {hi} step {s}" for lo, hi, s in _triples(attr)) + "]"
    )


def _verify_counters(attr: DenseArrayBase, what: str) -> None:
    v = _values(attr)
    if len(v) % 3:
        raise VerifyException(f"{what}: counters are (lo, hi, step) triples, got {len(v)} values")
    for i, (lo, hi, step) in enumerate(_triples(attr)):
        if step == 0:
            raise VerifyException(f"{what}: counter {i} has step 0")
        if (hi - lo) * step < 0:
            raise VerifyException(f"{what}: counter {i} ({lo} to {hi} step {step}) never reaches its bound")


def _verify_address_map(counters: DenseArrayBase, amap: AffineMapAttr, what: str) -> None:
    n = len(_values(counters)) // 3
    m = amap.data
    if m.num_dims != n:
        raise VerifyException(f"{what} map takes {m.num_dims} dimensions but there are {n} counters")
    if m.num_symbols or len(m.results) != 1:
        raise VerifyException(f"{what} map must give one address from the counters, without symbols")


def _parse_position(parser: Parser) -> tuple[int, int]:
    parser.parse_keyword("at")
    parser.parse_punctuation("(")
    row = parser.parse_integer(allow_boolean=False)
    parser.parse_punctuation(",")
    col = parser.parse_integer(allow_boolean=False)
    parser.parse_punctuation(")")
    return row, col


def _print_extra_attributes(printer: Printer, op: Operation) -> None:
    if op.attributes:
        printer.print_op_attributes(op.attributes)


# --- units ----------------------------------------------------------------------------


class UnitOp(IRDLOperation):
    """Common part of the unit ops: a symbol name and one `!rdu.unit` result."""

    sym_name = prop_def(StringAttr)
    unit = result_def(UnitType)

    KIND: ClassVar[str] = ""

    @property
    def unit_name(self) -> str:
        return self.sym_name.data

    @property
    def site(self) -> tuple[int, int] | int:
        raise NotImplementedError

    def attach_switches(self, chip: Chip | None) -> list[tuple[int, int]] | None:
        """Switches the unit connects to, or None when that needs an unknown chip."""
        raise NotImplementedError

    def describe(self) -> str:
        site = self.site
        where = f"index {site}" if isinstance(site, int) else f"at ({site[0]}, {site[1]})"
        return f"{self.KIND.upper()} @{self.unit_name} {where}"


class _GridUnitOp(UnitOp):
    row = prop_def(IntegerAttr)
    col = prop_def(IntegerAttr)

    @property
    def site(self) -> tuple[int, int]:
        return self.row.value.data, self.col.value.data

    def attach_switches(self, chip: Chip | None) -> list[tuple[int, int]]:
        r, c = self.site
        return [(r, c), (r, c + 1), (r + 1, c), (r + 1, c + 1)]

    def _verify_site(self) -> Chip | None:
        r, c = self.site
        chip = enclosing_chip(self)
        if chip is None:
            if r < 0 or c < 0:
                raise VerifyException(f"site ({r}, {c}) is outside the grid")
            return None
        if not (0 <= r < chip.rows and 0 <= c < chip.cols):
            raise VerifyException(
                f"site ({r}, {c}) is outside the {chip.rows}x{chip.cols} grid of chip '{chip.name}'"
            )
        actual = chip.unit_kind(r, c)
        if actual != self.KIND:
            raise VerifyException(f"site ({r}, {c}) holds a {actual.upper()}, not a {self.KIND.upper()}")
        return chip


@irdl_op_definition
class PcuOp(_GridUnitOp):
    """A pattern compute unit: a counter chain driving a SIMD pipeline of stage ops."""

    name = "rdu.pcu"
    KIND: ClassVar[str] = "pcu"

    counters = prop_def(DenseArrayBase)
    stages = prop_def(ArrayAttr)
    """One entry a stage: [op name, operand, ...] as strings."""

    def __init__(
        self,
        name: str,
        site: tuple[int, int],
        counters: Counters = (),
        stages: Sequence[tuple[str, Sequence[str | int | float]]] = (),
        attributes: dict[str, Attribute] | None = None,
    ):
        super().__init__(
            properties={
                "sym_name": StringAttr(name),
                "row": _int(site[0]),
                "col": _int(site[1]),
                "counters": _array([x for t in counters for x in t]),
                "stages": ArrayAttr(
                    [
                        ArrayAttr(
                            [StringAttr(op)]
                            + [StringAttr(x if isinstance(x, str) else format_literal(x)) for x in args]
                        )
                        for op, args in stages
                    ]
                ),
            },
            attributes=attributes or {},
            result_types=[UnitType()],
        )

    @property
    def counter_list(self) -> list[tuple[int, int, int]]:
        return _triples(self.counters)

    @property
    def stage_list(self) -> list[tuple[str, tuple[str, ...]]]:
        out = []
        for st in self.stages.data:
            parts = [p.data for p in st.data] if isinstance(st, ArrayAttr) else []  # type: ignore[union-attr]
            out.append((parts[0], tuple(parts[1:])) if parts else ("", ()))
        return out

    def verify_(self) -> None:
        chip = self._verify_site()
        _verify_counters(self.counters, "counter chain")
        for i, st in enumerate(self.stages.data):
            if not (
                isinstance(st, ArrayAttr)
                and st.data
                and all(isinstance(p, StringAttr) for p in st.data)
            ):
                raise VerifyException(f"stage {i} must be an array of strings [op, operands...]")
        n_counters = len(self.counter_list)
        for i, (op, args) in enumerate(self.stage_list):
            if op not in STAGE_OPS:
                raise VerifyException(f"stage {i}: unknown stage op '{op}'")
            if len(args) != STAGE_OPS[op]:
                raise VerifyException(f"stage {i}: '{op}' takes {STAGE_OPS[op]} operands, got {len(args)}")
            for a in args:
                m = _OPERAND.fullmatch(a)
                if m is None:
                    if _NUMBER.fullmatch(a) is None:
                        raise VerifyException(f"stage {i}: bad operand '{a}'")
                elif m.group(1) == "s" and int(m.group(2)) >= i:
                    raise VerifyException(f"stage {i}: operand '{a}' is not an earlier stage")
                elif m.group(1) == "c" and int(m.group(2)) >= n_counters:
                    raise VerifyException(f"stage {i}: operand '{a}' but only {n_counters} counters")
        if chip is not None and len(self.stages.data) > chip.pcu_stages:
            raise VerifyException(
                f"{len(self.stages.data)} stages, but a PCU of chip '{chip.name}' has {chip.pcu_stages}"
            )

    @classmethod
    def parse(cls, parser: Parser) -> PcuOp:
        name = parser.parse_symbol_name().data
        site = _parse_position(parser)
        parser.parse_keyword("counters")
        counters = _parse_counters(parser)
        parser.parse_keyword("stages")

        def operand() -> str:
            number = parser.parse_optional_number()
            if number is not None:
                return format_literal(number)
            return parser.parse_identifier()

        def stage() -> tuple[str, list[str]]:
            op = parser.parse_identifier()
            args = parser.parse_comma_separated_list(Parser.Delimiter.PAREN, operand)
            return op, args

        stages = parser.parse_comma_separated_list(Parser.Delimiter.SQUARE, stage)
        attrs = parser.parse_optional_attr_dict()
        triples = [tuple(counters[i : i + 3]) for i in range(0, len(counters), 3)]
        return cls(name, site, triples, stages, attrs)  # type: ignore[arg-type]

    def print(self, printer: Printer) -> None:
        r, c = self.site
        printer.print_string(" ")
        printer.print_symbol_name(self.unit_name)
        printer.print_string(f" at ({r}, {c}) counters ")
        _print_counters(printer, self.counters)
        stages = ", ".join(f"{op}({', '.join(args)})" for op, args in self.stage_list)
        printer.print_string(f" stages [{stages}]")
        _print_extra_attributes(printer, self)


@irdl_op_definition
class PmuOp(_GridUnitOp):
    """A pattern memory unit: a banked scratchpad with write and read address generators."""

    name = "rdu.pmu"
    KIND: ClassVar[str] = "pmu"

    bytes = prop_def(IntegerAttr)
    """Bytes of one copy of the buffer."""
    depth = prop_def(IntegerAttr)
    """Copies of the buffer (2 = double buffering)."""
    banks = prop_def(IntegerAttr)
    banking = prop_def(StringAttr)
    write_counters = prop_def(DenseArrayBase)
    write_map = prop_def(AffineMapAttr)
    read_counters = prop_def(DenseArrayBase)
    read_map = prop_def(AffineMapAttr)
    transpose = opt_prop_def(UnitAttr)
    """Reads the buffer transposed (the PMU's transpose read mode)."""
    addr_range = opt_prop_def(DenseArrayBase)
    """[lo, hi): the element addresses of a split buffer that this PMU decodes."""

    def __init__(
        self,
        name: str,
        site: tuple[int, int],
        *,
        bytes: int,
        depth: int = 1,
        banks: int = 1,
        banking: str = "cyclic",
        write: tuple[Counters, AffineMap] = ((), AffineMap.constant_map(0)),
        read: tuple[Counters, AffineMap] = ((), AffineMap.constant_map(0)),
        transpose: bool = False,
        addr_range: tuple[int, int] | None = None,
        attributes: dict[str, Attribute] | None = None,
    ):
        props: dict[str, Attribute] = {
            "sym_name": StringAttr(name),
            "row": _int(site[0]),
            "col": _int(site[1]),
            "bytes": _int(bytes),
            "depth": _int(depth),
            "banks": _int(banks),
            "banking": StringAttr(banking),
            "write_counters": _array([x for t in write[0] for x in t]),
            "write_map": AffineMapAttr(write[1]),
            "read_counters": _array([x for t in read[0] for x in t]),
            "read_map": AffineMapAttr(read[1]),
        }
        if transpose:
            props["transpose"] = UnitAttr()
        if addr_range is not None:
            props["addr_range"] = _array(addr_range)
        super().__init__(properties=props, attributes=attributes or {}, result_types=[UnitType()])

    def verify_(self) -> None:
        chip = self._verify_site()
        size, depth, banks = self.bytes.value.data, self.depth.value.data, self.banks.value.data
        if size <= 0 or depth <= 0 or banks <= 0:
            raise VerifyException("bytes, depth and banks must be positive")
        if self.banking.data not in BANKINGS:
            raise VerifyException(f"banking must be one of {', '.join(BANKINGS)}, got '{self.banking.data}'")
        _verify_counters(self.write_counters, "write counter chain")
        _verify_counters(self.read_counters, "read counter chain")
        _verify_address_map(self.write_counters, self.write_map, "write")
        _verify_address_map(self.read_counters, self.read_map, "read")
        if self.addr_range is not None:
            rng = _values(self.addr_range)
            if len(rng) != 2 or not 0 <= rng[0] < rng[1]:
                raise VerifyException(f"range must be [lo, hi) with 0 <= lo < hi, got {list(rng)}")
        if chip is None:
            return
        if size * depth > chip.pmu_capacity_bytes:
            raise VerifyException(
                f"{size} bytes x depth {depth} exceeds the {chip.pmu_capacity_bytes} bytes of a PMU "
                f"of chip '{chip.name}'"
            )
        if banks > chip.pmu_banks:
            raise VerifyException(f"{banks} banks, but a PMU of chip '{chip.name}' has {chip.pmu_banks}")
        if self.transpose is not None and not chip.pmu_transpose_read:
            raise VerifyException(f"the PMUs of chip '{chip.name}' have no transpose read")

    @classmethod
    def parse(cls, parser: Parser) -> PmuOp:
        name = parser.parse_symbol_name().data
        site = _parse_position(parser)
        values = {}
        for key in ("bytes", "depth", "banks"):
            parser.parse_keyword(key)
            values[key] = parser.parse_integer(allow_boolean=False)
        banking = parser.parse_keyword_in(BANKINGS, "banking mode")

        def generator(key: str) -> tuple[Counters, AffineMap]:
            parser.parse_keyword(key)
            flat = _parse_counters(parser)
            amap = parser.parse_attribute()
            if not isinstance(amap, AffineMapAttr):
                parser.raise_error(f"expected an affine_map for the {key} address")
            return [tuple(flat[i : i + 3]) for i in range(0, len(flat), 3)], amap.data  # type: ignore[return-value]

        write = generator("write")
        parser.parse_keyword("read")
        transpose = parser.parse_optional_keyword("transpose") is not None
        flat = _parse_counters(parser)
        amap = parser.parse_attribute()
        if not isinstance(amap, AffineMapAttr):
            parser.raise_error("expected an affine_map for the read address")
        read = ([tuple(flat[i : i + 3]) for i in range(0, len(flat), 3)], amap.data)
        addr_range = None
        if parser.parse_optional_keyword("range") is not None:
            bounds = parser.parse_comma_separated_list(
                Parser.Delimiter.SQUARE, lambda: parser.parse_integer(allow_boolean=False)
            )
            if len(bounds) != 2:
                parser.raise_error("expected range [lo, hi]")
            addr_range = (bounds[0], bounds[1])
        attrs = parser.parse_optional_attr_dict()
        return cls(
            name, site, bytes=values["bytes"], depth=values["depth"], banks=values["banks"],
            banking=banking, write=write, read=read, transpose=transpose,  # type: ignore[arg-type]
            addr_range=addr_range, attributes=attrs,
        )

    def print(self, printer: Printer) -> None:
        r, c = self.site
        printer.print_string(" ")
        printer.print_symbol_name(self.unit_name)
        printer.print_string(
            f" at ({r}, {c}) bytes {self.bytes.value.data} depth {self.depth.value.data}"
            f" banks {self.banks.value.data} {self.banking.data} write "
        )
        _print_counters(printer, self.write_counters)
        printer.print_string(" ")
        printer.print_attribute(self.write_map)
        printer.print_string(" read ")
        if self.transpose is not None:
            printer.print_string("transpose ")
        _print_counters(printer, self.read_counters)
        printer.print_string(" ")
        printer.print_attribute(self.read_map)
        if self.addr_range is not None:
            lo, hi = _values(self.addr_range)
            printer.print_string(f" range [{lo}, {hi}]")
        _print_extra_attributes(printer, self)


@irdl_op_definition
class AgcuOp(UnitOp):
    """An address generation and coalescing unit: moves tiles of a DRAM tensor on or off chip."""

    name = "rdu.agcu"
    KIND: ClassVar[str] = "agcu"

    index = prop_def(IntegerAttr)
    """Which AGCU (`Chip.agcu_switches()[index]` is the switch it hangs off)."""
    direction = prop_def(StringAttr)
    tensor = prop_def(StringAttr)
    counters = prop_def(DenseArrayBase)
    map = prop_def(AffineMapAttr)
    """Element address in the tensor (row-major) from the counters."""

    def __init__(
        self,
        name: str,
        index: int,
        direction: str,
        tensor: str,
        counters: Counters,
        amap: AffineMap,
        attributes: dict[str, Attribute] | None = None,
    ):
        super().__init__(
            properties={
                "sym_name": StringAttr(name),
                "index": _int(index),
                "direction": StringAttr(direction),
                "tensor": StringAttr(tensor),
                "counters": _array([x for t in counters for x in t]),
                "map": AffineMapAttr(amap),
            },
            attributes=attributes or {},
            result_types=[UnitType()],
        )

    @property
    def site(self) -> int:
        return self.index.value.data

    def attach_switches(self, chip: Chip | None) -> list[tuple[int, int]] | None:
        if chip is None or not 0 <= self.site < chip.agcu_count:
            return None
        return [chip.agcu_switches()[self.site]]

    def verify_(self) -> None:
        if self.direction.data not in DIRECTIONS:
            raise VerifyException(f"direction must be load or store, got '{self.direction.data}'")
        _verify_counters(self.counters, "counter chain")
        _verify_address_map(self.counters, self.map, "address")
        chip = enclosing_chip(self)
        limit = chip.agcu_count if chip is not None else math.inf
        if not 0 <= self.site < limit:
            raise VerifyException(
                f"AGCU {self.site} does not exist (chip '{chip.name}' has {chip.agcu_count})"  # type: ignore[union-attr]
                if chip is not None
                else f"AGCU index {self.site} is negative"
            )

    @classmethod
    def parse(cls, parser: Parser) -> AgcuOp:
        name = parser.parse_symbol_name().data
        index = parser.parse_integer(allow_boolean=False)
        direction = parser.parse_keyword_in(DIRECTIONS, "transfer direction")
        tensor = parser.parse_str_literal()
        flat = _parse_counters(parser)
        amap = parser.parse_attribute()
        if not isinstance(amap, AffineMapAttr):
            parser.raise_error("expected an affine_map for the DRAM address")
        attrs = parser.parse_optional_attr_dict()
        counters = [tuple(flat[i : i + 3]) for i in range(0, len(flat), 3)]
        return cls(name, index, direction, tensor, counters, amap.data, attrs)  # type: ignore[arg-type]

    def print(self, printer: Printer) -> None:
        printer.print_string(" ")
        printer.print_symbol_name(self.unit_name)
        printer.print_string(f" {self.site} {self.direction.data} ")
        printer.print_string_literal(self.tensor.data)
        printer.print_string(" ")
        _print_counters(printer, self.counters)
        printer.print_string(" ")
        printer.print_attribute(self.map)
        _print_extra_attributes(printer, self)


# --- routes -------------------------------------------------------------------------


def parse_unit_port(parser: Parser) -> tuple[SSAValue, int]:
    """`%unit[port]`: a unit value and one of its port numbers (routes and credits name their ends so)."""
    pos = parser.pos
    operand = parser.parse_unresolved_operand()
    parser.parse_punctuation("[")
    port = parser.parse_integer(allow_boolean=False)
    parser.parse_punctuation("]")
    return parser.resolve_operands([operand], [UnitType()], pos)[0], port


@irdl_op_definition
class RouteOp(IRDLOperation):
    """A connection from an output port of `source` to an input port of `dest` through switches."""

    name = "rdu.route"

    source = operand_def(UnitType)
    dest = operand_def(UnitType)
    network = prop_def(StringAttr)
    source_port = prop_def(IntegerAttr)
    dest_port = prop_def(IntegerAttr)
    hops = prop_def(DenseArrayBase)
    """Switches in order, flattened (row, col) pairs."""

    def __init__(
        self,
        network: str,
        source: SSAValue | Operation,
        source_port: int,
        dest: SSAValue | Operation,
        dest_port: int,
        hops: Sequence[tuple[int, int]],
        attributes: dict[str, Attribute] | None = None,
    ):
        super().__init__(
            operands=[source, dest],
            properties={
                "network": StringAttr(network),
                "source_port": _int(source_port),
                "dest_port": _int(dest_port),
                "hops": _array([x for h in hops for x in h]),
            },
            attributes=attributes or {},
        )

    @property
    def hop_list(self) -> list[tuple[int, int]]:
        v = _values(self.hops)
        return [(v[i], v[i + 1]) for i in range(0, len(v) - 1, 2)]

    @property
    def length(self) -> int:
        """Links crossed."""
        return max(0, len(self.hop_list) - 1)

    def verify_(self) -> None:
        if self.network.data not in NETWORKS:
            raise VerifyException(f"network must be one of {', '.join(NETWORKS)}, got '{self.network.data}'")
        if self.source_port.value.data < 0 or self.dest_port.value.data < 0:
            raise VerifyException("port numbers must not be negative")
        v = _values(self.hops)
        if not v or len(v) % 2:
            raise VerifyException("a route needs at least one switch, given as (row, col) pairs")
        hops = self.hop_list
        for a, b in pairwise(hops):
            if abs(a[0] - b[0]) + abs(a[1] - b[1]) != 1:
                raise VerifyException(f"hop {a} -> {b} does not join neighbouring switches")
        ends = []
        for value, which in ((self.source, "source"), (self.dest, "destination")):
            owner = value.owner
            if not isinstance(owner, UnitOp):
                raise VerifyException(f"the {which} must be a unit (rdu.pcu, rdu.pmu or rdu.agcu)")
            ends.append(owner)
        chip = enclosing_chip(self)
        if chip is not None:
            for h in hops:
                if not (0 <= h[0] <= chip.rows and 0 <= h[1] <= chip.cols):
                    raise VerifyException(
                        f"switch {h} is outside the {chip.rows + 1}x{chip.cols + 1} switch mesh"
                    )
        for unit, hop, which in ((ends[0], hops[0], "start"), (ends[1], hops[-1], "end")):
            touching = unit.attach_switches(chip)
            if touching is not None and hop not in touching:
                raise VerifyException(
                    f"route must {which} at a switch of {unit.describe()} "
                    f"({', '.join(map(str, touching))}), not at {hop}"
                )

    @classmethod
    def parse(cls, parser: Parser) -> RouteOp:
        network = parser.parse_keyword_in(NETWORKS, "network")
        ends = []
        for i in range(2):
            if i:
                parser.parse_punctuation("->")
            ends.append(parse_unit_port(parser))
        parser.parse_keyword("via")

        def hop() -> tuple[int, int]:
            parser.parse_punctuation("(")
            r = parser.parse_integer(allow_boolean=False)
            parser.parse_punctuation(",")
            c = parser.parse_integer(allow_boolean=False)
            parser.parse_punctuation(")")
            return r, c

        hops = parser.parse_comma_separated_list(Parser.Delimiter.SQUARE, hop)
        attrs = parser.parse_optional_attr_dict()
        return cls(network, ends[0][0], ends[0][1], ends[1][0], ends[1][1], hops, attrs)

    def print(self, printer: Printer) -> None:
        printer.print_string(f" {self.network.data} ")
        printer.print_ssa_value(self.source)
        printer.print_string(f"[{self.source_port.value.data}] -> ")
        printer.print_ssa_value(self.dest)
        hops = ", ".join(f"({r}, {c})" for r, c in self.hop_list)
        printer.print_string(f"[{self.dest_port.value.data}] via [{hops}]")
        _print_extra_attributes(printer, self)


# --- the configuration container --------------------------------------------------------


@irdl_op_definition
class ChipOp(IRDLOperation):
    """One configuration of the chip: its units and routes, and the chip it is for."""

    name = "rdu.chip"

    chip = prop_def(DictionaryAttr)
    sym_name = opt_prop_def(StringAttr)
    body = region_def("single_block")

    traits = traits_def(NoTerminator())

    def __init__(
        self,
        chip: Chip,
        body: Sequence[Operation] | Region = (),
        sym_name: str | None = None,
        attributes: dict[str, Attribute] | None = None,
    ):
        props: dict[str, Attribute] = {"chip": chip.to_attr()}
        if sym_name is not None:
            props["sym_name"] = StringAttr(sym_name)
        super().__init__(
            properties=props,
            attributes=attributes or {},
            regions=[body if isinstance(body, Region) else Region(Block(body))],
        )

    @property
    def description(self) -> Chip:
        """The chip this configuration is for (raises ChipError when the attribute is bad)."""
        return chip_from_attr(self.chip)

    def units(self) -> list[UnitOp]:
        return [op for op in self.body.block.ops if isinstance(op, UnitOp)]

    def routes(self) -> list[RouteOp]:
        return [op for op in self.body.block.ops if isinstance(op, RouteOp)]

    def link_usage(self) -> dict[str, Counter[tuple[tuple[int, int], tuple[int, int]]]]:
        """Per network, the tracks in use on each directed link (from switch, to switch).

        Routes leaving the same output port of the same unit carry the same data (a
        broadcast), so where they overlap they share one track."""
        trees: dict[tuple, set] = {}
        for route in self.routes():
            key = (route.network.data, route.source, route.source_port.value.data)
            trees.setdefault(key, set()).update(pairwise(route.hop_list))
        use: dict[str, Counter] = {net: Counter() for net in NETWORKS}
        for (net, _, _), links in trees.items():
            if net in use:  # a bad network is the route's own error
                use[net].update(links)
        return use

    def verify_(self) -> None:
        try:
            chip = self.description
        except ChipError as e:
            raise VerifyException(str(e)) from None
        sites: dict[object, UnitOp] = {}
        names: dict[str, UnitOp] = {}
        for unit in self.units():
            if isinstance(unit, AgcuOp):
                # Several transfers may time-share one AGCU (and its DRAM bandwidth).
                key: object = ("agcu", unit.site, unit.unit_name)
            else:
                key = unit.site
            if key in sites:
                raise VerifyException(
                    f"{unit.describe()} and {sites[key].describe()} occupy the same site"
                )
            sites[key] = unit
            if unit.unit_name in names:
                raise VerifyException(f"two units are named @{unit.unit_name}")
            names[unit.unit_name] = unit
        for net, use in self.link_usage().items():
            cap = getattr(chip, f"{net}_links")
            over = sorted((link, n) for link, n in use.items() if n > cap)
            if over:
                (a, b), n = over[0]
                raise VerifyException(
                    f"{net} link {a} -> {b} carries {n} routes but has {cap} {net} tracks"
                    + (f" ({len(over) - 1} more links over capacity)" if len(over) > 1 else "")
                )

    @classmethod
    def parse(cls, parser: Parser) -> ChipOp:
        sym = parser.parse_optional_symbol_name()
        pos = parser.pos
        preset = parser.parse_optional_str_literal()
        if preset is not None:
            if preset not in PRESETS:
                parser.raise_error(f"unknown chip preset '{preset}' (expected {', '.join(PRESETS)})", pos)
            chip = PRESETS[preset]
        else:
            desc = parser.parse_attribute()
            try:
                chip = Chip.from_attr(desc)
            except ChipError as e:
                parser.raise_error(str(e), pos)
        attrs = parser.parse_optional_attr_dict_with_keyword()
        region = parser.parse_region()
        if not region.blocks:
            region.add_block(Block())
        return cls(chip, region, sym.data if sym else None, attrs.data if attrs else None)

    def print(self, printer: Printer) -> None:
        if self.sym_name is not None:
            printer.print_string(" ")
            printer.print_symbol_name(self.sym_name.data)
        printer.print_string(" ")
        try:
            chip = self.description
        except ChipError:
            chip = None
        if chip is not None and PRESETS.get(chip.name) == chip:
            printer.print_string_literal(chip.name)
        else:
            printer.print_attribute(self.chip)
        if self.attributes:
            printer.print_op_attributes(self.attributes, print_keyword=True)
        printer.print_string(" ")
        printer.print_region(self.body, print_entry_block_args=False, print_empty_block=False)


from rdu_ir.dialects.rdu_credits import CreditOp  # noqa: E402  (helper-9's ops, new files)
from rdu_ir.dialects.rdu_program import EXTRA_STAGE_OPS, DramOp, ProgramOp  # noqa: E402

STAGE_OPS.update(EXTRA_STAGE_OPS)

RDU = Dialect("rdu", [ChipOp, PcuOp, PmuOp, AgcuOp, RouteOp, ProgramOp, DramOp, CreditOp], [UnitType])
