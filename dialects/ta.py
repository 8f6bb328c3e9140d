"""The `ta` (tensor algebra) dialect: whole-tensor operations on static ranked tensors.

The top level of rdu-ir, where a user's program enters. Every op takes and returns builtin
ranked `tensor<...>` values with static shapes; the element type is generic (floats and
signless integers), all operands of one op share it. There is no implicit broadcasting:
scalars and lower-rank operands are widened with an explicit `ta.broadcast`.

Ops (syntax examples):

    %c = ta.contract "mk,kn->mn" %a, %b : tensor<4x8xf32>, tensor<8x5xf32> -> tensor<4x5xf32>
    %c = ta.contract "k,k->" %x, %y acc(%z) : tensor<8xf32>, tensor<8xf32> -> tensor<f32>
    %r = ta.add %a, %b : tensor<4x5xf32>              (sub mul div max min)
    %r = ta.exp %a : tensor<4x5xf32>                  (neg abs exp log tanh erf sqrt rsqrt sigmoid relu)
    %r = ta.reduce sum %a dims [1] : tensor<4x5xf32> -> tensor<4xf32>
    %r = ta.transpose %a perm [1, 0] : tensor<4x5xf32> -> tensor<5x4xf32>
    %r = ta.reshape %a : tensor<4x5xf32> -> tensor<20xf32>
    %r = ta.broadcast %a dims [1] : tensor<5xf32> -> tensor<4x5xf32>
    %r = ta.pad %a low [0, 1] high [2, 0] value 0.000000e+00 : tensor<4x5xf32> -> tensor<6x6xf32>
    %r = ta.slice %a offsets [0, 1] sizes [2, 2] strides [1, 2] : tensor<4x5xf32> -> tensor<2x2xf32>
    %r = ta.concat %a, %b dim 0 : tensor<4x5xf32>, tensor<2x5xf32> -> tensor<6x5xf32>
    %r = ta.constant dense<1.000000e+00> : tensor<4x5xf32>
    %r = ta.select lt %a, %b, %t, %f : tensor<4x5xf32>
    %r = ta.conv2d %x, %w strides [1, 1] dilations [1, 1] : tensor<1x8x8x3xf32>, tensor<3x3x3x16xf32> -> tensor<1x6x6x16xf32>
    %r = ta.conv2d depthwise %x, %w strides [1, 1] dilations [1, 1] : tensor<1x8x8x3xf32>, tensor<3x3x3xf32> -> tensor<1x6x6x3xf32>
    %r = ta.pool2d max %x window [2, 2] strides [2, 2] dilations [1, 1] : tensor<1x8x8x3xf32> -> tensor<1x4x4x3xf32>
    %r = ta.softmax %a dim 1 : tensor<4x5xf32>
    %r = ta.layernorm %a dims [1] epsilon 1.000000e-05 : tensor<4x5xf32>
    %r = ta.gelu %a : tensor<4x5xf32>

The generic form (`"ta.reduce"(%a) <{kind = "sum", dims = array<i64: 1>}> : ...`) always
parses. Verifiers name the offending operand by position and role, and show the shapes.
Canonicalization patterns live in `rdu_ir.dialects.ta_canonicalize` (loaded lazily).
"""

from __future__ import annotations

import math
import struct
from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar

import numpy as np
from xdsl.dialects.builtin import (
    AnyFloat,
    AnyFloatConstr,
    DenseArrayBase,
    DenseIntOrFPElementsAttr,
    Float16Type,
    Float32Type,
    Float64Type,
    FloatAttr,
    IntegerAttr,
    IntegerType,
    Signedness,
    StringAttr,
    TensorType,
    UnitAttr,
    f64,
    i64,
)
from xdsl.ir import Attribute, Dialect, Operation, SSAValue
from xdsl.irdl import (
    AttrSizedOperandSegments,
    IRDLOperation,
    base,
    irdl_op_definition,
    operand_def,
    opt_operand_def,
    opt_prop_def,
    prop_def,
    result_def,
    traits_def,
    var_operand_def,
)
from xdsl.parser import Parser, UnresolvedOperand
from xdsl.pattern_rewriter import RewritePattern
from xdsl.printer import Printer
from xdsl.traits import ConstantLike, HasCanonicalizationPatternsTrait, Pure
from xdsl.utils.exceptions import VerifyException

# ---------------------------------------------------------------------------------------------
# Types and small helpers

TensorConstr = TensorType.constr(AnyFloatConstr | base(IntegerType))


def shape_str(shape: Sequence[int]) -> str:
    """`4x5` for a shape, `scalar` for rank 0 (as in diagnostics)."""
    return "x".join(str(d) for d in shape) if len(shape) else "scalar"


def numpy_dtype(element_type: Attribute) -> np.dtype:
    """The numpy dtype that holds values of a ta element type."""
    if isinstance(element_type, Float32Type):
        return np.dtype(np.float32)
    if isinstance(element_type, Float64Type):
        return np.dtype(np.float64)
    if isinstance(element_type, Float16Type):
        return np.dtype(np.float16)
    if isinstance(element_type, IntegerType):
        width = element_type.width.data
        if width == 1:
            return np.dtype(np.bool_)
        if width in (8, 16, 32, 64):
            unsigned = element_type.signedness.data == Signedness.UNSIGNED
            return np.dtype(f"{'u' if unsigned else ''}int{width}")
    raise UnsupportedElementType(f"element type {element_type} has no numpy equivalent in the reference")


class UnsupportedElementType(ValueError):
    """An element type the numpy reference cannot hold (e.g. bf16, for now)."""


def _tensor(value: SSAValue | Operation) -> TensorType:
    t = SSAValue.get(value).type
    assert isinstance(t, TensorType)
    return t


def _shape(value: SSAValue) -> tuple[int, ...]:
    return _tensor(value).get_shape()


def _ints(values: Sequence[int]) -> DenseArrayBase:
    return DenseArrayBase.from_list(i64, [int(v) for v in values])


def _check_static(op: Operation) -> None:
    """All operands and results static tensors with the same element type."""
    element = None
    for kind, values in (("operand", op.operands), ("result", op.results)):
        for i, v in enumerate(values):
            t = v.type
            if not isinstance(t, TensorType):
                raise VerifyException(f"{kind} #{i} must be a ranked tensor, got {t}")
            if any(d < 0 for d in t.get_shape()):
                raise VerifyException(f"{kind} #{i} has a dynamic shape {t}; ta needs static shapes")
            if element is None:
                element = t.element_type
            elif t.element_type != element:
                raise VerifyException(
                    f"{kind} #{i} has element type {t.element_type}, expected {element} "
                    "(all operands and results of a ta op share one element type)"
                )


def _describe(op: Operation, index: int) -> str:
    """`operand #1 ('rhs')`: the operand's position and its role in the op."""
    roles = getattr(op, "OPERAND_ROLES", None)
    if callable(roles):
        role = roles(index)
    elif roles and index < len(roles):
        role = roles[index]
    else:
        role = f"input{index}"
    return f"operand #{index} ('{role}')"


def _expect_result_shape(op: Operation, expected: Sequence[int], why: str = "") -> None:
    got = _shape(op.results[0])
    if tuple(got) != tuple(expected):
        suffix = f" {why}" if why else ""
        raise VerifyException(
            f"result has shape {shape_str(got)}, expected {shape_str(expected)}{suffix}"
        )


# --- custom-syntax helpers -------------------------------------------------------------------


def _print_ints(printer: Printer, values: Sequence[int]) -> None:
    printer.print_string("[" + ", ".join(str(v) for v in values) + "]")


def _parse_ints(parser: Parser) -> list[int]:
    return parser.parse_comma_separated_list(parser.Delimiter.SQUARE, parser.parse_integer)


def _print_number(printer: Printer, value: float) -> None:
    """A float as MLIR prints an f64 (non-finite values as their hex bit pattern)."""
    printer.print_float(value, f64)


def _parse_number(parser: Parser) -> float:
    text = parser._current_token.text  # noqa: SLF001 - a hex literal is a bit pattern
    if text.startswith(("0x", "0X")):
        bits = parser.parse_integer(allow_boolean=False)
        return struct.unpack("<d", struct.pack("<Q", bits))[0]
    return float(parser.parse_number())


def _print_tail(printer: Printer, op: Operation, in_types: Sequence[Attribute] | None) -> None:
    """` {attrs} : in_types -> result_type`, or ` {attrs} : result_type` without inputs."""
    printer.print_op_attributes(op.attributes)
    printer.print_string(" : ")
    if in_types is not None:
        printer.print_list(in_types, printer.print_attribute)
        printer.print_string(" -> ")
    printer.print_attribute(op.results[0].type)


def _parse_operands(parser: Parser) -> list[UnresolvedOperand]:
    return parser.parse_comma_separated_list(parser.Delimiter.NONE, parser.parse_unresolved_operand)


def _parse_types(parser: Parser, expected: int | None = None) -> list[Attribute]:
    """A comma-separated type list; with `expected`, its length is checked (error at the list)."""
    start = parser.pos
    types = parser.parse_comma_separated_list(parser.Delimiter.NONE, parser.parse_type)
    if expected is not None and len(types) != expected:
        parser.raise_error(f"expected {expected} operand types, got {len(types)}", start, parser.pos)
    return types


def _resolve(parser: Parser, operands: Sequence[UnresolvedOperand], types: Sequence[Attribute]) -> list[SSAValue]:
    return [parser.resolve_operand(o, t) for o, t in zip(operands, types, strict=True)]


def _apply_attrs(op: Operation, attrs: dict[str, Attribute]) -> Operation:
    op.attributes.update(attrs)
    return op


class TaCanonicalization(HasCanonicalizationPatternsTrait):
    """Canonicalization patterns of an op, from `ta_canonicalize` (imported on first use)."""

    def get_patterns(self, op: type[Operation]) -> tuple[RewritePattern, ...]:
        from rdu_ir.dialects.ta_canonicalize import patterns_for

        return patterns_for(op)

    @classmethod
    def get_canonicalization_patterns(cls) -> tuple[RewritePattern, ...]:
        return ()


# ---------------------------------------------------------------------------------------------
# Contraction


@dataclass(frozen=True)
class ContractSpec:
    """A parsed einsum spec such as `mk,kn->mn`."""

    inputs: tuple[str, ...]
    output: str

    @staticmethod
    def parse(spec: str) -> ContractSpec:
        """Parse `spec`; raises ValueError with a readable reason."""
        if spec.count("->") != 1:
            raise ValueError("expected exactly one '->'")
        lhs, out = spec.split("->")
        terms = tuple(t.strip() for t in lhs.split(","))
        out = out.strip()
        for term in (*terms, out):
            bad = [c for c in term if not c.isascii() or not c.isalpha()]
            if bad:
                raise ValueError(f"index '{bad[0]}' is not a letter")
            if len(set(term)) != len(term):
                raise ValueError(f"term '{term}' repeats an index")
        used = set("".join(terms))
        missing = [c for c in out if c not in used]
        if missing:
            raise ValueError(f"output index '{missing[0]}' appears in no input")
        return ContractSpec(terms, out)

    @property
    def reduction_indices(self) -> str:
        """Indices summed over (in order of first appearance)."""
        seen: list[str] = []
        for c in "".join(self.inputs):
            if c not in self.output and c not in seen:
                seen.append(c)
        return "".join(seen)

    def __str__(self) -> str:
        return ",".join(self.inputs) + "->" + self.output


@irdl_op_definition
class ContractOp(IRDLOperation):
    """A general contraction in einsum form: `spec` gives each operand's indices and the
    result's; indices absent from the result are summed. Matmul (`mk,kn->mn`), batch matmul,
    matvec, outer product (`m,n->mn`) and dot (`k,k->`) are all contractions. The optional
    `acc` operand (same type as the result) is added to the contraction."""

    name = "ta.contract"

    inputs = var_operand_def(TensorConstr)
    acc = opt_operand_def(TensorConstr)
    result = result_def(TensorConstr)
    spec = prop_def(StringAttr)

    irdl_options = (AttrSizedOperandSegments(as_property=True),)
    traits = traits_def(Pure(), TaCanonicalization())

    def __init__(
        self,
        inputs: Sequence[SSAValue | Operation],
        spec: str | StringAttr,
        result_type: Attribute | None = None,
        acc: SSAValue | Operation | None = None,
    ):
        if result_type is None:  # inferred from the spec and the input shapes
            text = spec if isinstance(spec, str) else spec.data
            parsed = ContractSpec.parse(text)
            sizes: dict[str, int] = {}
            for term, value in zip(parsed.inputs, inputs):
                sizes.update(zip(term, _tensor(value).get_shape()))
            result_type = TensorType(_tensor(inputs[0]).element_type, [sizes[c] for c in parsed.output])
        super().__init__(
            operands=[list(inputs), [acc] if acc is not None else []],
            result_types=[result_type],
            properties={"spec": StringAttr(spec) if isinstance(spec, str) else spec},
        )

    def OPERAND_ROLES(self, index: int) -> str:  # noqa: N802 - looked up by _describe
        n = len(self.inputs)
        if index == n:
            return "acc"
        if n == 2:
            return ("lhs", "rhs")[index]
        return f"input{index}"

    def parsed_spec(self) -> ContractSpec:
        return ContractSpec.parse(self.spec.data)

    def index_sizes(self) -> dict[str, int]:
        """Size of every index of the spec (the op must verify)."""
        sizes: dict[str, int] = {}
        for term, value in zip(self.parsed_spec().inputs, self.inputs):
            sizes.update(zip(term, _shape(value)))
        return sizes

    def verify_(self) -> None:
        _check_static(self)
        try:
            spec = self.parsed_spec()
        except ValueError as e:
            raise VerifyException(f"invalid contraction spec '{self.spec.data}': {e}") from None
        if len(spec.inputs) != len(self.inputs):
            raise VerifyException(
                f"spec '{self.spec.data}' has {len(spec.inputs)} input terms but the op has "
                f"{len(self.inputs)} inputs"
            )
        sizes: dict[str, int] = {}
        for i, (term, value) in enumerate(zip(spec.inputs, self.inputs)):
            shape = _shape(value)
            expected = [sizes.get(c, -1) for c in term]
            if len(shape) != len(term) or any(e not in (-1, d) for e, d in zip(expected, shape)):
                exp = "x".join("?" if e < 0 else str(e) for e in expected) if term else "scalar"
                raise VerifyException(
                    f"{_describe(self, i)} has shape {shape_str(shape)}, expected {exp} "
                    f"for spec '{self.spec.data}'"
                )
            sizes.update(zip(term, shape))
        _expect_result_shape(self, [sizes[c] for c in spec.output], f"for spec '{self.spec.data}'")
        if self.acc is not None and self.acc.type != self.result.type:
            raise VerifyException(
                f"{_describe(self, len(self.inputs))} has type {self.acc.type}, expected the "
                f"result type {self.result.type}"
            )

    def print(self, printer: Printer) -> None:
        printer.print_string(" ")
        printer.print_string_literal(self.spec.data)
        printer.print_string(" ")
        printer.print_list(self.inputs, printer.print_operand)
        if self.acc is not None:
            printer.print_string(" acc(")
            printer.print_operand(self.acc)
            printer.print_string(")")
        _print_tail(printer, self, [v.type for v in self.inputs])

    @classmethod
    def parse(cls, parser: Parser) -> ContractOp:
        spec = parser.parse_str_literal(" for the contraction spec, e.g. \"mk,kn->mn\"")
        operands = _parse_operands(parser)
        acc = None
        if parser.parse_optional_keyword("acc"):
            parser.parse_punctuation("(")
            acc = parser.parse_unresolved_operand()
            parser.parse_punctuation(")")
        attrs = parser.parse_optional_attr_dict()
        parser.parse_punctuation(":")
        types = _parse_types(parser, len(operands))
        parser.parse_punctuation("->")
        result_type = parser.parse_type()
        inputs = _resolve(parser, operands, types)
        acc_value = parser.resolve_operand(acc, result_type) if acc is not None else None
        return _apply_attrs(cls(inputs, spec, result_type, acc_value), attrs)


# ---------------------------------------------------------------------------------------------
# Elementwise


class ElementwiseOp(IRDLOperation):
    """Shared verifier of the elementwise ops (unary, binary and select): every operand has
    the result's shape."""

    OPERAND_ROLES: ClassVar[tuple[str, ...]] = ()

    def verify_(self) -> None:
        _check_static(self)
        expected = _shape(self.results[0])
        for i, v in enumerate(self.operands):
            if _shape(v) != expected:
                raise VerifyException(
                    f"{_describe(self, i)} has shape {shape_str(_shape(v))}, expected "
                    f"{shape_str(expected)} (elementwise operands must have the same shape; "
                    "use ta.broadcast)"
                )


class BinaryElementwiseOp(ElementwiseOp):
    """`%r = ta.<op> %lhs, %rhs : T`; same shapes, no implicit broadcast."""

    lhs = operand_def(TensorConstr)
    rhs = operand_def(TensorConstr)
    result = result_def(TensorConstr)
    traits = traits_def(Pure(), TaCanonicalization())
    OPERAND_ROLES: ClassVar[tuple[str, ...]] = ("lhs", "rhs")
    # `numpy_fn`: name of the numpy function computing the op (see sim/ta_interp.py),
    # set on each subclass by `_binary`.

    def __init__(self, lhs: SSAValue | Operation, rhs: SSAValue | Operation, result_type: Attribute | None = None):
        super().__init__(operands=[lhs, rhs], result_types=[result_type or SSAValue.get(lhs).type])

    def print(self, printer: Printer) -> None:
        printer.print_string(" ")
        printer.print_list(self.operands, printer.print_operand)
        _print_tail(printer, self, None)

    @classmethod
    def parse(cls, parser: Parser):
        lhs = parser.parse_unresolved_operand()
        parser.parse_punctuation(",")
        rhs = parser.parse_unresolved_operand()
        attrs = parser.parse_optional_attr_dict()
        parser.parse_punctuation(":")
        t = parser.parse_type()
        return _apply_attrs(cls(parser.resolve_operand(lhs, t), parser.resolve_operand(rhs, t)), attrs)


class UnaryElementwiseOp(ElementwiseOp):
    """`%r = ta.<op> %x : T`."""

    input = operand_def(TensorConstr)
    result = result_def(TensorConstr)
    traits = traits_def(Pure(), TaCanonicalization())
    OPERAND_ROLES: ClassVar[tuple[str, ...]] = ("input",)

    def __init__(self, input: SSAValue | Operation, result_type: Attribute | None = None):
        super().__init__(operands=[input], result_types=[result_type or SSAValue.get(input).type])

    def print(self, printer: Printer) -> None:
        printer.print_string(" ")
        printer.print_operand(self.input)
        _print_tail(printer, self, None)

    @classmethod
    def parse(cls, parser: Parser):
        x = parser.parse_unresolved_operand()
        attrs = parser.parse_optional_attr_dict()
        parser.parse_punctuation(":")
        t = parser.parse_type()
        return _apply_attrs(cls(parser.resolve_operand(x, t)), attrs)


def _binary(op_name: str, fn: str, doc: str) -> type[BinaryElementwiseOp]:
    cls = type(
        f"{op_name.capitalize()}Op",
        (BinaryElementwiseOp,),
        {"name": f"ta.{op_name}", "__doc__": doc, "__module__": __name__},
    )
    op = irdl_op_definition(cls)
    op.numpy_fn = fn  # set after the definition: IRDL accepts only uppercase class constants
    return op


def _unary(op_name: str, fn: str, doc: str) -> type[UnaryElementwiseOp]:
    cls = type(
        f"{op_name.capitalize()}Op",
        (UnaryElementwiseOp,),
        {"name": f"ta.{op_name}", "__doc__": doc, "__module__": __name__},
    )
    op = irdl_op_definition(cls)
    op.numpy_fn = fn  # set after the definition: IRDL accepts only uppercase class constants
    return op


AddOp = _binary("add", "add", "Elementwise lhs + rhs.")
SubOp = _binary("sub", "subtract", "Elementwise lhs - rhs.")
MulOp = _binary("mul", "multiply", "Elementwise lhs * rhs.")
DivOp = _binary("div", "divide", "Elementwise lhs / rhs (integers: truncating).")
MaxOp = _binary("max", "maximum", "Elementwise maximum (NaN-propagating).")
MinOp = _binary("min", "minimum", "Elementwise minimum (NaN-propagating).")

NegOp = _unary("neg", "negative", "Elementwise -x.")
AbsOp = _unary("abs", "abs", "Elementwise |x|.")
ExpOp = _unary("exp", "exp", "Elementwise e**x.")
LogOp = _unary("log", "log", "Elementwise natural logarithm.")
TanhOp = _unary("tanh", "tanh", "Elementwise hyperbolic tangent.")
ErfOp = _unary("erf", "erf", "Elementwise Gauss error function.")
SqrtOp = _unary("sqrt", "sqrt", "Elementwise square root.")
RsqrtOp = _unary("rsqrt", "rsqrt", "Elementwise 1 / sqrt(x).")
SigmoidOp = _unary("sigmoid", "sigmoid", "Elementwise 1 / (1 + exp(-x)).")
ReluOp = _unary("relu", "relu", "Elementwise max(x, 0).")

BINARY_OPS: dict[str, type[BinaryElementwiseOp]] = {
    "add": AddOp, "sub": SubOp, "mul": MulOp, "div": DivOp, "max": MaxOp, "min": MinOp,
}  # fmt: skip
UNARY_OPS: dict[str, type[UnaryElementwiseOp]] = {
    "neg": NegOp, "abs": AbsOp, "exp": ExpOp, "log": LogOp, "tanh": TanhOp, "erf": ErfOp,
    "sqrt": SqrtOp, "rsqrt": RsqrtOp, "sigmoid": SigmoidOp, "relu": ReluOp,
}  # fmt: skip

SELECT_PREDICATES = ("eq", "ne", "lt", "le", "gt", "ge")


@irdl_op_definition
class SelectOp(ElementwiseOp):
    """`where(lhs <predicate> rhs, true_value, false_value)`, elementwise; predicate in
    eq|ne|lt|le|gt|ge (ordered comparisons). All four operands have the result's shape."""

    name = "ta.select"

    lhs = operand_def(TensorConstr)
    rhs = operand_def(TensorConstr)
    true_value = operand_def(TensorConstr)
    false_value = operand_def(TensorConstr)
    result = result_def(TensorConstr)
    predicate = prop_def(StringAttr)
    traits = traits_def(Pure(), TaCanonicalization())
    OPERAND_ROLES: ClassVar[tuple[str, ...]] = ("lhs", "rhs", "true_value", "false_value")

    def __init__(
        self,
        lhs: SSAValue | Operation,
        rhs: SSAValue | Operation,
        true_value: SSAValue | Operation,
        false_value: SSAValue | Operation,
        predicate: str,
    ):
        super().__init__(
            operands=[lhs, rhs, true_value, false_value],
            result_types=[SSAValue.get(true_value).type],
            properties={"predicate": StringAttr(predicate)},
        )

    def verify_(self) -> None:
        if self.predicate.data not in SELECT_PREDICATES:
            raise VerifyException(
                f"unknown predicate '{self.predicate.data}', expected one of {', '.join(SELECT_PREDICATES)}"
            )
        super().verify_()

    def print(self, printer: Printer) -> None:
        printer.print_string(f" {self.predicate.data} ")
        printer.print_list(self.operands, printer.print_operand)
        _print_tail(printer, self, None)

    @classmethod
    def parse(cls, parser: Parser) -> SelectOp:
        predicate = parser.parse_identifier(" for the comparison predicate (" + ", ".join(SELECT_PREDICATES) + ")")
        start = parser.pos
        operands = _parse_operands(parser)
        if len(operands) != 4:
            parser.raise_error(
                f"ta.select takes 4 operands (lhs, rhs, true_value, false_value), got {len(operands)}", start, parser.pos
            )
        attrs = parser.parse_optional_attr_dict()
        parser.parse_punctuation(":")
        t = parser.parse_type()
        values = [parser.resolve_operand(o, t) for o in operands]
        return _apply_attrs(cls(*values, predicate), attrs)


# ---------------------------------------------------------------------------------------------
# Reductions and data movement

REDUCE_KINDS = ("sum", "max", "min", "prod")


def _check_dims(dims: Sequence[int], rank: int, what: str, input_desc: str) -> None:
    for d in dims:
        if not 0 <= d < rank:
            raise VerifyException(f"{what} {d} out of range for {input_desc}")
    if len(set(dims)) != len(dims):
        raise VerifyException(f"{what}s {list(dims)} are not unique")


@irdl_op_definition
class ReduceOp(IRDLOperation):
    """Reduce `input` with `kind` (sum|max|min|prod) over `dims`; the reduced dimensions are
    removed from the result shape."""

    name = "ta.reduce"

    input = operand_def(TensorConstr)
    result = result_def(TensorConstr)
    kind = prop_def(StringAttr)
    dims = prop_def(DenseArrayBase.constr(i64))
    traits = traits_def(Pure(), TaCanonicalization())
    OPERAND_ROLES: ClassVar[tuple[str, ...]] = ("input",)

    def __init__(
        self, input: SSAValue | Operation, kind: str, dims: Sequence[int], result_type: Attribute | None = None
    ):
        if result_type is None:
            t = _tensor(input)
            result_type = TensorType(t.element_type, [s for i, s in enumerate(t.get_shape()) if i not in dims])
        super().__init__(
            operands=[input],
            result_types=[result_type],
            properties={"kind": StringAttr(kind), "dims": _ints(dims)},
        )

    @property
    def dims_list(self) -> tuple[int, ...]:
        return self.dims.get_values()

    def verify_(self) -> None:
        _check_static(self)
        if self.kind.data not in REDUCE_KINDS:
            raise VerifyException(f"unknown reduction kind '{self.kind.data}', expected one of {', '.join(REDUCE_KINDS)}")
        shape = _shape(self.input)
        dims = self.dims_list
        _check_dims(dims, len(shape), "reduction dim", f"{_describe(self, 0)} of shape {shape_str(shape)}")
        _expect_result_shape(self, [s for i, s in enumerate(shape) if i not in dims], f"after reducing dims {list(dims)}")

    def print(self, printer: Printer) -> None:
        printer.print_string(f" {self.kind.data} ")
        printer.print_operand(self.input)
        printer.print_string(" dims ")
        _print_ints(printer, self.dims_list)
        _print_tail(printer, self, [self.input.type])

    @classmethod
    def parse(cls, parser: Parser) -> ReduceOp:
        kind = parser.parse_identifier(" for the reduction kind (" + ", ".join(REDUCE_KINDS) + ")")
        x = parser.parse_unresolved_operand()
        parser.parse_keyword("dims")
        dims = _parse_ints(parser)
        attrs = parser.parse_optional_attr_dict()
        parser.parse_punctuation(":")
        in_t = parser.parse_type()
        parser.parse_punctuation("->")
        out_t = parser.parse_type()
        return _apply_attrs(cls(parser.resolve_operand(x, in_t), kind, dims, out_t), attrs)


def _is_permutation(perm: Sequence[int], rank: int) -> bool:
    return sorted(perm) == list(range(rank))


@irdl_op_definition
class TransposeOp(IRDLOperation):
    """Permute dimensions: result dim i is input dim perm[i] (numpy.transpose)."""

    name = "ta.transpose"

    input = operand_def(TensorConstr)
    result = result_def(TensorConstr)
    perm = prop_def(DenseArrayBase.constr(i64))
    traits = traits_def(Pure(), TaCanonicalization())
    OPERAND_ROLES: ClassVar[tuple[str, ...]] = ("input",)

    def __init__(self, input: SSAValue | Operation, perm: Sequence[int], result_type: Attribute | None = None):
        if result_type is None:
            t = _tensor(input)
            shape = t.get_shape()
            result_type = TensorType(t.element_type, [shape[p] for p in perm])
        super().__init__(operands=[input], result_types=[result_type], properties={"perm": _ints(perm)})

    @property
    def perm_list(self) -> tuple[int, ...]:
        return self.perm.get_values()

    def verify_(self) -> None:
        _check_static(self)
        shape = _shape(self.input)
        perm = self.perm_list
        if not _is_permutation(perm, len(shape)):
            raise VerifyException(
                f"perm {list(perm)} is not a permutation of the {len(shape)} dims of "
                f"{_describe(self, 0)} of shape {shape_str(shape)}"
            )
        _expect_result_shape(self, [shape[p] for p in perm], f"for perm {list(perm)}")

    def print(self, printer: Printer) -> None:
        printer.print_string(" ")
        printer.print_operand(self.input)
        printer.print_string(" perm ")
        _print_ints(printer, self.perm_list)
        _print_tail(printer, self, [self.input.type])

    @classmethod
    def parse(cls, parser: Parser) -> TransposeOp:
        x = parser.parse_unresolved_operand()
        parser.parse_keyword("perm")
        perm = _parse_ints(parser)
        attrs = parser.parse_optional_attr_dict()
        parser.parse_punctuation(":")
        in_t = parser.parse_type()
        parser.parse_punctuation("->")
        out_t = parser.parse_type()
        return _apply_attrs(cls(parser.resolve_operand(x, in_t), perm, out_t), attrs)


class _InOutOp(IRDLOperation):
    """Custom syntax `%x : T_in -> T_out` shared by reshape."""

    def print(self, printer: Printer) -> None:
        printer.print_string(" ")
        printer.print_operand(self.operands[0])
        _print_tail(printer, self, [self.operands[0].type])


@irdl_op_definition
class ReshapeOp(_InOutOp):
    """Reinterpret the elements (row-major order) with another shape of the same count."""

    name = "ta.reshape"

    input = operand_def(TensorConstr)
    result = result_def(TensorConstr)
    traits = traits_def(Pure(), TaCanonicalization())
    OPERAND_ROLES: ClassVar[tuple[str, ...]] = ("input",)

    def __init__(self, input: SSAValue | Operation, result_type: Attribute):
        super().__init__(operands=[input], result_types=[result_type])

    def verify_(self) -> None:
        _check_static(self)
        a, b = _shape(self.input), _shape(self.result)
        if math.prod(a) != math.prod(b):
            raise VerifyException(
                f"{_describe(self, 0)} of shape {shape_str(a)} has {math.prod(a)} elements, "
                f"result shape {shape_str(b)} has {math.prod(b)}"
            )

    @classmethod
    def parse(cls, parser: Parser) -> ReshapeOp:
        x = parser.parse_unresolved_operand()
        attrs = parser.parse_optional_attr_dict()
        parser.parse_punctuation(":")
        in_t = parser.parse_type()
        parser.parse_punctuation("->")
        out_t = parser.parse_type()
        return _apply_attrs(cls(parser.resolve_operand(x, in_t), out_t), attrs)


@irdl_op_definition
class BroadcastOp(IRDLOperation):
    """Broadcast `input` to the result shape (StableHLO broadcast_in_dim): input dim i maps
    to result dim dims[i] (strictly increasing), where it has the result's size or size 1
    (stretched); result dims not in `dims` are new."""

    name = "ta.broadcast"

    input = operand_def(TensorConstr)
    result = result_def(TensorConstr)
    dims = prop_def(DenseArrayBase.constr(i64))
    traits = traits_def(Pure(), TaCanonicalization())
    OPERAND_ROLES: ClassVar[tuple[str, ...]] = ("input",)

    def __init__(self, input: SSAValue | Operation, dims: Sequence[int], result_type: Attribute):
        super().__init__(operands=[input], result_types=[result_type], properties={"dims": _ints(dims)})

    @property
    def dims_list(self) -> tuple[int, ...]:
        return self.dims.get_values()

    def verify_(self) -> None:
        _check_static(self)
        a, r = _shape(self.input), _shape(self.result)
        dims = self.dims_list
        desc = f"{_describe(self, 0)} of shape {shape_str(a)}"
        if len(dims) != len(a):
            raise VerifyException(f"dims {list(dims)} has {len(dims)} entries, expected one per dim of {desc}")
        for d in dims:
            if not 0 <= d < len(r):
                raise VerifyException(f"broadcast dim {d} out of range for result shape {shape_str(r)}")
        if any(x >= y for x, y in zip(dims, dims[1:])):
            raise VerifyException(f"broadcast dims {list(dims)} must be strictly increasing")
        for i, d in enumerate(dims):
            if a[i] not in (1, r[d]):
                raise VerifyException(
                    f"{desc}: dim {i} has size {a[i]}, which cannot broadcast to result dim {d} "
                    f"of size {r[d]} (result shape {shape_str(r)})"
                )

    def print(self, printer: Printer) -> None:
        printer.print_string(" ")
        printer.print_operand(self.input)
        printer.print_string(" dims ")
        _print_ints(printer, self.dims_list)
        _print_tail(printer, self, [self.input.type])

    @classmethod
    def parse(cls, parser: Parser) -> BroadcastOp:
        x = parser.parse_unresolved_operand()
        parser.parse_keyword("dims")
        dims = _parse_ints(parser)
        attrs = parser.parse_optional_attr_dict()
        parser.parse_punctuation(":")
        in_t = parser.parse_type()
        parser.parse_punctuation("->")
        out_t = parser.parse_type()
        return _apply_attrs(cls(parser.resolve_operand(x, in_t), dims, out_t), attrs)


@irdl_op_definition
class PadOp(IRDLOperation):
    """Pad with a constant: `low[i]` elements before and `high[i]` after dim i."""

    name = "ta.pad"

    input = operand_def(TensorConstr)
    result = result_def(TensorConstr)
    low = prop_def(DenseArrayBase.constr(i64))
    high = prop_def(DenseArrayBase.constr(i64))
    value = prop_def(FloatAttr)
    traits = traits_def(Pure(), TaCanonicalization())
    OPERAND_ROLES: ClassVar[tuple[str, ...]] = ("input",)

    def __init__(
        self,
        input: SSAValue | Operation,
        low: Sequence[int],
        high: Sequence[int],
        value: float = 0.0,
        result_type: Attribute | None = None,
    ):
        if result_type is None:
            t = _tensor(input)
            result_type = TensorType(t.element_type, [s + l + h for s, l, h in zip(t.get_shape(), low, high)])
        super().__init__(
            operands=[input],
            result_types=[result_type],
            properties={"low": _ints(low), "high": _ints(high), "value": FloatAttr(float(value), f64)},
        )

    @property
    def low_list(self) -> tuple[int, ...]:
        return self.low.get_values()

    @property
    def high_list(self) -> tuple[int, ...]:
        return self.high.get_values()

    @property
    def pad_value(self) -> float:
        return float(self.value.value.data)

    def verify_(self) -> None:
        _check_static(self)
        a = _shape(self.input)
        low, high = self.low_list, self.high_list
        desc = f"{_describe(self, 0)} of shape {shape_str(a)}"
        for what, vals in (("low", low), ("high", high)):
            if len(vals) != len(a):
                raise VerifyException(f"{what} padding {list(vals)} needs one entry per dim of {desc}")
            if any(v < 0 for v in vals):
                raise VerifyException(f"{what} padding {list(vals)} must be non-negative")
        _expect_result_shape(self, [s + l + h for s, l, h in zip(a, low, high)], f"for {desc} padded by low {list(low)} high {list(high)}")

    def print(self, printer: Printer) -> None:
        printer.print_string(" ")
        printer.print_operand(self.input)
        printer.print_string(" low ")
        _print_ints(printer, self.low_list)
        printer.print_string(" high ")
        _print_ints(printer, self.high_list)
        printer.print_string(" value ")
        _print_number(printer, self.pad_value)
        _print_tail(printer, self, [self.input.type])

    @classmethod
    def parse(cls, parser: Parser) -> PadOp:
        x = parser.parse_unresolved_operand()
        parser.parse_keyword("low")
        low = _parse_ints(parser)
        parser.parse_keyword("high")
        high = _parse_ints(parser)
        value = 0.0
        if parser.parse_optional_keyword("value"):
            value = _parse_number(parser)
        attrs = parser.parse_optional_attr_dict()
        parser.parse_punctuation(":")
        in_t = parser.parse_type()
        parser.parse_punctuation("->")
        out_t = parser.parse_type()
        return _apply_attrs(cls(parser.resolve_operand(x, in_t), low, high, value, out_t), attrs)


@irdl_op_definition
class SliceOp(IRDLOperation):
    """A static strided slice: result[i...] = input[offsets + i * strides]; result shape = sizes."""

    name = "ta.slice"

    input = operand_def(TensorConstr)
    result = result_def(TensorConstr)
    offsets = prop_def(DenseArrayBase.constr(i64))
    sizes = prop_def(DenseArrayBase.constr(i64))
    strides = prop_def(DenseArrayBase.constr(i64))
    traits = traits_def(Pure(), TaCanonicalization())
    OPERAND_ROLES: ClassVar[tuple[str, ...]] = ("input",)

    def __init__(
        self,
        input: SSAValue | Operation,
        offsets: Sequence[int],
        sizes: Sequence[int],
        strides: Sequence[int] | None = None,
        result_type: Attribute | None = None,
    ):
        if strides is None:
            strides = [1] * len(sizes)
        if result_type is None:
            result_type = TensorType(_tensor(input).element_type, list(sizes))
        super().__init__(
            operands=[input],
            result_types=[result_type],
            properties={"offsets": _ints(offsets), "sizes": _ints(sizes), "strides": _ints(strides)},
        )

    @property
    def offsets_list(self) -> tuple[int, ...]:
        return self.offsets.get_values()

    @property
    def sizes_list(self) -> tuple[int, ...]:
        return self.sizes.get_values()

    @property
    def strides_list(self) -> tuple[int, ...]:
        return self.strides.get_values()

    def verify_(self) -> None:
        _check_static(self)
        a = _shape(self.input)
        desc = f"{_describe(self, 0)} of shape {shape_str(a)}"
        offs, sizes, strides = self.offsets_list, self.sizes_list, self.strides_list
        for what, vals in (("offsets", offs), ("sizes", sizes), ("strides", strides)):
            if len(vals) != len(a):
                raise VerifyException(f"{what} {list(vals)} needs one entry per dim of {desc}")
        for i, (o, s, st) in enumerate(zip(offs, sizes, strides)):
            if o < 0 or s < 0 or st < 1:
                raise VerifyException(f"dim {i}: offset {o}, size {s}, stride {st} invalid (offset, size >= 0, stride >= 1)")
            if s > 0 and o + (s - 1) * st >= a[i]:
                raise VerifyException(
                    f"dim {i}: slice offset {o} size {s} stride {st} reads index {o + (s - 1) * st}, "
                    f"out of bounds for {desc}"
                )
        _expect_result_shape(self, sizes, "(the slice sizes)")

    def print(self, printer: Printer) -> None:
        printer.print_string(" ")
        printer.print_operand(self.input)
        for key, vals in (("offsets", self.offsets_list), ("sizes", self.sizes_list), ("strides", self.strides_list)):
            printer.print_string(f" {key} ")
            _print_ints(printer, vals)
        _print_tail(printer, self, [self.input.type])

    @classmethod
    def parse(cls, parser: Parser) -> SliceOp:
        x = parser.parse_unresolved_operand()
        parser.parse_keyword("offsets")
        offs = _parse_ints(parser)
        parser.parse_keyword("sizes")
        sizes = _parse_ints(parser)
        strides = None
        if parser.parse_optional_keyword("strides"):
            strides = _parse_ints(parser)
        attrs = parser.parse_optional_attr_dict()
        parser.parse_punctuation(":")
        in_t = parser.parse_type()
        parser.parse_punctuation("->")
        out_t = parser.parse_type()
        return _apply_attrs(cls(parser.resolve_operand(x, in_t), offs, sizes, strides, out_t), attrs)


@irdl_op_definition
class ConcatOp(IRDLOperation):
    """Concatenate the inputs along `dim`; all other dims agree."""

    name = "ta.concat"

    inputs = var_operand_def(TensorConstr)
    result = result_def(TensorConstr)
    dim = prop_def(IntegerAttr.constr(type=i64))
    traits = traits_def(Pure(), TaCanonicalization())

    def __init__(self, inputs: Sequence[SSAValue | Operation], dim: int, result_type: Attribute | None = None):
        if result_type is None:
            t = _tensor(inputs[0])
            shape = list(t.get_shape())
            shape[dim] = sum(_tensor(v).get_shape()[dim] for v in inputs)
            result_type = TensorType(t.element_type, shape)
        super().__init__(
            operands=[list(inputs)], result_types=[result_type], properties={"dim": IntegerAttr(dim, i64)}
        )

    @property
    def dim_value(self) -> int:
        return self.dim.value.data

    def verify_(self) -> None:
        _check_static(self)
        if not self.inputs:
            raise VerifyException("ta.concat needs at least one input")
        first = _shape(self.inputs[0])
        dim = self.dim_value
        if not 0 <= dim < len(first):
            raise VerifyException(f"concat dim {dim} out of range for {_describe(self, 0)} of shape {shape_str(first)}")
        for i, v in enumerate(self.inputs):
            s = _shape(v)
            if len(s) != len(first) or any(a != b for j, (a, b) in enumerate(zip(s, first)) if j != dim):
                exp = "x".join("?" if j == dim else str(d) for j, d in enumerate(first))
                raise VerifyException(f"{_describe(self, i)} has shape {shape_str(s)}, expected {exp} (concat along dim {dim})")
        expected = list(first)
        expected[dim] = sum(_shape(v)[dim] for v in self.inputs)
        _expect_result_shape(self, expected, f"(concat along dim {dim})")

    def print(self, printer: Printer) -> None:
        printer.print_string(" ")
        printer.print_list(self.inputs, printer.print_operand)
        printer.print_string(f" dim {self.dim_value}")
        _print_tail(printer, self, [v.type for v in self.inputs])

    @classmethod
    def parse(cls, parser: Parser) -> ConcatOp:
        operands = _parse_operands(parser)
        parser.parse_keyword("dim")
        dim = parser.parse_integer(allow_boolean=False)
        attrs = parser.parse_optional_attr_dict()
        parser.parse_punctuation(":")
        types = _parse_types(parser, len(operands))
        parser.parse_punctuation("->")
        out_t = parser.parse_type()
        return _apply_attrs(cls(_resolve(parser, operands, types), dim, out_t), attrs)


@irdl_op_definition
class ConstantOp(IRDLOperation):
    """A constant tensor (dense elements or a splat)."""

    name = "ta.constant"

    result = result_def(TensorConstr)
    value = prop_def(DenseIntOrFPElementsAttr)
    traits = traits_def(Pure(), ConstantLike())

    def __init__(self, value: DenseIntOrFPElementsAttr):
        super().__init__(result_types=[value.type], properties={"value": value})

    @staticmethod
    def splat(value: float, tensor_type: TensorType) -> ConstantOp:
        """A constant filled with `value`."""
        element = tensor_type.element_type
        v = int(value) if isinstance(element, IntegerType) else float(value)
        return ConstantOp(DenseIntOrFPElementsAttr.from_list(tensor_type, [v]))

    @staticmethod
    def from_numpy(array: np.ndarray, tensor_type: TensorType) -> ConstantOp:
        """A constant holding `array` (converted to the element type's dtype)."""
        return ConstantOp(dense_attr(array, tensor_type))

    def to_numpy(self) -> np.ndarray:
        return dense_to_numpy(self.value)

    def splat_value(self) -> float | int | None:
        """The single value of a splat constant (all elements bitwise equal), else None."""
        data = self.value.data.data
        n = math.prod(self.value.get_shape())
        if n == 0 or len(data) % n:
            return None
        width = len(data) // n
        if data != data[:width] * n:
            return None
        return self.to_numpy().reshape(-1)[0].item() if n == 1 else dense_to_numpy_first(self.value)

    def verify_(self) -> None:
        _check_static(self)
        if self.value.type != self.result.type:
            raise VerifyException(f"value has type {self.value.type}, expected the result type {self.result.type}")

    def print(self, printer: Printer) -> None:
        printer.print_op_attributes(self.attributes)
        printer.print_string(" ")
        printer.print_attribute(self.value)

    @classmethod
    def parse(cls, parser: Parser) -> ConstantOp:
        attrs = parser.parse_optional_attr_dict()
        pos = parser.pos
        value = parser.parse_attribute()
        if not isinstance(value, DenseIntOrFPElementsAttr) or not isinstance(value.type, TensorType):
            parser.raise_error("expected a dense tensor attribute such as dense<1.0> : tensor<4xf32>", pos, parser.pos)
        return _apply_attrs(cls(value), attrs)


def dense_to_numpy(attr: DenseIntOrFPElementsAttr) -> np.ndarray:
    """The values of a dense attribute as a numpy array of its shape (a fresh copy)."""
    dtype = numpy_dtype(attr.get_element_type())
    shape = attr.get_shape()
    if dtype == np.bool_:
        flat = np.array(attr.get_values(), dtype=np.bool_)
    else:
        flat = np.frombuffer(attr.data.data, dtype=dtype.newbyteorder("<")).astype(dtype)
    n = math.prod(shape)
    if flat.size == 1 and n != 1:
        flat = np.repeat(flat, n)
    return flat.reshape(shape).copy()


def dense_to_numpy_first(attr: DenseIntOrFPElementsAttr) -> float | int:
    """The first element of a dense attribute (without decoding the rest)."""
    dtype = numpy_dtype(attr.get_element_type())
    if dtype == np.bool_:
        return bool(attr.get_values()[0])
    return np.frombuffer(attr.data.data, dtype=dtype.newbyteorder("<"), count=1)[0].item()


def dense_attr(array: np.ndarray, tensor_type: TensorType) -> DenseIntOrFPElementsAttr:
    """A dense attribute of `tensor_type` holding `array` (broadcast if it is a scalar)."""
    dtype = numpy_dtype(tensor_type.element_type)
    arr = np.broadcast_to(np.asarray(array).astype(dtype), tensor_type.get_shape())
    if dtype == np.bool_:
        return DenseIntOrFPElementsAttr.from_list(tensor_type, [int(v) for v in arr.reshape(-1)])
    from xdsl.dialects.builtin import BytesAttr

    return DenseIntOrFPElementsAttr(tensor_type, BytesAttr(np.ascontiguousarray(arr).astype(dtype.newbyteorder("<")).tobytes()))


# ---------------------------------------------------------------------------------------------
# Windowed ops (NHWC)


def window_out(size: int, window: int, stride: int, dilation: int) -> int:
    """Output extent of a valid (unpadded) window sweep; <= 0 when the window does not fit."""
    extent = (window - 1) * dilation + 1
    return (size - extent) // stride + 1 if size >= extent else 0


def _check_pair(values: Sequence[int], what: str) -> None:
    if len(values) != 2 or any(v < 1 for v in values):
        raise VerifyException(f"{what} {list(values)} must be two positive integers")


@irdl_op_definition
class Conv2dOp(IRDLOperation):
    """2-D convolution without padding (pad explicitly with ta.pad): NHWC input, HWCF
    filter -> NHWF result; `depthwise`: HWC filter (channel multiplier 1) -> NHWC. The
    optional `acc` (same type as the result) is added."""

    name = "ta.conv2d"

    input = operand_def(TensorConstr)
    filter = operand_def(TensorConstr)
    acc = opt_operand_def(TensorConstr)
    result = result_def(TensorConstr)
    strides = prop_def(DenseArrayBase.constr(i64))
    dilations = prop_def(DenseArrayBase.constr(i64))
    depthwise = opt_prop_def(UnitAttr)
    traits = traits_def(Pure(), TaCanonicalization())
    irdl_options = (AttrSizedOperandSegments(as_property=True),)
    OPERAND_ROLES: ClassVar[tuple[str, ...]] = ("input", "filter", "acc")

    def __init__(
        self,
        input: SSAValue | Operation,
        filter: SSAValue | Operation,
        strides: Sequence[int] = (1, 1),
        dilations: Sequence[int] = (1, 1),
        depthwise: bool = False,
        result_type: Attribute | None = None,
        acc: SSAValue | Operation | None = None,
    ):
        if result_type is None:
            n, h, w, c = _tensor(input).get_shape()
            fs = _tensor(filter).get_shape()
            f = c if depthwise else fs[3]
            result_type = TensorType(
                _tensor(input).element_type,
                [n, window_out(h, fs[0], strides[0], dilations[0]), window_out(w, fs[1], strides[1], dilations[1]), f],
            )
        props: dict[str, Attribute] = {"strides": _ints(strides), "dilations": _ints(dilations)}
        if depthwise:
            props["depthwise"] = UnitAttr()
        super().__init__(
            operands=[input, filter, [acc] if acc is not None else []],
            result_types=[result_type],
            properties=props,
        )

    @property
    def is_depthwise(self) -> bool:
        return self.depthwise is not None

    @property
    def strides_list(self) -> tuple[int, ...]:
        return self.strides.get_values()

    @property
    def dilations_list(self) -> tuple[int, ...]:
        return self.dilations.get_values()

    def verify_(self) -> None:
        _check_static(self)
        _check_pair(self.strides_list, "strides")
        _check_pair(self.dilations_list, "dilations")
        x, f = _shape(self.input), _shape(self.filter)
        if len(x) != 4:
            raise VerifyException(f"{_describe(self, 0)} has shape {shape_str(x)}, expected rank 4 (NHWC)")
        n, h, w, c = x
        if self.is_depthwise:
            if len(f) != 3 or f[2] != c:
                raise VerifyException(f"{_describe(self, 1)} has shape {shape_str(f)}, expected ?x?x{c} (HWC, depthwise)")
            out_c = c
        else:
            if len(f) != 4 or f[2] != c:
                raise VerifyException(f"{_describe(self, 1)} has shape {shape_str(f)}, expected ?x?x{c}x? (HWCF)")
            out_c = f[3]
        (sh, sw), (dh, dw) = self.strides_list, self.dilations_list
        oh, ow = window_out(h, f[0], sh, dh), window_out(w, f[1], sw, dw)
        if oh < 1 or ow < 1:
            raise VerifyException(
                f"window {f[0]}x{f[1]} with dilations [{dh}, {dw}] does not fit {_describe(self, 0)} of shape {shape_str(x)}"
            )
        _expect_result_shape(
            self, [n, oh, ow, out_c],
            f"(out = (in - (k - 1) * dilation - 1) / stride + 1 with strides [{sh}, {sw}], dilations [{dh}, {dw}])",
        )
        if self.acc is not None and self.acc.type != self.result.type:
            raise VerifyException(f"{_describe(self, 2)} has type {self.acc.type}, expected the result type {self.result.type}")

    def print(self, printer: Printer) -> None:
        if self.is_depthwise:
            printer.print_string(" depthwise")
        printer.print_string(" ")
        printer.print_list((self.input, self.filter), printer.print_operand)
        printer.print_string(" strides ")
        _print_ints(printer, self.strides_list)
        printer.print_string(" dilations ")
        _print_ints(printer, self.dilations_list)
        if self.acc is not None:
            printer.print_string(" acc(")
            printer.print_operand(self.acc)
            printer.print_string(")")
        _print_tail(printer, self, [self.input.type, self.filter.type])

    @classmethod
    def parse(cls, parser: Parser) -> Conv2dOp:
        depthwise = parser.parse_optional_keyword("depthwise") is not None
        x = parser.parse_unresolved_operand()
        parser.parse_punctuation(",")
        f = parser.parse_unresolved_operand()
        strides, dilations = [1, 1], [1, 1]
        if parser.parse_optional_keyword("strides"):
            strides = _parse_ints(parser)
        if parser.parse_optional_keyword("dilations"):
            dilations = _parse_ints(parser)
        acc = None
        if parser.parse_optional_keyword("acc"):
            parser.parse_punctuation("(")
            acc = parser.parse_unresolved_operand()
            parser.parse_punctuation(")")
        attrs = parser.parse_optional_attr_dict()
        parser.parse_punctuation(":")
        x_t = parser.parse_type()
        parser.parse_punctuation(",")
        f_t = parser.parse_type()
        parser.parse_punctuation("->")
        out_t = parser.parse_type()
        acc_v = parser.resolve_operand(acc, out_t) if acc is not None else None
        op = cls(
            parser.resolve_operand(x, x_t), parser.resolve_operand(f, f_t), strides, dilations, depthwise, out_t, acc_v
        )
        return _apply_attrs(op, attrs)


POOL_KINDS = ("max", "sum", "avg")


@irdl_op_definition
class Pool2dOp(IRDLOperation):
    """2-D pooling over the H and W dims of an NHWC tensor, without padding."""

    name = "ta.pool2d"

    input = operand_def(TensorConstr)
    result = result_def(TensorConstr)
    kind = prop_def(StringAttr)
    window = prop_def(DenseArrayBase.constr(i64))
    strides = prop_def(DenseArrayBase.constr(i64))
    dilations = prop_def(DenseArrayBase.constr(i64))
    traits = traits_def(Pure(), TaCanonicalization())
    OPERAND_ROLES: ClassVar[tuple[str, ...]] = ("input",)

    def __init__(
        self,
        input: SSAValue | Operation,
        kind: str,
        window: Sequence[int],
        strides: Sequence[int] | None = None,
        dilations: Sequence[int] = (1, 1),
        result_type: Attribute | None = None,
    ):
        if strides is None:
            strides = list(window)
        if result_type is None:
            n, h, w, c = _tensor(input).get_shape()
            result_type = TensorType(
                _tensor(input).element_type,
                [n, window_out(h, window[0], strides[0], dilations[0]), window_out(w, window[1], strides[1], dilations[1]), c],
            )
        super().__init__(
            operands=[input],
            result_types=[result_type],
            properties={"kind": StringAttr(kind), "window": _ints(window), "strides": _ints(strides), "dilations": _ints(dilations)},
        )

    @property
    def window_list(self) -> tuple[int, ...]:
        return self.window.get_values()

    @property
    def strides_list(self) -> tuple[int, ...]:
        return self.strides.get_values()

    @property
    def dilations_list(self) -> tuple[int, ...]:
        return self.dilations.get_values()

    def verify_(self) -> None:
        _check_static(self)
        if self.kind.data not in POOL_KINDS:
            raise VerifyException(f"unknown pooling kind '{self.kind.data}', expected one of {', '.join(POOL_KINDS)}")
        _check_pair(self.window_list, "window")
        _check_pair(self.strides_list, "strides")
        _check_pair(self.dilations_list, "dilations")
        x = _shape(self.input)
        if len(x) != 4:
            raise VerifyException(f"{_describe(self, 0)} has shape {shape_str(x)}, expected rank 4 (NHWC)")
        n, h, w, c = x
        (kh, kw), (sh, sw), (dh, dw) = self.window_list, self.strides_list, self.dilations_list
        oh, ow = window_out(h, kh, sh, dh), window_out(w, kw, sw, dw)
        if oh < 1 or ow < 1:
            raise VerifyException(f"window {kh}x{kw} with dilations [{dh}, {dw}] does not fit {_describe(self, 0)} of shape {shape_str(x)}")
        _expect_result_shape(
            self, [n, oh, ow, c],
            f"(out = (in - (k - 1) * dilation - 1) / stride + 1 with strides [{sh}, {sw}], dilations [{dh}, {dw}])",
        )

    def print(self, printer: Printer) -> None:
        printer.print_string(f" {self.kind.data} ")
        printer.print_operand(self.input)
        for key, vals in (("window", self.window_list), ("strides", self.strides_list), ("dilations", self.dilations_list)):
            printer.print_string(f" {key} ")
            _print_ints(printer, vals)
        _print_tail(printer, self, [self.input.type])

    @classmethod
    def parse(cls, parser: Parser) -> Pool2dOp:
        kind = parser.parse_identifier(" for the pooling kind (" + ", ".join(POOL_KINDS) + ")")
        x = parser.parse_unresolved_operand()
        parser.parse_keyword("window")
        window = _parse_ints(parser)
        strides, dilations = None, [1, 1]
        if parser.parse_optional_keyword("strides"):
            strides = _parse_ints(parser)
        if parser.parse_optional_keyword("dilations"):
            dilations = _parse_ints(parser)
        attrs = parser.parse_optional_attr_dict()
        parser.parse_punctuation(":")
        x_t = parser.parse_type()
        parser.parse_punctuation("->")
        out_t = parser.parse_type()
        return _apply_attrs(cls(parser.resolve_operand(x, x_t), kind, window, strides, dilations, out_t), attrs)


# ---------------------------------------------------------------------------------------------
# Composite ops (removed by ta-decompose)


class _CompositeOp(IRDLOperation):
    """Shape-preserving composite: result type = input type."""

    OPERAND_ROLES: ClassVar[tuple[str, ...]] = ("input",)

    def _verify_same(self) -> None:
        _check_static(self)
        if self.operands[0].type != self.results[0].type:
            raise VerifyException(
                f"result type {self.results[0].type} differs from {_describe(self, 0)} type {self.operands[0].type}"
            )
        if not isinstance(_tensor(self.operands[0]).element_type, AnyFloat):
            raise VerifyException(f"{_describe(self, 0)} must have a floating-point element type")


@irdl_op_definition
class SoftmaxOp(_CompositeOp):
    """softmax along `dim`: exp(x - max) / sum(exp(x - max))."""

    name = "ta.softmax"

    input = operand_def(TensorConstr)
    result = result_def(TensorConstr)
    dim = prop_def(IntegerAttr.constr(type=i64))
    traits = traits_def(Pure())

    def __init__(self, input: SSAValue | Operation, dim: int):
        super().__init__(operands=[input], result_types=[SSAValue.get(input).type], properties={"dim": IntegerAttr(dim, i64)})

    @property
    def dim_value(self) -> int:
        return self.dim.value.data

    def verify_(self) -> None:
        self._verify_same()
        shape = _shape(self.input)
        if not 0 <= self.dim_value < len(shape):
            raise VerifyException(f"softmax dim {self.dim_value} out of range for {_describe(self, 0)} of shape {shape_str(shape)}")

    def print(self, printer: Printer) -> None:
        printer.print_string(" ")
        printer.print_operand(self.input)
        printer.print_string(f" dim {self.dim_value}")
        _print_tail(printer, self, None)

    @classmethod
    def parse(cls, parser: Parser) -> SoftmaxOp:
        x = parser.parse_unresolved_operand()
        parser.parse_keyword("dim")
        dim = parser.parse_integer(allow_boolean=False)
        attrs = parser.parse_optional_attr_dict()
        parser.parse_punctuation(":")
        t = parser.parse_type()
        return _apply_attrs(cls(parser.resolve_operand(x, t), dim), attrs)


@irdl_op_definition
class LayerNormOp(_CompositeOp):
    """Layer normalisation over `dims` without affine parameters:
    (x - mean) / sqrt(var + epsilon), mean and (biased) variance over `dims`."""

    name = "ta.layernorm"

    input = operand_def(TensorConstr)
    result = result_def(TensorConstr)
    dims = prop_def(DenseArrayBase.constr(i64))
    epsilon = prop_def(FloatAttr)
    traits = traits_def(Pure())

    def __init__(self, input: SSAValue | Operation, dims: Sequence[int], epsilon: float = 1e-5):
        super().__init__(
            operands=[input],
            result_types=[SSAValue.get(input).type],
            properties={"dims": _ints(dims), "epsilon": FloatAttr(float(epsilon), f64)},
        )

    @property
    def dims_list(self) -> tuple[int, ...]:
        return self.dims.get_values()

    @property
    def epsilon_value(self) -> float:
        return float(self.epsilon.value.data)

    def verify_(self) -> None:
        self._verify_same()
        shape = _shape(self.input)
        if not self.dims_list:
            raise VerifyException("layernorm needs at least one normalised dim")
        _check_dims(self.dims_list, len(shape), "layernorm dim", f"{_describe(self, 0)} of shape {shape_str(shape)}")
        if self.epsilon_value < 0:
            raise VerifyException(f"epsilon {self.epsilon_value} must be non-negative")

    def print(self, printer: Printer) -> None:
        printer.print_string(" ")
        printer.print_operand(self.input)
        printer.print_string(" dims ")
        _print_ints(printer, self.dims_list)
        printer.print_string(" epsilon ")
        _print_number(printer, self.epsilon_value)
        _print_tail(printer, self, None)

    @classmethod
    def parse(cls, parser: Parser) -> LayerNormOp:
        x = parser.parse_unresolved_operand()
        parser.parse_keyword("dims")
        dims = _parse_ints(parser)
        epsilon = 1e-5
        if parser.parse_optional_keyword("epsilon"):
            epsilon = _parse_number(parser)
        attrs = parser.parse_optional_attr_dict()
        parser.parse_punctuation(":")
        t = parser.parse_type()
        return _apply_attrs(cls(parser.resolve_operand(x, t), dims, epsilon), attrs)


@irdl_op_definition
class GeluOp(_CompositeOp):
    """GELU, erf form: 0.5 * x * (1 + erf(x / sqrt(2)))."""

    name = "ta.gelu"

    input = operand_def(TensorConstr)
    result = result_def(TensorConstr)
    traits = traits_def(Pure())

    def __init__(self, input: SSAValue | Operation):
        super().__init__(operands=[input], result_types=[SSAValue.get(input).type])

    def verify_(self) -> None:
        self._verify_same()

    def print(self, printer: Printer) -> None:
        printer.print_string(" ")
        printer.print_operand(self.input)
        _print_tail(printer, self, None)

    @classmethod
    def parse(cls, parser: Parser) -> GeluOp:
        x = parser.parse_unresolved_operand()
        attrs = parser.parse_optional_attr_dict()
        parser.parse_punctuation(":")
        t = parser.parse_type()
        return _apply_attrs(cls(parser.resolve_operand(x, t)), attrs)


COMPOSITE_OPS = (SoftmaxOp, LayerNormOp, GeluOp)

TA = Dialect(
    "ta",
    [
        ContractOp,
        *BINARY_OPS.values(),
        *UNARY_OPS.values(),
        SelectOp,
        ReduceOp,
        TransposeOp,
        ReshapeOp,
        BroadcastOp,
        PadOp,
        SliceOp,
        ConcatOp,
        ConstantOp,
        Conv2dOp,
        Pool2dOp,
        SoftmaxOp,
        LayerNormOp,
        GeluOp,
    ],
    [],
)
