"""Test-wide settings: hypothesis profiles (CI is derandomized and bounded)."""

import os

from hypothesis import HealthCheck, settings

settings.register_profile(
    "ci",
    derandomize=True,
    database=None,
    deadline=None,
    max_examples=int(os.environ.get("RDU_EXAMPLES", "25")),
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    print_blob=True,
)
settings.register_profile(
    "explore",
    deadline=None,
    max_examples=int(os.environ.get("RDU_EXAMPLES", "2000")),
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

# Bound hypothesis's shrinking in CI: a property over whole programs costs ~0.1 s an example, and
# the default budget (300 s per failure) would let one failing property eat the CI time. The
# counterexample is still shrunk, just for less long.
if os.environ.get("HYPOTHESIS_PROFILE", "ci") == "ci":
    from hypothesis.internal.conjecture import engine as _engine

    _engine.MAX_SHRINKING_SECONDS = int(os.environ.get("RDU_SHRINK_SECONDS", "8"))
