"""Credit counters of the `rdu` level (what `insert-credits` configures; US11709664B2).

    rdu.credit ready %ld[0] from %buf[0] init 2
    rdu.credit write %ld[0] from %buf[0] init 1
    rdu.credit stream %buf[0] from %mm[0] init 4

A credit counter lives on the *holder*, the upstream unit of a data link `holder[p] -> dest[q]`
(a vector route), and is replenished by tokens the downstream unit sends back on the control
route `dest[q] -> holder[p]` that `allocate-units` reserved for the link:

* `ready` (ready-to-read, a tile credit): starts at `init` <= the downstream PMU's depth in
  tiles; the holder spends one when it starts writing a tile into the PMU and stalls at zero;
  the PMU returns one (*read-ready* token) when a slot is freed (every reader released it).
* `write` (a tile credit): starts at `init` >= 1; spent when a tile write begins, returned by
  the PMU's *write-done* token when the tile is committed; `init` bounds the tiles in flight.
* `stream` (per vector route): starts at `init` vectors, the room the holder may assume in the
  receiving port's FIFO; spent per vector sent, returned per vector the receiver pops.

A reader of a PMU returns a *tile-released* token on its link's control route when it is done
with a tile; the PMU frees a slot once every reader released it (and then sends read-ready).
Control routes carry a `tokens` attribute naming what they carry.

A holder with several routes from one port keeps one counter per route (every reader must have
room); a link carries its tokens on its one control route.
"""

from __future__ import annotations

from typing import ClassVar

from xdsl.dialects.builtin import IntegerAttr, StringAttr, i64
from xdsl.ir import Operation, SSAValue
from xdsl.irdl import IRDLOperation, irdl_op_definition, operand_def, prop_def
from xdsl.parser import Parser
from xdsl.printer import Printer
from xdsl.utils.exceptions import VerifyException

CREDIT_KINDS: tuple[str, ...] = ("ready", "write", "stream")


@irdl_op_definition
class CreditOp(IRDLOperation):
    """A credit counter on `holder`'s output port, fed by tokens from `source`'s input port."""

    name = "rdu.credit"
    KIND_NAMES: ClassVar[tuple[str, ...]] = CREDIT_KINDS

    holder = operand_def()
    source = operand_def()
    kind = prop_def(StringAttr)
    holder_port = prop_def(IntegerAttr)
    source_port = prop_def(IntegerAttr)
    init = prop_def(IntegerAttr)

    def __init__(
        self, kind: str, holder: SSAValue | Operation, holder_port: int, source: SSAValue | Operation,
        source_port: int, init: int,
    ):  # fmt: skip
        super().__init__(
            operands=[holder, source],
            properties={
                "kind": StringAttr(kind),
                "holder_port": IntegerAttr(holder_port, i64),
                "source_port": IntegerAttr(source_port, i64),
                "init": IntegerAttr(init, i64),
            },
        )

    @property
    def init_value(self) -> int:
        return self.init.value.data

    @property
    def ports(self) -> tuple[int, int]:
        return self.holder_port.value.data, self.source_port.value.data

    def print(self, printer: Printer) -> None:
        hp, sp = self.ports
        printer.print_string(f" {self.kind.data} ")
        printer.print_ssa_value(self.holder)
        printer.print_string(f"[{hp}] from ")
        printer.print_ssa_value(self.source)
        printer.print_string(f"[{sp}] init {self.init_value}")
        if self.attributes:
            printer.print_op_attributes(self.attributes)

    @classmethod
    def parse(cls, parser: Parser) -> CreditOp:
        from rdu_ir.dialects.rdu import parse_unit_port

        kind = parser.parse_keyword_in(CREDIT_KINDS, "credit kind")
        ends = []
        for i in range(2):
            if i:
                parser.parse_keyword("from")
            ends.append(parse_unit_port(parser))
        parser.parse_keyword("init")
        init = parser.parse_integer(allow_boolean=False)
        attrs = parser.parse_optional_attr_dict()
        op = cls(kind, ends[0][0], ends[0][1], ends[1][0], ends[1][1], init)
        op.attributes.update(attrs)
        return op

    def verify_(self) -> None:
        from rdu_ir.dialects.rdu_checks import verify_credit

        if self.kind.data not in CREDIT_KINDS:
            raise VerifyException(
                f"credit kind must be one of {', '.join(CREDIT_KINDS)}"
            )
        verify_credit(self)
