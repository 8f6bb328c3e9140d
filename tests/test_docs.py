"""The generated references (docs/dialects/*.md, docs/passes.md) match the code."""

from __future__ import annotations

import difflib

import pytest

from rdu_ir import docgen

FILES = docgen.generated_files()


@pytest.mark.parametrize("rel", sorted(FILES))
def test_reference_is_fresh(rel: str) -> None:
    path = docgen.default_docs_dir() / rel
    expected = FILES[rel]()
    actual = path.read_text(encoding="utf-8") if path.exists() else ""
    if actual != expected:
        diff = "".join(
            list(difflib.unified_diff(actual.splitlines(True), expected.splitlines(True), f"docs/{rel}", "generated"))[:40]
        )
        pytest.fail(f"docs/{rel} is stale: regenerate it with `{docgen.REGENERATE}`\n{diff}", pytrace=False)


def test_generation_is_deterministic() -> None:
    for make in FILES.values():
        assert make() == make()


def test_every_op_and_pass_is_documented() -> None:
    from rdu_ir import registry

    for name in docgen.DOC_DIALECTS:
        dialect = registry._load(registry.DIALECTS[name])
        text = FILES[f"dialects/{name}.md"]()
        for op in dialect.operations:
            assert f"### `{op.name}`" in text
    passes = FILES["passes.md"]()
    for name in registry.available(registry.PASSES):
        assert f"## `{name}`" in passes


def test_check_mode_reports_stale(tmp_path, capsys) -> None:
    assert docgen.main(["--docs-dir", str(tmp_path), "--check"]) == 1
    assert docgen.REGENERATE in capsys.readouterr().err
    docgen.write_all(tmp_path)
    assert docgen.main(["--docs-dir", str(tmp_path), "--check"]) == 0
