"""`rdu`: the SambaFlow-style workflow on the simulated chip.

    rdu data digits -o data/                                   # the bundled example data set
    rdu compile examples/digits_mlp.py -o out/digits.rbs       # compile
    rdu test out/digits.rbs --check                            # test run
    rdu train examples/digits_mlp.py --data data/digits_train.npz --validation data/digits_test.npz \\
        --epochs 10 --batch-size 32 --lr 0.01 --checkpoint out/digits.ckpt.npz   # training run
    rdu infer out/digits.rbs --checkpoint out/digits.ckpt.npz --data data/digits_unlabeled.npz \\
        -o out/labels.npy                                      # inference run

MODEL is a Python file defining `build_model()` and `INPUT_SHAPES` (PyTorch), a `ta` program
(`.mlir`/`.tin`) with parameters marked `rdu.param`, or a compiled program (`.rbs` or lowered
MLIR). Errors are one-line diagnostics with exit status 1 (`--debug` shows tracebacks of
internal errors).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

import numpy as np

from rdu_ir import __version__
from rdu_ir.chip import DEFAULT_CHIP, ChipError, load_chip
from rdu_ir.cli import ArgumentParser, UsageError, guarded_main
from rdu_ir.diagnostics import error
from rdu_ir.workflow import programs as P
from rdu_ir.workflow.model import (
    Model,
    Optimizer,
    build_programs,
    load_model,
    numpy_dtype,
)


class _ArgumentParser(ArgumentParser):
    def error(self, message: str):  # type: ignore[override]
        sub = self.prog.removeprefix("rdu").strip()
        raise UsageError(f"{sub}: {message}" if sub else message)


def _model_options(p: argparse.ArgumentParser, batch: bool = True) -> None:
    if batch:
        p.add_argument("--batch-size", type=int, default=None,
                       help="examples per program run (default: the model's INPUT_SHAPES; fixed for .mlir programs)")
    p.add_argument("--loss", choices=("cross-entropy", "mse"), default=None,
                   help="the training loss (default: the model's LOSS, else cross-entropy)")
    p.add_argument("--seed", type=int, default=0, help="seed of initial parameters of ta programs, shuffling, random inputs")
    p.add_argument("--chip", default=None, help=f"chip preset (tiny, plasticine, sn10) or a .toml file (default {DEFAULT_CHIP})")


def _optimizer_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--optimizer", choices=("sgd", "adam"), default=None,
                   help="default adam (a compiled program: the one it was compiled with)")
    p.add_argument("--lr", type=float, default=None, help="learning rate (default 0.01 for adam, 0.1 for sgd)")
    p.add_argument("--momentum", type=float, default=None, help="SGD momentum (default 0.9)")


def build_parser() -> argparse.ArgumentParser:
    p = _ArgumentParser(prog="rdu", description="Compile, test, train and run models on the simulated RDU.")
    p.add_argument("--version", action="version", version=f"rdu {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND", parser_class=_ArgumentParser)

    c = sub.add_parser("compile", help="model -> program with @forward, @train_step and @inference sections")
    c.add_argument("model", metavar="MODEL")
    c.add_argument("-o", "--output", required=True, metavar="PROG", help="the compiled program (.rbs)")
    c.add_argument("--level", choices=P.LEVELS, default="rdu",
                   help="lower this far (default rdu: a bitstream; stops earlier when a pass cannot lower it)")
    _model_options(c)
    _optimizer_options(c)

    t = sub.add_parser("test", help="run every program once and compare to the CPU (PyTorch or numpy) result")
    t.add_argument("model", metavar="MODEL|PROG")
    t.add_argument("--check", action="store_true", help="compare with PyTorch (Python models) and the ta reference")
    t.add_argument("--checkpoint", default=None, metavar="CKPT", help="parameters to test with (default: initial ones)")
    t.add_argument("--level", choices=P.LEVELS, default="rdu", help="for a MODEL: compile this far first (default rdu)")
    t.add_argument("--rtol", type=float, default=1e-4)
    t.add_argument("--atol", type=float, default=1e-5)
    _model_options(t)
    _optimizer_options(t)

    r = sub.add_parser("train", help="a training run: loss and accuracy per epoch, a checkpoint at the end")
    r.add_argument("model", metavar="MODEL")
    r.add_argument("--data", required=True, metavar="TRAIN.npz", help="training data: arrays x and y")
    r.add_argument("--validation", default=None, metavar="TEST.npz", help="labelled data for the test accuracy per epoch")
    r.add_argument("--epochs", type=int, default=1)
    r.add_argument("--checkpoint", default=None, metavar="CKPT",
                   help="resume from this checkpoint if it exists, and save to it (default checkpoints/MODEL.npz)")
    r.add_argument("--save", default=None, metavar="CKPT", help="save here instead of --checkpoint")
    r.add_argument("--sim", choices=("ta", "df"), default="ta",
                   help="the simulator of the long run: the ta reference interpreter (fastest) or the df simulator")
    r.add_argument("--cycle-steps", type=int, default=2, metavar="K",
                   help="run the first K steps on the cycle-level simulator when the training step lowers to rdu (default 2)")
    _model_options(r)
    _optimizer_options(r)

    i = sub.add_parser("infer", help="an inference run: checkpoint + unlabeled inputs -> predicted labels")
    i.add_argument("model", metavar="MODEL|PROG")
    i.add_argument("--checkpoint", required=True, metavar="CKPT")
    i.add_argument("--data", required=True, metavar="X.npz", help="inputs: array x (y, if present, is only scored)")
    i.add_argument("-o", "--output", required=True, metavar="LABELS.npy")
    _model_options(i)

    d = sub.add_parser("data", help="write a bundled data set as .npz files")
    d.add_argument("name", choices=("digits",))
    d.add_argument("-o", "--output-dir", default="data", metavar="DIR")
    d.add_argument("--test-fraction", type=float, default=0.2)
    d.add_argument("--seed", type=int, default=0)

    for q in (p, c, t, r, i, d):
        q.add_argument("--debug", action="store_true", help=argparse.SUPPRESS if q is not p else
                       "show Python tracebacks of internal errors")
    return p


# --- helpers -----------------------------------------------------------------------------------


def _chip(args: argparse.Namespace, model: Model | None = None):
    """The --chip, else the chip a compiled program was compiled for, else the default."""
    if args.chip is None and model is not None and model.compiled is not None:
        from rdu_ir.chip import module_chip

        found = module_chip(model.compiled)
        if found is not None:
            return found
    try:
        return load_chip(args.chip or DEFAULT_CHIP)
    except ChipError as e:
        raise error(str(e)) from None


def _optimizer(args: argparse.Namespace) -> Optimizer:
    name = args.optimizer or "adam"
    lr = args.lr if args.lr is not None else (0.01 if name == "adam" else 0.1)
    return Optimizer(name, lr, args.momentum if args.momentum is not None else 0.9)


def _compiled_optimizer(args: argparse.Namespace, model: Model) -> Optimizer:
    """The optimizer a compiled training section was built with; options that disagree are errors."""
    from xdsl.dialects.builtin import DictionaryAttr, FloatAttr, StringAttr

    from rdu_ir.workflow.training import _function

    attr = _function(model.extra["programs"], "train_step").attributes.get("rdu.training")
    info = attr.data if isinstance(attr, DictionaryAttr) else {}
    name = info["optimizer"].data if isinstance(info.get("optimizer"), StringAttr) else "adam"
    value = {k: v.value.data for k, v in info.items() if isinstance(v, FloatAttr)}
    compiled = Optimizer(name, value.get("lr", 0.01), value.get("momentum", 0.0))
    for option, given, have in (("--optimizer", args.optimizer, compiled.name), ("--lr", args.lr, compiled.lr),
                                ("--momentum", args.momentum if name == "sgd" else None, compiled.momentum)):
        if given is not None and given != have:
            raise error(f"'{args.model}' was compiled with {option} {have}; recompile it to train with {given} "
                        "(or train the model source)")
    return compiled


def _load(args: argparse.Namespace) -> Model:
    return load_model(args.model, getattr(args, "batch_size", None), args.loss, args.seed)


def _params_from(model: Model, path: str | None):
    """(params, checkpoint or None) for `model`: the checkpoint's when given (checked)."""
    from rdu_ir.workflow.checkpoint import check_matches, load_checkpoint

    if path is None:
        return dict(model.initial), None
    ckpt = load_checkpoint(path)
    check_matches(ckpt, path, model.name, model.hash, model.param_shapes)
    params = {n: ckpt.params[n].astype(model.initial[n].dtype) for n in model.param_names}
    return params, ckpt


def _level_note(lowered: P.Lowered, target: str) -> str:
    if lowered.level == target:
        return f"{lowered.level} level"
    return f"{lowered.level} level (lowering to {target} stopped at {lowered.stopped})"


# --- compile -----------------------------------------------------------------------------------


def cmd_compile(args: argparse.Namespace) -> int:
    model = _load(args)
    if model.compiled is not None:
        raise error(f"'{args.model}' is already compiled ({model.compiled_level} level); compile the model source")
    chip = _chip(args)
    module = build_programs(model, _optimizer(args))
    lowered = P.lower(module, chip, args.level)
    kind, size = P.write_program(args.output, lowered, source=args.model)
    names = ", ".join("@" + n for n in P.function_names(lowered.module))
    print(f"compiled {model.name} (batch {model.batch_size}, {sum(v.size for v in model.initial.values())} parameters, "
          f"hash {model.hash[:12]}) for chip '{chip.name}' in {lowered.seconds:.1f} s")
    print(f"programs: {names} at the {_level_note(lowered, args.level)}")
    print(f"wrote {args.output}: {kind}, {size} bytes")
    return 0


# --- test --------------------------------------------------------------------------------------


def _compare(name: str, got: Sequence[np.ndarray], want: Sequence[np.ndarray], rtol: float, atol: float,
             against: str) -> bool:
    from rdu_ir.run_main import compare, max_error

    problems = compare(got, want, rtol, atol)
    if problems:
        print(f"  @{name}: MISMATCH against {against}")
        for p in problems:
            print(f"    {p}")
        return False
    print(f"  @{name}: matches {against} (max abs error {max_error(got, want):.3g})")
    return True


def cmd_test(args: argparse.Namespace) -> int:
    from rdu_ir.reference import reference_module
    from rdu_ir.workflow.training import initial_state, step_layout, torch_training_step

    model = _load(args)
    opt = _optimizer(args)
    if model.compiled is not None:
        programs = model.extra["programs"]
        compiled = P.Lowered(model.compiled, model.compiled_level or "ta")
        ref = reference_module(model.compiled)
        print(f"test run of {args.model}: {model.compiled_level}-level program of model {model.name} "
              f"(hash {model.hash[:12]})")
    else:
        programs = build_programs(model, opt)
        compiled = P.lower(programs, _chip(args), args.level)
        ref = programs
        print(f"test run of {model.name}: compiled to the {_level_note(compiled, args.level)}")
    params, _ = _params_from(model, args.checkpoint)
    rng = np.random.default_rng(args.seed)
    xs = [rng.standard_normal(t.get_shape()).astype(numpy_dtype(t)) for t in model.input_types]
    layout = step_layout(ref if ref is not None else programs)
    classes = int(model.output_type.get_shape()[-1]) if model.output_type.get_shape() else 1
    tshape = tuple(layout.target_type.get_shape())
    if model.loss == "cross-entropy":
        y = rng.integers(0, classes, size=tshape)
    else:
        y = rng.standard_normal(tshape)
    target = y.astype(numpy_dtype(layout.target_type))
    state = initial_state(layout)
    available = P.function_names(compiled.module)
    sim = P.SIMULATORS.get(compiled.level, compiled.level)
    print(f"simulator: {sim}")
    runs = {
        "forward": model.arguments(xs, params),
        "inference": model.arguments(xs, params),
        "train_step": [*model.arguments(xs, params), target, *(state[n] for n in layout.state_names)],
    }
    ok = True
    for name, inputs in runs.items():
        if name not in available:
            print(f"  @{name}: not in the program")
            ok = False
            continue
        result = P.run(compiled.module, name, inputs)
        cycles = result.stats.get("cycles")
        line = f"  @{name}: ran" + (f", {int(cycles)} cycles" if cycles is not None else "")
        print(line)
        if not args.check:
            continue
        if ref is not None and compiled.level != "ta":
            expected = P.run(ref, name, inputs).results
            ok &= _compare(name, result.results, expected, args.rtol, args.atol, "the ta reference (numpy)")
        if model.torch_model is not None:
            import torch

            if name in ("forward", "inference"):
                with torch.no_grad():
                    for n, v in params.items():
                        model.torch_model.get_parameter(n).copy_(torch.from_numpy(np.array(v)))
                    model.torch_model.eval()
                    want = model.torch_model(*(torch.from_numpy(x) for x in xs)).numpy()
                if name == "inference" and model.loss == "cross-entropy":
                    want = want.argmax(axis=-1).astype(np.float32)
                ok &= _compare(name, result.results[:1], [want], args.rtol, args.atol,
                               "PyTorch" + (" (argmax of its output)" if name == "inference" else ""))
            else:
                loss, new = torch_training_step(model, params, xs, y, opt.name, opt.lr, opt.momentum)
                got = [result.results[layout.loss], *(result.results[i] for i in layout.params)]
                want = [np.float32(loss), *new.values()]
                ok &= _compare(name, got, want, max(args.rtol, 1e-3), max(args.atol, 1e-5),
                               f"a PyTorch {opt.name} step (loss and new parameters)")
    if args.check and compiled.level == "ta" and model.torch_model is None:
        print("  (a ta-level program is its own numpy reference: nothing else to compare with)")
    if args.check:
        print("check: OK" if ok else "check: FAILED")
    return 0 if ok else 1


# --- train -------------------------------------------------------------------------------------


def cmd_train(args: argparse.Namespace) -> int:
    from pathlib import Path

    from rdu_ir.workflow.checkpoint import Checkpoint, save_checkpoint
    from rdu_ir.workflow.data import load_dataset
    from rdu_ir.workflow.training import (
        Trainer,
        fit_inputs,
        initial_state,
        state_matches,
        step_layout,
    )

    if args.epochs < 0:
        raise error(f"--epochs must be >= 0, got {args.epochs}")
    if args.cycle_steps < 0:
        raise error(f"--cycle-steps must be >= 0, got {args.cycle_steps}")
    model = _load(args)
    opt = _compiled_optimizer(args, model) if model.compiled is not None else _optimizer(args)
    chip = _chip(args, model)
    train = load_dataset(args.data, labelled=True)
    x = fit_inputs(model, train.x, f"training data '{args.data}'")
    if len(x) < model.batch_size:
        raise error(f"training data '{args.data}' has {len(x)} examples, fewer than one batch of {model.batch_size}")
    test = None
    if args.validation:
        v = load_dataset(args.validation, labelled=True)
        test = (fit_inputs(model, v.x, f"validation data '{args.validation}'"), v.y)
    save_to = args.save or args.checkpoint or str(Path("checkpoints") / f"{model.name}.npz")
    resume = args.checkpoint if args.checkpoint and Path(args.checkpoint).exists() else None

    # A compiled program trains with its own training section (and its ta reference for the long
    # run); a model source is compiled here with the command line's optimizer.
    programs = model.extra["programs"] if model.compiled is not None else build_programs(model, opt)
    layout = step_layout(programs)
    params, ckpt = _params_from(model, resume)
    state = initial_state(layout)
    first_epoch = 1
    print(f"model {model.name}: {sum(v.size for v in params.values())} parameters, hash {model.hash[:12]}; "
          f"{len(x)} training examples, batch {model.batch_size}, {opt.name} lr={opt.lr:g}")
    if ckpt is not None:
        first_epoch = ckpt.epoch + 1
        same = ckpt.optimizer.get("name") == opt.name and state_matches(ckpt.state, layout)
        if same:
            state = {n: ckpt.state[n] for n in layout.state_names}
        print(f"resumed from {resume} (epoch {ckpt.epoch}"
              + (f", {_metrics_text(ckpt.metrics)}" if ckpt.metrics else "") + ")"
              + ("" if same or not layout.state_names else f"; fresh {opt.name} state (the checkpoint's was "
                 f"{ckpt.optimizer.get('name', 'none')})"))

    runner = programs
    if args.sim == "df" and model.compiled_level == "df":
        runner = model.compiled
    elif args.sim == "df":
        lowered = P.lower(programs, chip, "df")
        if lowered.level != "df":
            raise error(f"--sim df: the programs do not lower to df ({lowered.stopped})")
        runner = lowered.module
    trainer = Trainer(model, runner, params, state, reference=programs)
    print(f"simulator: {P.SIMULATORS[args.sim]} for every training step" if args.cycle_steps == 0 else
          f"simulator: {P.SIMULATORS[args.sim]} (long run)")
    if args.cycle_steps and args.epochs and model.compiled_level == "rdu":
        trainer.cycle_module, trainer.cycle_steps = model.compiled, args.cycle_steps
        print(f"cycle-level simulator: the first {args.cycle_steps} step(s) run the bitstream's training section")
    elif args.cycle_steps and args.epochs:
        _prepare_cycle_steps(trainer, programs, chip, args.cycle_steps)

    rng = np.random.default_rng([args.seed, first_epoch])
    last = None
    try:
        for number in range(first_epoch, first_epoch + args.epochs):
            last = trainer.epoch(number, x, train.y, rng, test)
            if number == first_epoch and trainer.cycle_reports:
                for rep in trainer.cycle_reports:
                    print(f"  step {rep['step']} on {P.SIMULATORS['rdu']}: {rep['cycles']} cycles, "
                          f"matches the ta reference (max abs error {rep['max_abs_error']:.2g})")
            print(f"epoch {number}: loss {last.loss:.4f}"
                  + (f"  train accuracy {last.train_accuracy:.4f}" if last.train_accuracy is not None else "")
                  + (f"  test accuracy {last.test_accuracy:.4f}" if last.test_accuracy is not None else "")
                  + f"  ({last.steps} steps, {last.seconds:.1f} s)", flush=True)
    except KeyboardInterrupt:
        print(f"interrupted: checkpoint {save_to} not updated", flush=True)
        raise
    metrics = {} if last is None else {k: v for k, v in (("loss", last.loss), ("train_accuracy", last.train_accuracy),
                                                          ("test_accuracy", last.test_accuracy)) if v is not None}
    epoch = first_epoch - 1 + args.epochs
    save_checkpoint(save_to, Checkpoint(trainer.params, trainer.state, model.name, model.hash, epoch,
                                        metrics or (ckpt.metrics if ckpt else {}),
                                        {"name": opt.name, "lr": opt.lr, "momentum": opt.momentum}))
    print(f"saved checkpoint {save_to} (epoch {epoch})")
    return 0


def _metrics_text(metrics: dict) -> str:
    return ", ".join(f"{k.replace('_', ' ')} {v:.4f}" for k, v in metrics.items() if isinstance(v, int | float))


def _prepare_cycle_steps(trainer, programs, chip, steps: int) -> None:
    """Lower `@train_step` alone to rdu for the cycle-simulated steps, when the pipeline can."""
    from xdsl.dialects.builtin import ModuleOp

    from rdu_ir.reference import payload_ops

    only = ModuleOp([op.clone() for op in payload_ops(programs) if getattr(op, "sym_name", None)
                     and op.sym_name.data == "train_step"])
    lowered = P.lower(only, chip, "rdu")
    if lowered.level != "rdu":
        print(f"cycle-level simulator: not run: @train_step does not lower to rdu for chip '{chip.name}' "
              f"({lowered.stopped}); every step runs on {P.SIMULATORS['ta'] if trainer.module is programs else P.SIMULATORS['df']}")
        return
    trainer.cycle_module = lowered.module
    trainer.cycle_steps = steps
    print(f"cycle-level simulator: the first {steps} step(s) run the rdu training section on chip '{chip.name}'")


# --- infer -------------------------------------------------------------------------------------


def cmd_infer(args: argparse.Namespace) -> int:
    from rdu_ir.workflow.data import load_dataset, save_npy
    from rdu_ir.workflow.training import fit_inputs, predict

    model = _load(args)
    params, ckpt = _params_from(model, args.checkpoint)
    data = load_dataset(args.data)
    x = fit_inputs(model, data.x, f"data '{args.data}'")
    if model.compiled is not None:
        module, level = model.compiled, model.compiled_level or "ta"
        if "inference" not in P.function_names(module):
            raise error(f"'{args.model}' has no @inference program (compile it with rdu compile)")
    else:
        module, level = build_programs(model, Optimizer()), "ta"
    print(f"inference run of {model.name} (checkpoint {args.checkpoint}, epoch {ckpt.epoch}) on {len(x)} examples, "
          f"batch {model.batch_size}; simulator: {P.SIMULATORS.get(level, level)}")
    labels = predict(module, model, params, x)
    save_npy(args.output, labels)
    counts = np.bincount(labels, minlength=1) if labels.dtype == np.int64 and labels.size and labels.min() >= 0 else None
    print(f"wrote {args.output}: {labels.shape[0]} {'labels' if counts is not None else 'outputs'}"
          + (f" (per class: {' '.join(str(int(c)) for c in counts)})" if counts is not None else ""))
    if data.y is not None and model.loss == "cross-entropy":
        print(f"accuracy against the labels in '{args.data}': {float(np.mean(labels == data.y)):.4f}")
    return 0


def cmd_data(args: argparse.Namespace) -> int:
    from rdu_ir.workflow.data import write_digits

    for path in write_digits(args.output_dir, args.test_fraction, args.seed):
        with np.load(path, allow_pickle=False) as a:
            print(f"wrote {path}: " + ", ".join(f"{k} {a[k].dtype} {list(a[k].shape)}" for k in a.files))
    return 0


COMMANDS = {"compile": cmd_compile, "test": cmd_test, "train": cmd_train, "infer": cmd_infer, "data": cmd_data}


def run(argv: Sequence[str]) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        raise UsageError("a command is required: compile, test, train, infer or data")
    return COMMANDS[args.command](args)


def main(argv: Sequence[str] | None = None) -> int:
    return guarded_main("rdu", run, argv)


if __name__ == "__main__":
    sys.exit(main())
