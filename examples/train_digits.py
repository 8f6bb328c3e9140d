"""Train a small MLP on scikit-learn's `digits` with an rdu-ir training-step program.

Steps (each one an rdu-ir piece, runnable on its own):
1. define the model in PyTorch and import it with `rdu_ir.frontends.torch.import_module`
   (a `ta` module: `@forward(x, params...)`, parameters marked `{rdu.param = "..."}`);
2. `ta-autodiff` adds `@train_step(x, params..., target, optimizer state...)` -> (loss, output,
   new params..., new state...): forward, cross-entropy, gradients and the optimizer update,
   all in `ta`, so one training step is an ordinary program;
3. run one training step per batch with `rdu_ir.sim.runner.run_module` (the `ta` reference
   interpreter for now; the same call runs a lowered module on the simulated chip), feeding the
   returned parameters and state back, and evaluate `@forward` on the test set after each epoch.

Usage: python examples/train_digits.py [--epochs 5] [--batch-size 32] [--optimizer adam] [--lr 0.01]
Needs the `torch` extra (torch and scikit-learn).
"""

from __future__ import annotations

import argparse
import time

import numpy as np
import torch
from sklearn.datasets import load_digits
from sklearn.model_selection import train_test_split

from rdu_ir.context import make_context
from rdu_ir.frontends.torch import import_module
from rdu_ir.passes.ta_autodiff import TaAutodiffPass
from rdu_ir.sim.runner import run_module


def batches(n: int, size: int, rng: np.random.Generator):
    """Shuffled index batches of exactly `size` (the program's batch is static; the last
    partial batch is dropped, as DataLoader(drop_last=True) does)."""
    order = rng.permutation(n)
    for start in range(0, n - size + 1, size):
        yield order[start : start + size]


def step_layout(module, name: str = "train_step") -> dict[str, list[int]]:
    """Positions of the step's results by role, read from its result attributes."""
    fn = next(op for op in module.ops if getattr(op, "sym_name", None) and op.sym_name.data == name)
    roles: dict[str, list[int]] = {"loss": [], "output": [], "param": [], "state": []}
    for i, attrs in enumerate(fn.res_attrs.data):
        d = attrs.data
        if "rdu.result" in d:
            roles[d["rdu.result"].data].append(i)
        elif "rdu.param" in d:
            roles["param"].append(i)
        elif "rdu.state" in d:
            roles["state"].append(i)
    return roles


def initial_state(module, params: dict[str, np.ndarray], name: str = "train_step") -> list[np.ndarray]:
    """Zero moments; powers of beta start at 1."""
    fn = next(op for op in module.ops if getattr(op, "sym_name", None) and op.sym_name.data == name)
    state = []
    for t, attrs in zip(fn.function_type.inputs.data, fn.arg_attrs.data):
        if "rdu.state" in attrs.data:
            value = 1.0 if attrs.data["rdu.state"].data.startswith("adam.beta") else 0.0
            state.append(np.full(t.get_shape(), value, dtype=np.float32))
    return state


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--epochs", type=int, default=5)
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--hidden", type=int, default=64)
    parser.add_argument("--optimizer", choices=["sgd", "adam"], default="adam")
    parser.add_argument("--lr", type=float, default=None, help="default: 0.01 (adam), 0.1 (sgd)")
    parser.add_argument("--momentum", type=float, default=0.9)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--emit", metavar="FILE", help="also write the ta module (forward + train_step) here")
    args = parser.parse_args()
    lr = args.lr if args.lr is not None else (0.01 if args.optimizer == "adam" else 0.1)

    digits = load_digits()
    x = (digits.data / 16.0).astype(np.float32)
    y = digits.target.astype(np.int64)
    x_train, x_test, y_train, y_test = train_test_split(x, y, test_size=0.2, random_state=args.seed, stratify=y)

    # 1. The model, imported from PyTorch.
    torch.manual_seed(args.seed)
    model = torch.nn.Sequential(torch.nn.Linear(64, args.hidden), torch.nn.ReLU(), torch.nn.Linear(args.hidden, 10))
    b = args.batch_size
    imported = import_module(model, (torch.zeros(b, 64),))

    # 2. The training step, in ta.
    options = {"lr": lr, "momentum": args.momentum} if args.optimizer == "sgd" else {"lr": lr}
    TaAutodiffPass(loss="cross-entropy", labels="index", optimizer=args.optimizer, **options).apply(
        make_context(), imported.module
    )
    if args.emit:
        from rdu_ir.printing import print_module

        with open(args.emit, "w") as f:
            f.write(print_module(imported.module))
    module = imported.module
    layout = step_layout(module)
    params = {k: v.astype(np.float32) for k, v in imported.parameters.items()}
    state = initial_state(module, params)
    print(f"model: {sum(v.size for v in params.values())} parameters; {len(x_train)} training / {len(x_test)} test images; "
          f"{args.optimizer} lr={lr}, batch {b}")

    # 3. Train: one training-step program run per batch.
    rng = np.random.default_rng(args.seed)
    for epoch in range(1, args.epochs + 1):
        start = time.perf_counter()
        losses, correct, seen = [], 0, 0
        for idx in batches(len(x_train), b, rng):
            inputs = [*imported.arguments(x_train[idx], parameters=params), y_train[idx].astype(np.float32), *state]
            out = run_module(module, "train_step", inputs).results
            losses.append(float(out[layout["loss"][0]]))
            correct += int(np.sum(out[layout["output"][0]].argmax(axis=1) == y_train[idx]))
            seen += len(idx)
            params = dict(zip(params, (out[i] for i in layout["param"])))
            state = [out[i] for i in layout["state"]]
        test_acc = _test_accuracy(module, imported, params, x_test, y_test, b)
        print(f"epoch {epoch}: loss {np.mean(losses):.4f}  train accuracy {correct / seen:.3f}  "
              f"test accuracy {test_acc:.3f}  ({time.perf_counter() - start:.1f} s)")


def _test_accuracy(module, imported, params, x_test, y_test, b) -> float:
    """Accuracy of `@forward` on the test set, in batches of the program's size (the last one
    zero-padded, its padding rows ignored)."""
    predictions = np.empty(len(x_test), dtype=np.int64)
    for start in range(0, len(x_test), b):
        chunk = x_test[start : start + b]
        padded = np.concatenate([chunk, np.zeros((b - len(chunk), chunk.shape[1]), np.float32)]) if len(chunk) < b else chunk
        logits = run_module(module, "forward", imported.arguments(padded, parameters=params)).results[0]
        predictions[start : start + len(chunk)] = logits[: len(chunk)].argmax(axis=1)
    return float(np.mean(predictions == y_test))


if __name__ == "__main__":
    main()
