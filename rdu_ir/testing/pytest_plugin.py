"""pytest plugin (entry point `pytest11`): `pytest --rdu-examples=N` sets how many random programs
every hypothesis property (and `rdu_ir.testing.check_pass`) tries.

CI runs the derandomized `ci` profile with a small N; a nightly-style run uses a large N, e.g.
`pytest --rdu-examples=2000`.
"""

from __future__ import annotations

import pytest


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--rdu-examples",
        type=int,
        default=None,
        help="examples per hypothesis property (rdu-ir); default: the active profile's",
    )


@pytest.hookimpl(trylast=True)
def pytest_configure(config: pytest.Config) -> None:
    count = config.getoption("--rdu-examples", default=None)
    if count is None:
        return
    from hypothesis import settings

    settings.register_profile("rdu-examples", settings(settings.default, max_examples=count))
    settings.load_profile("rdu-examples")
