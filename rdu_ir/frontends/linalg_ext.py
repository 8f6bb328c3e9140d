"""The `linalg` dialect as upstream MLIR writes it: xDSL 0.74's ops plus the named ops it lacks.

xDSL 0.74 has no `batch_matmul`, `matvec`, `vecmat`, `dot`, `div`, `map`,
`depthwise_conv_2d_nhwc_hwc`, `pooling_nhwc_max/sum/min`, `softmax`, ..., and its `linalg.matmul`
parser rejects the newer `indexing_maps = [...]` form. Real programs (the linalg corpus) use
them, so the driver registers `LINALG` from this module in place of xDSL's `linalg`.

The structured named ops here are `NamedOperation`s of xDSL with their default indexing maps,
iterator types and hidden body, so xDSL's structured-op verifier checks their shapes and the
linalg front end can treat them like a `linalg.generic`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import ClassVar

from xdsl.builder import Builder
from xdsl.dialects import arith, math
from xdsl.dialects.builtin import (
    AnyFloat,
    ArrayAttr,
    DenseIntOrFPElementsAttr,
    IntegerAttr,
    IntegerType,
    ShapedType,
    StringAttr,
    TensorType,
    i64,
)
from xdsl.dialects.linalg import ops as lops
from xdsl.dialects.linalg.abstract_ops import (
    ConvOperation,
    ElementwiseOperation,
    NamedOperation,
    PoolingOperation,
)
from xdsl.dialects.linalg.attrs import IteratorType, IteratorTypeAttr
from xdsl.ir import (
    Attribute,
    Block,
    BlockArgument,
    Dialect,
    Operation,
    Region,
    SSAValue,
)
from xdsl.ir.affine import AffineDimExpr, AffineExpr, AffineMap
from xdsl.irdl import (
    IRDLOperation,
    irdl_op_definition,
    operand_def,
    prop_def,
    region_def,
    var_operand_def,
    var_result_def,
)
from xdsl.parser import Parser
from xdsl.printer import Printer
from xdsl.utils.exceptions import VerifyException

_PARALLEL = IteratorTypeAttr.parallel
_REDUCTION = IteratorTypeAttr.reduction


def _parse_operand_group(parser: Parser, keyword: str) -> list[SSAValue]:
    """`keyword ( %a, %b : T1, T2 )`, or nothing when the keyword is absent."""
    pos = parser.pos
    if not parser.parse_optional_characters(keyword):
        return []
    parser.parse_punctuation("(")
    names = parser.parse_comma_separated_list(Parser.Delimiter.NONE, parser.parse_unresolved_operand)
    parser.parse_punctuation(":")
    types = parser.parse_comma_separated_list(Parser.Delimiter.NONE, parser.parse_type)
    parser.parse_punctuation(")")
    if len(names) != len(types):
        parser.raise_error(f"expected {len(names)} types in '{keyword}', got {len(types)}", pos)
    return parser.resolve_operands(names, types, pos)


def parse_named_structured(cls: type[NamedOperation], parser: Parser) -> NamedOperation:
    """Parse any upstream spelling of a named structured op.

    `linalg.NAME [indexing_maps = [...]] [{attrs}] ins(...) outs(...) [attrs = {...}] [-> types]`;
    `strides`/`dilations` default to 1 as upstream does.
    """
    start = parser.pos
    attrs: dict[str, Attribute] = {}
    if parser.parse_optional_keyword("indexing_maps"):
        parser.parse_punctuation("=")
        attrs["indexing_maps"] = parser.parse_attribute()
    front = parser.parse_optional_attr_dict()
    attrs.update(front)
    ins = _parse_operand_group(parser, "ins")
    outs = _parse_operand_group(parser, "outs")
    if parser.parse_optional_keyword("attrs"):
        parser.parse_punctuation("=")
        attrs.update(parser.expect(parser.parse_optional_attr_dict, "expected extra attributes"))
    else:
        attrs.update(parser.parse_optional_attr_dict())
    res_types: list[Attribute] = []
    if parser.parse_optional_punctuation("->"):
        parsed = parser.parse_optional_comma_separated_list(parser.Delimiter.PAREN, parser.parse_type)
        res_types = list(parsed) if parsed is not None else [parser.parse_type()]
    prop_names = cls.get_irdl_definition().properties
    for name in ("strides", "dilations"):
        if name in prop_names and name not in attrs:
            attrs[name] = DenseIntOrFPElementsAttr.from_list(TensorType(i64, [2]), [1, 1])
    properties = {k: v for k, v in attrs.items() if k in prop_names}
    attributes = {k: v for k, v in attrs.items() if k not in prop_names}
    try:
        return cls.build(
            operands=(ins, outs),
            result_types=(res_types,),
            properties=properties,
            attributes=attributes,
            regions=(cls.get_hidden_region(ins, outs),),
        )
    except (ValueError, AssertionError, VerifyException) as exc:
        parser.raise_error(f"could not build '{cls.name}': {exc}", start)


def _combiner(element: Attribute, float_op: type[Operation], int_op: type[Operation]) -> type[Operation]:
    return float_op if isinstance(element, AnyFloat) else int_op


# A plain subclass: it keeps the parent's IRDL definition and only changes parsing.
class GenericOp(lops.GenericOp):
    """`linalg.generic`; xDSL 0.74's parser reads `-> (t1, t2)` of a multi-result generic as one
    type and drops attributes of the leading dictionary it does not know: both fixed here."""

    @classmethod
    def parse(cls, parser: Parser) -> GenericOp:
        start = parser.pos
        attrs = parser.parse_optional_attr_dict()
        maps = attrs.pop("indexing_maps", None)
        iterators = attrs.pop("iterator_types", None)
        if not isinstance(maps, ArrayAttr) or not isinstance(iterators, ArrayAttr):
            parser.raise_error("expected indexing_maps and iterator_types for linalg.generic", start)
        iterator_types: list[IteratorTypeAttr] = []
        for it in iterators.data:
            if isinstance(it, IteratorTypeAttr):
                iterator_types.append(it)
            elif isinstance(it, StringAttr) and it.data in IteratorType.__members__.values():
                iterator_types.append(IteratorTypeAttr(IteratorType(it.data)))
            else:
                parser.raise_error(f"unknown iterator type {it}", start)
        doc = attrs.pop("doc", None)
        library_call = attrs.pop("library_call", None)
        ins = _parse_operand_group(parser, "ins")
        outs = _parse_operand_group(parser, "outs")
        if parser.parse_optional_keyword("attrs"):
            parser.parse_punctuation("=")
            attrs.update(parser.expect(parser.parse_optional_attr_dict, "expected extra attributes"))
        body = parser.parse_region()
        res_types: list[Attribute] = []
        if parser.parse_optional_punctuation("->"):
            parsed = parser.parse_optional_comma_separated_list(parser.Delimiter.PAREN, parser.parse_type)
            res_types = list(parsed) if parsed is not None else [parser.parse_type()]
        op = cls(ins, outs, body, maps, iterator_types, res_types, doc, library_call)  # type: ignore[arg-type]
        op.attributes |= attrs
        return op


# --- contractions -------------------------------------------------------------------------


class ContractionNamedOp(NamedOperation):
    """A named contraction: `out += in0 * in1` over fixed indexing maps (upstream's defaults)."""

    PRINT_ATTRS_IN_FRONT: ClassVar[bool] = True
    # (number of loops, (loop indices of each operand...), loops that are reductions)
    LOOPS: ClassVar[int]
    OPERAND_DIMS: ClassVar[tuple[tuple[int, ...], tuple[int, ...], tuple[int, ...]]]
    REDUCTIONS: ClassVar[tuple[int, ...]]

    @classmethod
    def parse(cls, parser: Parser):
        return parse_named_structured(cls, parser)

    @classmethod
    def get_hidden_region(cls, inputs: Sequence[SSAValue], outputs: Sequence[SSAValue]) -> Region:
        arg_types = cls.body_arg_types((*inputs, *outputs))
        add = _combiner(arg_types[-1], arith.AddfOp, arith.AddiOp)
        mul = _combiner(arg_types[-1], arith.MulfOp, arith.MuliOp)

        @Builder.implicit_region(arg_types)
        def body(args: tuple[BlockArgument, ...]) -> None:
            lops.YieldOp(add(args[2], mul(args[0], args[1])))

        return body

    def get_default_indexing_maps(self) -> Sequence[AffineMap]:
        return tuple(
            AffineMap(self.LOOPS, 0, tuple(AffineDimExpr(d) for d in dims)) for dims in self.OPERAND_DIMS
        )

    def get_iterator_types(self) -> ArrayAttr[IteratorTypeAttr]:
        return ArrayAttr(
            [_REDUCTION() if i in self.REDUCTIONS else _PARALLEL() for i in range(self.LOOPS)]
        )


# A plain subclass: it keeps the parent's IRDL definition and only changes parsing.
class MatmulOp(lops.MatmulOp):
    """`linalg.matmul`, also in the newer `indexing_maps = [...]` form (transposed/broadcast operands)."""

    name = "linalg.matmul"

    @classmethod
    def parse(cls, parser: Parser):
        return parse_named_structured(cls, parser)

    def print(self, printer: Printer):
        default = MatmulOp.get_irdl_definition().properties["indexing_maps"].default_value
        if self.indexing_maps != default:
            printer.print_string(" indexing_maps = ")
            printer.print_attribute(self.indexing_maps)
        super().print(printer)


def _contraction(name: str, loops: int, dims: tuple, reductions: tuple, doc: str) -> type[ContractionNamedOp]:
    cls = type(
        "".join(p.capitalize() for p in name.split("_")) + "Op",
        (ContractionNamedOp,),
        {
            "name": f"linalg.{name}",
            "LOOPS": loops,
            "OPERAND_DIMS": dims,
            "REDUCTIONS": reductions,
            "__doc__": doc,
            "__annotations__": {"LOOPS": ClassVar[int], "OPERAND_DIMS": ClassVar[tuple], "REDUCTIONS": ClassVar[tuple]},
        },
    )
    return irdl_op_definition(cls)


# loops: batch b=0, then m, n, k as upstream orders them.
BatchMatmulOp = _contraction("batch_matmul", 4, ((0, 1, 3), (0, 3, 2), (0, 1, 2)), (3,), "C[b,m,n] += A[b,m,k] * B[b,k,n]")
BatchMatmulTransposeAOp = _contraction(
    "batch_matmul_transpose_a", 4, ((0, 3, 1), (0, 3, 2), (0, 1, 2)), (3,), "C[b,m,n] += A[b,k,m] * B[b,k,n]"
)
BatchMatmulTransposeBOp = _contraction(
    "batch_matmul_transpose_b", 4, ((0, 1, 3), (0, 2, 3), (0, 1, 2)), (3,), "C[b,m,n] += A[b,m,k] * B[b,n,k]"
)
BatchReduceMatmulOp = _contraction(
    "batch_reduce_matmul", 4, ((0, 1, 3), (0, 3, 2), (1, 2)), (0, 3), "C[m,n] += A[b,m,k] * B[b,k,n]"
)
MatmulTransposeAOp = _contraction("matmul_transpose_a", 3, ((2, 0), (2, 1), (0, 1)), (2,), "C[m,n] += A[k,m] * B[k,n]")
MatmulTransposeBOp = _contraction("matmul_transpose_b", 3, ((0, 2), (1, 2), (0, 1)), (2,), "C[m,n] += A[m,k] * B[n,k]")
MatvecOp = _contraction("matvec", 2, ((0, 1), (1,), (0,)), (1,), "y[m] += A[m,k] * x[k]")
VecmatOp = _contraction("vecmat", 2, ((1,), (1, 0), (0,)), (1,), "y[n] += x[k] * A[k,n]")
BatchMatvecOp = _contraction("batch_matvec", 3, ((0, 1, 2), (0, 2), (0, 1)), (2,), "y[b,m] += A[b,m,k] * x[b,k]")
BatchVecmatOp = _contraction("batch_vecmat", 3, ((0, 2), (0, 2, 1), (0, 1)), (2,), "y[b,n] += x[b,k] * A[b,k,n]")
DotOp = _contraction("dot", 1, ((0,), (0,), ()), (0,), "c[] += a[k] * b[k]")


# --- elementwise ----------------------------------------------------------------------------


class ElementwiseNamedOp(ElementwiseOperation):
    """A named elementwise op whose body applies one scalar op to the inputs."""

    BODY: ClassVar[Callable[[Attribute, Sequence[SSAValue]], Operation]]

    @classmethod
    def parse(cls, parser: Parser):
        return parse_named_structured(cls, parser)

    @classmethod
    def get_hidden_region(cls, inputs: Sequence[SSAValue], outputs: Sequence[SSAValue]) -> Region:
        arg_types = cls.body_arg_types((*inputs, *outputs))
        body_fn = cls.BODY

        @Builder.implicit_region(arg_types)
        def body(args: tuple[BlockArgument, ...]) -> None:
            lops.YieldOp(body_fn(arg_types[-1], args[: len(inputs)]))

        return body


def _elementwise(name: str, body: Callable[[Attribute, Sequence[SSAValue]], Operation], doc: str):
    cls = type(
        "".join(p.capitalize() for p in name.split("_")) + "Op",
        (ElementwiseNamedOp,),
        {
            "name": f"linalg.{name}",
            "BODY": staticmethod(body),
            "__doc__": doc,
            "__annotations__": {"BODY": ClassVar[Callable]},
        },
    )
    return irdl_op_definition(cls)


def _neg(t: Attribute, a: Sequence[SSAValue]) -> Operation:
    return arith.NegfOp(a[0])


def _reciprocal(t: Attribute, a: Sequence[SSAValue]) -> Operation:
    one = arith.ConstantOp.from_float_and_width(1.0, t) if isinstance(t, AnyFloat) else None
    if one is None:
        raise ValueError("reciprocal needs a float element type")
    return arith.DivfOp(one, a[0])


DivOp = _elementwise(
    "div",
    lambda t, a: (arith.DivfOp if isinstance(t, AnyFloat) else arith.DivSIOp)(a[0], a[1]),
    "out = in0 / in1",
)
DivUnsignedOp = _elementwise("div_unsigned", lambda t, a: arith.DivUIOp(a[0], a[1]), "out = in0 / in1 (unsigned)")
PowfOp = _elementwise("powf", lambda t, a: math.PowFOp(a[0], a[1]), "out = in0 ** in1")
NegfOp = _elementwise("negf", _neg, "out = -in")
AbsOp = _elementwise("abs", lambda t, a: math.AbsFOp(a[0]), "out = |in|")
TanhOp = _elementwise("tanh", lambda t, a: math.TanhOp(a[0]), "out = tanh(in)")
ErfOp = _elementwise("erf", lambda t, a: math.ErfOp(a[0]), "out = erf(in)")
RsqrtOp = _elementwise("rsqrt", lambda t, a: math.RsqrtOp(a[0]), "out = 1/sqrt(in)")
SquareOp = _elementwise("square", lambda t, a: arith.MulfOp(a[0], a[0]), "out = in * in")
FloorOp = _elementwise("floor", lambda t, a: math.FloorOp(a[0]), "out = floor(in)")
CeilOp = _elementwise("ceil", lambda t, a: math.CeilOp(a[0]), "out = ceil(in)")


# --- windows ---------------------------------------------------------------------------------


def _window_maps(op: PoolingOperation | ConvOperation, filter_dims: tuple[int, ...]) -> tuple[AffineMap, ...]:
    """NHWC windows over loops (n, oh, ow, c, kh, kw)."""
    n, oh, ow, c, kh, kw = (AffineDimExpr(d) for d in range(6))
    sh, sw = op.strides.get_values()
    dh, dw = op.dilations.get_values()
    inp: tuple[AffineExpr, ...] = (n, oh * sh + kh * dh, ow * sw + kw * dw, c)
    return (
        AffineMap(6, 0, inp),
        AffineMap(6, 0, tuple(AffineDimExpr(d) for d in filter_dims)),
        AffineMap(6, 0, (n, oh, ow, c)),
    )


class PoolingNhwcOp(PoolingOperation):
    """NHWC pooling: out[n,oh,ow,c] = combine(out, in[n, oh*s+kh*d, ow*s+kw*d, c]) over the window
    (the second input only gives the window shape)."""

    COMBINE: ClassVar[tuple[type[Operation], type[Operation]]]

    @classmethod
    def parse(cls, parser: Parser):
        return parse_named_structured(cls, parser)

    @classmethod
    def get_hidden_region(cls, inputs: Sequence[SSAValue], outputs: Sequence[SSAValue]) -> Region:
        arg_types = cls.body_arg_types((*inputs, *outputs))
        combine = _combiner(arg_types[-1], *cls.COMBINE)

        @Builder.implicit_region(arg_types)
        def body(args: tuple[BlockArgument, ...]) -> None:
            lops.YieldOp(combine(args[2], args[0]))

        return body

    def get_default_indexing_maps(self) -> Sequence[AffineMap]:
        return _window_maps(self, (4, 5))


@irdl_op_definition
class PoolingNhwcMaxOp(PoolingNhwcOp):
    name = "linalg.pooling_nhwc_max"
    COMBINE: ClassVar[tuple[type[Operation], type[Operation]]] = (arith.MaximumfOp, arith.MaxSIOp)


@irdl_op_definition
class PoolingNhwcMinOp(PoolingNhwcOp):
    name = "linalg.pooling_nhwc_min"
    COMBINE: ClassVar[tuple[type[Operation], type[Operation]]] = (arith.MinimumfOp, arith.MinSIOp)


@irdl_op_definition
class PoolingNhwcSumOp(PoolingNhwcOp):
    name = "linalg.pooling_nhwc_sum"
    COMBINE: ClassVar[tuple[type[Operation], type[Operation]]] = (arith.AddfOp, arith.AddiOp)


@irdl_op_definition
class DepthwiseConv2DNhwcHwcOp(ConvOperation):
    """Depthwise NHWC convolution with an HWC filter (channel multiplier 1):
    out[n,oh,ow,c] += in[n, oh*s+kh*d, ow*s+kw*d, c] * filter[kh,kw,c]."""

    name = "linalg.depthwise_conv_2d_nhwc_hwc"

    @classmethod
    def parse(cls, parser: Parser):
        return parse_named_structured(cls, parser)

    def get_default_indexing_maps(self) -> Sequence[AffineMap]:
        return _window_maps(self, (4, 5, 3))

    def get_iterator_types(self) -> ArrayAttr[IteratorTypeAttr]:
        return ArrayAttr([_PARALLEL()] * 4 + [_REDUCTION()] * 2)


# --- softmax and map --------------------------------------------------------------------------


@irdl_op_definition
class SoftmaxOp(IRDLOperation):
    """`linalg.softmax dimension(d) ins(%x : T) outs(%init : T) -> T`: softmax of `x` along `d`."""

    name = "linalg.softmax"

    input = operand_def(ShapedType)
    output = operand_def(ShapedType)
    result = var_result_def(TensorType)
    dimension = prop_def(IntegerAttr[IntegerType])

    def __init__(self, input: SSAValue, output: SSAValue, dimension: int):
        results = [output.type] if isinstance(output.type, TensorType) else []
        super().__init__(
            operands=[input, output], result_types=[results], properties={"dimension": IntegerAttr(dimension, i64)}
        )

    @classmethod
    def parse(cls, parser: Parser) -> SoftmaxOp:
        attrs = parser.parse_optional_attr_dict()
        parser.parse_keyword("dimension")
        parser.parse_punctuation("(")
        dim = parser.parse_integer()
        parser.parse_punctuation(")")
        ins = _parse_operand_group(parser, "ins")
        outs = _parse_operand_group(parser, "outs")
        if len(ins) != 1 or len(outs) != 1:
            parser.raise_error("linalg.softmax takes one input and one init")
        res_types: list[Attribute] = []
        if parser.parse_optional_punctuation("->"):
            res_types = [parser.parse_type()]
        op = cls.build(
            operands=[ins[0], outs[0]],
            result_types=[res_types],
            properties={"dimension": IntegerAttr(dim, i64)},
            attributes=attrs,
        )
        return op

    def print(self, printer: Printer):
        if self.attributes:
            printer.print_op_attributes(self.attributes)
        printer.print_string(f" dimension({self.dimension.value.data}) ins(")
        printer.print_operand(self.input)
        printer.print_string(" : ")
        printer.print_attribute(self.input.type)
        printer.print_string(") outs(")
        printer.print_operand(self.output)
        printer.print_string(" : ")
        printer.print_attribute(self.output.type)
        printer.print_string(")")
        if self.result:
            printer.print_string(" -> ")
            printer.print_attribute(self.result[0].type)

    def verify_(self) -> None:
        in_type, out_type = self.input.type, self.output.type
        assert isinstance(in_type, ShapedType) and isinstance(out_type, ShapedType)
        if in_type.get_shape() != out_type.get_shape():
            raise VerifyException(
                f"input shape {in_type.get_shape()} and init shape {out_type.get_shape()} differ"
            )
        rank = len(in_type.get_shape())
        if not 0 <= self.dimension.value.data < rank:
            raise VerifyException(f"dimension {self.dimension.value.data} out of range for rank {rank}")


@irdl_op_definition
class MapOp(IRDLOperation):
    """`linalg.map`: out[i...] = body(in0[i...], in1[i...], ...) with identity indexing.

    Long form: `linalg.map ins(...) outs(...) (%a: f32, %b: f32) { ... linalg.yield %r : f32 }`;
    short form: `linalg.map { arith.addf } ins(...) outs(...)`. The body takes one argument
    per input (newer MLIR adds one for the init, also accepted).
    """

    name = "linalg.map"

    inputs = var_operand_def(ShapedType)
    init = operand_def(ShapedType)
    result = var_result_def(TensorType)
    mapper = region_def("single_block")

    def __init__(self, inputs: Sequence[SSAValue], init: SSAValue, mapper: Region):
        results = [init.type] if isinstance(init.type, TensorType) else []
        super().__init__(operands=[inputs, init], result_types=[results], regions=[mapper])

    @classmethod
    def parse(cls, parser: Parser) -> MapOp:
        start = parser.pos
        short_op: str | None = None
        short_attrs: dict[str, Attribute] = {}
        if parser.parse_optional_punctuation("{"):
            short_op = parser.parse_identifier("expected an operation name")
            short_attrs = parser.parse_optional_attr_dict()
            parser.parse_punctuation("}")
        ins = _parse_operand_group(parser, "ins")
        outs = _parse_operand_group(parser, "outs")
        if len(outs) != 1:
            parser.raise_error("linalg.map takes exactly one init in 'outs'", start)
        attrs = parser.parse_optional_attr_dict()
        if short_op is None:
            args = parser.parse_comma_separated_list(Parser.Delimiter.PAREN, parser.parse_argument)
            region = parser.parse_region(args)
        else:
            op_type = parser.ctx.get_optional_op(short_op)
            if op_type is None:
                parser.raise_error(f"unknown operation '{short_op}' in linalg.map", start)
            elem_types = [NamedOperation.body_arg_types([v])[0] for v in ins]
            out_elem = NamedOperation.body_arg_types(outs)[0]
            block = Block(arg_types=elem_types)
            inner = op_type.create(operands=list(block.args), result_types=[out_elem], properties=short_attrs)
            block.add_ops([inner, lops.YieldOp(inner.results[0])])
            region = Region(block)

        op = cls(ins, outs[0], region)
        op.attributes.update(attrs)
        return op

    def print(self, printer: Printer):
        printer.print_string(" ins(")
        printer.print_list(self.inputs, printer.print_operand)
        printer.print_string(" : ")
        printer.print_list([v.type for v in self.inputs], printer.print_attribute)
        printer.print_string(") outs(")
        printer.print_operand(self.init)
        printer.print_string(" : ")
        printer.print_attribute(self.init.type)
        printer.print_string(")")
        if self.attributes:
            printer.print_op_attributes(self.attributes)
        printer.print_string(" ")
        printer.print_string("(")
        printer.print_list(self.mapper.block.args, printer.print_block_argument)
        printer.print_string(") ")
        printer.print_region(self.mapper, print_entry_block_args=False)

    def verify_(self) -> None:
        init_type = self.init.type
        assert isinstance(init_type, ShapedType)
        for i, v in enumerate(self.inputs):
            assert isinstance(v.type, ShapedType)
            if v.type.get_shape() != init_type.get_shape():
                raise VerifyException(
                    f"input #{i} has shape {v.type.get_shape()}, expected the init's {init_type.get_shape()}"
                )
        nargs = len(self.mapper.block.args)
        if nargs not in (len(self.inputs), len(self.inputs) + 1):
            raise VerifyException(f"expected {len(self.inputs)} body arguments, got {nargs}")


LINALG_OPS: list[type[Operation]] = [
    GenericOp,
    lops.YieldOp,
    lops.IndexOp,
    lops.AddOp,
    lops.ExpOp,
    lops.LogOp,
    lops.SubOp,
    lops.SqrtOp,
    lops.SelectOp,
    lops.FillOp,
    lops.CopyOp,
    lops.MaxOp,
    lops.MinOp,
    lops.MulOp,
    lops.TransposeOp,
    MatmulOp,
    lops.QuantizedMatmulOp,
    lops.PoolingNchwMaxOp,
    lops.Conv2DNchwFchwOp,
    lops.Conv2DNhwgcGfhwcOp,
    lops.Conv2DNhwc_HwcfOp,
    lops.Conv2DNgchwGfchwOp,
    lops.Conv2DNgchwFgchwOp,
    lops.Conv2DNhwc_FhwcOp,
    lops.BroadcastOp,
    lops.ReduceOp,
    BatchMatmulOp,
    BatchMatmulTransposeAOp,
    BatchMatmulTransposeBOp,
    BatchReduceMatmulOp,
    MatmulTransposeAOp,
    MatmulTransposeBOp,
    MatvecOp,
    VecmatOp,
    BatchMatvecOp,
    BatchVecmatOp,
    DotOp,
    DivOp,
    DivUnsignedOp,
    PowfOp,
    NegfOp,
    AbsOp,
    TanhOp,
    ErfOp,
    RsqrtOp,
    SquareOp,
    FloorOp,
    CeilOp,
    PoolingNhwcMaxOp,
    PoolingNhwcMinOp,
    PoolingNhwcSumOp,
    DepthwiseConv2DNhwcHwcOp,
    SoftmaxOp,
    MapOp,
]

LINALG = Dialect("linalg", LINALG_OPS, [IteratorTypeAttr])
"""xDSL's linalg plus the named ops above; registered by the driver under the name `linalg`."""
