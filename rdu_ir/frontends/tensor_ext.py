"""The `tensor` dialect of xDSL 0.74 with `tensor.expand_shape` accepting the pre-2024 syntax.

Programs written before MLIR added `output_shape` (tpp-mlir's ResNet50, MobileNet and BERT
models) spell `tensor.expand_shape %x [[0, 1]] : tensor<1000xf32> into tensor<1x1000xf32>`;
xDSL 0.74 requires `output_shape [...]`. For static result types the shape is implied, so
this parser takes it from the result type. The driver registers `TENSOR` under `tensor`.
"""

from __future__ import annotations

from typing import cast

from xdsl.dialects import tensor
from xdsl.dialects.builtin import (
    DYNAMIC_INDEX,
    ArrayAttr,
    DenseArrayBase,
    IndexType,
    IntegerAttr,
    TensorType,
    i64,
)
from xdsl.dialects.utils import parse_dynamic_index_list_without_types
from xdsl.ir import Attribute, Dialect
from xdsl.parser import Parser


# A plain subclass: it keeps the parent's IRDL definition and only changes parsing.
class ExpandShapeOp(tensor.ExpandShapeOp):
    """`tensor.expand_shape` with `output_shape [...]` optional when the result type is static."""

    name = "tensor.expand_shape"

    @classmethod
    def parse(cls, parser: Parser) -> ExpandShapeOp:
        start = parser.pos
        src_operand = parser.parse_unresolved_operand()
        reassociation = parser.parse_attribute()
        dyn_shape: list = []
        static_shape: list[int] | None = None
        if parser.parse_optional_characters("output_shape"):
            dyn, static_shape = parse_dynamic_index_list_without_types(parser, dynamic_index=DYNAMIC_INDEX)
            dyn_shape = list(parser.resolve_operands(dyn, (IndexType(),) * len(dyn), parser.pos))
        attributes = parser.parse_optional_attr_dict()
        parser.parse_punctuation(":")
        src_type = parser.parse_type()
        parser.parse_characters("into")
        result_type = parser.parse_type()
        src = parser.resolve_operand(src_operand, src_type)
        if static_shape is None:
            if not isinstance(result_type, TensorType) or any(d == DYNAMIC_INDEX for d in result_type.get_shape()):
                parser.raise_error("'output_shape' expected for a dynamically shaped result", start)
            static_shape = list(result_type.get_shape())
        return cls(
            src,
            dyn_shape,
            cast(ArrayAttr[ArrayAttr[IntegerAttr]], reassociation),
            DenseArrayBase.from_list(i64, static_shape),
            cast(TensorType[Attribute], result_type),
            attributes,
        )


TENSOR = Dialect(
    "tensor",
    [ExpandShapeOp if op is tensor.ExpandShapeOp else op for op in tensor.Tensor.operations],
    list(tensor.Tensor.attributes),
)
"""xDSL's tensor dialect with the tolerant `tensor.expand_shape`; registered under `tensor`."""
