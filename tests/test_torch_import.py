"""The PyTorch front end: imported programs compute what PyTorch computes (ta reference)."""

from __future__ import annotations

import inspect

import numpy as np
import pytest

torch = pytest.importorskip("torch")
nn = torch.nn
F = torch.nn.functional

from rdu_ir.diagnostics import RduError
from rdu_ir.frontends.torch import import_module
from rdu_ir.printing import print_module
from rdu_ir.sim.runner import run_module

torch.manual_seed(0)


def check(model: nn.Module, *inputs: torch.Tensor, rtol: float = 1e-5, atol: float = 1e-5):
    model.eval()  # the importer exports in eval mode
    imported = import_module(model, inputs)
    results = run_module(imported.module, "forward", imported.arguments(*inputs)).results
    with torch.no_grad():
        expected = model(*inputs)
    expected = expected if isinstance(expected, tuple) else (expected,)
    assert len(results) == len(expected)
    for r, e in zip(results, expected):
        np.testing.assert_allclose(r, e.numpy(), rtol=rtol, atol=atol)
    return imported


def test_mlp_parameters_are_named_arguments():
    model = nn.Sequential(nn.Linear(6, 8), nn.ReLU(), nn.Linear(8, 4), nn.GELU(), nn.Softmax(dim=-1))
    imported = check(model, torch.randn(3, 6))
    assert list(imported.parameters) == ["0.weight", "0.bias", "2.weight", "2.bias"]
    assert imported.input_names == ["input"]
    text = print_module(imported.module)
    assert '%_0.weight: tensor<8x6xf32> {rdu.param = "0.weight"}' in text
    np.testing.assert_array_equal(imported.parameters["2.bias"], model[2].bias.detach().numpy())


class ConvNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.c1 = nn.Conv2d(3, 6, 3, padding=1)
        self.c2 = nn.Conv2d(6, 4, 3, stride=2, dilation=1)
        self.c3 = nn.Conv2d(4, 4, 2, dilation=2, padding="same", bias=False)
        self.pool = nn.MaxPool2d(2)
        self.avg = nn.AvgPool2d(2, stride=1, padding=1)
        self.fc = nn.Linear(4 * 3 * 3, 5)
        self.ln = nn.LayerNorm(5)

    def forward(self, x):
        y = self.pool(F.relu(self.c1(x)))
        y = torch.tanh(self.c2(y))
        y = self.avg(self.c3(y))
        return self.ln(self.fc(torch.flatten(y, 1)))


def test_conv_net():
    check(ConvNet(), torch.randn(2, 3, 12, 12))


class Groups(nn.Module):
    def __init__(self):
        super().__init__()
        self.dw = nn.Conv2d(4, 4, 3, groups=4, padding=1)
        self.g2 = nn.Conv2d(4, 6, 1, groups=2)
        self.bn = nn.BatchNorm2d(6)
        self.mp = nn.MaxPool2d(3, stride=2, padding=1)
        self.gap = nn.AdaptiveAvgPool2d(1)

    def forward(self, x):
        return self.gap(self.mp(self.bn(self.g2(self.dw(x))))).flatten(1)


def test_depthwise_grouped_batchnorm_pools():
    model = Groups()
    with torch.no_grad():
        model.bn.running_mean.normal_()
        model.bn.running_var.uniform_(0.5, 2.0)
    check(model, torch.randn(2, 4, 8, 8))


class Functional(nn.Module):
    def __init__(self):
        super().__init__()
        self.w = nn.Parameter(torch.randn(5, 3))

    def forward(self, a, b):
        m = torch.matmul(a, self.w)  # (2, 4, 3): batch broadcast of a 2-d weight
        bm = torch.bmm(m.transpose(1, 2), b)  # (2, 3, 6)
        y = bm.permute(0, 2, 1).reshape(2, 18) * 0.5 - 1.0
        y = (y + torch.ones(18)) / (y.abs() + 2.0)
        z = torch.exp(y.clamp(-2, 2)) + torch.log(y * y + 1) - torch.sigmoid(y) * torch.sqrt(y * y + 1)
        z = torch.where(z > 0.5, z, -z) + torch.rsqrt(y * y + 1) ** 2
        s = z.sum(dim=1, keepdim=True) + z.mean() + z.amax(dim=0) - z.max(dim=1).values.unsqueeze(1)
        c = torch.cat([s[:, :4], s[:, 10::3].neg()], dim=1)
        return F.log_softmax(c, dim=1), torch.erf(c).view(-1)[1:7]


def test_functional_ops_and_broadcasting():
    check(Functional(), torch.randn(2, 4, 5), torch.randn(2, 4, 6), rtol=1e-4, atol=1e-5)


def test_float64_model():
    model = nn.Sequential(nn.Linear(3, 4), nn.Tanh(), nn.Linear(4, 2)).double()
    imported = check(model, torch.randn(5, 3, dtype=torch.float64), rtol=1e-12, atol=1e-12)
    assert "f64" in print_module(imported.module)


class Attention(nn.Module):
    """A pre-norm transformer block: qkv split, multi-head attention, GELU MLP."""

    def __init__(self, dim=8, heads=2, causal=False):
        super().__init__()
        self.heads, self.causal = heads, causal
        self.norm1, self.norm2 = nn.LayerNorm(dim), nn.LayerNorm(dim)
        self.qkv = nn.Linear(dim, 3 * dim)
        self.proj = nn.Linear(dim, dim)
        self.mlp = nn.Sequential(nn.Linear(dim, 2 * dim), nn.GELU(approximate="tanh"), nn.Linear(2 * dim, dim))

    def forward(self, x):
        b, t, d = x.shape
        q, k, v = self.qkv(self.norm1(x)).chunk(3, dim=-1)
        q, k, v = (z.view(b, t, self.heads, d // self.heads).transpose(1, 2) for z in (q, k, v))
        y = F.scaled_dot_product_attention(q, k, v, is_causal=self.causal)
        x = x + self.proj(y.transpose(1, 2).reshape(b, t, d))
        return x + self.mlp(self.norm2(x))


@pytest.mark.parametrize("causal", [False, True])
def test_attention_block(causal):
    check(Attention(causal=causal), torch.randn(2, 5, 8), rtol=1e-4, atol=1e-5)


def test_more_activations_and_unbind():
    class Acts(nn.Module):
        def forward(self, x):
            a, b, c = x.unbind(1)
            return torch.stack([F.leaky_relu(a, 0.2), F.elu(b), F.silu(c)], dim=1).sum(1)

    check(Acts(), torch.randn(4, 3, 5))


class Unsupported(nn.Module):
    def forward(self, x):
        y = x * 2
        return torch.cumsum(y, dim=0)


def test_unsupported_op_names_op_and_line():
    line = inspect.getsourcelines(Unsupported.forward)[1] + 2
    with pytest.raises(RduError) as info:
        import_module(Unsupported(), (torch.randn(3),))
    message = str(info.value)
    assert "aten.cumsum.default" in message
    assert f"test_torch_import.py:{line}:" in message
    assert "torch.cumsum(y, dim=0)" in message


class Tiny(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(2, 2)

    def forward(self, x):
        return self.fc(x)


def test_locations_point_into_the_model():
    imported = import_module(Tiny(), (torch.randn(1, 2),))
    fn = imported.module.body.block.first_op
    contract = next(op for op in fn.walk() if op.name == "ta.contract")
    assert "test_torch_import.py" in contract.location.filename.data
    assert contract.location.line.data == inspect.getsourcelines(Tiny.forward)[1] + 1


def test_rdu_run_check_matches_pytorch(tmp_path):
    """The imported program, written as MLIR, run by `rdu-run --check` gives PyTorch's output."""
    from cli_util import run_tool

    model = ConvNet().eval()
    x = torch.randn(1, 3, 12, 12)
    imported = import_module(model, (x,))
    (tmp_path / "model.mlir").write_text(print_module(imported.module))
    args = []
    for i, value in enumerate(imported.arguments(x)):
        np.save(tmp_path / f"arg{i}.npy", value)
        args += ["--input", f"{i}={tmp_path / f'arg{i}.npy'}"]
    proc = run_tool("rdu-run", str(tmp_path / "model.mlir"), *args, "--check", "--output-dir", str(tmp_path), "-q")
    assert proc.returncode == 0, proc.stderr
    with torch.no_grad():
        np.testing.assert_allclose(np.load(tmp_path / "result0.npy"), model(x).numpy(), rtol=1e-5, atol=1e-5)
