"""The two ops of IREE's `util` dialect that its end-to-end tests wrap around linalg programs.

`util.unfoldable_constant` is a constant the compiler must not fold and
`util.optimization_barrier` passes its operands through unchanged; for `linalg-to-ta` both are
plain values (a constant, the operands). Registered by the driver under `util`.
"""

from __future__ import annotations

from xdsl.ir import Attribute, Dialect
from xdsl.irdl import (
    IRDLOperation,
    irdl_op_definition,
    prop_def,
    result_def,
    var_operand_def,
    var_result_def,
)
from xdsl.parser import Parser
from xdsl.printer import Printer
from xdsl.utils.exceptions import VerifyException


@irdl_op_definition
class UnfoldableConstantOp(IRDLOperation):
    """`%c = util.unfoldable_constant dense<...> : tensor<...>`: a constant kept unfolded."""

    name = "util.unfoldable_constant"

    value = prop_def(Attribute)
    result = result_def()

    def __init__(self, value: Attribute):
        super().__init__(properties={"value": value}, result_types=[value.type])  # type: ignore[attr-defined]

    @classmethod
    def parse(cls, parser: Parser) -> UnfoldableConstantOp:
        attrs = parser.parse_optional_attr_dict()
        pos = parser.pos
        value = parser.parse_attribute()
        if not hasattr(value, "type"):
            parser.raise_error("expected a typed attribute", pos)
        op = cls(value)
        op.attributes.update(attrs)
        return op

    def print(self, printer: Printer) -> None:
        printer.print_op_attributes(self.attributes)
        printer.print_string(" ")
        printer.print_attribute(self.value)

    def verify_(self) -> None:
        if getattr(self.value, "type", None) != self.result.type:
            raise VerifyException(f"value type {getattr(self.value, 'type', None)} differs from the result type {self.result.type}")


@irdl_op_definition
class OptimizationBarrierOp(IRDLOperation):
    """`%r = util.optimization_barrier %x : T`: the operands, unchanged."""

    name = "util.optimization_barrier"

    operands_ = var_operand_def()
    results_ = var_result_def()

    @classmethod
    def parse(cls, parser: Parser) -> OptimizationBarrierOp:
        attrs = parser.parse_optional_attr_dict()
        pos = parser.pos
        names = parser.parse_optional_undelimited_comma_separated_list(
            parser.parse_optional_unresolved_operand, parser.parse_unresolved_operand
        ) or []
        types: list[Attribute] = []
        if names:
            parser.parse_punctuation(":")
            types = parser.parse_comma_separated_list(parser.Delimiter.NONE, parser.parse_type)
        operands = parser.resolve_operands(names, types, pos)
        op = cls.build(operands=[operands], result_types=[types])
        op.attributes.update(attrs)
        return op

    def print(self, printer: Printer) -> None:
        printer.print_op_attributes(self.attributes)
        if self.operands_:
            printer.print_string(" ")
            printer.print_list(self.operands_, printer.print_operand)
            printer.print_string(" : ")
            printer.print_list([v.type for v in self.operands_], printer.print_attribute)

    def verify_(self) -> None:
        if [v.type for v in self.operands_] != [r.type for r in self.results_]:
            raise VerifyException("results must have the operands' types")


UTIL = Dialect("util", [UnfoldableConstantOp, OptimizationBarrierOp], [])
