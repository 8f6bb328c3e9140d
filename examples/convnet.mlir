// A small convolutional network as linalg on tensors: conv_2d_nhwc_hwcf, a bias + relu generic,
// pooling_nhwc_max (2x2, stride 2), a collapse_shape to 1x36 and a dense layer (matmul + bias).
#map = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#map1 = affine_map<(d0, d1, d2, d3) -> (d3)>
#map2 = affine_map<(d0, d1) -> (d0, d1)>
#map3 = affine_map<(d0, d1) -> (d1)>
module {
  func.func @convnet(%X: tensor<1x8x8x3xf32>, %F: tensor<3x3x3x4xf32>, %b: tensor<4xf32>, %W: tensor<36x5xf32>, %b2: tensor<5xf32>) -> tensor<1x5xf32> {
    %cst = arith.constant 0.000000e+00 : f32
    %cst_0 = arith.constant 0xFF800000 : f32
    %0 = tensor.empty() : tensor<1x6x6x4xf32>
    %1 = linalg.fill ins(%cst : f32) outs(%0 : tensor<1x6x6x4xf32>) -> tensor<1x6x6x4xf32>
    %2 = linalg.conv_2d_nhwc_hwcf {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%X, %F : tensor<1x8x8x3xf32>, tensor<3x3x3x4xf32>) outs(%1 : tensor<1x6x6x4xf32>) -> tensor<1x6x6x4xf32>
    %3 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%2, %b : tensor<1x6x6x4xf32>, tensor<4xf32>) outs(%0 : tensor<1x6x6x4xf32>) {
    ^bb0(%in: f32, %in_1: f32, %out: f32):
      %12 = arith.addf %in, %in_1 : f32
      %13 = arith.maximumf %12, %cst : f32
      linalg.yield %13 : f32
    } -> tensor<1x6x6x4xf32>
    %4 = tensor.empty() : tensor<1x3x3x4xf32>
    %5 = linalg.fill ins(%cst_0 : f32) outs(%4 : tensor<1x3x3x4xf32>) -> tensor<1x3x3x4xf32>
    %6 = tensor.empty() : tensor<2x2xf32>
    %7 = linalg.pooling_nhwc_max {dilations = dense<1> : vector<2xi64>, strides = dense<2> : vector<2xi64>} ins(%3, %6 : tensor<1x6x6x4xf32>, tensor<2x2xf32>) outs(%5 : tensor<1x3x3x4xf32>) -> tensor<1x3x3x4xf32>
    %collapsed = tensor.collapse_shape %7 [[0], [1, 2, 3]] : tensor<1x3x3x4xf32> into tensor<1x36xf32>
    %8 = tensor.empty() : tensor<1x5xf32>
    %9 = linalg.fill ins(%cst : f32) outs(%8 : tensor<1x5xf32>) -> tensor<1x5xf32>
    %10 = linalg.matmul ins(%collapsed, %W : tensor<1x36xf32>, tensor<36x5xf32>) outs(%9 : tensor<1x5xf32>) -> tensor<1x5xf32>
    %11 = linalg.generic {indexing_maps = [#map2, #map3, #map2], iterator_types = ["parallel", "parallel"]} ins(%10, %b2 : tensor<1x5xf32>, tensor<5xf32>) outs(%8 : tensor<1x5xf32>) {
    ^bb0(%in: f32, %in_1: f32, %out: f32):
      %12 = arith.addf %in, %in_1 : f32
      linalg.yield %12 : f32
    } -> tensor<1x5xf32>
    return %11 : tensor<1x5xf32>
  }
}
