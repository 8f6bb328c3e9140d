"""Import a PyTorch `nn.Module` into a `ta` module via `torch.export`.

`import_module(model, example_inputs)` exports the model (in eval mode: dropout off, batch norm
with running statistics; the model's mode is restored afterwards) and translates the ATen graph
node by node into `ta` ops in `func.func @forward`:

- arguments: the user inputs first (named after the forward's parameters), then every trainable
  parameter, named by its state-dict key and marked `{rdu.param = "fc1.weight"}`. Parameters are
  arguments rather than constants because a training step (`ta-autodiff`) takes them as inputs
  and returns their updated values; buffers and lifted constants become `ta.constant`.
- Parameters keep PyTorch's layout (Linear weights `out x in`, conv weights OIHW), so values move
  between a PyTorch state dict and the program unchanged; layout changes are explicit ta ops.
- Convolutions and pooling run NHWC in `ta`: the importer transposes NCHW activations in and out
  (canonicalization cancels adjacent transposes) and pads explicitly with `ta.pad`.
- Broadcasting is explicit (`ta.broadcast` to the result's shape, which comes from the export's
  shape metadata); scalars become splat constants.

An op without a translation is an `RduError` naming the ATen op and the model's source line
(from the FX node's stack trace); every emitted op carries that line as its location, so later
diagnostics (e.g. from ta-autodiff) point into the model's Python source too.

`torch` is imported lazily by the caller (`rdu_ir.frontends.torch`); this module must only be
imported when torch is installed. The per-op translations live in `rdu_ir.frontends.torch_ops`.
"""

from __future__ import annotations

import linecache
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import torch
from xdsl.dialects import func
from xdsl.dialects.builtin import (
    ArrayAttr,
    DictionaryAttr,
    FileLineColLoc,
    IntAttr,
    ModuleOp,
    StringAttr,
    TensorType,
    f32,
    f64,
)
from xdsl.ir import Attribute, Block, Region, SSAValue
from xdsl.utils.exceptions import VerifyException

from rdu_ir.diagnostics import RduError, error
from rdu_ir.frontends.torch_ops import HANDLERS, Compare, op_name
from rdu_ir.ta_builder import TaBuilder, element_of, ssa_name

PARAM_ATTR = "rdu.param"

_DTYPES: dict[torch.dtype, Attribute] = {torch.float32: f32, torch.float64: f64}
_TORCH_DIR = os.path.dirname(torch.__file__)


@dataclass
class ImportedModel:
    """The imported program and what a caller needs to run it."""

    module: ModuleOp
    """`func.func @forward(inputs..., params...)` in `ta`."""
    parameters: dict[str, np.ndarray]
    """Trainable parameter values by state-dict name, in argument order."""
    input_names: list[str]
    output_count: int = 1
    source: dict[str, Any] = field(default_factory=dict)

    def arguments(self, *inputs: Any, parameters: dict[str, np.ndarray] | None = None) -> list[np.ndarray]:
        """The argument list of `@forward`: the user inputs then the parameters (these or,
        by default, the model's own values)."""
        if len(inputs) != len(self.input_names):
            raise error(f"@forward takes {len(self.input_names)} inputs ({', '.join(self.input_names)}), got {len(inputs)}")
        params = self.parameters if parameters is None else parameters
        values = [_to_numpy(x) for x in inputs]
        return values + [np.asarray(params[name]) for name in self.parameters]


def _to_numpy(x: Any) -> np.ndarray:
    if isinstance(x, torch.Tensor):
        return x.detach().cpu().numpy().copy()  # never share memory with the model's tensors
    return np.asarray(x)


# ---------------------------------------------------------------------------------------------
# Source locations


@dataclass(frozen=True)
class SourceLine:
    file: str
    line: int
    column: int
    code: str

    def location(self) -> FileLineColLoc:
        return FileLineColLoc(StringAttr(self.file), IntAttr(self.line), IntAttr(self.column))

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.column}"


_FRAME = re.compile(r'File "(?P<file>[^"]+)", line (?P<line>\d+), in [^\n]*\n(?P<code>[^\n]*)')


def source_line(node: torch.fx.Node) -> SourceLine | None:
    """The model's line that created `node`: the innermost stack frame outside torch."""
    trace = node.meta.get("stack_trace") or ""
    frames = [m for m in _FRAME.finditer(trace)]
    if not frames:
        return None
    user = [m for m in frames if not os.path.abspath(m["file"]).startswith(_TORCH_DIR)]
    m = (user or frames)[-1]
    code = linecache.getline(m["file"], int(m["line"])).rstrip("\n") or m["code"]
    column = len(code) - len(code.lstrip()) + 1
    return SourceLine(m["file"], int(m["line"]), column, code.strip())


def _bind(node: torch.fx.Node) -> dict[str, Any]:
    """The node's arguments by schema name, defaults filled in."""
    schema = node.target._schema  # type: ignore[union-attr]
    out: dict[str, Any] = {}
    for i, a in enumerate(schema.arguments):
        if i < len(node.args):
            out[a.name] = node.args[i]
        elif a.name in node.kwargs:
            out[a.name] = node.kwargs[a.name]
        elif a.has_default_value():
            out[a.name] = a.default_value
        else:
            out[a.name] = None
    return out


class Importer:
    def __init__(self, program: torch.export.ExportedProgram):
        self.program = program
        self.env: dict[torch.fx.Node, Any] = {}
        self.node: torch.fx.Node | None = None
        self.b: TaBuilder

    # --- errors -----------------------------------------------------------------------------

    def fail(self, message: str, node: torch.fx.Node | None = None) -> RduError:
        node = node or self.node
        where = source_line(node) if node is not None else None
        suffix = f" (in `{where.code}`)" if where is not None and where.code else ""
        return error(message + suffix, str(where) if where is not None else None)

    # --- values -----------------------------------------------------------------------------

    def meta(self, node: torch.fx.Node | None = None) -> Any:
        return (node or self.node).meta.get("val")  # type: ignore[union-attr]

    def out_shape(self) -> list[int]:
        val = self.meta()
        if isinstance(val, (tuple, list)):
            val = val[0]
        return [int(s) for s in val.shape]

    def element(self, dtype: torch.dtype) -> Attribute:
        if dtype not in _DTYPES:
            raise self.fail(f"tensor of dtype {dtype} is not supported by the ta importer (float32/float64 only)")
        return _DTYPES[dtype]

    def tensor(self, value: Any) -> SSAValue:
        """An argument that must be a tensor."""
        if isinstance(value, torch.fx.Node):
            v = self.env[value]
            if isinstance(v, SSAValue):
                return v
            if isinstance(v, Compare):
                raise self.fail("a comparison result is only supported as the condition of torch.where")
            raise self.fail(f"expected a tensor, got {type(v).__name__}")
        raise self.fail(f"expected a tensor, got {value!r}")

    def operand(self, value: Any, like: SSAValue | None, shape: Sequence[int]) -> SSAValue:
        """A tensor or a Python scalar, broadcast to `shape`."""
        if isinstance(value, torch.fx.Node):
            return self.b.broadcast_to(self.tensor(value), shape)
        if isinstance(value, (int, float, bool)):
            element = element_of(like) if like is not None else self.element(self.meta().dtype)
            return self.b.splat(float(value), shape, element)
        raise self.fail(f"unsupported operand {value!r}")

    # --- driver ------------------------------------------------------------------------------

    def run(self) -> ImportedModel:
        from torch.export.graph_signature import InputKind

        sig = self.program.graph_signature
        graph = self.program.graph_module.graph
        placeholders = {n.name: n for n in graph.nodes if n.op == "placeholder"}
        specs = sig.input_specs
        user = [s for s in specs if s.kind == InputKind.USER_INPUT]
        params = [s for s in specs if s.kind == InputKind.PARAMETER]
        for s in user:
            if not isinstance(s.arg, torch.export.graph_signature.TensorArgument):
                raise error(f"model input '{s.arg.name}' is not a tensor; only tensor inputs are supported")

        def ttype(node: torch.fx.Node) -> TensorType:
            val = self.meta(node)
            self.node = node
            return TensorType(self.element(val.dtype), [int(d) for d in val.shape])

        ordered = [placeholders[s.arg.name] for s in (*user, *params)]
        block = Block(arg_types=[ttype(n) for n in ordered])
        self.b = TaBuilder(block)
        state = self.program.state_dict
        param_values: dict[str, np.ndarray] = {}
        arg_attrs: list[DictionaryAttr] = []
        for s, node, arg in zip((*user, *params), ordered, block.args):
            self.env[node] = arg
            if s.kind == InputKind.PARAMETER:
                arg.name_hint = ssa_name(s.target)
                param_values[s.target] = _to_numpy(state[s.target])
                arg_attrs.append(DictionaryAttr({PARAM_ATTR: StringAttr(s.target)}))
            else:
                arg.name_hint = ssa_name(s.arg.name)
                arg_attrs.append(DictionaryAttr({}))
        for s in specs:
            if s.kind in (InputKind.BUFFER, InputKind.CONSTANT_TENSOR):
                node = placeholders[s.arg.name]
                if not node.users:
                    continue  # e.g. batch norm's num_batches_tracked
                self.node = node
                value = state[s.target] if s.target in state else self.program.constants[s.target]
                value = _to_numpy(value)
                self.env[node] = self.b.array(value, self.element(self.meta(node).dtype))
            elif s.kind not in (InputKind.USER_INPUT, InputKind.PARAMETER):
                raise error(f"unsupported exported input kind {s.kind.name} ('{s.arg.name}')")

        results: list[SSAValue] = []
        for node in graph.nodes:
            self.node = node
            where = source_line(node)
            self.b.location = where.location() if where is not None else None
            if node.op == "placeholder":
                continue
            if node.op == "output":
                outs = node.args[0]
                for o in outs if isinstance(outs, (tuple, list)) else (outs,):
                    results.append(self.tensor(o))
                continue
            if node.op != "call_function":
                raise self.fail(f"unsupported FX node kind '{node.op}' ({node.target})")
            if not node.users:
                continue  # dead code and assertions do not affect the outputs
            name = op_name(node.target)
            handler = HANDLERS.get(name) or HANDLERS.get(name.rsplit(".", 1)[0])
            if handler is None:
                raise self.fail(f"unsupported PyTorch op '{name}' (no ta translation)")
            args = _bind(node) if isinstance(node.target, torch._ops.OpOverload) else {"args": node.args}
            try:
                self.env[node] = handler(self, node, args)
            except RduError:
                raise
            except Exception as e:  # noqa: BLE001 - an argument combination the handler does not cover
                raise self.fail(f"cannot translate '{name}' with these arguments: {type(e).__name__}: {e}") from None
        self.b.location = None
        block.add_op(func.ReturnOp(*results))
        fn = func.FuncOp(
            "forward",
            ([a.type for a in block.args], [r.type for r in results]),
            Region(block),
            arg_attrs=ArrayAttr(arg_attrs),
        )
        module = ModuleOp([fn])
        try:
            module.verify()
        except VerifyException as e:  # a translation bug: report it with the model's context
            raise error(f"the imported ta program does not verify (an importer bug, please report): {e}") from None
        return ImportedModel(module, param_values, [s.arg.name for s in user], len(results))


def import_module(model: torch.nn.Module, example_inputs: Sequence[Any]) -> ImportedModel:
    """Export `model` on `example_inputs` and translate it into a `ta` module."""
    inputs = tuple(example_inputs) if isinstance(example_inputs, (tuple, list)) else (example_inputs,)
    was_training = model.training
    model.eval()
    try:
        program = torch.export.export(model, inputs)
    except Exception as e:  # noqa: BLE001 - export failures are the model's (data-dependent control flow, ...)
        raise error(f"torch.export could not export the model: {type(e).__name__}: {str(e).splitlines()[0]}") from None
    finally:
        model.train(was_training)
    return Importer(program).run()
