// RUN: rdu-opt %s --split-input-file --verify-diagnostics -p ta-autodiff

// expected-error @+1 {{no parameters to train}}
func.func @forward(%x: tensor<4xf32>) -> tensor<4xf32> {
  %r = ta.exp %x : tensor<4xf32>
  func.return %r : tensor<4xf32>
}

// -----

func.func @forward(%x: tensor<4xf32>, %w: tensor<4xf32> {rdu.param = "w"}) -> (tensor<4xf32>, tensor<4xf32>) {
  %r = ta.mul %x, %w : tensor<4xf32>
  // expected-error @+1 {{exactly one tensor}}
  func.return %r, %r : tensor<4xf32>, tensor<4xf32>
}
