"""IREE's `check` dialect (the assertions of its end-to-end tests), enough to import those tests.

`check.expect_almost_eq(%a, %b)`, `check.expect_almost_eq_const(%a, dense<...>)`,
`check.expect_eq(...)`, `check.expect_eq_const(...)`: `linalg-to-ta` turns the checked tensor
into a result of the function (its observable output, like a print); the expectation is a
property of the test, which `rdu-run` users compare against. Registered under `check`.
"""

from __future__ import annotations

from typing import ClassVar

from xdsl.dialects.builtin import FloatAttr, TensorType, f32
from xdsl.ir import Attribute, Dialect, Operation
from xdsl.irdl import (
    IRDLOperation,
    irdl_op_definition,
    operand_def,
    opt_prop_def,
    prop_def,
)
from xdsl.parser import Parser
from xdsl.printer import Printer
from xdsl.utils.exceptions import VerifyException


class _ExpectOp(IRDLOperation):
    """`check.NAME(%lhs, <expected> [, atol X]) attr-dict : type($lhs)`. (Operand fields are
    declared in each op: IRDL orders fields of a base class after the subclass's.)"""

    CONST: ClassVar[bool] = False

    @classmethod
    def parse(cls, parser: Parser) -> Operation:
        pos = parser.pos
        parser.parse_punctuation("(")
        lhs = parser.parse_unresolved_operand()
        parser.parse_punctuation(",")
        expected = parser.parse_attribute() if cls.CONST else parser.parse_unresolved_operand()
        atol = None
        if parser.parse_optional_punctuation(","):
            parser.parse_keyword("atol")
            atol = FloatAttr(parser.parse_float(), f32)
        parser.parse_punctuation(")")
        attrs = parser.parse_optional_attr_dict()
        parser.parse_punctuation(":")
        t = parser.parse_type()
        (lhs_value,) = parser.resolve_operands([lhs], [t], pos)
        props: dict[str, Attribute] = {"atol": atol} if atol is not None else {}
        if cls.CONST:
            props["value"] = expected  # type: ignore[assignment]
            operands = [lhs_value]
        else:
            operands = [lhs_value, parser.resolve_operand(expected, t)]  # type: ignore[arg-type]
        op = cls.build(operands=operands, properties=props)
        op.attributes.update(attrs)
        return op

    def print(self, printer: Printer) -> None:
        printer.print_string("(")
        printer.print_operand(self.lhs)
        printer.print_string(", ")
        if self.CONST:
            printer.print_attribute(self.value)  # type: ignore[attr-defined]
        else:
            printer.print_operand(self.rhs)  # type: ignore[attr-defined]
        if self.atol is not None:
            printer.print_string(f", atol {self.atol.value.data}")
        printer.print_string(")")
        printer.print_op_attributes(self.attributes)
        printer.print_string(" : ")
        printer.print_attribute(self.lhs.type)

    def verify_(self) -> None:
        other = self.value.type if self.CONST else self.rhs.type  # type: ignore[attr-defined]
        if other != self.lhs.type:
            raise VerifyException(f"expected value of type {other}, checked value of type {self.lhs.type}")
        if not isinstance(self.lhs.type, TensorType):
            raise VerifyException("checked value must be a tensor")


@irdl_op_definition
class ExpectAlmostEqOp(_ExpectOp):
    """Asserts `lhs` and `rhs` are equal within a tolerance."""

    name = "check.expect_almost_eq"
    lhs = operand_def()
    rhs = operand_def()
    atol = opt_prop_def(FloatAttr)


@irdl_op_definition
class ExpectEqOp(_ExpectOp):
    """Asserts `lhs` and `rhs` are equal."""

    name = "check.expect_eq"
    lhs = operand_def()
    rhs = operand_def()
    atol = opt_prop_def(FloatAttr)


@irdl_op_definition
class ExpectAlmostEqConstOp(_ExpectOp):
    """Asserts `lhs` equals the constant `value` within a tolerance."""

    name = "check.expect_almost_eq_const"
    lhs = operand_def()
    value = prop_def(Attribute)
    atol = opt_prop_def(FloatAttr)
    CONST: ClassVar[bool] = True


@irdl_op_definition
class ExpectEqConstOp(_ExpectOp):
    """Asserts `lhs` equals the constant `value`."""

    name = "check.expect_eq_const"
    lhs = operand_def()
    value = prop_def(Attribute)
    atol = opt_prop_def(FloatAttr)
    CONST: ClassVar[bool] = True


CHECK = Dialect("check", [ExpectAlmostEqOp, ExpectEqOp, ExpectAlmostEqConstOp, ExpectEqConstOp], [])
