"""A compiled program at the `rdu` level: sections, DRAM tensors, and what a configuration means.

    rdu.program @gemm : (tensor<64x32xf32>, tensor<32x48xf32>) -> tensor<64x48xf32> results [@C] {
      rdu.dram @A arg 0 : tensor<64x32xf32>
      rdu.dram @B arg 1 : tensor<32x48xf32>
      rdu.dram @C : tensor<64x48xf32>
      rdu.dram @w = dense<[1.0, 2.0, 3.0, 4.0]> : tensor<4xf32>
      rdu.chip @section0 "tiny" { units, routes, credits }
      rdu.chip @section1 "tiny" { ... }
    }

`rdu.program` is what `allocate-units` makes of a `df.graph`: its DRAM tensors (arguments,
intermediates, dense constants) and its sections, `rdu.chip` configurations loaded and run one
after another in textual order (each pays `config_load_cycles`). Tensors pass between sections
through DRAM only. The results are the DRAM tensors named by `results`, in order.

## What a configuration computes (the contract with the cycle simulator)

Everything below is read from the configuration alone; `df` and the reference are never needed.
Counter chains are `lo to hi step s`, outermost first; a counter takes lo, lo+s, ... < hi.

**AGCU** (`rdu.agcu`): `load` moves a DRAM tensor into PMUs, `store` moves PMU data out. The
counter chain's first `tile_counters` counters (attribute, default 0) step over tiles; the
rest walk the elements of one tile in row-major order of the PMU's tile (the buffer the route
connects). `map` gives the row-major element address in the DRAM tensor `tensor` (a `rdu.dram`
of the enclosing program). One tile is one token: a load writes it into the next slot of its
PMU(s), a store takes one tile from its PMU. A load waits until every store into the same
tensor in its section has finished (`after`-ordered like stores); a store with
`after = [@s, ...]` starts once those stores have finished. Output port 0 of a load / input
port 0 of a store is the data port.

**PMU** (`rdu.pmu`): `depth` slots, each one tile of `bytes` (`element` attribute: the element
type; `shape`: the tile shape, row-major). The write generator (`write` counters and map)
gives, for the stream of vectors arriving on input port 0, the element address each value goes
to within the slot being written. A buffer with several writers has one input port per writer:
port w >= 1 uses the generator `extra_writes[w - 1]` (a dictionary of `counters` and `map`), and
every tile is written by port 0, then port 1, ... (the df writer order) before it is committed; the read generator (`read`) the address of each value sent
on output port 0 per tile. A PMU with `range [lo, hi]` is one fragment of a split buffer: it
stores addresses lo <= a < hi only (the generators use whole-buffer addresses; writes outside
the range are dropped, reads outside it are served by the sibling fragments, and a consumer
fed by several fragments on the same port merges them). A tile slot is committed when its
writer finishes it, and freed once every reader (every route from output port 0) released it.
`transpose`: the read is served through the transposed read path (values as the map says).

**PCU** (`rdu.pcu`): one pipeline of `stages` over the counter chain. Attributes:
* `tile_counters` (T): the first T counters step over tiles; one token is taken from every
  main-phase input port that has a route per tile step. `acc_tiles` (A <= T): the last A tile counters are
  accumulated over. Values inside a tile are indexed by the remaining (element) counters.
* `vector`: the counter spread over the lanes (-1: none); `unroll = [counter, factor]`: the
  main-phase stages are replicated `factor` times over consecutive values of that counter
  (systolic) — a throughput choice, values are unchanged.
* Stage operands: `in<k>` input port k (the value at the current counter point), `s<k>` the
  result of stage k, `c<k>` the value of counter k, `acc` the reduction's running value, or a
  literal. At most one stage uses `acc`: the reduction stage, accumulating over the counters
  listed in `reduce` (element counters and the accumulated tile counters). `fma(a, b, acc)`
  and `add(x, acc)` sum, `max/min(x, acc)` take the max/min, `mul(x, acc)` multiplies; `acc`
  starts at the kind's identity at each group. The stages after it form the drain phase: they
  run once per completed group, over the non-reduced element counters, and may read the
  reduction stage's final value as `s<k>` and the input ports listed in `drain_inputs` (one
  token each per group).
* `outputs`: per output port j, the operand whose value it sends (e.g. `"s3"`, `"in1"`): for a
  unit with a reduction, once per group over the non-reduced element counters; otherwise every
  tile over all element counters. The receiving PMU's write generator walks exactly those.
* Several PCUs in a chain (a virtual unit split by stages) each run the same counter chain;
  `fragment = [index, count]`, and fragment f > 0 reads on input port j the value the previous
  fragment sends on its output port j.

A vector route carries the values of one port; one source port may feed several routes (fan-out).
Stage ops: rdu.STAGE_OPS plus `select_<pred>(a, b, t, f)` = (a <pred> b) ? t : f (one stage),
`pred` one of eq, ne, lt, le, gt, ge; `pass(x)` forwards a value.
"""

from __future__ import annotations

from collections.abc import Sequence

from xdsl.dialects.builtin import (
    ArrayAttr,
    DenseIntOrFPElementsAttr,
    FunctionType,
    IntegerAttr,
    StringAttr,
    SymbolRefAttr,
    TensorType,
    i64,
)
from xdsl.ir import Attribute, Block, Operation, Region
from xdsl.irdl import (
    IRDLOperation,
    irdl_op_definition,
    opt_prop_def,
    prop_def,
    region_def,
    traits_def,
)
from xdsl.parser import Parser
from xdsl.printer import Printer
from xdsl.traits import HasParent, IsolatedFromAbove, NoTerminator, SymbolOpInterface
from xdsl.utils.exceptions import VerifyException

EXTRA_STAGE_OPS: dict[str, int] = {
    f"select_{p}": 4 for p in ("eq", "ne", "lt", "le", "gt", "ge")
}
"""Stage ops added to rdu.STAGE_OPS: `select_lt(a, b, t, f)` = a < b ? t : f in one stage."""


@irdl_op_definition
class ProgramOp(IRDLOperation):
    """`rdu.program @name : (ins) -> outs results [@t, ...] { drams; sections }`."""

    name = "rdu.program"
    sym_name = prop_def(StringAttr)
    function_type = prop_def(FunctionType)
    returns = prop_def(ArrayAttr)
    sym_visibility = opt_prop_def(StringAttr)
    body = region_def("single_block")
    traits = traits_def(NoTerminator(), IsolatedFromAbove(), SymbolOpInterface())

    def __init__(
        self,
        name: str,
        function_type: FunctionType,
        results: Sequence[str],
        body: Sequence[Operation],
    ):
        super().__init__(
            properties={
                "sym_name": StringAttr(name),
                "function_type": function_type,
                "returns": ArrayAttr([SymbolRefAttr(r) for r in results]),
            },
            regions=[Region(Block(list(body)))],
        )

    @property
    def block(self) -> Block:
        return self.body.block

    def result_names(self) -> list[str]:
        return [r.root_reference.data for r in self.returns.data]  # type: ignore[attr-defined]

    def drams(self) -> list[DramOp]:
        return [op for op in self.block.ops if isinstance(op, DramOp)]

    def sections(self) -> list[Operation]:
        from rdu_ir.dialects.rdu import ChipOp

        return [op for op in self.block.ops if isinstance(op, ChipOp)]

    def print(self, printer: Printer) -> None:
        if self.sym_visibility is not None:
            printer.print_string(" " + self.sym_visibility.data)
        printer.print_string(" ")
        printer.print_symbol_name(self.sym_name.data)
        printer.print_string(" : ")
        printer.print_attribute(self.function_type)
        printer.print_string(
            " results [" + ", ".join("@" + n for n in self.result_names()) + "]"
        )
        if self.attributes:
            printer.print_op_attributes(self.attributes, print_keyword=True)
        printer.print_string(" ")
        printer.print_region(
            self.body, print_entry_block_args=False, print_empty_block=False
        )

    @classmethod
    def parse(cls, parser: Parser) -> ProgramOp:
        visibility = parser.parse_optional_visibility_keyword()
        name = parser.parse_symbol_name().data
        parser.parse_punctuation(":")
        ftype = parser.parse_type()
        if not isinstance(ftype, FunctionType):
            parser.raise_error("rdu.program needs a function type")
        parser.parse_keyword("results")
        results = parser.parse_comma_separated_list(
            parser.Delimiter.SQUARE, lambda: parser.parse_symbol_name().data
        )
        attrs = parser.parse_optional_attr_dict_with_keyword()
        region = parser.parse_region()
        if not region.blocks:
            region.add_block(Block())
        op = cls(name, ftype, results, [])
        op.body.detach_block(0)
        op.body.add_block(region.detach_block(0))
        if visibility is not None:
            op.properties["sym_visibility"] = visibility
        if attrs is not None:
            op.attributes.update(attrs.data)
        return op

    def verify_(self) -> None:
        from rdu_ir.dialects.rdu_checks import verify_program

        verify_program(self)


@irdl_op_definition
class DramOp(IRDLOperation):
    """`rdu.dram @name [arg N] : tensor<..>`, or a constant `rdu.dram @w = dense<..> : tensor<..>`:
    a DRAM tensor of the program."""

    name = "rdu.dram"
    sym_name = prop_def(StringAttr)
    tensor_type = prop_def(TensorType)
    value = opt_prop_def(DenseIntOrFPElementsAttr)
    arg = opt_prop_def(IntegerAttr)
    traits = traits_def(HasParent(ProgramOp))

    def __init__(
        self, name: str, tensor_type: TensorType, *, value: DenseIntOrFPElementsAttr | None = None,
        arg: int | None = None,
    ):  # fmt: skip
        props: dict[str, Attribute] = {
            "sym_name": StringAttr(name),
            "tensor_type": tensor_type,
        }
        if value is not None:
            props["value"] = value
        if arg is not None:
            props["arg"] = IntegerAttr(arg, i64)
        super().__init__(properties=props)

    @property
    def arg_index(self) -> int | None:
        return None if self.arg is None else self.arg.value.data

    def print(self, printer: Printer) -> None:
        printer.print_string(" ")
        printer.print_symbol_name(self.sym_name.data)
        if self.value is not None:  # the dense attribute spells the type
            printer.print_string(" = ")
            printer.print_attribute(self.value)
        if self.arg is not None:
            printer.print_string(f" arg {self.arg.value.data}")
        if self.attributes:
            printer.print_op_attributes(self.attributes)
        if self.value is None:
            printer.print_string(" : ")
            printer.print_attribute(self.tensor_type)

    @classmethod
    def parse(cls, parser: Parser) -> DramOp:
        name = parser.parse_symbol_name().data
        value = None
        if parser.parse_optional_punctuation("="):
            value = parser.parse_attribute()
            if not isinstance(value, DenseIntOrFPElementsAttr) or not isinstance(
                value.type, TensorType
            ):
                parser.raise_error(
                    "expected a dense elements attribute of a tensor type"
                )
        arg = None
        if parser.parse_optional_keyword("arg"):
            arg = parser.parse_integer(allow_boolean=False)
        attrs = parser.parse_optional_attr_dict()
        if value is not None:
            t = value.type
        else:
            parser.parse_punctuation(":")
            t = parser.parse_type()
            if not isinstance(t, TensorType):
                parser.raise_error("rdu.dram needs a tensor type")
        op = cls(name, t, value=value, arg=arg)  # type: ignore[arg-type]
        op.attributes.update(attrs)
        return op

    def verify_(self) -> None:
        if self.value is not None and self.value.type != self.tensor_type:
            raise VerifyException(
                f"rdu.dram @{self.sym_name.data}: value type {self.value.type} != {self.tensor_type}"
            )
        if self.value is not None and self.arg is not None:
            raise VerifyException(
                f"rdu.dram @{self.sym_name.data}: a constant cannot be an argument"
            )
