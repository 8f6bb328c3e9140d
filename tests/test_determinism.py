"""Determinism: the whole pipeline, run in separate processes with different hash seeds, gives
byte-identical IR (set and dict iteration order must never leak into the output)."""

from __future__ import annotations

import pytest

from cli_util import ROOT, run_tool
from rdu_ir.registry import available, PASSES

PIPELINE = ["linalg-to-ta", "ta-decompose", "canonicalize", "ta-to-df", "infer-layout", "split-buffers",
            "allocate-units", "insert-credits"]


def _pipeline() -> str:
    present = available(PASSES)
    return ",".join(p for p in PIPELINE if p in present or p == "canonicalize")


@pytest.mark.parametrize("example", ["mlp.mlir", "attention.mlir"])
def test_pipeline_output_is_identical_across_hash_seeds(example: str):
    source = ROOT / "examples" / example
    if not source.exists():
        pytest.skip(f"{example} is not bundled")
    outputs = []
    for seed in ("0", "12345"):
        proc = run_tool("rdu-opt", str(source), "--chip=tiny", "-p", _pipeline(),
                        env={"PYTHONHASHSEED": seed})
        assert proc.returncode == 0, proc.stderr
        outputs.append(proc.stdout)
    assert outputs[0] == outputs[1]
