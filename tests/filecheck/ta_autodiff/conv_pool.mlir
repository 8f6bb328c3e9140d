// RUN: rdu-opt %s -p 'ta-autodiff{loss=mse optimizer=none}' | filecheck %s

func.func @forward(%x: tensor<1x6x6x2xf32>, %w: tensor<3x3x2x4xf32> {rdu.param = "conv.weight"}) -> tensor<1x2x2x4xf32> {
  %c = ta.conv2d %x, %w strides [1, 1] dilations [1, 1] : tensor<1x6x6x2xf32>, tensor<3x3x2x4xf32> -> tensor<1x4x4x4xf32>
  %p = ta.pool2d max %c window [2, 2] strides [2, 2] dilations [1, 1] : tensor<1x4x4x4xf32> -> tensor<1x2x2x4xf32>
  func.return %p : tensor<1x2x2x4xf32>
}

// Max pooling routes each gradient to the first maximal tap of its window: one strided slice
// per tap, compared with the pooled value, scattered back by pad.
// CHECK:       func.func @train_step(
// CHECK:         %[[TAP:.*]] = ta.slice %c offsets [0, 0, 0, 0] sizes [1, 2, 2, 4] strides [1, 2, 2, 1]
// CHECK:         ta.select eq %[[TAP]], %p
// CHECK:         ta.pad
// CHECK:         ta.slice %c offsets [0, 1, 1, 0] sizes [1, 2, 2, 4] strides [1, 2, 2, 1]
// The filter gradient is a convolution of the input (channels as batch) with the result gradient.
// CHECK:         %[[XT:.*]] = ta.transpose %x perm [3, 1, 2, 0] : tensor<1x6x6x2xf32> -> tensor<2x6x6x1xf32>
// CHECK:         %[[GT:.*]] = ta.transpose %{{.*}} perm [1, 2, 0, 3] : tensor<1x4x4x4xf32> -> tensor<4x4x1x4xf32>
// CHECK:         %[[R:.*]] = ta.conv2d %[[XT]], %[[GT]] strides [1, 1] dilations [1, 1] : tensor<2x6x6x1xf32>, tensor<4x4x1x4xf32> -> tensor<2x3x3x4xf32>
// CHECK:         %[[DW:.*]] = ta.transpose %[[R]] perm [1, 2, 0, 3] : tensor<2x3x3x4xf32> -> tensor<3x3x2x4xf32>
// CHECK:         func.return %{{.*}}, %p, %[[DW]]
