"""ta-autodiff: every gradient rule against numerical differentiation (float64), whole training
steps against torch.autograd / torch.optim, and properties of random MLPs."""

from __future__ import annotations

import itertools

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from rdu_ir.context import make_context
from rdu_ir.diagnostics import RduError
from rdu_ir.parsing import parse_module
from rdu_ir.passes.ta_autodiff import TaAutodiffPass
from rdu_ir.sim.reference import run_reference
from rdu_ir.verification import verify_module

CTX = make_context()


def T(shape, element="f64") -> str:
    return "tensor<" + "".join(f"{d}x" for d in shape) + element + ">"


def forward_text(args: dict[str, tuple[int, ...]], body: str, out: tuple[int, ...], element="f64") -> str:
    """`@forward` with every argument a parameter; `body` uses T(...) via {name} placeholders."""
    sig = ", ".join(f'%{n}: {T(s, element)} {{rdu.param = "{n}"}}' for n, s in args.items())
    return f"func.func @forward({sig}) -> {T(out, element)} {{\n{body}\n}}\n"


def mse(pred: np.ndarray, target: np.ndarray) -> float:
    return float(np.mean((pred.astype(np.float64) - target) ** 2))


def gradient_check(text: str, positive: bool = False, seed: int = 0, directions: int = 3) -> None:
    """The gradients of mse(forward(params), target) from the training step equal central
    differences along random directions (and the step's loss equals numpy's)."""
    module = parse_module(CTX, text, "<case>")
    fwd = module.clone()
    TaAutodiffPass(loss="mse", optimizer="none").apply(CTX, module)
    verify_module(module)
    fn = next(op for op in module.ops if op.sym_name.data == "train_step")
    rng = np.random.default_rng(seed)
    arg_types = fn.function_type.inputs.data
    params = []
    for t in arg_types[:-1]:
        v = rng.standard_normal(t.get_shape())
        params.append(np.abs(v) + 0.5 if positive else v)
    target = rng.standard_normal(arg_types[-1].get_shape())
    results = run_reference(module, "train_step", [*params, target])
    loss, grads = float(results[0]), results[2:]

    def loss_at(ps):
        return mse(run_reference(fwd, "forward", ps)[0], target)

    assert loss == pytest.approx(loss_at(params), rel=1e-12, abs=1e-12)
    h = 1e-6
    for _ in range(directions):
        vs = [rng.standard_normal(p.shape) for p in params]
        plus = loss_at([p + h * v for p, v in zip(params, vs)])
        minus = loss_at([p - h * v for p, v in zip(params, vs)])
        numeric = (plus - minus) / (2 * h)
        analytic = sum(float(np.sum(g * v)) for g, v in zip(grads, vs))
        assert analytic == pytest.approx(numeric, rel=1e-5, abs=1e-7), text


def unary_case(kind: str) -> str:
    return forward_text({"a": (3, 4)}, f"  %r = ta.{kind} %a : {T((3, 4))}\n  func.return %r : {T((3, 4))}", (3, 4))


@pytest.mark.parametrize("kind", ["neg", "abs", "exp", "log", "tanh", "erf", "sqrt", "rsqrt", "sigmoid", "relu"])
def test_unary_rules(kind):
    gradient_check(unary_case(kind), positive=kind in ("log", "sqrt", "rsqrt"))


@pytest.mark.parametrize("kind", ["add", "sub", "mul", "div", "max", "min"])
def test_binary_rules(kind):
    t = T((3, 4))
    body = f"  %r = ta.{kind} %a, %b : {t}\n  func.return %r : {t}"
    gradient_check(forward_text({"a": (3, 4), "b": (3, 4)}, body, (3, 4)), positive=kind == "div")


def test_same_value_twice():
    t = T((3, 4))
    body = f"  %r = ta.mul %a, %a : {t}\n  %s = ta.add %r, %a : {t}\n  func.return %s : {t}"
    gradient_check(forward_text({"a": (3, 4)}, body, (3, 4)))


@pytest.mark.parametrize("pred", ["gt", "le", "eq"])
def test_select_rule(pred):
    t = T((3, 4))
    body = f"  %r = ta.select {pred} %a, %b, %c, %d : {t}\n  func.return %r : {t}"
    gradient_check(forward_text({n: (3, 4) for n in "abcd"}, body, (3, 4)))


@pytest.mark.parametrize(
    "spec, shapes, out",
    [
        ("mk,kn->mn", [(3, 4), (4, 2)], (3, 2)),
        ("bmk,bkn->bmn", [(2, 3, 4), (2, 4, 2)], (2, 3, 2)),
        ("k,k->", [(5,), (5,)], ()),
        ("m,n->mn", [(3,), (2,)], (3, 2)),
        ("ij,k->ik", [(3, 4), (2,)], (3, 2)),
        ("ij->", [(3, 4)], ()),
        ("ij,jk,kl->il", [(2, 3), (3, 4), (4, 2)], (2, 2)),
    ],
)
def test_contract_rule(spec, shapes, out):
    names = "abcd"[: len(shapes)]
    operands = ", ".join(f"%{n}" for n in names)
    types = ", ".join(T(s) for s in shapes)
    body = f'  %r = ta.contract "{spec}" {operands} : {types} -> {T(out)}\n  func.return %r : {T(out)}'
    gradient_check(forward_text(dict(zip(names, shapes)), body, out))


def test_contract_acc_rule():
    body = f'  %r = ta.contract "mk,kn->mn" %a, %b acc(%c) : {T((3, 4))}, {T((4, 2))} -> {T((3, 2))}\n  func.return %r : {T((3, 2))}'
    gradient_check(forward_text({"a": (3, 4), "b": (4, 2), "c": (3, 2)}, body, (3, 2)))


@pytest.mark.parametrize("kind", ["sum", "max", "min", "prod"])
@pytest.mark.parametrize("dims, out", [([1], (3, 5)), ([0, 2], (4,)), ([0, 1, 2], ())])
def test_reduce_rules(kind, dims, out):
    body = f"  %r = ta.reduce {kind} %a dims {dims} : {T((3, 4, 5))} -> {T(out)}\n  func.return %r : {T(out)}"
    gradient_check(forward_text({"a": (3, 4, 5)}, body, out), positive=kind == "prod")


def test_transpose_reshape_rules():
    body = (
        f"  %t = ta.transpose %a perm [2, 0, 1] : {T((2, 3, 4))} -> {T((4, 2, 3))}\n"
        f"  %r = ta.reshape %t : {T((4, 2, 3))} -> {T((8, 3))}\n  func.return %r : {T((8, 3))}"
    )
    gradient_check(forward_text({"a": (2, 3, 4)}, body, (8, 3)))


@pytest.mark.parametrize(
    "shape, dims, out", [((3,), [1], (2, 3)), ((1, 3), [1, 2], (2, 4, 3)), ((2, 1), [0, 2], (2, 3, 4)), ((), [], (2, 2))]
)
def test_broadcast_rule(shape, dims, out):
    body = f"  %r = ta.broadcast %a dims {dims} : {T(shape)} -> {T(out)}\n  func.return %r : {T(out)}"
    gradient_check(forward_text({"a": shape}, body, out))


def test_pad_slice_concat_rules():
    body = (
        f"  %p = ta.pad %a low [1, 0] high [2, 3] value 1.5 : {T((3, 4))} -> {T((6, 7))}\n"
        f"  %s = ta.slice %p offsets [1, 0] sizes [2, 3] strides [3, 2] : {T((6, 7))} -> {T((2, 3))}\n"
        f"  %c = ta.concat %s, %b dim 0 : {T((2, 3))}, {T((3, 3))} -> {T((5, 3))}\n"
        f"  func.return %c : {T((5, 3))}"
    )
    gradient_check(forward_text({"a": (3, 4), "b": (3, 3)}, body, (5, 3)))


@pytest.mark.parametrize("strides, dilations", [((1, 1), (1, 1)), ((2, 2), (1, 1)), ((1, 2), (2, 1)), ((2, 1), (1, 2))])
@pytest.mark.parametrize("depthwise", [False, True])
def test_conv2d_rule(strides, dilations, depthwise):
    x, f = (2, 7, 6, 2), ((3, 2, 2) if depthwise else (3, 2, 2, 3))
    from rdu_ir.dialects.ta import window_out

    oh = window_out(7, 3, strides[0], dilations[0])
    ow = window_out(6, 2, strides[1], dilations[1])
    out = (2, oh, ow, 2 if depthwise else 3)
    kw = " depthwise" if depthwise else ""
    body = (
        f"  %r = ta.conv2d{kw} %x, %w strides {list(strides)} dilations {list(dilations)} : "
        f"{T(x)}, {T(f)} -> {T(out)}\n  func.return %r : {T(out)}"
    )
    gradient_check(forward_text({"x": x, "w": f}, body, out))


def test_conv2d_acc_rule():
    x, f, out = (1, 4, 4, 2), (2, 2, 2, 3), (1, 3, 3, 3)
    body = f"  %r = ta.conv2d %x, %w acc(%c) : {T(x)}, {T(f)} -> {T(out)}\n  func.return %r : {T(out)}"
    gradient_check(forward_text({"x": x, "w": f, "c": out}, body, out))


@pytest.mark.parametrize("kind", ["max", "sum", "avg"])
@pytest.mark.parametrize("window, strides, dilations", [((2, 2), (2, 2), (1, 1)), ((3, 2), (1, 1), (1, 1)), ((2, 2), (1, 2), (2, 1))])
def test_pool2d_rule(kind, window, strides, dilations):
    from rdu_ir.dialects.ta import window_out

    x = (2, 6, 5, 2)
    out = (2, window_out(6, window[0], strides[0], dilations[0]), window_out(5, window[1], strides[1], dilations[1]), 2)
    body = (
        f"  %r = ta.pool2d {kind} %x window {list(window)} strides {list(strides)} dilations {list(dilations)} : "
        f"{T(x)} -> {T(out)}\n  func.return %r : {T(out)}"
    )
    gradient_check(forward_text({"x": x}, body, out))


def test_composite_rules():
    t = T((3, 5))
    body = (
        f"  %s = ta.softmax %a dim 1 : {t}\n  %l = ta.layernorm %a dims [0, 1] epsilon 1.0e-05 : {t}\n"
        f"  %g = ta.gelu %a : {t}\n  %x = ta.add %s, %l : {t}\n  %y = ta.mul %x, %g : {t}\n  func.return %y : {t}"
    )
    gradient_check(forward_text({"a": (3, 5)}, body, (3, 5)))


# ---------------------------------------------------------------------------------------------
# The pass's interface


MLP = """
func.func @forward(%x: tensor<4x3xf32>, %w1: tensor<3x5xf32> {rdu.param = "w1"}, %b1: tensor<5xf32> {rdu.param = "b1"},
                   %w2: tensor<5x2xf32> {rdu.param = "w2"}) -> tensor<4x2xf32> {
  %h = ta.contract "mk,kn->mn" %x, %w1 : tensor<4x3xf32>, tensor<3x5xf32> -> tensor<4x5xf32>
  %bb = ta.broadcast %b1 dims [1] : tensor<5xf32> -> tensor<4x5xf32>
  %h2 = ta.add %h, %bb : tensor<4x5xf32>
  %r = ta.relu %h2 : tensor<4x5xf32>
  %o = ta.contract "mk,kn->mn" %r, %w2 : tensor<4x5xf32>, tensor<5x2xf32> -> tensor<4x2xf32>
  func.return %o : tensor<4x2xf32>
}
"""


def _apply(text: str, **options) -> object:
    module = parse_module(CTX, text, "<mlp>")
    TaAutodiffPass(**options).apply(CTX, module)
    verify_module(module)
    return module


def test_index_labels_equal_onehot():
    rng = np.random.default_rng(1)
    x = rng.standard_normal((4, 3)).astype(np.float32)
    ps = [rng.standard_normal(s).astype(np.float32) for s in ((3, 5), (5,), (5, 2))]
    labels = np.array([0, 1, 1, 0])
    onehot = np.eye(2, dtype=np.float32)[labels]
    a = run_reference(_apply(MLP, labels="onehot"), "train_step", [x, *ps, onehot])
    b = run_reference(_apply(MLP, labels="index"), "train_step", [x, *ps, labels.astype(np.float32)])
    for u, v in zip(a, b):
        np.testing.assert_allclose(u, v, rtol=1e-6)


def test_params_option_selects_arguments():
    module = _apply(MLP, params=("w2",), optimizer="none")
    fn = next(op for op in module.ops if op.sym_name.data == "train_step")
    assert [d.data["rdu.grad"].data for d in fn.res_attrs.data[2:]] == ["w2"]


def test_unknown_param_is_an_error():
    with pytest.raises(RduError, match="no argument named 'nope'"):
        _apply(MLP, params=("nope",))


def test_no_rule_is_an_error():
    text = MLP.replace('%o = ta.contract "mk,kn->mn" %r, %w2', '%o = "test.op"(%r, %w2) {bad} : (tensor<4x5xf32>, tensor<5x2xf32>) -> tensor<4x2xf32>\n  %unused = ta.contract "mk,kn->mn" %r, %w2')
    ctx = make_context(allow_unregistered=True)
    module = parse_module(ctx, text, "<mlp>")
    with pytest.raises(RduError, match="<mlp>:8:3: error: 'test.op' op has no gradient rule"):
        TaAutodiffPass().apply(ctx, module)


def test_bad_option_is_an_error():
    with pytest.raises(RduError, match="unknown optimizer 'rmsprop'"):
        _apply(MLP, optimizer="rmsprop")


# ---------------------------------------------------------------------------------------------
# Property: random MLPs (float64), loss equals numpy's, a small SGD step decreases it


def _mlp_text(batch: int, widths: list[int], acts: list[str]) -> str:
    args = {"x": (batch, widths[0])}
    lines = []
    h = "%x"
    for i, (a, b) in enumerate(itertools.pairwise(widths)):
        args[f"w{i}"] = (a, b)
        args[f"b{i}"] = (b,)
        lines.append(f'  %m{i} = ta.contract "mk,kn->mn" {h}, %w{i} : {T((batch, a))}, {T((a, b))} -> {T((batch, b))}')
        lines.append(f"  %bb{i} = ta.broadcast %b{i} dims [1] : {T((b,))} -> {T((batch, b))}")
        lines.append(f"  %z{i} = ta.add %m{i}, %bb{i} : {T((batch, b))}")
        h = f"%z{i}"
        if i < len(widths) - 2:
            lines.append(f"  %a{i} = ta.{acts[i]} {h} : {T((batch, b))}")
            h = f"%a{i}"
    lines.append(f"  func.return {h} : {T((batch, widths[-1]))}")
    text = forward_text(args, "\n".join(lines), (batch, widths[-1]))
    return text.replace('%x: tensor', "%x: tensor", 1).replace(' {rdu.param = "x"}', "", 1)


def _numpy_mlp(x, params, acts):
    h = x
    n = len(params) // 2
    fns = {"relu": lambda v: np.maximum(v, 0), "tanh": np.tanh, "sigmoid": lambda v: 1 / (1 + np.exp(-v))}
    for i in range(n):
        h = h @ params[2 * i] + params[2 * i + 1]
        if i < n - 1:
            h = fns[acts[i]](h)
    return h


@given(
    batch=st.integers(1, 4),
    widths=st.lists(st.integers(1, 5), min_size=2, max_size=4),
    acts=st.lists(st.sampled_from(["relu", "tanh", "sigmoid"]), min_size=3, max_size=3),
    loss=st.sampled_from(["cross-entropy", "mse"]),
    seed=st.integers(0, 1000),
)
def test_random_mlp_step_decreases_loss(batch, widths, acts, loss, seed):
    text = _mlp_text(batch, widths, acts)
    module = _apply(text, loss=loss, optimizer="sgd", lr=1e-3)
    rng = np.random.default_rng(seed)
    x = rng.standard_normal((batch, widths[0]))
    params = []
    for a, b in itertools.pairwise(widths):
        params += [rng.standard_normal((a, b)), rng.standard_normal((b,))]
    out = _numpy_mlp(x, params, acts)
    if loss == "mse":
        target = rng.standard_normal(out.shape)
        expected = float(np.mean((out - target) ** 2))
    else:
        target = np.eye(widths[-1])[rng.integers(0, widths[-1], batch)]
        z = out - out.max(axis=1, keepdims=True)
        expected = float(-np.mean(np.sum(target * (z - np.log(np.exp(z).sum(axis=1, keepdims=True))), axis=1)))
    results = run_reference(module, "train_step", [x, *params, target])
    assert float(results[0]) == pytest.approx(expected, rel=1e-10, abs=1e-12)
    again = run_reference(module, "train_step", [x, *results[2:], target])
    assert float(again[0]) <= float(results[0]) + 1e-12


# ---------------------------------------------------------------------------------------------
# Against PyTorch: gradients (torch.autograd) and optimizer steps (torch.optim), float64


def _torch_model(kind: str):
    torch = pytest.importorskip("torch")
    nn = torch.nn
    torch.manual_seed(0)
    if kind == "mlp":
        model = nn.Sequential(nn.Linear(6, 8), nn.ReLU(), nn.Linear(8, 8), nn.Tanh(), nn.Linear(8, 4))
        x = torch.randn(5, 6)
    elif kind == "attention":
        from test_torch_import import Attention  # tests/ is on sys.path, as for cli_util

        class Classifier(nn.Module):
            def __init__(self):
                super().__init__()
                self.block = Attention(dim=8, heads=2, causal=True)
                self.head = nn.Linear(8, 4)

            def forward(self, x):
                return self.head(self.block(x).mean(dim=1))

        model = Classifier()
        x = torch.randn(3, 5, 8)
    else:
        model = nn.Sequential(
            nn.Conv2d(2, 4, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
            nn.Conv2d(4, 3, 3, stride=2, padding=1), nn.GELU(), nn.AvgPool2d(2, stride=1),
            nn.Flatten(), nn.Linear(3 * 1 * 1, 8), nn.LayerNorm(8), nn.Linear(8, 4),
        )  # fmt: skip
        x = torch.randn(3, 2, 8, 8)
    return torch, model.double(), x.double()


def _step_module(model, x, **options):
    from rdu_ir.frontends.torch import import_module

    imported = import_module(model, (x,))
    TaAutodiffPass(**options).apply(CTX, imported.module)
    verify_module(imported.module)
    return imported


@pytest.mark.parametrize("kind", ["mlp", "conv", "attention"])
@pytest.mark.parametrize("loss", ["cross-entropy", "mse"])
def test_gradients_match_torch_autograd(kind, loss):
    torch, model, x = _torch_model(kind)
    imported = _step_module(model, x, loss=loss, labels="index", optimizer="none")
    out = model(x)
    if loss == "mse":
        target = torch.randn(out.shape, dtype=torch.float64)
        expected = torch.nn.functional.mse_loss(out, target)
    else:
        target = torch.randint(0, out.shape[1], (out.shape[0],))
        expected = torch.nn.functional.cross_entropy(out, target)
    expected.backward()
    target_np = target.numpy().astype(np.float64)
    results = run_reference(imported.module, "train_step", [*imported.arguments(x), target_np])
    assert float(results[0]) == pytest.approx(expected.item(), rel=1e-10)
    np.testing.assert_allclose(results[1], out.detach().numpy(), rtol=1e-10, atol=1e-12)
    for name, grad in zip(imported.parameters, results[2:]):
        np.testing.assert_allclose(grad, model.get_parameter(name).grad.numpy(), rtol=1e-8, atol=1e-10, err_msg=name)


@pytest.mark.parametrize("kind", ["mlp", "conv"])
@pytest.mark.parametrize("optimizer", ["sgd", "adam"])
def test_optimizer_steps_match_torch_optim(kind, optimizer):
    torch, model, x = _torch_model(kind)
    options = {"lr": 0.05, "momentum": 0.9} if optimizer == "sgd" else {"lr": 0.01, "beta1": 0.8, "beta2": 0.99, "eps": 1e-6}
    imported = _step_module(model, x, optimizer=optimizer, **options)
    if optimizer == "sgd":
        opt = torch.optim.SGD(model.parameters(), lr=0.05, momentum=0.9)
        state = [np.zeros_like(v) for v in imported.parameters.values()]
    else:
        opt = torch.optim.Adam(model.parameters(), lr=0.01, betas=(0.8, 0.99), eps=1e-6)
        zeros = [np.zeros_like(v) for v in imported.parameters.values()]
        state = [*zeros, *zeros, np.array(1.0), np.array(1.0)]
    labels = torch.randint(0, 4, (x.shape[0],))
    onehot = np.eye(4)[labels.numpy()]
    params = dict(imported.parameters)
    n = len(params)
    for step in range(3):
        opt.zero_grad()
        loss = torch.nn.functional.cross_entropy(model(x), labels)
        loss.backward()
        opt.step()
        results = run_reference(imported.module, "train_step", [*imported.arguments(x, parameters=params), onehot, *state])
        assert float(results[0]) == pytest.approx(loss.item(), rel=1e-10), f"step {step}"
        params = dict(zip(params, results[2 : 2 + n]))
        state = results[2 + n :]
        for name, value in params.items():
            np.testing.assert_allclose(value, model.get_parameter(name).detach().numpy(), rtol=1e-8, atol=1e-10, err_msg=name)


def test_output_round_trips_and_is_deterministic():
    from rdu_ir.printing import print_module

    first = print_module(_apply(MLP, optimizer="adam"))
    assert print_module(_apply(MLP, optimizer="adam")) == first
    for generic in (False, True):
        module = _apply(MLP, optimizer="adam")
        reparsed = parse_module(CTX, print_module(module, generic=generic), "<round-trip>")
        verify_module(reparsed)
        assert print_module(reparsed) == first


def test_calls_are_inlined_in_the_step():
    text = """
func.func private @layer(%x: tensor<2x3xf64>, %w: tensor<3x3xf64>) -> tensor<2x3xf64> {
  %h = ta.contract "mk,kn->mn" %x, %w : tensor<2x3xf64>, tensor<3x3xf64> -> tensor<2x3xf64>
  %t = ta.tanh %h : tensor<2x3xf64>
  func.return %t : tensor<2x3xf64>
}
func.func @forward(%x: tensor<2x3xf64> {rdu.param = "x"}, %w: tensor<3x3xf64> {rdu.param = "w"}) -> tensor<2x3xf64> {
  %a = func.call @layer(%x, %w) : (tensor<2x3xf64>, tensor<3x3xf64>) -> tensor<2x3xf64>
  %b = func.call @layer(%a, %w) : (tensor<2x3xf64>, tensor<3x3xf64>) -> tensor<2x3xf64>
  func.return %b : tensor<2x3xf64>
}
"""
    gradient_check(text)


def test_digits_few_steps_decrease_loss_and_match_pytorch():
    """The CI version of examples/train_digits.py: a few training steps of the imported MLP on
    digits; the first step equals PyTorch's and the loss goes down."""
    torch = pytest.importorskip("torch")
    datasets = pytest.importorskip("sklearn.datasets")
    digits = datasets.load_digits()
    x = (digits.data[:256] / 16.0).astype(np.float32)
    y = digits.target[:256]
    torch.manual_seed(0)
    model = torch.nn.Sequential(torch.nn.Linear(64, 32), torch.nn.ReLU(), torch.nn.Linear(32, 10))
    imported = _step_module(model, torch.zeros(32, 64), labels="index", optimizer="sgd", lr=0.1, momentum=0.9)
    opt = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9)
    params = dict(imported.parameters)
    state = [np.zeros_like(v) for v in params.values()]
    n = len(params)
    losses = []
    for step, start in enumerate(list(range(0, 256, 32)) * 3):
        xb, yb = x[start : start + 32], y[start : start + 32]
        out = run_reference(imported.module, "train_step", [*imported.arguments(xb, parameters=params), yb.astype(np.float32), *state])
        losses.append(float(out[0]))
        params, state = dict(zip(params, out[2 : 2 + n])), out[2 + n :]
        if step == 0:
            loss = torch.nn.functional.cross_entropy(model(torch.from_numpy(xb)), torch.from_numpy(yb))
            loss.backward()
            opt.step()
            assert losses[0] == pytest.approx(loss.item(), rel=1e-5)
            for name, value in params.items():
                np.testing.assert_allclose(value, model.get_parameter(name).detach().numpy(), rtol=1e-4, atol=1e-6)
    assert np.mean(losses[-8:]) < 0.7 * np.mean(losses[:8]), losses  # last epoch vs first
