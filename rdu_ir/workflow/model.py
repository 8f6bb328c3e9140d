"""Loading a model for the workflow, and building its three programs.

A model is one of:
- a Python file (`.py`) defining `build_model()` -> a `torch.nn.Module` and `INPUT_SHAPES`, a
  list of example input shapes whose first dimension is the batch (replaced by `--batch-size`).
  Optional: `LOSS` ("cross-entropy", the default, or "mse") and `SEED` (default 0;
  `torch.manual_seed(SEED)` runs before `build_model()`, so the initial weights are
  reproducible). It is imported with the PyTorch front end (`rdu_ir.frontends.torch`);
- a `ta` program (`.mlir` or `.tin`) whose `@forward` (or only public function) marks its
  parameters `{rdu.param = "name"}`. Its batch size is fixed by the text; the initial
  parameters are seeded: rank >= 2 uniform in +-1/sqrt(fan_in) (fan_in = the product of all but
  the first dimension, PyTorch's default bound for Linear and Conv), rank <= 1 zero.

`build_programs` turns the model's `@forward(inputs..., params...)` into the module every
workflow command runs: `@forward` (the output), `@train_step` (ta-autodiff: loss, gradients and
the optimizer update) and `@inference` (the predicted class: the first index of the maximum
over the last dimension, computed in `ta`, as a float; the output itself for an mse model).
Each function carries `{rdu.model = {name, hash}}`, which lowering keeps in the `ta` reference
of the compiled program, so a bitstream knows which model it was compiled from.

The model hash is an architecture fingerprint that does not depend on the batch size (so a
checkpoint trained at one batch size serves inference at another): SHA-256 of the parameter
names, shapes and dtypes, the non-batch input and output shapes, and the sequence of `ta` op
names of `@forward`.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import sys
import traceback
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from xdsl.dialects import func
from xdsl.dialects.builtin import (
    ArrayAttr,
    DictionaryAttr,
    FunctionType,
    ModuleOp,
    StringAttr,
    TensorType,
)
from xdsl.ir import Attribute

from rdu_ir.context import make_context
from rdu_ir.diagnostics import RduError, error
from rdu_ir.reference import payload_ops, reference_module
from rdu_ir.ta_builder import TaBuilder, element_of, shape_of

PARAM_ATTR = "rdu.param"
MODEL_ATTR = "rdu.model"
LOSSES = ("cross-entropy", "mse")


def numpy_dtype(t: Attribute) -> np.dtype:
    from rdu_ir.sim.runner import numpy_dtype as dtype_of

    assert isinstance(t, TensorType)
    return dtype_of(t.element_type)


@dataclass
class Model:
    """A loaded model: its `ta` forward program, initial parameters and fingerprint."""

    name: str
    path: str
    module: ModuleOp
    """A `ta` module whose `@forward(inputs..., params...)` is the model."""
    initial: dict[str, np.ndarray]
    """Initial parameter values by name, in argument order."""
    loss: str = "cross-entropy"
    torch_model: Any = None
    """The PyTorch module of a `.py` model (for checks against PyTorch), else None."""
    hash: str = ""
    compiled_level: str | None = None
    """Set when the model was read from a compiled program (its level: rdu, df or ta)."""
    compiled: ModuleOp | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def forward(self) -> func.FuncOp:
        return forward_function(self.module)

    @property
    def param_names(self) -> list[str]:
        return list(self.initial)

    @property
    def param_shapes(self) -> dict[str, tuple[int, ...]]:
        return {k: tuple(v.shape) for k, v in self.initial.items()}

    @property
    def input_types(self) -> list[TensorType]:
        names = param_labels(self.forward)
        return [t for t, n in zip(self.forward.function_type.inputs.data, names) if n is None]  # type: ignore[misc]

    @property
    def output_type(self) -> TensorType:
        outs = self.forward.function_type.outputs.data
        return outs[0]  # type: ignore[return-value]

    @property
    def batch_size(self) -> int:
        shape = self.input_types[0].get_shape()
        return int(shape[0]) if shape else 1

    def arguments(self, inputs: list[np.ndarray], params: dict[str, np.ndarray]) -> list[np.ndarray]:
        """`@forward`'s argument list: the inputs, then the parameters in argument order."""
        return [*inputs, *(np.asarray(params[n]) for n in self.param_names)]


# --- reading -----------------------------------------------------------------------------------


def forward_function(module: ModuleOp) -> func.FuncOp:
    """`@forward`, or the only public function of the module."""
    fns = [o for o in payload_ops(module) if isinstance(o, func.FuncOp) and not o.is_declaration]
    for f in fns:
        if f.sym_name.data == "forward":
            return f
    public = [f for f in fns if f.sym_visibility is None or f.sym_visibility.data == "public"]
    if len(public) == 1:
        return public[0]
    names = ", ".join("@" + f.sym_name.data for f in fns) or "none"
    raise error(f"the program has no @forward function and no single public function (functions: {names})")


def param_labels(fn: func.FuncOp) -> list[str | None]:
    n = len(fn.function_type.inputs.data)
    if fn.arg_attrs is None:
        return [None] * n
    out: list[str | None] = []
    for d in fn.arg_attrs.data:
        name = d.data.get(PARAM_ATTR)
        out.append(name.data if isinstance(name, StringAttr) else None)
    return out


def load_model(path: str, batch_size: int | None = None, loss: str | None = None, seed: int = 0) -> Model:
    """A model from a `.py` file, a `ta` program, or a compiled program (`.rbs`, lowered MLIR)."""
    p = Path(path)
    if not p.exists():
        raise error(f"cannot read model '{path}': no such file")
    if p.is_dir():
        raise error(f"cannot read model '{path}': is a directory")
    if loss is not None and loss not in LOSSES:
        raise error(f"unknown loss '{loss}', expected one of {', '.join(LOSSES)}")
    if p.suffix == ".py":
        model = _load_python(p, batch_size, loss)
    else:
        model = _load_program(p, batch_size, loss, seed)
    model.hash = fingerprint(model.forward)
    if model.compiled is not None:
        stamped = model_stamp(model.compiled)
        if stamped is not None and stamped.get("hash"):
            model.hash = stamped["hash"]
        if stamped is not None and stamped.get("name"):
            model.name = stamped["name"]
    return model


def _load_python(path: Path, batch_size: int | None, loss: str | None) -> Model:
    try:
        import torch
    except ImportError:
        raise error(f"model '{path}' is a PyTorch model: install the torch extra (pip install 'rdu-ir[torch]')") from None
    from rdu_ir.frontends.torch import import_module

    namespace = _exec_model_file(path)
    factory = namespace.get("build_model")
    if not callable(factory):
        raise error(f"model file '{path}' defines no function build_model() returning a torch.nn.Module")
    shapes = namespace.get("INPUT_SHAPES")
    if not isinstance(shapes, (list, tuple)) or not shapes or not all(
        isinstance(s, (list, tuple)) and s and all(isinstance(d, int) and d > 0 for d in s) for s in shapes
    ):
        raise error(f"model file '{path}': INPUT_SHAPES must be a list of shapes, e.g. [(32, 64)] (batch first)")
    model_loss = loss or namespace.get("LOSS", "cross-entropy")
    if model_loss not in LOSSES:
        raise error(f"model file '{path}': LOSS must be one of {', '.join(LOSSES)}, got {model_loss!r}")
    seed = namespace.get("SEED", 0)
    if batch_size is not None:
        if batch_size <= 0:
            raise error(f"--batch-size must be positive, got {batch_size}")
        shapes = [(batch_size, *s[1:]) for s in shapes]
    torch.manual_seed(int(seed))
    try:
        net = factory()
    except Exception as e:  # noqa: BLE001 - the user's code
        raise error(f"{_user_frame(e, path)}error: build_model() failed: {type(e).__name__}: {e}") from None
    if not isinstance(net, torch.nn.Module):
        raise error(f"model file '{path}': build_model() returned {type(net).__name__}, not a torch.nn.Module")
    examples = tuple(torch.zeros(*s) for s in shapes)
    imported = import_module(net, examples)
    params = {k: np.ascontiguousarray(v) for k, v in imported.parameters.items()}
    return Model(path.stem, str(path), imported.module, params, loss=model_loss, torch_model=net)


def _exec_model_file(path: Path) -> dict[str, Any]:
    name = f"rdu_model_{hashlib.sha256(str(path.resolve()).encode()).hexdigest()[:12]}"
    spec = importlib.util.spec_from_file_location(name, path)
    if spec is None or spec.loader is None:
        raise error(f"cannot load model file '{path}'")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses and pickling-free torch code look modules up here
    try:
        spec.loader.exec_module(module)
    except SyntaxError as e:
        raise error(f"invalid Python: {e.msg}", f"{path}:{e.lineno}:{e.offset or 1}") from None
    except RduError:
        raise
    except Exception as e:  # noqa: BLE001 - the user's code
        raise error(f"{_user_frame(e, path)}error: loading the model failed: {type(e).__name__}: {e}") from None
    return vars(module)


def _user_frame(e: BaseException, path: Path) -> str:
    """`file:line: ` of the innermost frame of the model file in `e`'s traceback, or ''."""
    hits = [f for f in traceback.extract_tb(e.__traceback__) if Path(f.filename).resolve() == path.resolve()]
    return f"{path}:{hits[-1].lineno}:1: " if hits else ""


def _load_program(path: Path, batch_size: int | None, loss: str | None, seed: int) -> Model:
    from rdu_ir.run_main import read_module  # MLIR, .tin or a bitstream, verified
    from rdu_ir.sim.runner import import_to_ta, module_level

    module = read_module(str(path))
    compiled: ModuleOp | None = None
    level = module_level(module)
    if level in ("df", "rdu"):
        ref = reference_module(module)
        if ref is None:
            raise error(f"'{path}' is a {level}-level program without its ta reference; cannot recover the model")
        compiled, module = module, ModuleOp([op.clone() for op in ref.ops])
    elif level == "linalg":
        module = import_to_ta(module, level)
    elif _has_programs(module):
        compiled = module  # `rdu compile --level ta` output: the programs, not lowered
    fn = forward_function(module)
    labels = param_labels(fn)
    if not any(n is not None for n in labels):
        raise error(f"'{path}': @{fn.sym_name.data} has no parameters; mark them with {{rdu.param = \"name\"}}")
    if all(n is not None for n in labels):
        raise error(f"'{path}': every argument of @{fn.sym_name.data} is a parameter; the model needs an input")
    types = fn.function_type.inputs.data
    rng = np.random.default_rng(seed)
    initial: dict[str, np.ndarray] = {}
    for n, t in zip(labels, types):
        if n is None:
            continue
        if not isinstance(t, TensorType) or any(d < 0 for d in t.get_shape()):
            raise error(f"'{path}': parameter '{n}' must be a statically shaped tensor, got {t}")
        shape = tuple(t.get_shape())
        if len(shape) >= 2:
            bound = 1.0 / np.sqrt(max(1, int(np.prod(shape[1:]))))
            value = rng.uniform(-bound, bound, size=shape)
        else:
            value = np.zeros(shape)
        initial[n] = value.astype(numpy_dtype(t))
    inputs = [t for t, n in zip(types, labels) if n is None]
    if batch_size is not None and inputs and isinstance(inputs[0], TensorType):
        fixed = inputs[0].get_shape()[0] if inputs[0].get_shape() else 1
        if fixed != batch_size:
            raise error(
                f"'{path}' is compiled for batch size {fixed} (fixed in the program); "
                f"--batch-size {batch_size} needs a PyTorch model or a program of that size"
            )
    model_loss = loss or "cross-entropy"
    step = next((o for o in payload_ops(module) if isinstance(o, func.FuncOp) and o.sym_name.data == "train_step"), None)
    if loss is None and step is not None and isinstance(step.attributes.get("rdu.training"), DictionaryAttr):
        found = step.attributes["rdu.training"].data.get("loss")  # type: ignore[union-attr]
        if isinstance(found, StringAttr):
            model_loss = found.data
    only_forward = ModuleOp([fn.clone()])
    m = Model(path.stem.split(".")[0], str(path), only_forward, initial, loss=model_loss)
    if compiled is not None:
        m.compiled, m.compiled_level = compiled, module_level(compiled)
        m.extra["programs"] = module
    return m


def _has_programs(module: ModuleOp) -> bool:
    names = {o.sym_name.data for o in payload_ops(module) if isinstance(o, func.FuncOp)}
    return {"forward", "train_step", "inference"} <= names


def model_stamp(module: ModuleOp) -> dict[str, str] | None:
    """The `{rdu.model = {...}}` of a (compiled) module's functions, or None."""
    ref = reference_module(module)
    for scope in (ref, module):
        if scope is None:
            continue
        for op in scope.walk():
            attr = op.attributes.get(MODEL_ATTR)
            if isinstance(attr, DictionaryAttr):
                return {k: v.data for k, v in attr.data.items() if isinstance(v, StringAttr)}
    return None


# --- fingerprint -------------------------------------------------------------------------------


def fingerprint(fn: func.FuncOp) -> str:
    """The batch-independent architecture hash of a forward function (see the module doc)."""
    labels = param_labels(fn)
    ins = fn.function_type.inputs.data
    outs = fn.function_type.outputs.data

    def describe(t: Attribute, drop_batch: bool) -> list[Any]:
        if not isinstance(t, TensorType):
            return [str(t)]
        shape = list(t.get_shape())
        return [shape[1:] if drop_batch else shape, str(t.element_type)]

    data = {
        "version": 1,
        "params": [[n, *describe(t, False)] for n, t in zip(labels, ins) if n is not None],
        "inputs": [describe(t, True) for n, t in zip(labels, ins) if n is None],
        "outputs": [describe(t, True) for t in outs],
        "ops": [op.name for op in fn.body.walk()],
    }
    return hashlib.sha256(json.dumps(data, sort_keys=True).encode()).hexdigest()


# --- the three programs ------------------------------------------------------------------------


@dataclass(frozen=True)
class Optimizer:
    name: str = "adam"
    lr: float = 0.01
    momentum: float = 0.9

    def pass_options(self) -> dict[str, Any]:
        options: dict[str, Any] = {"optimizer": self.name, "lr": float(self.lr)}
        if self.name == "sgd":
            options["momentum"] = float(self.momentum)
        return options


def build_programs(model: Model, optimizer: Optimizer) -> ModuleOp:
    """`@forward`, `@train_step` and `@inference` of the model, in `ta`, stamped with the model."""
    from rdu_ir.passes.ta_autodiff import TaAutodiffPass

    if optimizer.name not in ("sgd", "adam"):
        raise error(f"unknown optimizer '{optimizer.name}', expected sgd or adam")
    if not optimizer.lr > 0:
        raise error(f"--lr must be positive, got {optimizer.lr}")
    module = ModuleOp([model.forward.clone()])
    fn = forward_function(module)
    if fn.sym_name.data != "forward":
        fn.sym_name = StringAttr("forward")
    if len(fn.function_type.outputs.data) != 1:
        raise error(f"{model.path}: the model must have exactly one output, got {len(fn.function_type.outputs.data)}")
    labels = "index" if model.loss == "cross-entropy" else "onehot"
    TaAutodiffPass(loss=model.loss, labels=labels, entry="forward", **optimizer.pass_options()).apply(
        make_context(), module
    )
    module.body.block.add_op(inference_function(fn, classify=model.loss == "cross-entropy"))
    stamp = DictionaryAttr({"name": StringAttr(model.name), "hash": StringAttr(model.hash)})
    for op in module.ops:
        op.attributes[MODEL_ATTR] = stamp
    return module


def inference_function(forward: func.FuncOp, classify: bool) -> func.FuncOp:
    """A copy of `forward` named `inference` returning the predicted class per example (the first
    index of the maximum over the last dimension, as a float) when `classify`, else the output."""
    fn = forward.clone()
    fn.sym_name = StringAttr("inference")
    block = fn.body.block
    ret = block.last_op
    assert isinstance(ret, func.ReturnOp)
    out = ret.arguments[0]
    result = out
    if classify:
        shape = shape_of(out)
        if len(shape) == 0:
            raise error("the model's output is a scalar; a classifier needs a class dimension")
        b = TaBuilder(block, before=ret, location=ret.location)
        last = len(shape) - 1
        best = b.keep_dims(b.reduce("max", out, [last]), shape, [last])
        classes = b.broadcast(b.array(np.arange(shape[-1], dtype=np.float64), element_of(out)), [last], shape)
        index = b.select("eq", out, best, classes, b.splat_like(float(shape[-1]), out))
        result = b.reduce("min", index, [last])
        new_ret = func.ReturnOp(result)
        new_ret.location = ret.location
        block.insert_op_before(new_ret, ret)
        block.erase_op(ret)
    fn.function_type = FunctionType.from_lists(list(fn.function_type.inputs.data), [result.type])
    fn.res_attrs = ArrayAttr([DictionaryAttr({"rdu.result": StringAttr("labels" if classify else "output")})])
    return fn
