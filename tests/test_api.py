"""The Python API (issue 8, item 5): `rdu_ir.compile(...)` -> Program, its levels, bitstream, runs."""

from __future__ import annotations

import subprocess
import sys

import numpy as np
import pytest

import rdu_ir
from rdu_ir.bitstream.format import MAGIC
from rdu_ir.diagnostics import RduError

MATMUL_TIN = """\
func mm
input  A: f32[8, 16]
input  B: f32[16, 8]
output C: f32[8, 8]

C(i, j) = A(i, k) * B(k, j)
"""

ADD_MLIR = """\
func.func @addm(%a: tensor<8x16xf32>, %b: tensor<8x16xf32>) -> tensor<8x16xf32> {
  %0 = tensor.empty() : tensor<8x16xf32>
  %1 = linalg.add ins(%a, %b : tensor<8x16xf32>, tensor<8x16xf32>) outs(%0 : tensor<8x16xf32>) -> tensor<8x16xf32>
  return %1 : tensor<8x16xf32>
}
"""


@pytest.fixture(scope="module")
def mm(tmp_path_factory):
    path = tmp_path_factory.mktemp("api") / "mm.tin"
    path.write_text(MATMUL_TIN)
    return rdu_ir.compile(path, chip="tiny")


def test_levels_and_their_ir(mm):
    assert mm.levels == ["ta", "df", "rdu"] and mm.level == "rdu"
    assert "ta.contract" in mm.ir("ta") and "rdu.program" not in mm.ir("ta")
    assert "df." in mm.ir("df")
    assert "rdu.program @mm" in mm.ir("rdu") and mm.ir() == mm.ir("rdu")
    with pytest.raises(RduError, match="no 'linalg' form"):
        mm.ir("linalg")
    assert mm.passes[-1] == "insert-credits"


def test_run_and_check_against_numpy(mm):
    a, b = mm.random_inputs(seed=4)
    (c,) = mm.run(a, b)
    np.testing.assert_allclose(c, a @ b, rtol=1e-4, atol=1e-5)
    result = mm.check(a, b)
    assert result and result.max_abs_error < 1e-4 and "OK" in str(result)
    np.testing.assert_allclose(mm.reference(a, b)[0], a @ b, rtol=1e-5, atol=1e-6)
    # float64 inputs are cast to the program's f32; wrong shapes and counts are errors.
    np.testing.assert_allclose(mm.run(a.astype(np.float64), b)[0], c)
    with pytest.raises(RduError, match="takes 2 argument"):
        mm.run(a)
    with pytest.raises(RduError, match="shape"):
        mm.run(b, a)


def test_report_bitstream_and_runtime(mm):
    a, b = mm.random_inputs(seed=1)
    mm.run(a, b)
    report = mm.report
    assert report["chip"] == "tiny" and report["sections"] >= 1
    assert report["units"]["pcu"] >= 1 and report["routes"] > 0 and report["cycles"] > 0
    data = mm.bitstream
    assert data.startswith(MAGIC) and data == mm.bitstream
    from rdu_ir.runtime import Runtime

    rt = Runtime("tiny")
    loaded = mm.load(rt)
    np.testing.assert_allclose(loaded.run(a, b)[0], a @ b, rtol=1e-4, atol=1e-5)


def test_compile_text_module_and_pipeline_forms():
    prog = rdu_ir.compile(ADD_MLIR, chip="tiny", pipeline="linalg-to-ta")
    assert prog.levels == ["linalg", "ta"] and prog.level == "ta"
    a, b = prog.random_inputs()
    np.testing.assert_allclose(prog.run(a, b)[0], a + b)
    assert prog.check(a, b)
    with pytest.raises(RduError, match="only an rdu-level program has a bitstream"):
        prog.bitstream  # noqa: B018 - the property raises
    # A ModuleOp source is copied, not changed; the MLIR pipeline form and a list work too.
    module = prog.module_at("linalg")
    before = str(module)
    again = rdu_ir.compile(module, chip="tiny", pipeline="builtin.module(linalg-to-ta)")
    assert str(module) == before and again.ir("ta") == prog.ir("ta")
    assert rdu_ir.compile(module, chip="tiny", pipeline=["linalg-to-ta"]).ir() == prog.ir()


def test_tin_text_and_a_path_without_suffix(tmp_path):
    prog = rdu_ir.compile(MATMUL_TIN, chip="tiny", pipeline="ta-to-df", frontend="tin")
    assert prog.levels == ["ta", "df"]
    a, b = prog.random_inputs(seed=2)
    np.testing.assert_allclose(prog.run(a, b)[0], a @ b, rtol=1e-4, atol=1e-5)
    path = tmp_path / "add_program"
    path.write_text(ADD_MLIR)
    assert rdu_ir.compile(str(path), chip="tiny", pipeline="linalg-to-ta").levels == ["linalg", "ta"]


def test_user_errors_are_rdu_errors(tmp_path):
    with pytest.raises(RduError, match="unknown chip"):
        rdu_ir.compile(ADD_MLIR, chip="huge")
    with pytest.raises(RduError, match="unknown pass 'no-such-pass'"):
        rdu_ir.compile(ADD_MLIR, chip="tiny", pipeline="no-such-pass")
    with pytest.raises(RduError, match="cannot read"):
        rdu_ir.compile(tmp_path / "missing.mlir")
    with pytest.raises(RduError, match="expected a path, MLIR text or a ModuleOp"):
        rdu_ir.compile(42)  # type: ignore[arg-type]
    with pytest.raises(RduError):
        rdu_ir.compile("func.func @f( {", chip="tiny")


def test_import_stays_lazy():
    code = "import sys, rdu_ir; print('rdu_ir.api' in sys.modules, 'xdsl' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "False"]
    assert callable(rdu_ir.compile) and rdu_ir.Program.__name__ == "Program"
    with pytest.raises(AttributeError):
        rdu_ir.no_such_name  # noqa: B018
