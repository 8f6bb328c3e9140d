"""The `rdu` workflow (compile, test run, training run, inference run), a short version of
examples/digits_mlp.py: the loss decreases, the rdu-ir training step equals PyTorch's for the
same weights and batch, checkpoints are checked against the model and written atomically, and
inference writes labels. A `ta` program model needs no torch; the PyTorch parts skip without it."""

from __future__ import annotations

import os
import re
from pathlib import Path

import numpy as np
import pytest

from rdu_ir.diagnostics import RduError
from rdu_ir.workflow import main as rdu_main
from rdu_ir.workflow.checkpoint import (
    Checkpoint,
    check_matches,
    load_checkpoint,
    save_checkpoint,
)
from rdu_ir.workflow.data import load_dataset
from rdu_ir.workflow.model import Optimizer, build_programs, load_model

# A 16-example-batch MLP 64 -> 16 -> 10 as a ta program with marked parameters.
TA_MLP = """\
func.func @forward(%x: tensor<16x64xf32>, %w1: tensor<16x64xf32> {rdu.param = "fc1.weight"},
                   %b1: tensor<16xf32> {rdu.param = "fc1.bias"}, %w2: tensor<10x16xf32> {rdu.param = "fc2.weight"},
                   %b2: tensor<10xf32> {rdu.param = "fc2.bias"}) -> tensor<16x10xf32> {
  %0 = ta.contract "ak,nk->an" %x, %w1 : tensor<16x64xf32>, tensor<16x64xf32> -> tensor<16x16xf32>
  %1 = ta.broadcast %b1 dims [1] : tensor<16xf32> -> tensor<16x16xf32>
  %2 = ta.add %0, %1 : tensor<16x16xf32>
  %3 = ta.relu %2 : tensor<16x16xf32>
  %4 = ta.contract "ak,nk->an" %3, %w2 : tensor<16x16xf32>, tensor<10x16xf32> -> tensor<16x10xf32>
  %5 = ta.broadcast %b2 dims [1] : tensor<10xf32> -> tensor<16x10xf32>
  %6 = ta.add %4, %5 : tensor<16x10xf32>
  func.return %6 : tensor<16x10xf32>
}
"""

TORCH_MLP = """\
import torch

INPUT_SHAPES = [(16, 64)]
SEED = 0


def build_model():
    return torch.nn.Sequential(torch.nn.Linear(64, 16), torch.nn.{act}(), torch.nn.Linear(16, 10))
"""


def rdu(args, capsys) -> tuple[int, str, str]:
    code = rdu_main.main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(scope="module")
def data(tmp_path_factory) -> Path:
    """160 training and 48 test digits-like examples (separable blobs: no scikit-learn needed)."""
    d = tmp_path_factory.mktemp("data")
    rng = np.random.default_rng(0)
    centers = rng.standard_normal((10, 64)).astype(np.float32)

    def make(n):
        y = np.arange(n) % 10
        return (centers[y] + 0.5 * rng.standard_normal((n, 64))).astype(np.float32), y.astype(np.int64)

    x, y = make(160)
    np.savez(d / "train.npz", x=x, y=y)
    xt, yt = make(48)
    np.savez(d / "test.npz", x=xt, y=yt)
    np.savez(d / "unlabeled.npz", x=xt)
    (d / "mlp.mlir").write_text(TA_MLP)
    return d


def losses(stdout: str) -> list[float]:
    return [float(v) for v in re.findall(r"^epoch \d+: loss ([0-9.]+)", stdout, re.MULTILINE)]


def test_train_then_infer_on_a_ta_program(data, tmp_path, capsys):
    ckpt = tmp_path / "ckpt.npz"
    code, out, err = rdu(["train", data / "mlp.mlir", "--data", data / "train.npz", "--validation", data / "test.npz",
                          "--epochs", 3, "--lr", 0.01, "--checkpoint", ckpt, "--cycle-steps", 0], capsys)
    assert code == 0, err
    ls = losses(out)
    assert len(ls) == 3 and ls[0] > ls[1] > ls[2]
    assert "ta reference interpreter" in out and "test accuracy" in out
    saved = load_checkpoint(ckpt)
    assert saved.epoch == 3 and saved.model == "mlp" and set(saved.params) == {"fc1.weight", "fc1.bias", "fc2.weight", "fc2.bias"}
    assert {"loss", "train_accuracy", "test_accuracy"} <= set(saved.metrics)
    assert saved.optimizer["name"] == "adam" and any(k.endswith(".exp_avg") for k in saved.state)

    # Resuming continues the epoch count and the loss keeps going down.
    code, out, err = rdu(["train", data / "mlp.mlir", "--data", data / "train.npz", "--epochs", 1,
                          "--lr", 0.01, "--checkpoint", ckpt, "--cycle-steps", 0], capsys)
    assert code == 0, err
    assert "resumed from" in out and re.search(r"^epoch 4: ", out, re.MULTILINE)
    assert losses(out)[0] < ls[-1]
    assert load_checkpoint(ckpt).epoch == 4

    labels = tmp_path / "labels.npy"
    code, out, err = rdu(["infer", data / "mlp.mlir", "--checkpoint", ckpt, "--data", data / "unlabeled.npz",
                          "-o", labels], capsys)
    assert code == 0, err
    got = np.load(labels, allow_pickle=False)
    assert got.dtype == np.int64 and got.shape == (48,) and got.min() >= 0 and got.max() < 10
    truth = load_dataset(str(data / "test.npz")).y
    assert np.mean(got == truth) > 0.8  # separable blobs: learnt in 4 epochs


def test_checkpoint_mismatch_is_a_clear_error(data, tmp_path, capsys):
    model = load_model(str(data / "mlp.mlir"))
    ckpt = tmp_path / "c.npz"
    bad = dict(model.initial)
    bad["fc2.weight"] = np.zeros((10, 8), np.float32)
    save_checkpoint(ckpt, Checkpoint(bad, model="mlp", model_hash=model.hash))
    code, _, err = rdu(["infer", data / "mlp.mlir", "--checkpoint", ckpt, "--data", data / "unlabeled.npz",
                          "-o", tmp_path / "l.npy"], capsys)
    assert code == 1 and err.count("\n") == 1
    assert "does not match" in err and "'fc2.weight' has shape [10, 8]" in err
    assert not (tmp_path / "l.npy").exists()

    missing = {k: v for k, v in model.initial.items() if k != "fc1.bias"}
    save_checkpoint(ckpt, Checkpoint(missing, model="mlp", model_hash=model.hash))
    with pytest.raises(RduError, match="lacks parameter.*fc1.bias"):
        check_matches(load_checkpoint(ckpt), ckpt, model.name, model.hash, model.param_shapes)

    save_checkpoint(ckpt, Checkpoint(dict(model.initial), model="mlp", model_hash="0" * 64))
    with pytest.raises(RduError, match="model hash"):
        check_matches(load_checkpoint(ckpt), ckpt, model.name, model.hash, model.param_shapes)

    np.savez(tmp_path / "plain.npz", x=np.zeros(3))
    code, _, err = rdu(["infer", data / "mlp.mlir", "--checkpoint", tmp_path / "plain.npz", "--data",
                        data / "unlabeled.npz", "-o", tmp_path / "l.npy"], capsys)
    assert code == 1 and "not an rdu checkpoint" in err


def test_interrupted_run_keeps_the_previous_checkpoint(data, tmp_path, capsys, monkeypatch):
    ckpt = tmp_path / "ckpt.npz"
    args = ["train", data / "mlp.mlir", "--data", data / "train.npz", "--epochs", 1, "--checkpoint", ckpt,
            "--cycle-steps", 0]
    assert rdu(args, capsys)[0] == 0
    before = ckpt.read_bytes()

    from rdu_ir.workflow import training

    real_step = training.Trainer.step
    calls = {"n": 0}

    def interrupted(self, x, t):
        calls["n"] += 1
        if calls["n"] == 3:
            raise KeyboardInterrupt
        return real_step(self, x, t)

    monkeypatch.setattr(training.Trainer, "step", interrupted)
    code, out, _ = rdu(args, capsys)
    assert code == 130 and "not updated" in out
    assert ckpt.read_bytes() == before
    monkeypatch.undo()

    # A failure while writing leaves the old file and no temporary behind.
    real_write = np.lib.format.write_array
    written = {"n": 0}

    def broken_write(f, array, **kw):  # the disk fills up after the first array
        written["n"] += 1
        if written["n"] > 1:
            raise OSError(28, "No space left on device")
        return real_write(f, array, **kw)

    monkeypatch.setattr(np.lib.format, "write_array", broken_write)
    code, _, err = rdu(args, capsys)
    assert code == 1 and "No space left" in err
    assert ckpt.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ckpt.npz"]


def test_checkpoint_format(tmp_path, monkeypatch):
    ckpt = Checkpoint({"a.w": np.arange(6, dtype=np.float32).reshape(2, 3)}, {"a.w.momentum": np.ones((2, 3), np.float32)},
                      "m", "ab" * 32, 7, {"loss": 0.5}, {"name": "sgd", "lr": 0.1, "momentum": 0.9})
    path = tmp_path / "x.npz"
    save_checkpoint(path, ckpt)
    with np.load(path, allow_pickle=False) as a:
        assert sorted(a.files) == ["__header__", "param/a.w", "state/a.w.momentum"]
    back = load_checkpoint(path)
    assert back.epoch == 7 and back.metrics == {"loss": 0.5} and back.model_hash == "ab" * 32
    np.testing.assert_array_equal(back.params["a.w"], ckpt.params["a.w"])
    import time

    monkeypatch.setattr(time, "time", lambda: 2e9)  # zip members carry timestamps: not from the clock
    save_checkpoint(tmp_path / "y.npz", ckpt)
    assert (tmp_path / "y.npz").read_bytes() == path.read_bytes()


def test_compile_writes_the_lowest_level_that_works_and_test_run_checks_it(data, tmp_path, capsys):
    prog = tmp_path / "prog.rbs"
    code, out, err = rdu(["compile", data / "mlp.mlir", "-o", prog, "--level", "df"], capsys)
    assert code == 0, err
    assert "@forward, @train_step, @inference at the df level" in out
    code, out, err = rdu(["test", prog, "--check"], capsys)
    assert code == 0, err
    assert out.count("matches the ta reference") == 3 and "check: OK" in out


TINY = """\
func.func @forward(%x: tensor<4x8xf32>, %w: tensor<3x8xf32> {rdu.param = "fc.weight"},
                   %b: tensor<3xf32> {rdu.param = "fc.bias"}) -> tensor<4x3xf32> {
  %0 = ta.contract "ak,nk->an" %x, %w : tensor<4x8xf32>, tensor<3x8xf32> -> tensor<4x3xf32>
  %1 = ta.broadcast %b dims [1] : tensor<3xf32> -> tensor<4x3xf32>
  %2 = ta.add %0, %1 : tensor<4x3xf32>
  func.return %2 : tensor<4x3xf32>
}
"""
DEEP_CHIP = "[chip]\nname = 'deep'\nrows = 8\ncols = 8\npcu_lanes = 4\npcu_stages = 12\npmu_capacity_bytes = 16384\npmu_banks = 4\n"


def test_first_steps_run_on_the_cycle_simulator_when_the_step_lowers(tmp_path, capsys):
    """A chip whose PCUs are deep enough for the training step: the first steps run its rdu
    training section on the cycle-level simulator, checked against ta, with cycles > 0."""
    (tmp_path / "tiny.mlir").write_text(TINY)
    (tmp_path / "deep.toml").write_text(DEEP_CHIP)
    rng = np.random.default_rng(0)
    np.savez(tmp_path / "d.npz", x=rng.standard_normal((12, 8)).astype(np.float32), y=np.arange(12) % 3)
    code, out, err = rdu(["train", tmp_path / "tiny.mlir", "--data", tmp_path / "d.npz", "--epochs", 1,
                          "--chip", tmp_path / "deep.toml", "--cycle-steps", 2, "--checkpoint", tmp_path / "c.npz"], capsys)
    assert code == 0, err
    cycles = [int(c) for c in re.findall(r"step \d on the cycle-level simulator \(rdu\): (\d+) cycles, matches", out)]
    assert len(cycles) == 2 and all(c > 0 for c in cycles), out


def test_usage_and_input_errors_are_one_line(data, tmp_path, capsys):
    for args, message in [
        (["train", data / "mlp.mlir", "--data", data / "unlabeled.npz"], "has no labels"),
        (["train", tmp_path / "none.py", "--data", data / "train.npz"], "no such file"),
        (["infer", data / "mlp.mlir", "--checkpoint", tmp_path / "none.npz", "--data", data / "test.npz", "-o", "x"],
         "cannot read checkpoint"),
        (["train", data / "mlp.mlir", "--data", data / "train.npz", "--batch-size", 8], "batch size 16"),
        (["compile", data / "mlp.mlir"], "required"),
        ([], "a command is required"),
    ]:
        code, _, err = rdu(args, capsys)
        assert code == 1 and message in err, (args, err)
        assert "Traceback" not in err


# --- PyTorch ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def torch_model_file(tmp_path_factory) -> Path:
    pytest.importorskip("torch")
    d = tmp_path_factory.mktemp("models")
    (d / "relu.py").write_text(TORCH_MLP.format(act="ReLU"))
    (d / "tanh.py").write_text(TORCH_MLP.format(act="Tanh"))
    return d


@pytest.mark.parametrize("optimizer", ["sgd", "adam"])
def test_training_step_matches_pytorch(torch_model_file, optimizer):
    from rdu_ir.sim.runner import run_module

    from rdu_ir.workflow.training import initial_state, step_layout, torch_training_step

    model = load_model(str(torch_model_file / "relu.py"))
    opt = Optimizer(optimizer, 0.05, 0.9)
    programs = build_programs(model, opt)
    layout = step_layout(programs)
    rng = np.random.default_rng(1)
    params = {k: (v + 0.1 * rng.standard_normal(v.shape)).astype(np.float32) for k, v in model.initial.items()}
    x = rng.standard_normal((16, 64)).astype(np.float32)
    y = rng.integers(0, 10, 16)
    state = initial_state(layout)
    out = run_module(programs, "train_step",
                     [*model.arguments([x], params), y.astype(np.float32), *(state[n] for n in layout.state_names)]).results
    loss, new = torch_training_step(model, params, x, y, optimizer, opt.lr, opt.momentum)
    assert float(out[layout.loss]) == pytest.approx(loss, rel=1e-5)
    for i, name in zip(layout.params, model.param_names):
        np.testing.assert_allclose(out[i], new[name], rtol=1e-4, atol=1e-6)


def test_pytorch_model_test_run_and_hash(torch_model_file, tmp_path, capsys):
    relu = torch_model_file / "relu.py"
    code, out, err = rdu(["test", relu, "--check", "--level", "ta"], capsys)
    assert code == 0, err
    assert "@forward: matches PyTorch" in out and "matches a PyTorch adam step" in out
    assert "@inference: matches PyTorch (argmax" in out
    # The hash ignores the batch size but sees the architecture.
    assert load_model(str(relu), batch_size=4).hash == load_model(str(relu)).hash
    assert load_model(str(torch_model_file / "tanh.py")).hash != load_model(str(relu)).hash


def test_unsupported_model_file_errors(tmp_path, capsys):
    pytest.importorskip("torch")
    bad = tmp_path / "bad.py"
    bad.write_text("import torch\nINPUT_SHAPES = [(2, 3)]\n\ndef build_model():\n    raise ValueError('nope')\n")
    code, _, err = rdu(["test", bad], capsys)
    assert code == 1 and f"{bad}:5:1: error: build_model() failed: ValueError: nope" in err
    (tmp_path / "none.py").write_text("x = 1\n")
    code, _, err = rdu(["test", tmp_path / "none.py"], capsys)
    assert code == 1 and "defines no function build_model()" in err


def test_working_directory_is_untouched(data, tmp_path, capsys, monkeypatch):
    """Without --checkpoint a run saves to checkpoints/MODEL.npz under the working directory."""
    monkeypatch.chdir(tmp_path)
    code, _, err = rdu(["train", data / "mlp.mlir", "--data", data / "train.npz", "--epochs", 0,
                          "--cycle-steps", 0], capsys)
    assert code == 0, err
    assert os.path.exists(tmp_path / "checkpoints" / "mlp.npz")
