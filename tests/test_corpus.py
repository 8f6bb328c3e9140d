"""The external linalg corpus (../shared/corpus/linalg, see its README): real programs from
tpp-mlir, IREE and LLVM. Each either imports and computes what an independent numpy evaluation
of the linalg program computes, or is rejected with a diagnostic naming the construct."""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import pytest
from linalg_numpy import (
    assert_same,
    dense_array,
    import_module,
    parse,
    random_inputs,
    randomize_constants,
    run_linalg,
)
from xdsl.dialects import func
from xdsl.utils.exceptions import DiagnosticException, ParseError

CORPUS = Path(os.environ.get("RDU_CORPUS", Path(__file__).resolve().parents[2] / "shared" / "corpus" / "linalg"))
SLOW = bool(os.environ.get("RDU_SLOW"))

pytestmark = pytest.mark.skipif(not CORPUS.is_dir(), reason=f"corpus not found at {CORPUS}")

# file -> the ta ops the import must produce (at least these counts)
RUNS = {
    "tpp_resnet50_bottleneck": {"ta.conv2d": 3, "ta.pad": 1, "ta.slice": 1},
    "tpp_mlp_3layers": {"ta.contract": 3},
    "tpp_torch_dynamo_mlp_fp32": {"ta.contract": 3},
    "tpp_gpu_mlp_fp32_1024": {"ta.contract": 1},
    "tpp_query_times_key": {"ta.contract": 1},
    "tpp_softmax_times_value": {"ta.contract": 1},
    "ireets_matmul_f32_15x37x7_and_6x13x3": {"ta.contract": 2},
    "ireets_conv2d_nhwc_hwcf_f32_small": {"ta.conv2d": 3},
    "ireets_conv2d_nhwc_hwcf_f32_medium": {"ta.conv2d": 3},
    "llvm_test_elementwise": {"ta.add": 1},
    "tpp_mha_bert": {"ta.contract": 6, "ta.exp": 1},
    "tpp_mobilenet_nobn": {"ta.conv2d": 53, "ta.pool2d": 1},
    # IREE tests: their check.expect_* become results (the evaluator also asserts the expectation).
    "iree_softmax_generic_static": {"ta.reduce": 2, "ta.exp": 1},
    "iree_linalg_softmax_static": {"ta.softmax": 1},
    # prints its first row with vector.transfer_read + vector.print: that row becomes a result.
    "tpp_mlp_1layer_512": {"ta.contract": 1, "ta.slice": 1},
}
REJECTED = {
    "llvm_test_tensor_matmul": "transform.sequence",
    "llvm_test_tile_reduction_subf": "memref.cast",
}


def load(name: str):
    path = CORPUS / f"{name}.mlir"
    return parse(path.read_text(), str(path))


def census(module) -> dict[str, int]:
    counts: dict[str, int] = {}
    for op in module.walk():
        counts[op.name] = counts.get(op.name, 0) + 1
    return counts


def check_numerics(module, seed: int = 0):
    """Randomize the splat constants, import, compare every function with the numpy evaluation."""
    from rdu_ir.sim.reference import run_reference

    rng = np.random.default_rng(seed)
    randomize_constants(module, rng)
    imported = import_module(module)
    for fn in imported.ops:
        if isinstance(fn, func.FuncOp) and fn.body.blocks:
            inputs = random_inputs(fn, rng)
            name = fn.sym_name.data
            assert_same(run_linalg(module, name, inputs), run_reference(imported, name, inputs))
    return imported


@pytest.mark.parametrize("name", sorted(RUNS))
def test_corpus_file_imports_and_runs(name):
    imported = check_numerics(load(name))
    counts = census(imported)
    assert not [n for n in counts if n.startswith(("linalg.", "tensor.", "ml_program.", "bufferization.", "util.", "check."))], counts
    for op_name, n in RUNS[name].items():
        assert counts.get(op_name, 0) >= n, (op_name, counts)


@pytest.mark.parametrize("name", ["iree_softmax_generic_static", "iree_linalg_softmax_static"])
def test_iree_expectations_hold_in_the_imported_program(name):
    """IREE's own expected values (check.expect_*) are an oracle independent of ours."""
    from rdu_ir.sim.reference import run_reference

    module = load(name)
    expected = []
    for op in module.walk():
        if op.name == "check.expect_almost_eq_const":
            expected.append(np.full(op.value.type.get_shape(), dense_array(op.value).reshape(-1)[0]))
        elif op.name == "check.expect_almost_eq":
            expected.append(dense_array(op.rhs.owner.value))
    (result,) = run_reference(import_module(module), None, [])
    assert len(expected) == 1
    np.testing.assert_allclose(result, expected[0], rtol=1e-5, atol=1e-6)


def test_resnet50v1_imports():
    module = load("tpp_resnet50v1")
    imported = import_module(module)
    counts = census(imported)
    assert counts["ta.conv2d"] == 53 and counts["ta.pool2d"] == 1 and counts["ta.exp"] == 1
    assert counts["ta.contract"] == 1 and counts["ta.pad"] == 18
    assert not [n for n in counts if n.startswith(("linalg.", "tensor."))]
    # It runs, and ends in a softmax: a probability distribution over the 1000 classes.
    from rdu_ir.sim.reference import run_reference

    image = np.random.default_rng(0).standard_normal((1, 224, 224, 3)).astype(np.float32)
    (probs,) = run_reference(imported, "resnet50v1", [image])
    assert probs.shape == (1, 1000) and np.all(np.isfinite(probs)) and np.all(probs >= 0)
    assert abs(float(probs.sum()) - 1.0) < 1e-4


@pytest.mark.skipif(not SLOW, reason="ResNet50 against the numpy evaluation (~15 s); set RDU_SLOW=1")
def test_resnet50v1_runs():
    check_numerics(load("tpp_resnet50v1"))


@pytest.mark.parametrize("name", sorted(REJECTED))
def test_corpus_file_rejected_with_a_named_construct(name):
    with pytest.raises((ParseError, DiagnosticException)) as info:
        import_module(load(name))
    message = str(info.value)
    assert REJECTED[name] in message
    assert f"{name}.mlir:" in message  # located


def test_mlp_1layer_prints_what_its_check_lines_expect():
    """tpp-run feeds ones: every printed value is 256 * 1 * 1 + 1 = 257 (the file's CHECK line)."""
    from rdu_ir.sim.reference import run_reference

    imported = import_module(load("tpp_mlp_1layer_512"))
    ones = [np.ones(s, np.float32) for s in [(128, 256), (256, 512), (1, 512)]]
    _, printed = run_reference(imported, "entry", ones)
    assert printed.shape == (512,) and np.all(printed == 257.0)


def test_llvm_elementwise_prints_its_check_values():
    from rdu_ir.sim.reference import run_reference

    (printed,) = run_reference(import_module(load("llvm_test_elementwise")), "main", [])
    assert printed.tolist() == [11.0, 22.0, 33.0]
