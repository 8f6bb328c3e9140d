// What linalg-to-ta cannot express is a diagnostic at the op, never a silent skip.
// RUN: rdu-opt %s -p linalg-to-ta --split-input-file --verify-diagnostics

func.func @not_a_fold(%x: tensor<4x4xf32>, %o: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{output #0 is not a fold over its reduction loops}}
  %r = linalg.generic {indexing_maps = [affine_map<(a, b) -> (a, b)>, affine_map<(a, b) -> (a)>], iterator_types = ["parallel", "reduction"]}
      ins(%x : tensor<4x4xf32>) outs(%o : tensor<4xf32>) {
  ^bb0(%in: f32, %acc: f32):
    %m = arith.mulf %acc, %acc : f32
    %r = arith.addf %m, %in : f32
    linalg.yield %r : f32
  } -> tensor<4xf32>
  return %r : tensor<4xf32>
}

// -----

func.func @unknown_body_op(%x: tensor<4xf32>) -> tensor<4xf32> {
  %e = tensor.empty() : tensor<4xf32>
  %r = linalg.generic {indexing_maps = [affine_map<(a) -> (a)>, affine_map<(a) -> (a)>], iterator_types = ["parallel"]}
      ins(%x : tensor<4xf32>) outs(%e : tensor<4xf32>) {
  ^bb0(%in: f32, %out: f32):
    // expected-error @+1 {{'math.floor' in a linalg body has no tensor-algebra translation}}
    %f = math.floor %in : f32
    linalg.yield %f : f32
  } -> tensor<4xf32>
  return %r : tensor<4xf32>
}

// -----

func.func @window_in_generic(%x: tensor<6xf32>, %k: tensor<3xf32>, %o: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{indexing map #0 ((d0, d1) -> ((d0 + d1))) is not a projected permutation}}
  %r = linalg.generic {indexing_maps = [affine_map<(a, b) -> (a + b)>, affine_map<(a, b) -> (b)>, affine_map<(a, b) -> (a)>], iterator_types = ["parallel", "reduction"]}
      ins(%x, %k : tensor<6xf32>, tensor<3xf32>) outs(%o : tensor<4xf32>) {
  ^bb0(%in: f32, %w: f32, %acc: f32):
    %m = arith.mulf %in, %w : f32
    %r = arith.addf %acc, %m : f32
    linalg.yield %r : f32
  } -> tensor<4xf32>
  return %r : tensor<4xf32>
}

// -----

func.func @reads_empty(%a: tensor<3x4xf32>, %b: tensor<4x2xf32>) -> tensor<3x2xf32> {
  %e = tensor.empty() : tensor<3x2xf32>
  // expected-error @+1 {{'tensor.empty' whose contents are undefined}}
  %r = linalg.matmul ins(%a, %b : tensor<3x4xf32>, tensor<4x2xf32>) outs(%e : tensor<3x2xf32>) -> tensor<3x2xf32>
  return %r : tensor<3x2xf32>
}

// -----

// expected-error @+1 {{argument #0 has dynamic shape tensor<?x4xf32>; only static shapes are supported}}
func.func @dynamic(%a: tensor<?x4xf32>) -> tensor<?x4xf32> {
  return %a : tensor<?x4xf32>
}

// -----

func.func private @external(tensor<4xf32>) -> tensor<4xf32>
func.func @calls_external(%a: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{call to @external, which is not defined in this module, cannot be imported}}
  %r = call @external(%a) : (tensor<4xf32>) -> tensor<4xf32>
  return %r : tensor<4xf32>
}

// -----

func.func @unsupported_op(%a: tensor<4xf32>, %s: f32) -> tensor<4xf32> {
  // expected-error @+1 {{operation has no translation to tensor algebra (linalg-to-ta)}}
  %r = tensor.splat %s : tensor<4xf32>
  return %r : tensor<4xf32>
}
