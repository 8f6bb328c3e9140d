"""`check_pass` on the passes of the ta level and the lowering out of it (the df- and rdu-level
passes have theirs in their own test files): random programs verify, round-trip, keep their
values and are deterministic."""

import dataclasses

import pytest

from rdu_ir.chip import PRESETS, bind_chip
from rdu_ir.testing.check import check_pass
from rdu_ir.testing.strategies import ta_programs


@pytest.mark.parametrize("pipeline", ["canonicalize", "ta-decompose", "canonicalize,cse,ta-decompose"])
def test_ta_level_passes(pipeline):
    check_pass(pipeline, idempotent=pipeline == "ta-decompose")


def test_ta_to_df_on_a_small_chip():
    # Each program is bound to a chip with small memories so that tiling really happens.
    small = dataclasses.replace(PRESETS["tiny"], name="tiny-small", pmu_capacity_bytes=1024, pmu_banks=4)

    def on_small_chip(module):
        bind_chip(module, small)
        return module

    check_pass("ta-to-df", ta_programs().map(on_small_chip), rtol=1e-4, atol=1e-3)
