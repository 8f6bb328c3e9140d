"""The training and evaluation loops: one run of the `@train_step` program per batch.

`@train_step(inputs..., params..., target, state...)` returns `(loss, output, params...,
state...)` (see `ta-autodiff`); the loop feeds the returned parameters and optimizer state back
as the next step's arguments. Batches have the program's static size: the training loop drops
the last partial batch (as `DataLoader(drop_last=True)`), evaluation and inference zero-pad it
and ignore the padding rows.

Every step runs a program in a simulator: `runner` is the module the long run uses (the `ta`
reference interpreter, or the `df` dataflow simulator), and the first `cycle_steps` steps can
run on an `rdu`-level training section in the cycle simulator, checked against the `ta`
reference, with their cycle counts reported.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

import numpy as np
from xdsl.dialects import func
from xdsl.dialects.builtin import ModuleOp, TensorType

from rdu_ir.diagnostics import error
from rdu_ir.reference import payload_ops
from rdu_ir.workflow.model import Model, numpy_dtype
from rdu_ir.workflow.programs import run

Print = Callable[[str], None]


@dataclass
class StepLayout:
    """Where the training step's results and arguments are, by role."""

    loss: int
    output: int
    params: list[int]
    state: list[int]
    state_names: list[str]
    state_types: list[TensorType]
    target_type: TensorType


def _function(module: ModuleOp, name: str) -> func.FuncOp:
    for op in payload_ops(module):
        if isinstance(op, func.FuncOp) and op.sym_name.data == name:
            return op
    raise error(f"the program has no @{name}")


def step_layout(module: ModuleOp) -> StepLayout:
    fn = _function(module, "train_step")
    roles: dict[str, list[int]] = {"loss": [], "output": [], "param": [], "state": []}
    for i, attrs in enumerate(fn.res_attrs.data if fn.res_attrs else []):
        d = attrs.data
        if "rdu.result" in d:
            roles[d["rdu.result"].data].append(i)  # type: ignore[union-attr]
        elif "rdu.param" in d:
            roles["param"].append(i)
        elif "rdu.state" in d:
            roles["state"].append(i)
    names, types, target = [], [], None
    for t, attrs in zip(fn.function_type.inputs.data, fn.arg_attrs.data if fn.arg_attrs else []):
        if "rdu.state" in attrs.data:
            names.append(attrs.data["rdu.state"].data)  # type: ignore[union-attr]
            types.append(t)
        elif "rdu.target" in attrs.data:
            target = t
    assert target is not None and roles["loss"] and roles["output"]
    return StepLayout(roles["loss"][0], roles["output"][0], roles["param"], roles["state"], names, types, target)  # type: ignore[arg-type]


def initial_state(layout: StepLayout) -> dict[str, np.ndarray]:
    """Zero moments; Adam's powers of beta start at 1."""
    return {
        n: np.full(t.get_shape(), 1.0 if n.startswith("adam.beta") else 0.0, dtype=numpy_dtype(t))
        for n, t in zip(layout.state_names, layout.state_types)
    }


def fit_inputs(model: Model, x: np.ndarray, what: str) -> np.ndarray:
    """`x` (examples first) in the model's per-example input shape and dtype."""
    if len(model.input_types) != 1:
        raise error(f"model '{model.name}' takes {len(model.input_types)} inputs; datasets give one ('x')")
    t = model.input_types[0]
    want = tuple(t.get_shape()[1:])
    got = tuple(x.shape[1:])
    if got != want:
        if int(np.prod(got)) != int(np.prod(want)):
            raise error(f"{what}: examples have shape {list(got)}, the model's input takes {list(want)} per example")
        x = x.reshape((x.shape[0], *want))
    return np.ascontiguousarray(x, dtype=numpy_dtype(t))


def targets(model: Model, layout: StepLayout, y: np.ndarray, what: str) -> np.ndarray:
    """The training step's target for labels `y` (float class indices, or regression targets)."""
    shape = tuple(layout.target_type.get_shape())
    dtype = numpy_dtype(layout.target_type)
    if model.loss == "cross-entropy":
        classes = int(model.output_type.get_shape()[-1])
        if y.ndim != 1 or not np.issubdtype(y.dtype, np.integer):
            raise error(f"{what}: a classifier needs one integer class index per example in 'y', got {y.dtype} {list(y.shape)}")
        if len(shape) != 1:
            raise error(f"{what}: labels per example need a model output of shape [batch, classes], got {model.output_type}")
        if y.size and int(y.max()) >= classes:
            raise error(f"{what}: label {int(y.max())} is out of range for a model with {classes} classes")
        return y.astype(dtype)
    per = shape[1:]
    if int(np.prod(y.shape[1:], dtype=np.int64)) != int(np.prod(per, dtype=np.int64)):
        raise error(f"{what}: targets have shape {list(y.shape[1:])} per example, the model's output {list(per)}")
    return y.reshape((y.shape[0], *per)).astype(dtype)


def batches(n: int, size: int, rng: np.random.Generator) -> Iterator[np.ndarray]:
    """Shuffled index batches of exactly `size` (the last partial batch is dropped)."""
    order = rng.permutation(n)
    for start in range(0, n - size + 1, size):
        yield order[start : start + size]


def padded_batches(x: np.ndarray, size: int) -> Iterator[tuple[int, np.ndarray]]:
    """(count, batch) in order; the last batch zero-padded to `size`."""
    for start in range(0, len(x), size):
        chunk = x[start : start + size]
        if len(chunk) < size:
            chunk = np.concatenate([chunk, np.zeros((size - len(chunk), *x.shape[1:]), x.dtype)])
        yield min(size, len(x) - start), chunk


def predict(module: ModuleOp, model: Model, params: dict[str, np.ndarray], x: np.ndarray) -> np.ndarray:
    """`@inference` over `x` in batches of the program's size: int64 labels (or the outputs)."""
    b = model.batch_size
    outs = []
    for count, chunk in padded_batches(x, b):
        out = run(module, "inference", model.arguments([chunk], params)).results[0]
        outs.append(np.asarray(out)[:count])
    result = np.concatenate(outs) if outs else np.zeros((0,))
    return result.astype(np.int64) if model.loss == "cross-entropy" else result


@dataclass
class EpochResult:
    epoch: int
    loss: float
    train_accuracy: float | None
    test_accuracy: float | None
    steps: int
    seconds: float


@dataclass
class Trainer:
    model: Model
    module: ModuleOp
    """The programs (`@forward`, `@train_step`, `@inference`) run for the long run."""
    params: dict[str, np.ndarray]
    state: dict[str, np.ndarray]
    cycle_module: ModuleOp | None = None
    """An rdu-level module holding `@train_step`, for the cycle-simulated steps."""
    cycle_steps: int = 0
    reference: ModuleOp | None = None
    """The ta programs, to check the cycle-simulated steps against."""
    steps_done: int = 0
    cycle_reports: list[dict] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.layout = step_layout(self.reference if self.reference is not None else self.module)

    def step(self, x: np.ndarray, target: np.ndarray) -> tuple[float, np.ndarray]:
        args = [*self.model.arguments([x], self.params), target, *(self.state[n] for n in self.layout.state_names)]
        if self.cycle_module is not None and len(self.cycle_reports) < self.cycle_steps:
            result = run(self.cycle_module, "train_step", args)
            out = result.results
            expected = run(self.reference or self.module, "train_step", args).results
            error_ = max(float(np.max(np.abs(np.asarray(a, np.float64) - np.asarray(e, np.float64)), initial=0.0))
                         for a, e in zip(out, expected))
            close = all(np.allclose(np.asarray(a, np.float64), np.asarray(e, np.float64), rtol=1e-4, atol=1e-5)
                        for a, e in zip(out, expected))
            if not close or len(out) != len(expected):
                raise error(f"training step {self.steps_done + 1} on the cycle-level simulator differs from the ta "
                            f"reference (max abs error {error_:.3g}): a compiler or simulator bug, please report")
            self.cycle_reports.append({"step": self.steps_done + 1, "cycles": int(result.stats.get("cycles", 0)),
                                       "max_abs_error": error_})
        else:
            out = run(self.module, "train_step", args).results
        self.steps_done += 1
        lay = self.layout
        self.params = dict(zip(self.params, (np.asarray(out[i]) for i in lay.params)))
        self.state = dict(zip(lay.state_names, (np.asarray(out[i]) for i in lay.state)))
        return float(out[lay.loss]), np.asarray(out[lay.output])

    def epoch(self, number: int, x: np.ndarray, y: np.ndarray, rng: np.random.Generator,
              test: tuple[np.ndarray, np.ndarray] | None) -> EpochResult:
        start = time.perf_counter()
        b = self.model.batch_size
        tgt = targets(self.model, self.layout, y, "training data")
        losses: list[float] = []
        correct = seen = 0
        for idx in batches(len(x), b, rng):
            loss, output = self.step(x[idx], tgt[idx])
            if not np.isfinite(loss):
                raise error(f"epoch {number}: the loss became {loss} (diverged); lower --lr")
            losses.append(loss)
            if self.model.loss == "cross-entropy":
                correct += int(np.sum(output.argmax(axis=-1) == y[idx]))
                seen += len(idx)
        train_acc = correct / seen if seen else None
        test_acc = None
        if test is not None and self.model.loss == "cross-entropy":
            labels = predict(self.module, self.model, self.params, test[0])
            test_acc = float(np.mean(labels == test[1]))
        return EpochResult(number, float(np.mean(losses)), train_acc, test_acc, len(losses),
                           time.perf_counter() - start)


def torch_training_step(model: Model, params: dict[str, np.ndarray], x: np.ndarray | list[np.ndarray], y: np.ndarray,
                        optimizer: str, lr: float, momentum: float = 0.0) -> tuple[float, dict[str, np.ndarray]]:
    """One PyTorch training step from `params` with a fresh optimizer (eval mode, as imported):
    (loss, updated parameters). The reference a test run compares `@train_step` with."""
    import torch

    net = model.torch_model
    if net is None:
        raise error(f"model '{model.name}' is not a PyTorch model")
    was_training = net.training
    net.eval()
    try:
        with torch.no_grad():
            for name, value in params.items():
                net.get_parameter(name).copy_(torch.from_numpy(np.array(value)))
        opt = (torch.optim.SGD(net.parameters(), lr=lr, momentum=momentum) if optimizer == "sgd"
               else torch.optim.Adam(net.parameters(), lr=lr))
        opt.zero_grad()
        inputs = x if isinstance(x, list) else [x]
        out = net(*(torch.from_numpy(np.array(v)) for v in inputs))
        if model.loss == "cross-entropy":
            loss = torch.nn.functional.cross_entropy(out, torch.from_numpy(np.asarray(y)).long())
        else:
            loss = torch.nn.functional.mse_loss(out, torch.from_numpy(np.asarray(y)).to(out.dtype).reshape(out.shape))
        loss.backward()
        opt.step()
        new = {name: net.get_parameter(name).detach().numpy().copy() for name in params}
    finally:
        net.train(was_training)
    return float(loss.detach()), new


def state_matches(saved: dict[str, np.ndarray], layout: StepLayout) -> bool:
    """True when a checkpoint's optimizer state fits this training step."""
    if sorted(saved) != sorted(layout.state_names):
        return False
    return all(tuple(saved[n].shape) == tuple(t.get_shape()) for n, t in zip(layout.state_names, layout.state_types))
