"""A bounded run of the input fuzzer (benchmarks/fuzz_inputs.py runs 10,000 cases on demand):
mutated inputs to rdu-opt and rdu-run never give a traceback, a hang or a partial output file."""

import sys

from cli_util import ROOT


def test_mutated_inputs_give_diagnostics_not_tracebacks(tmp_path, capsys):
    sys.path.insert(0, str(ROOT))
    try:
        from benchmarks.fuzz_inputs import main
    finally:
        sys.path.remove(str(ROOT))
    status = main(["--cases", "150", "--workers", "2", "--seed", "3", "--time-limit", "60",
                   "--failures-dir", str(tmp_path / "failures")])
    out = capsys.readouterr().out
    assert status == 0, out
    assert "traceback       0" in out and "hang            0" in out
