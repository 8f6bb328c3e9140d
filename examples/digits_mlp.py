"""A small MLP for scikit-learn's `digits` (8x8 images, 10 classes), for the `rdu` workflow.

    rdu data digits -o data/
    rdu compile examples/digits_mlp.py -o out/digits.rbs
    rdu test out/digits.rbs --check
    rdu train examples/digits_mlp.py --data data/digits_train.npz --validation data/digits_test.npz \
        --epochs 10 --batch-size 32 --lr 0.01 --checkpoint out/digits.ckpt.npz
    rdu infer out/digits.rbs --checkpoint out/digits.ckpt.npz --data data/digits_unlabeled.npz -o out/labels.npy

(docs/workflow.md walks through the steps.) A model file defines `build_model()` and
`INPUT_SHAPES` (batch first; `--batch-size` replaces the batch); `LOSS` and `SEED` are optional.
"""

import torch

INPUT_SHAPES = [(32, 64)]
"""One input: a batch of 32 flattened 8x8 images (pixel values scaled to [0, 1])."""
LOSS = "cross-entropy"
SEED = 0


def build_model() -> torch.nn.Module:
    return torch.nn.Sequential(
        torch.nn.Linear(64, 64),
        torch.nn.ReLU(),
        torch.nn.Linear(64, 10),
    )
