"""`rdu-run`: inputs by name or position, random inputs, result files, the summary, `--check`,
and clean `error:` lines (exit 1, no traceback) for every user mistake."""

from __future__ import annotations

import textwrap
from pathlib import Path

import numpy as np
import pytest
from cli_util import assert_clean_error, run_tool

from rdu_ir.run_main import main as rdu_run

TIN = """\
func affine
input  A: f32[2, 3]
input  b: f32[3]
output Y: f32[2, 3]
output s: f32[2]
Y(i, j) = relu(A(i, j) + b(j))
s(i) = A(i, j)
"""

TWO_FUNCS = """\
func.func @f(%x: tensor<2xf32>) -> tensor<2xf32> {
  %0 = ta.relu %x : tensor<2xf32>
  func.return %0 : tensor<2xf32>
}
func.func @g(%x: tensor<2xf32>) -> tensor<2xf32> {
  %0 = ta.neg %x : tensor<2xf32>
  func.return %0 : tensor<2xf32>
}
"""


@pytest.fixture
def prog(tmp_path: Path) -> Path:
    path = tmp_path / "affine.tin"
    path.write_text(TIN)
    return path


@pytest.fixture
def arrays(tmp_path: Path) -> tuple[np.ndarray, np.ndarray, Path, Path]:
    rng = np.random.default_rng(1)
    a, b = rng.standard_normal((2, 3)).astype(np.float32), rng.standard_normal(3).astype(np.float32)
    np.save(tmp_path / "a.npy", a)
    np.save(tmp_path / "b.npy", b)
    return a, b, tmp_path / "a.npy", tmp_path / "b.npy"


def inproc(capsys, *args: str) -> tuple[int, str, str]:
    status = rdu_run([str(a) for a in args])
    out, err = capsys.readouterr()
    return status, out, err


# --- running ------------------------------------------------------------------------------
def test_inputs_by_name_and_position_write_results(prog, arrays, tmp_path):
    a, b, pa, pb = arrays
    out_dir = tmp_path / "out"
    proc = run_tool("rdu-run", str(prog), "--input", f"%A={pa}", "--input", f"1={pb}", "--output-dir", str(out_dir))
    assert proc.returncode == 0, proc.stderr
    y, s = np.load(out_dir / "result0.npy"), np.load(out_dir / "result1.npy")
    np.testing.assert_allclose(y, np.maximum(a + b, 0), rtol=1e-6)
    np.testing.assert_allclose(s, a.sum(1), rtol=1e-5)
    lines = proc.stdout.splitlines()
    assert lines[0].startswith("result0: 2x3 float32 checksum=0x") and "sum=" in lines[0] and "max=" in lines[0]
    assert lines[1].startswith("result1: 2 float32 checksum=0x")
    assert sorted(p.name for p in out_dir.iterdir()) == ["result0.npy", "result1.npy"]


def test_bare_name_and_all_three_spellings_agree(prog, arrays, capsys):
    _, _, pa, pb = arrays
    outs = []
    for names in (("A", "b"), ("%A", "%b"), ("0", "1")):
        status, out, err = inproc(capsys, prog, "--input", f"{names[0]}={pa}", "--input", f"{names[1]}={pb}")
        assert status == 0, err
        outs.append(out)
    assert outs[0] == outs[1] == outs[2]


def test_random_inputs_are_seeded(prog, capsys):
    runs = [inproc(capsys, prog, "--random-inputs", "--seed", seed)[1] for seed in ("3", "3", "4")]
    assert runs[0] == runs[1] != runs[2]


def test_given_inputs_override_random_ones(prog, arrays, tmp_path, capsys):
    a, _, pa, _ = arrays
    status, _, err = inproc(capsys, prog, "--random-inputs", "--input", f"A={pa}", "--output-dir", tmp_path / "o")
    assert status == 0, err
    np.testing.assert_allclose(np.load(tmp_path / "o" / "result1.npy"), a.sum(1), rtol=1e-5)


def test_mlir_from_stdin_with_entry(tmp_path):
    proc = run_tool("rdu-run", "-", "--entry", "g", "--random-inputs", "--check", stdin=TWO_FUNCS)
    assert proc.returncode == 0, proc.stderr
    assert "check: OK" in proc.stdout


def test_check_against_nested_reference_reports_mismatch(tmp_path, capsys):
    # The payload computes relu, the kept reference neg: --check must fail with a report.
    text = textwrap.dedent("""\
    builtin.module {
      func.func @f(%x: tensor<4xf32>) -> tensor<4xf32> {
        %0 = ta.relu %x : tensor<4xf32>
        func.return %0 : tensor<4xf32>
      }
      builtin.module @rdu_reference attributes {rdu.reference} {
        func.func @f(%x: tensor<4xf32>) -> tensor<4xf32> {
          %0 = ta.neg %x : tensor<4xf32>
          func.return %0 : tensor<4xf32>
        }
      }
    }
    """)
    path = tmp_path / "lowered.mlir"
    path.write_text(text)
    np.save(tmp_path / "x.npy", np.array([1, -2, 0, 3], np.float32))
    status, out, err = inproc(capsys, path, "--input", f"x={tmp_path / 'x.npy'}", "--check")
    assert status == 1
    assert "error: --check failed" in err
    assert "result0: 3 of 4 elements differ" in err and "worst at [3]: got 3, expected -3" in err
    # `--reference FILE` overrides the nested reference: relu against relu passes.
    ref = tmp_path / "ref.tin"
    ref.write_text("func f\ninput x: f32[4]\noutput y: f32[4]\ny(i) = relu(x(i))\n")
    status, out, err = inproc(capsys, path, "--input", f"x={tmp_path / 'x.npy'}", "--check", "--reference", ref)
    assert status == 0, err
    assert "check: OK" in out


def test_tolerances_decide(tmp_path, capsys):
    path = tmp_path / "p.tin"
    path.write_text("func f\ninput x: f32[2]\noutput y: f32[2]\ny(i) = x(i) * 1.001\n")
    ref = tmp_path / "r.tin"
    ref.write_text("func f\ninput x: f32[2]\noutput y: f32[2]\ny(i) = x(i)\n")
    np.save(tmp_path / "x.npy", np.array([1, 2], np.float32))
    common = [path, "--input", f"x={tmp_path / 'x.npy'}", "--check", "--reference", ref]
    assert inproc(capsys, *common)[0] == 1
    assert inproc(capsys, *common, "--rtol", "1e-2")[0] == 0


def test_chip_is_accepted(prog):
    proc = run_tool("rdu-run", str(prog), "--random-inputs", "--chip", "tiny", "-q")
    assert proc.returncode == 0 and proc.stdout == "", proc.stderr


# --- user errors: subprocesses, so a traceback anywhere would show --------------------------
def test_missing_input(prog, arrays):
    _, _, pa, _ = arrays
    proc = run_tool("rdu-run", str(prog), "--input", f"A={pa}")
    assert_clean_error(proc, "error: missing input for argument #1 ('%b') of type tensor<3xf32>", "--random-inputs")


def test_wrong_shape_and_dtype(prog, tmp_path):
    np.save(tmp_path / "bad_shape.npy", np.zeros((3, 2), np.float32))
    np.save(tmp_path / "bad_dtype.npy", np.zeros((2, 3), np.float64))
    proc = run_tool("rdu-run", str(prog), "--random-inputs", "--input", f"A={tmp_path / 'bad_shape.npy'}")
    assert_clean_error(proc, "has shape 3x2, expected 2x3")
    proc = run_tool("rdu-run", str(prog), "--random-inputs", "--input", f"A={tmp_path / 'bad_dtype.npy'}")
    assert_clean_error(proc, "has dtype float64, expected float32")


def test_unreadable_input_files(prog, tmp_path, capsys):
    (tmp_path / "text.npy").write_text("not numpy")
    np.save(tmp_path / "objects.npy", np.array([{"a": 1}], dtype=object), allow_pickle=True)
    np.savez(tmp_path / "arch.npz", a=np.zeros(2))
    cases = [
        (tmp_path / "missing.npy", "no such file"),
        (tmp_path / "text.npy", "is not a valid .npy file (it lacks the NUMPY header)"),
        (tmp_path / "objects.npy", "pickled data"),
        (tmp_path / "arch.npz", ".npz archive"),
        (tmp_path, "is a directory"),
    ]
    for path, needle in cases:
        status, _, err = inproc(capsys, prog, "--random-inputs", "--input", f"A={path}")
        assert status == 1 and err.startswith("error: ") and needle in err, err


def test_bad_input_names(prog, arrays, capsys):
    _, _, pa, _ = arrays
    cases = [
        (["--input", f"C={pa}"], "no argument named '%C' (arguments: %A, %b)"),
        (["--input", f"5={pa}"], "the function has 2 argument(s)"),
        (["--input", f"A={pa}", "--input", f"0={pa}"], "is given twice"),
        (["--input", "A"], "expected NAME=FILE.npy"),
    ]
    for args, needle in cases:
        status, _, err = inproc(capsys, prog, *args)
        assert status == 1 and err.startswith("error: ") and needle in err, err


def test_bad_modules(tmp_path, capsys):
    bad = tmp_path / "bad.mlir"
    bad.write_text("func.func @f(%x: tensor<2xf32>) -> tensor<2xf32> {\n  %0 = ta.relu %x : tensor<3xf32>\n")
    assert_clean_error(run_tool("rdu-run", str(bad), "--random-inputs"), "bad.mlir:2:")
    assert_clean_error(run_tool("rdu-run", "-", "--random-inputs", stdin="this is not IR"), "<stdin>:1:")
    tin = tmp_path / "bad.tin"
    tin.write_text("input A: f32[2]\noutput B: f32[2]\nB(i) = C(i)\n")
    two = tmp_path / "two.mlir"
    two.write_text(TWO_FUNCS)
    cases = [
        ([tin, "--random-inputs"], f"{tin}:3:8: error: use of undeclared tensor 'C'"),
        ([tmp_path / "nope.mlir"], "error: cannot read"),
        ([two, "--entry", "f", "--random-inputs", "--chip", "nosuchchip"], "unknown chip"),
    ]
    for args, needle in cases:
        status, _, err = inproc(capsys, *args)
        assert status == 1 and needle in err, err


def test_entry_selection_errors(capsys, tmp_path):
    path = tmp_path / "two.mlir"
    path.write_text(TWO_FUNCS)
    status, _, err = inproc(capsys, path, "--random-inputs")
    assert status == 1 and "several public functions (@f, @g); choose one with --entry" in err
    status, _, err = inproc(capsys, path, "--random-inputs", "--entry", "@h")
    assert status == 1 and "no function named '@h' in the module (functions: @f, @g)" in err
    status, _, err = inproc(capsys, path, "--random-inputs", "--entry", "@f")
    assert status == 0, err


def test_usage_errors_are_one_line():
    proc = run_tool("rdu-run", "--rtol", "x", "f.mlir")
    assert_clean_error(proc, "rdu-run: error: argument --rtol")


# --- the level dispatch ---------------------------------------------------------------------
def test_missing_simulator_is_a_clear_error(monkeypatch):
    from rdu_ir.sim import runner

    from rdu_ir.diagnostics import RduError
    from rdu_ir.frontends.tin import parse_tin

    module = parse_tin("input x: f32[2]\noutput y: f32[2]\ny(i) = x(i) + 1\n", "p.tin")
    monkeypatch.setitem(runner.LEVEL_RUNNERS, "ta", "rdu_ir.sim.no_such_simulator:run")
    with pytest.raises(RduError, match="no simulator for level ta yet"):
        runner.run_module(module, None, [np.zeros(2, np.float32)])
    monkeypatch.delitem(runner.LEVEL_RUNNERS, "ta")
    with pytest.raises(RduError, match="no simulator for level ta yet"):
        runner.run_module(module, None, [np.zeros(2, np.float32)])


def test_level_is_the_highest_dialect_of_the_payload():
    from rdu_ir.sim.runner import module_level
    from xdsl.dialects.builtin import ModuleOp, UnregisteredOp

    from rdu_ir.frontends.tin import parse_tin
    from rdu_ir.reference import keep_reference

    module = parse_tin("input x: f32[2]\noutput y: f32[2]\ny(i) = x(i) + 1\n", "p.tin")
    assert module_level(module) == "ta"
    keep_reference(module)  # the reference is ta but not payload
    fn = next(iter(module.ops))
    fn.body.block.insert_op_before(UnregisteredOp.with_name("df.compute").create(), fn.body.block.first_op)
    assert module_level(module) == "df"
    assert module_level(ModuleOp([])) == "ta"


def test_tin_from_stdin_needs_the_frontend_flag(monkeypatch, capsys):
    import io
    import sys

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(TIN.encode())))
    status, out, err = inproc(capsys, "-", "--frontend", "tin", "--random-inputs", "--check")
    assert status == 0, err
    assert out.startswith("result0: 2x3 float32") and "check: OK" in out


def test_bitstreams_are_recognised_by_their_magic(tmp_path, capsys):
    from rdu_ir.run_main import BITSTREAM_MAGIC

    bad = tmp_path / "broken.rbs"
    bad.write_bytes(BITSTREAM_MAGIC + b"\x00" * 7)
    status, _, err = inproc(capsys, bad, "--random-inputs")
    assert status == 1 and err.startswith("error: ") and "broken.rbs" in err and "offset" in err, err
