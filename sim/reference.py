"""Run a `ta` program with numpy: the reference result every level is checked against.

`run_reference(module, entry=None, inputs=[...])` interprets one `func.func` with xDSL's
interpreter, using `TaFunctions` for `ta`, xDSL's `func` (so `func.call` to functions of the
same module works) and `arith` functions, plus `arith.constant` on dense tensors (which
xDSL 0.74 lacks). If the module carries the nested `rdu_reference` module (kept by the first
lowering out of `ta`), that copy is run: it is the `ta` form of the program.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np
from xdsl.dialects import arith, func
from xdsl.dialects.builtin import DenseIntOrFPElementsAttr, ModuleOp, TensorType
from xdsl.interpreter import Interpreter, InterpreterFunctions, PythonValues, impl, register_impls
from xdsl.interpreters.arith import ArithFunctions
from xdsl.interpreters.func import FuncFunctions
from xdsl.ir import Operation
from xdsl.utils.exceptions import InterpretationError

from rdu_ir.diagnostics import error, error_at
from rdu_ir.dialects.ta import UnsupportedElementType, dense_to_numpy, numpy_dtype, shape_str
from rdu_ir.reference import reference_module
from rdu_ir.sim.ta_interp import TaFunctions
from rdu_ir.verification import verify_module


@register_impls
class TensorArithFunctions(InterpreterFunctions):
    """`arith.constant` with a dense tensor value (scalars as xDSL does)."""

    @impl(arith.ConstantOp)
    def run_constant(self, interpreter: Interpreter, op: arith.ConstantOp, args: PythonValues) -> PythonValues:
        if isinstance(op.value, DenseIntOrFPElementsAttr):
            return (dense_to_numpy(op.value),)
        return ArithFunctions().run_constant(interpreter, op, args).values  # type: ignore[attr-defined]


class _CurrentOp(Interpreter.Listener):
    """Remembers the op being interpreted, to locate an interpretation error."""

    def __init__(self) -> None:
        self.op: Operation | None = None

    def will_interpret_op(self, op: Operation, args: PythonValues) -> None:
        self.op = op


def make_interpreter(module: ModuleOp, listeners: tuple[Interpreter.Listener, ...] = ()) -> Interpreter:
    """An interpreter over `module` that knows ta, func and arith (with dense constants)."""
    interpreter = Interpreter(module, listeners=listeners)
    interpreter.register_implementations(FuncFunctions())
    interpreter.register_implementations(ArithFunctions())
    interpreter.register_implementations(TensorArithFunctions(), override=True)
    interpreter.register_implementations(TaFunctions())
    return interpreter


def public_functions(module: ModuleOp) -> list[func.FuncOp]:
    """The module's public function definitions, in order."""
    return [
        op
        for op in module.ops
        if isinstance(op, func.FuncOp)
        and not op.is_declaration
        and (op.sym_visibility is None or op.sym_visibility.data == "public")
    ]


def select_entry(module: ModuleOp, entry: str | None = None) -> func.FuncOp:
    """The function named `entry`, or the only public function when `entry` is None."""
    if entry is not None:
        name = entry.lstrip("@")
        for op in module.ops:
            if isinstance(op, func.FuncOp) and op.sym_name.data == name:
                if op.is_declaration:
                    raise error_at(op, f"entry function '@{name}' has no body")
                return op
        names = ", ".join("@" + f.sym_name.data for f in module.ops if isinstance(f, func.FuncOp))
        raise error(f"no function '@{name}' in the module (functions: {names or 'none'})")
    candidates = public_functions(module)
    if len(candidates) != 1:
        names = ", ".join("@" + f.sym_name.data for f in candidates)
        what = f"{len(candidates)} public functions ({names})" if candidates else "no public function"
        raise error(f"cannot choose the entry function: the module has {what}; name one with --entry")
    return candidates[0]


def order_inputs(fn: func.FuncOp, inputs: Mapping[str | int, Any]) -> list[Any]:
    """Inputs keyed by argument position (`0`, `"0"`) or name (`"x"`, `"%x"`), in order."""
    args = fn.body.block.args
    slots: list[Any] = [_MISSING] * len(args)
    names = {arg.name_hint: i for i, arg in enumerate(args) if arg.name_hint}
    for key, value in inputs.items():
        text = str(key).lstrip("%")
        if text.isdigit() and int(text) < len(args):
            index = int(text)
        elif text in names:
            index = names[text]
        else:
            known = ", ".join(f"{i}" + (f" (%{a.name_hint})" if a.name_hint else "") for i, a in enumerate(args))
            raise error_at(fn, f"no argument '{key}' in '@{fn.sym_name.data}' (arguments: {known or 'none'})")
        if slots[index] is not _MISSING:
            raise error_at(fn, f"argument #{index} is given twice")
        slots[index] = value
    for i, value in enumerate(slots):
        if value is _MISSING:
            name = f" (%{args[i].name_hint})" if args[i].name_hint else ""
            raise error_at(fn, f"missing input for argument #{i}{name} of '@{fn.sym_name.data}'")
    return slots


_MISSING = object()


def check_inputs(fn: func.FuncOp, inputs: Sequence[Any]) -> list[np.ndarray]:
    """The inputs as arrays, checked against the function's argument types."""
    args = fn.body.block.args
    if len(inputs) != len(args):
        raise error_at(fn, f"function '@{fn.sym_name.data}' takes {len(args)} arguments, got {len(inputs)} inputs")
    arrays: list[np.ndarray] = []
    for i, (arg, value) in enumerate(zip(args, inputs)):
        label = f"argument #{i}" + (f" (%{arg.name_hint})" if arg.name_hint else "")
        t = arg.type
        if not isinstance(t, TensorType):
            arrays.append(value)  # scalars (index, f32 ...) pass through as Python values
            continue
        array = np.asarray(value)
        expected_shape = t.get_shape()
        try:
            expected_dtype = numpy_dtype(t.element_type)
        except UnsupportedElementType:
            raise error_at(fn, f"{label}: element type {t.element_type} is not supported by the reference") from None
        if array.shape != tuple(expected_shape):
            raise error_at(fn, f"{label} expects shape {shape_str(expected_shape)}, got {shape_str(array.shape)}")
        if array.dtype != expected_dtype:
            raise error_at(fn, f"{label} expects dtype {expected_dtype} ({t.element_type}), got {array.dtype}")
        arrays.append(array)
    return arrays


def run_reference(
    module: ModuleOp,
    entry: str | None = None,
    inputs: Sequence[Any] | Mapping[str | int, Any] = (),
    verify: bool = True,
) -> list[np.ndarray]:
    """Run `entry` (default: the only public function) of the ta module on `inputs` (a list
    in argument order, or a mapping from argument position or name to value).

    The module is verified first (`verify=False` skips it for callers that just did)."""
    ref = reference_module(module) or module
    if verify:
        verify_module(ref)
    fn = select_entry(ref, entry)
    if isinstance(inputs, Mapping):
        inputs = order_inputs(fn, inputs)
    arrays = check_inputs(fn, inputs)
    current = _CurrentOp()
    interpreter = make_interpreter(ref, (current,))
    try:
        results = interpreter.call_op(fn, tuple(arrays))
    except InterpretationError as e:
        # Interpreter errors wrap the op's text; the first line is the reason.
        reason = str(e).strip().splitlines()[0] if str(e).strip() else type(e).__name__
        raise error_at(current.op or fn, f"cannot interpret: {reason}") from None
    except UnsupportedElementType as e:
        raise error_at(current.op or fn, f"cannot interpret: {e}") from None
    out: list[np.ndarray] = []
    for value, t in zip(results, fn.function_type.outputs.data):
        if isinstance(t, TensorType):
            value = np.asarray(value).astype(numpy_dtype(t.element_type), copy=False)
        out.append(value)
    return out
