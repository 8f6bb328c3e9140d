"""Datasets for the workflow: `.npz` files holding `x` (inputs, first dim = examples) and,
when labelled, `y` (integer class indices, one per example; or float regression targets). Loaded without pickle.

`write_digits(out_dir)` writes scikit-learn's bundled `digits` (8x8 images as 64 floats scaled
to [0, 1], 10 classes; it ships inside scikit-learn, so nothing is downloaded) as
`digits_train.npz`, `digits_test.npz` (a stratified 80/20 split) and `digits_unlabeled.npz`
(the test images without labels: what an inference run gets).
"""

from __future__ import annotations

import os
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from rdu_ir.diagnostics import error


@dataclass
class Dataset:
    x: np.ndarray
    y: np.ndarray | None
    path: str

    def __len__(self) -> int:
        return int(self.x.shape[0])


def load_dataset(path: str, labelled: bool = False) -> Dataset:
    """Read `x` (float32) and `y` (int64, optional unless `labelled`) from an `.npz` file."""
    try:
        with np.load(path, allow_pickle=False) as archive:
            if not hasattr(archive, "files"):
                raise error(f"dataset '{path}' is a single .npy array; expected an .npz with arrays 'x' and 'y'")
            keys = list(archive.files)
            if "x" not in keys:
                raise error(f"dataset '{path}' has no array 'x' (arrays: {', '.join(keys) or 'none'})")
            x = archive["x"]
            y = archive["y"] if "y" in keys else None
    except FileNotFoundError:
        raise error(f"cannot read dataset '{path}': no such file") from None
    except IsADirectoryError:
        raise error(f"cannot read dataset '{path}': is a directory") from None
    except (ValueError, OSError, zipfile.BadZipFile, EOFError) as e:
        if "pickle" in str(e).lower():
            raise error(f"dataset '{path}' holds Python objects (pickled data), which rdu never loads") from None
        raise error(f"dataset '{path}' is not a valid .npz file: {e}") from None
    if x.ndim < 1 or x.shape[0] == 0:
        raise error(f"dataset '{path}': 'x' must hold at least one example (shape {x.shape})")
    if not (np.issubdtype(x.dtype, np.floating) or np.issubdtype(x.dtype, np.integer)):
        raise error(f"dataset '{path}': 'x' must be numeric, got dtype {x.dtype}")
    if y is not None:
        if y.ndim < 1 or y.shape[0] != x.shape[0]:
            raise error(f"dataset '{path}': 'y' must have one entry per example ({x.shape[0]}), got shape {y.shape}")
        if np.issubdtype(y.dtype, np.integer):
            if np.any(y < 0):
                raise error(f"dataset '{path}': 'y' holds negative class indices")
            y = y.astype(np.int64)
        elif np.issubdtype(y.dtype, np.floating):
            y = y.astype(np.float32)  # regression targets (mse models)
        else:
            raise error(f"dataset '{path}': 'y' must be numeric, got dtype {y.dtype}")
    elif labelled:
        raise error(f"dataset '{path}' has no labels: training needs an array 'y'")
    return Dataset(x.astype(np.float32), y, path)


def save_npz(path: str | Path, **arrays: np.ndarray) -> None:
    """An `.npz` of `arrays` at `path`, written atomically (a temporary file in the same directory,
    fsync, then os.replace)."""
    target = Path(path)
    directory = target.parent if str(target.parent) else Path(".")
    try:
        directory.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=directory, prefix=f".{target.name}.", suffix=".tmp")
    except OSError as e:
        raise error(f"cannot write '{path}': {e.strerror or e}") from None
    try:
        with os.fdopen(fd, "wb") as f:
            np.savez(f, **arrays)  # deterministic: members get a fixed 1980 timestamp
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, target)
    except BaseException as e:
        if os.path.exists(tmp):
            os.unlink(tmp)
        if isinstance(e, OSError):
            raise error(f"cannot write '{path}': {e.strerror or e}") from None
        raise


def save_npy(path: str | Path, array: np.ndarray) -> None:
    """np.save to `path` atomically."""
    target = Path(path)
    directory = target.parent if str(target.parent) else Path(".")
    try:
        directory.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=directory, prefix=f".{target.name}.", suffix=".tmp")
    except OSError as e:
        raise error(f"cannot write '{path}': {e.strerror or e}") from None
    try:
        with os.fdopen(fd, "wb") as f:
            np.save(f, array, allow_pickle=False)
        os.replace(tmp, target)
    except BaseException as e:
        if os.path.exists(tmp):
            os.unlink(tmp)
        if isinstance(e, OSError):
            raise error(f"cannot write '{path}': {e.strerror or e}") from None
        raise


def write_digits(out_dir: str | Path, test_fraction: float = 0.2, seed: int = 0) -> list[Path]:
    """Write scikit-learn's `digits` as train/test/unlabeled `.npz` files; returns the paths."""
    try:
        from sklearn.datasets import load_digits
        from sklearn.model_selection import train_test_split
    except ImportError:
        raise error("the digits data set needs scikit-learn: pip install 'rdu-ir[torch]'") from None
    if not 0.0 < test_fraction < 1.0:
        raise error(f"--test-fraction must be in (0, 1), got {test_fraction}")
    digits = load_digits()
    x = (digits.data / 16.0).astype(np.float32)
    y = digits.target.astype(np.int64)
    x_train, x_test, y_train, y_test = train_test_split(
        x, y, test_size=test_fraction, random_state=seed, stratify=y
    )
    out = Path(out_dir)
    paths = [out / "digits_train.npz", out / "digits_test.npz", out / "digits_unlabeled.npz"]
    save_npz(paths[0], x=x_train, y=y_train)
    save_npz(paths[1], x=x_test, y=y_test)
    save_npz(paths[2], x=x_test)
    return paths
