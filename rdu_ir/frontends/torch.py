"""The PyTorch front end: `import_module(model, example_inputs)` -> an `ImportedModel` whose
`.module` is a `ta` module with `func.func @forward(inputs..., params...)`.

Needs the optional extra `rdu-ir[torch]` (torch==2.13.0). This module is named after the
framework; with absolute imports `import torch` inside the package still gets PyTorch. The
translation lives in `rdu_ir.frontends.torch_import` (see its docstring for the conventions:
parameters as named arguments `{rdu.param = "fc1.weight"}`, NHWC convolutions, explicit
broadcasts, errors naming the op and the model's source line).
"""

from __future__ import annotations

from typing import Any

from rdu_ir.diagnostics import error


def _importer():
    try:
        import torch  # noqa: F401  (the real PyTorch: absolute import)
    except ImportError:
        raise error("the PyTorch front end needs torch: pip install 'rdu-ir[torch]'") from None
    from rdu_ir.frontends import torch_import

    return torch_import


def import_module(model: Any, example_inputs: Any):
    """Export `model` with torch.export on `example_inputs` (a tensor or a tuple of tensors)
    and translate it into `ta`; returns an `ImportedModel` (module, parameters, input names)."""
    return _importer().import_module(model, example_inputs)


def __getattr__(name: str) -> Any:
    if name in ("ImportedModel", "source_line", "HANDLERS"):
        return getattr(_importer(), name)
    raise AttributeError(name)
