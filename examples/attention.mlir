// One attention head, O = softmax(Q K^T / sqrt(8)) V, as linalg on tensors: a transpose, two
// matmuls, and the softmax as generics (max and sum reductions with parallel/reduction iterators).
#map = affine_map<(d0, d1) -> (d0, d1)>
#map1 = affine_map<(d0, d1) -> (d0)>
module {
  func.func @attention(%Q: tensor<16x8xf32>, %K: tensor<16x8xf32>, %V: tensor<16x8xf32>) -> tensor<16x8xf32> {
    %cst = arith.constant 0.000000e+00 : f32
    %cst_0 = arith.constant 0.353553385 : f32
    %cst_1 = arith.constant 0xFF800000 : f32
    %0 = tensor.empty() : tensor<8x16xf32>
    %transposed = linalg.transpose ins(%K : tensor<16x8xf32>) outs(%0 : tensor<8x16xf32>) permutation = [1, 0]
    %1 = tensor.empty() : tensor<16x16xf32>
    %2 = linalg.fill ins(%cst : f32) outs(%1 : tensor<16x16xf32>) -> tensor<16x16xf32>
    %3 = linalg.matmul ins(%Q, %transposed : tensor<16x8xf32>, tensor<8x16xf32>) outs(%2 : tensor<16x16xf32>) -> tensor<16x16xf32>
    %4 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%3 : tensor<16x16xf32>) outs(%1 : tensor<16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %16 = arith.mulf %in, %cst_0 : f32
      linalg.yield %16 : f32
    } -> tensor<16x16xf32>
    %5 = tensor.empty() : tensor<16xf32>
    %6 = linalg.fill ins(%cst_1 : f32) outs(%5 : tensor<16xf32>) -> tensor<16xf32>
    %7 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "reduction"]} ins(%4 : tensor<16x16xf32>) outs(%6 : tensor<16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %16 = arith.maximumf %in, %out : f32
      linalg.yield %16 : f32
    } -> tensor<16xf32>
    %8 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel"]} ins(%4, %7 : tensor<16x16xf32>, tensor<16xf32>) outs(%1 : tensor<16x16xf32>) {
    ^bb0(%in: f32, %in_2: f32, %out: f32):
      %16 = arith.subf %in, %in_2 : f32
      %17 = math.exp %16 : f32
      linalg.yield %17 : f32
    } -> tensor<16x16xf32>
    %9 = linalg.fill ins(%cst : f32) outs(%5 : tensor<16xf32>) -> tensor<16xf32>
    %10 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "reduction"]} ins(%8 : tensor<16x16xf32>) outs(%9 : tensor<16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %16 = arith.addf %in, %out : f32
      linalg.yield %16 : f32
    } -> tensor<16xf32>
    %11 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel"]} ins(%8, %10 : tensor<16x16xf32>, tensor<16xf32>) outs(%1 : tensor<16x16xf32>) {
    ^bb0(%in: f32, %in_2: f32, %out: f32):
      %16 = arith.divf %in, %in_2 : f32
      linalg.yield %16 : f32
    } -> tensor<16x16xf32>
    %12 = tensor.empty() : tensor<16x8xf32>
    %13 = linalg.fill ins(%cst : f32) outs(%12 : tensor<16x8xf32>) -> tensor<16x8xf32>
    %14 = linalg.matmul ins(%11, %V : tensor<16x16xf32>, tensor<16x8xf32>) outs(%13 : tensor<16x8xf32>) -> tensor<16x8xf32>
    return %14 : tensor<16x8xf32>
  }
}
