"""Front ends that produce `ta` modules: linalg-on-tensors and the index-notation language."""
