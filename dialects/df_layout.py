"""`#df.layout<vector = 1, order = [0, 1], align = 16>`: how a df.memory holds its tile.

- `vector`: the buffer dimension whose consecutive elements sit in consecutive banks, so a
  vector along it is one access (-1 for a rank-0 buffer);
- `order`: the dimensions from outermost to innermost in the address order; the vector
  dimension is innermost;
- `align`: the vector dimension's row pitch is padded to a multiple of `align` elements, so
  every row starts in bank 0.

`infer-layout` sets it (see rdu_ir/dataflow/layout.py for the model); a layout changes how
the PMU is configured, never the values a unit reads.
"""

from __future__ import annotations

from collections.abc import Sequence

from xdsl.dialects.builtin import ArrayAttr, IntAttr
from xdsl.ir import Attribute, ParametrizedAttribute
from xdsl.irdl import irdl_attr_definition
from xdsl.parser import AttrParser
from xdsl.printer import Printer
from xdsl.utils.exceptions import VerifyException


@irdl_attr_definition
class LayoutAttr(ParametrizedAttribute):
    name = "df.layout"

    vector: IntAttr
    order: ArrayAttr[IntAttr]
    align: IntAttr

    def __init__(self, vector: int, order: Sequence[int], align: int):
        super().__init__(IntAttr(vector), ArrayAttr([IntAttr(d) for d in order]), IntAttr(align))

    @property
    def vector_dim(self) -> int:
        return self.vector.data

    @property
    def dim_order(self) -> tuple[int, ...]:
        return tuple(d.data for d in self.order.data)

    @property
    def alignment(self) -> int:
        return self.align.data

    def print_parameters(self, printer: Printer) -> None:
        order = ", ".join(str(d) for d in self.dim_order)
        printer.print_string(f"<vector = {self.vector_dim}, order = [{order}], align = {self.alignment}>")

    @classmethod
    def parse_parameters(cls, parser: AttrParser) -> list[Attribute]:
        def field(name: str) -> None:
            parser.parse_keyword(name)
            parser.parse_punctuation("=")

        with parser.in_angle_brackets():
            field("vector")
            vector = parser.parse_integer()
            parser.parse_punctuation(",")
            field("order")
            order = parser.parse_comma_separated_list(parser.Delimiter.SQUARE, parser.parse_integer)
            parser.parse_punctuation(",")
            field("align")
            align = parser.parse_integer()
        return [IntAttr(vector), ArrayAttr([IntAttr(d) for d in order]), IntAttr(align)]

    def verify(self) -> None:
        order = self.dim_order
        if sorted(order) != list(range(len(order))):
            raise VerifyException(f"#df.layout: order {list(order)} is not a permutation of the dimensions")
        if order and self.vector_dim != order[-1]:
            raise VerifyException(f"#df.layout: the vector dimension {self.vector_dim} must be innermost in the order")
        if not order and self.vector_dim != -1:
            raise VerifyException("#df.layout: a rank-0 buffer has no vector dimension (vector = -1)")
        if self.alignment < 1:
            raise VerifyException("#df.layout: align must be positive")

    def rank(self) -> int:
        return len(self.dim_order)
