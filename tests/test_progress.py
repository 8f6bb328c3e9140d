"""rdu_ir.progress: drawn only on a terminal, never with --quiet, erased when done."""

from __future__ import annotations

import io

from rdu_ir import progress


class _Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_silent_when_not_a_terminal(monkeypatch):
    monkeypatch.delenv("RDU_IR_PROGRESS", raising=False)
    out = io.StringIO()
    with progress.Progress("routing", 10, stream=out) as bar:
        for _ in range(10):
            bar.update()
    assert out.getvalue() == "" and bar.count == 10


def test_drawn_on_a_terminal_and_erased(monkeypatch):
    monkeypatch.delenv("RDU_IR_PROGRESS", raising=False)
    monkeypatch.setattr(progress, "INTERVAL", 0.0)
    out = _Tty()
    with progress.Progress("placement", 4, stream=out) as bar:
        bar.update(2)
        assert "placement [" in out.getvalue() and "50%" in out.getvalue() and "2/4" in out.getvalue()
    assert out.getvalue().endswith("\r\x1b[K")


def test_quiet_and_environment_override(monkeypatch):
    monkeypatch.delenv("RDU_IR_PROGRESS", raising=False)
    progress.set_quiet(True)
    try:
        assert not progress.enabled(_Tty())
        monkeypatch.setenv("RDU_IR_PROGRESS", "1")
        assert progress.enabled(io.StringIO())
    finally:
        progress.set_quiet(False)
    monkeypatch.setenv("RDU_IR_PROGRESS", "0")
    assert not progress.enabled(_Tty())


def test_unknown_total_shows_a_counter():
    bar = progress.Progress("simulation", 0, stream=_Tty(), show=True)
    bar.update(7)
    assert bar.line().startswith("simulation 7 ")
