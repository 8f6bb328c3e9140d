"""The figures of a cycle-level run, as `rdu-run` prints them and writes `--metrics-json`.

`metrics(stats, chip)` turns `run_rdu`'s stats into: cycles, seconds at the chip's clock,
FLOPs (from the configuration, see `cycle_bounds`), achieved FLOP/s and the fraction of the
chip's peak, the ideal lower bound, and per unit its kind, site, busy, stalled-on-input and
stalled-on-credit cycles. `format_metrics` is the human-readable summary.
"""

from __future__ import annotations

from rdu_ir.chip import Chip


def metrics(stats: dict, chip: Chip) -> dict:
    cycles = int(stats["cycles"])
    seconds = cycles / chip.clock_hz
    flops = float(stats["flops"])
    achieved = flops / seconds if seconds else 0.0
    return {
        "cycles": cycles,
        "seconds_at_clock": seconds,
        "flops": flops,
        "achieved_flops_per_s": achieved,
        "peak_flops_per_s": chip.peak_flops,
        "peak_fraction": achieved / chip.peak_flops if chip.peak_flops else 0.0,
        "lower_bound_cycles": int(stats["lower_bound_cycles"]),
        "dram_bytes": int(stats.get("dram_bytes", 0)),
        "sections": int(stats.get("sections", 0)),
        "chip": chip.name,
        "units": stats.get("units", {}),
    }


def format_metrics(m: dict) -> str:
    lb = m["lower_bound_cycles"]
    return (
        f"cycles: {m['cycles']} ({m['seconds_at_clock'] * 1e6:.3f} us at the clock of chip '{m['chip']}'), "
        f"{m['flops']:.6g} FLOPs, {m['achieved_flops_per_s'] / 1e9:.4g} GFLOP/s = "
        f"{100 * m['peak_fraction']:.2f}% of peak, lower bound {lb} cycles "
        f"({100 * lb / max(1, m['cycles']):.1f}% of the simulated cycles)"
    )
