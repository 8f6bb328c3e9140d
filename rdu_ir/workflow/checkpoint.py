"""Checkpoints: one `.npz` file (read with `allow_pickle=False`) holding

- `param/<name>`: every parameter, by its `rdu.param` name;
- `state/<name>`: the optimizer state the training step carries (`<param>.exp_avg`, ...), so a
  resumed run continues the same optimizer trajectory;
- `__header__`: a one-element unicode string array holding a JSON object: `format`
  ("rdu-checkpoint"), `version`, `model` (name), `model_hash` (the architecture fingerprint of
  `rdu_ir.workflow.model`), `epoch` (epochs trained in total), `metrics` (the last epoch's loss
  and accuracies), `optimizer` ({name, lr, momentum}) and `params` ([[name, shape], ...]).

The header lives inside the archive rather than in a sidecar, so a checkpoint is one file that
cannot lose half of itself. Writes are atomic (a temporary file in the same directory, fsync,
then `os.replace`): a run interrupted at any point leaves the previous checkpoint intact.
"""

from __future__ import annotations

import json
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from rdu_ir import __version__
from rdu_ir.diagnostics import error
from rdu_ir.workflow.data import save_npz

FORMAT = "rdu-checkpoint"
VERSION = 1
HEADER_KEY = "__header__"


@dataclass
class Checkpoint:
    params: dict[str, np.ndarray]
    state: dict[str, np.ndarray] = field(default_factory=dict)
    model: str = ""
    model_hash: str = ""
    epoch: int = 0
    metrics: dict[str, float] = field(default_factory=dict)
    optimizer: dict[str, Any] = field(default_factory=dict)

    def header(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "version": VERSION,
            "model": self.model,
            "model_hash": self.model_hash,
            "epoch": self.epoch,
            "metrics": self.metrics,
            "optimizer": self.optimizer,
            "params": [[k, list(v.shape)] for k, v in self.params.items()],
            "written_by": f"rdu-ir {__version__}",
        }


def save_checkpoint(path: str | Path, ckpt: Checkpoint) -> None:
    """Write `ckpt` to `path` atomically."""
    arrays: dict[str, np.ndarray] = {HEADER_KEY: np.array([json.dumps(ckpt.header(), sort_keys=True)])}
    for k, v in ckpt.params.items():
        arrays[f"param/{k}"] = np.asarray(v)
    for k, v in ckpt.state.items():
        arrays[f"state/{k}"] = np.asarray(v)
    save_npz(path, **arrays)


def load_checkpoint(path: str | Path) -> Checkpoint:
    """Read a checkpoint; a file that is not one is a clear error."""
    try:
        with np.load(path, allow_pickle=False) as archive:
            if not hasattr(archive, "files") or HEADER_KEY not in archive.files:
                raise error(f"'{path}' is not an rdu checkpoint (no {HEADER_KEY} entry)")
            raw = archive[HEADER_KEY]
            params = {k[len("param/") :]: archive[k] for k in archive.files if k.startswith("param/")}
            state = {k[len("state/") :]: archive[k] for k in archive.files if k.startswith("state/")}
    except FileNotFoundError:
        raise error(f"cannot read checkpoint '{path}': no such file") from None
    except IsADirectoryError:
        raise error(f"cannot read checkpoint '{path}': is a directory") from None
    except (ValueError, OSError, zipfile.BadZipFile, EOFError) as e:
        if "pickle" in str(e).lower():
            raise error(f"checkpoint '{path}' holds Python objects (pickled data), which rdu never loads") from None
        raise error(f"checkpoint '{path}' is not a valid .npz file: {e}") from None
    try:
        header = json.loads(str(raw.reshape(-1)[0]))
    except (ValueError, IndexError) as e:
        raise error(f"checkpoint '{path}': its header is not valid JSON ({e})") from None
    if not isinstance(header, dict) or header.get("format") != FORMAT:
        raise error(f"'{path}' is not an rdu checkpoint (header format {header.get('format')!r})")  # type: ignore[union-attr]
    if header.get("version") != VERSION:
        raise error(f"checkpoint '{path}' has format version {header.get('version')}, this rdu reads {VERSION}")
    return Checkpoint(
        params=params,
        state=state,
        model=str(header.get("model", "")),
        model_hash=str(header.get("model_hash", "")),
        epoch=int(header.get("epoch", 0)),
        metrics=dict(header.get("metrics") or {}),
        optimizer=dict(header.get("optimizer") or {}),
    )


def check_matches(ckpt: Checkpoint, path: str | Path, model_name: str, model_hash: str,
                  shapes: dict[str, tuple[int, ...]]) -> None:
    """An error naming the first difference between a checkpoint and the model it is used with:
    missing or unexpected parameter names, shapes, then the architecture hash."""
    missing = [n for n in shapes if n not in ckpt.params]
    extra = [n for n in ckpt.params if n not in shapes]
    what = f"checkpoint '{path}' (model '{ckpt.model}') does not match model '{model_name}'"
    if missing or extra:
        parts = []
        if missing:
            parts.append(f"it lacks parameter(s) {', '.join(missing)}")
        if extra:
            parts.append(f"it has parameter(s) the model does not: {', '.join(extra)}")
        raise error(f"{what}: {'; '.join(parts)}")
    for n, shape in shapes.items():
        got = tuple(ckpt.params[n].shape)
        if got != tuple(shape):
            raise error(f"{what}: parameter '{n}' has shape {list(got)} in the checkpoint, {list(shape)} in the model")
    if ckpt.model_hash and model_hash and ckpt.model_hash != model_hash:
        raise error(
            f"{what}: model hash {ckpt.model_hash[:12]} in the checkpoint, {model_hash[:12]} for the model "
            "(same parameters, different architecture)"
        )
