"""The `vector` dialect of xDSL 0.74 with a parser for `vector.print`, which it lacks.

Upstream integration tests print results with `vector.transfer_read` + `vector.print`
(tpp-mlir's `mlp-fp32-1layer-512`); `linalg-to-ta` turns the printed vector into a result of
the function. The driver registers `VECTOR` under `vector`.
"""

from __future__ import annotations

from xdsl.dialects import vector
from xdsl.ir import Dialect
from xdsl.parser import Parser
from xdsl.printer import Printer


# A plain subclass: it keeps the parent's IRDL definition and only adds a syntax.
class PrintOp(vector.PrintOp):
    """`vector.print %v : vector<...>` (also `vector.print str "..."`, kept as an attribute)."""

    @classmethod
    def parse(cls, parser: Parser) -> PrintOp:
        pos = parser.pos
        if parser.parse_optional_keyword("str"):
            parser.raise_error("vector.print of a string has no tensor meaning", pos)
        name = parser.parse_unresolved_operand()
        attrs = parser.parse_optional_attr_dict()
        parser.parse_punctuation(":")
        t = parser.parse_type()
        op = cls(parser.resolve_operand(name, t))
        op.attributes.update(attrs)
        return op

    def print(self, printer: Printer) -> None:
        printer.print_string(" ")
        printer.print_operand(self.source)
        printer.print_op_attributes(self.attributes)
        printer.print_string(" : ")
        printer.print_attribute(self.source.type)


VECTOR = Dialect(
    "vector",
    [PrintOp if op is vector.PrintOp else op for op in vector.Vector.operations],
    list(vector.Vector.attributes),
)
"""xDSL's vector dialect with a parseable `vector.print`; registered under `vector`."""
