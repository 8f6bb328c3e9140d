// A two-layer perceptron: Y = relu(X * W1 + b1) * W2 + b2, linalg on tensors.
#map = affine_map<(d0, d1) -> (d0, d1)>
#map1 = affine_map<(d0, d1) -> (d1)>
module {
  func.func @mlp(%X: tensor<8x32xf32>, %W1: tensor<32x64xf32>, %b1: tensor<64xf32>, %W2: tensor<64x10xf32>, %b2: tensor<10xf32>) -> tensor<8x10xf32> {
    %cst = arith.constant 0.000000e+00 : f32
    %0 = tensor.empty() : tensor<8x64xf32>
    %1 = linalg.fill ins(%cst : f32) outs(%0 : tensor<8x64xf32>) -> tensor<8x64xf32>
    %2 = linalg.matmul ins(%X, %W1 : tensor<8x32xf32>, tensor<32x64xf32>) outs(%1 : tensor<8x64xf32>) -> tensor<8x64xf32>
    %3 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel"]} ins(%2, %b1 : tensor<8x64xf32>, tensor<64xf32>) outs(%0 : tensor<8x64xf32>) {
    ^bb0(%in: f32, %in_0: f32, %out: f32):
      %10 = arith.addf %in, %in_0 : f32
      %11 = arith.maximumf %10, %cst : f32
      linalg.yield %11 : f32
    } -> tensor<8x64xf32>
    %4 = tensor.empty() : tensor<8x10xf32>
    %5 = linalg.fill ins(%cst : f32) outs(%4 : tensor<8x10xf32>) -> tensor<8x10xf32>
    %6 = linalg.matmul ins(%3, %W2 : tensor<8x64xf32>, tensor<64x10xf32>) outs(%5 : tensor<8x10xf32>) -> tensor<8x10xf32>
    %7 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel"]} ins(%6, %b2 : tensor<8x10xf32>, tensor<10xf32>) outs(%4 : tensor<8x10xf32>) {
    ^bb0(%in: f32, %in_0: f32, %out: f32):
      %10 = arith.addf %in, %in_0 : f32
      linalg.yield %10 : f32
    } -> tensor<8x10xf32>
    return %7 : tensor<8x10xf32>
  }
}
