"""The examples run under `rdu-run --check` and agree with numpy written independently here."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from rdu_ir.run_main import main as rdu_run

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def _relu(x):
    return np.maximum(x, 0)


def gemm(A, B):
    return A @ B


def mlp(X, W1, b1, W2, b2):
    return _relu(X @ W1 + b1) @ W2 + b2


def attention(Q, K, V):
    s = Q @ K.T / np.sqrt(Q.shape[1])
    e = np.exp(s - s.max(axis=1, keepdims=True))
    return (e / e.sum(axis=1, keepdims=True)) @ V


def conv2d_nhwc(x, f):
    kh, kw = f.shape[:2]
    oh, ow = x.shape[1] - kh + 1, x.shape[2] - kw + 1
    out = np.zeros((x.shape[0], oh, ow, f.shape[3]), np.float64)
    for r in range(kh):
        for s in range(kw):
            out += np.einsum("nhwc,cf->nhwf", x[:, r : r + oh, s : s + ow, :], f[r, s])
    return out


def convnet(X, F, b, W, b2):
    h = _relu(conv2d_nhwc(X, F) + b)
    n, hh, ww, c = h.shape
    pooled = h.reshape(n, hh // 2, 2, ww // 2, 2, c).max(axis=(2, 4))
    return pooled.reshape(n, -1) @ W.reshape(-1, W.shape[-1]) + b2


CASES = {
    "gemm": (gemm, {"A": (64, 32), "B": (32, 48)}, {}),
    "mlp": (mlp, {"X": (8, 32), "W1": (32, 64), "b1": (64,), "W2": (64, 10), "b2": (10,)}, {}),
    "attention": (attention, {"Q": (16, 8), "K": (16, 8), "V": (16, 8)}, {}),
    # The .tin form keeps the dense weights 4-D, the linalg form flattens them.
    "convnet": (
        convnet,
        {"X": (1, 8, 8, 3), "F": (3, 3, 3, 4), "b": (4,), "W": (3, 3, 4, 5), "b2": (5,)},
        {"mlir": {"W": (36, 5)}},
    ),
}


@pytest.mark.parametrize("form", ["tin", "mlir"])
@pytest.mark.parametrize("name", sorted(CASES))
def test_example_matches_numpy(name, form, tmp_path, capsys):
    fn, shapes, overrides = CASES[name]
    rng = np.random.default_rng(7)
    values = {k: rng.standard_normal(s).astype(np.float32) for k, s in shapes.items()}
    args = [str(EXAMPLES / f"{name}.{form}"), "--check", "--output-dir", str(tmp_path / "out")]
    for k, v in values.items():
        shape = overrides.get(form, {}).get(k, v.shape)
        np.save(tmp_path / f"{k}.npy", v.reshape(shape))
        args += ["--input", f"{k}={tmp_path / f'{k}.npy'}"]  # by argument name
    status = rdu_run(args)
    out, err = capsys.readouterr()
    assert status == 0, err
    assert "check: OK" in out
    got = np.load(tmp_path / "out" / "result0.npy")
    want = fn(*(values[k].astype(np.float64) for k in shapes))
    assert got.shape == want.shape and got.dtype == np.float32
    np.testing.assert_allclose(got, want, rtol=1e-4, atol=1e-4)


def test_every_example_has_both_forms_and_a_readme_line():
    readme = (EXAMPLES / "README.md").read_text()
    for name in CASES:
        assert (EXAMPLES / f"{name}.tin").exists() and (EXAMPLES / f"{name}.mlir").exists()
        assert f"`{name}`" in readme


@pytest.mark.parametrize("name", sorted(CASES))
def test_example_lowered_to_df_checks_against_its_reference(name, tmp_path, capsys):
    """After `ta-to-df` the module carries its ta reference; `rdu-run --check` compares with it."""
    from rdu_ir.context import make_context
    from rdu_ir.frontends.tin import parse_tin
    from rdu_ir.printing import print_module
    from rdu_ir.registry import pass_factories

    module = parse_tin((EXAMPLES / f"{name}.tin").read_text(), f"{name}.tin")
    pass_factories()["ta-to-df"]()().apply(make_context(), module)
    lowered = tmp_path / f"{name}.df.mlir"
    lowered.write_text(print_module(module))
    status = rdu_run([str(lowered), "--random-inputs", "--seed", "2", "--check", "--output-dir", str(tmp_path)])
    out, err = capsys.readouterr()
    assert status == 0, err
    assert "check: OK" in out
