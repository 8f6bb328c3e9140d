"""Every Python package of the source tree is listed in pyproject.toml, so `pip install .`
(not only `pip install -e .`) installs it."""

import tomllib

from cli_util import ROOT


def test_every_subpackage_is_installed():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]
    listed = set(config["packages"])
    dirs = {"rdu_ir": ROOT / "rdu_ir", **{f"rdu_ir.{k.split('.')[-1]}": ROOT / v
                                        for k, v in config["package-dir"].items() if k != "rdu_ir"}}
    found = set()
    for name, folder in dirs.items():
        for init in folder.rglob("__init__.py"):
            rel = init.parent.relative_to(folder)
            found.add(".".join([name, *rel.parts]))
    assert found <= listed, f"not in pyproject.toml's packages: {sorted(found - listed)}"
