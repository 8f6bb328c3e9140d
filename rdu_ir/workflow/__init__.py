"""The SambaFlow-style workflow on the simulated chip: `rdu compile`, `rdu test`, `rdu train`,
`rdu infer` (the console script `rdu`, `rdu_ir.workflow.main`).

- `model`: load a model (a Python file with a torch.nn.Module factory, or a `ta` program with
  parameters marked `rdu.param`) and build its programs (`@forward`, `@train_step`, `@inference`);
- `programs`: lower those programs as far as the pipeline goes and run them in a simulator;
- `checkpoint`: parameters and optimizer state as `.npz` with a JSON header, written atomically;
- `data`: datasets as `.npz` with `x`/`y` arrays (and scikit-learn's bundled `digits`);
- `training`: the training and evaluation loops (one training-step program run per batch).
"""
