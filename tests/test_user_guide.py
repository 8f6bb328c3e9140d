"""docs/user-guide.md works as written: every ```bash block runs, in order, in a scratch directory
holding a link to the repository's examples/ (outputs go to its out/), with the installed tools
on PATH; every block marked `<!-- excerpt: FILE -->` quotes lines that FILE really contains."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
GUIDE = ROOT / "docs" / "user-guide.md"
FENCE = re.compile(r"^```(\w*)\n(.*?)^```$", re.DOTALL | re.MULTILINE)
EXCERPT = re.compile(r"<!-- excerpt: (\S+) -->\s*$")


def blocks() -> list[tuple[str, str, str | None]]:
    """(language, text, excerpted file or None) for every fenced block, in order."""
    text = GUIDE.read_text(encoding="utf-8")
    out = []
    for m in FENCE.finditer(text):
        before = text[: m.start()].rstrip("\n").rsplit("\n", 1)[-1]
        source = EXCERPT.match(before)
        out.append((m.group(1), m.group(2), source.group(1) if source else None))
    return out


def test_guide_has_commands_and_excerpts():
    langs = [b[0] for b in blocks()]
    assert langs.count("bash") >= 8
    assert sum(1 for b in blocks() if b[2]) >= 4


def test_every_bash_block_runs_and_every_excerpt_is_real(tmp_path):
    (tmp_path / "examples").symlink_to(ROOT / "examples")
    env = dict(os.environ)
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}"
    env.pop("RDU_IR_PROGRESS", None)
    for lang, body, source in blocks():
        if lang == "bash":
            proc = subprocess.run(
                ["bash", "-euo", "pipefail", "-c", body], cwd=tmp_path, env=env,
                capture_output=True, text=True, check=False, timeout=300,
            )  # fmt: skip
            if proc.returncode != 0:
                pytest.fail(f"this block of docs/user-guide.md failed ({proc.returncode}):\n{body}\n"
                            f"stdout:\n{proc.stdout}\nstderr:\n{proc.stderr}", pytrace=False)  # fmt: skip
        if source is not None:
            path = tmp_path / source
            assert path.exists(), f"the excerpt of {source} names a file no command made"
            have = {line.strip() for line in path.read_text(encoding="utf-8").splitlines()}
            missing = [ln for ln in body.splitlines() if ln.strip() and ln.strip() not in have]
            if missing:
                pytest.fail(f"docs/user-guide.md quotes lines {source} does not contain (refresh the excerpt):\n"
                            + "\n".join(missing), pytrace=False)  # fmt: skip


def test_relative_links_resolve():
    text = GUIDE.read_text(encoding="utf-8")
    for target in re.findall(r"\]\(([^)#:]+)(?:#[^)]*)?\)", text):
        assert (GUIDE.parent / target).exists(), f"docs/user-guide.md links to missing {target}"
