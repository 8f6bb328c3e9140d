"""The `.tin` index-notation front end: what each construct computes, the ops it makes, and
the located diagnostics of bad programs."""

from __future__ import annotations

import numpy as np
import pytest
from scipy_free_erf import erf  # noqa: F401  (placeholder, replaced below)
