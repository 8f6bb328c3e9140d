// Convolutions and pooling become ta.conv2d / ta.pool2d (NHWC); NCHW variants are transposed
// around them; a non-zero init is the accumulator (conv) or combined (pooling).
// RUN: rdu-opt %s -p linalg-to-ta --split-input-file | filecheck %s

// CHECK-LABEL: func.func @conv
// CHECK-NEXT:    ta.conv2d %x, %w strides [2, 2] dilations [1, 1] : tensor<1x9x9x4xf32>, tensor<3x3x4x5xf32> -> tensor<1x4x4x5xf32>
// CHECK-NEXT:    ta.conv2d %x, %w strides [2, 2] dilations [1, 1] acc(%acc)
func.func @conv(%x: tensor<1x9x9x4xf32>, %w: tensor<3x3x4x5xf32>, %acc: tensor<1x4x4x5xf32>) -> (tensor<1x4x4x5xf32>, tensor<1x4x4x5xf32>) {
  %z = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<1x4x4x5xf32>
  %f = linalg.fill ins(%z : f32) outs(%e : tensor<1x4x4x5xf32>) -> tensor<1x4x4x5xf32>
  %0 = linalg.conv_2d_nhwc_hwcf {dilations = dense<1> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>}
         ins(%x, %w : tensor<1x9x9x4xf32>, tensor<3x3x4x5xf32>) outs(%f : tensor<1x4x4x5xf32>) -> tensor<1x4x4x5xf32>
  %1 = linalg.conv_2d_nhwc_hwcf {dilations = dense<1> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>}
         ins(%x, %w : tensor<1x9x9x4xf32>, tensor<3x3x4x5xf32>) outs(%acc : tensor<1x4x4x5xf32>) -> tensor<1x4x4x5xf32>
  return %0, %1 : tensor<1x4x4x5xf32>, tensor<1x4x4x5xf32>
}

// -----

// The output covers only part of what the input admits: the unread rows/cols are sliced away.
// CHECK-LABEL: func.func @depthwise
// CHECK-NEXT:    %[[S:.*]] = ta.slice %x offsets [0, 0, 0, 0] sizes [1, 8, 8, 4] strides [1, 1, 1, 1]
// CHECK-NEXT:    ta.conv2d depthwise %[[S]], %w strides [1, 1] dilations [2, 2] : tensor<1x8x8x4xf32>, tensor<3x3x4xf32> -> tensor<1x4x4x4xf32>
func.func @depthwise(%x: tensor<1x9x9x4xf32>, %w: tensor<3x3x4xf32>) -> tensor<1x4x4x4xf32> {
  %z = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<1x4x4x4xf32>
  %f = linalg.fill ins(%z : f32) outs(%e : tensor<1x4x4x4xf32>) -> tensor<1x4x4x4xf32>
  %0 = linalg.depthwise_conv_2d_nhwc_hwc {dilations = dense<2> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>}
         ins(%x, %w : tensor<1x9x9x4xf32>, tensor<3x3x4xf32>) outs(%f : tensor<1x4x4x4xf32>) -> tensor<1x4x4x4xf32>
  return %0 : tensor<1x4x4x4xf32>
}

// -----

// CHECK-LABEL: func.func @pooling
// CHECK-NEXT:    %[[P0:.*]] = ta.pool2d max %x window [3, 3] strides [2, 2] dilations [1, 1] : tensor<1x9x9x4xf32> -> tensor<1x4x4x4xf32>
// CHECK-NEXT:    %[[P1:.*]] = ta.pool2d max %x window [3, 3]
// CHECK-NEXT:    %[[Z:.*]] = ta.constant dense<0.000000e+00>
// CHECK-NEXT:    %[[M:.*]] = ta.max %[[Z]], %[[P1]]
// CHECK-NEXT:    func.return %[[P0]], %[[M]]
func.func @pooling(%x: tensor<1x9x9x4xf32>) -> (tensor<1x4x4x4xf32>, tensor<1x4x4x4xf32>) {
  %ninf = arith.constant 0xFF800000 : f32
  %z = arith.constant 0.0 : f32
  %win = tensor.empty() : tensor<3x3xf32>
  %e = tensor.empty() : tensor<1x4x4x4xf32>
  %fm = linalg.fill ins(%ninf : f32) outs(%e : tensor<1x4x4x4xf32>) -> tensor<1x4x4x4xf32>
  %0 = linalg.pooling_nhwc_max {dilations = dense<1> : vector<2xi64>, strides = dense<2> : vector<2xi64>}
         ins(%x, %win : tensor<1x9x9x4xf32>, tensor<3x3xf32>) outs(%fm : tensor<1x4x4x4xf32>) -> tensor<1x4x4x4xf32>
  %fz = linalg.fill ins(%z : f32) outs(%e : tensor<1x4x4x4xf32>) -> tensor<1x4x4x4xf32>
  %1 = linalg.pooling_nhwc_max {dilations = dense<1> : vector<2xi64>, strides = dense<2> : vector<2xi64>}
         ins(%x, %win : tensor<1x9x9x4xf32>, tensor<3x3xf32>) outs(%fz : tensor<1x4x4x4xf32>) -> tensor<1x4x4x4xf32>
  return %0, %1 : tensor<1x4x4x4xf32>, tensor<1x4x4x4xf32>
}

// -----

// CHECK-LABEL: func.func @sum_pooling
// CHECK-NEXT:    ta.pool2d sum %x window [7, 7] strides [1, 1] dilations [1, 1] : tensor<1x7x7x8xf32> -> tensor<1x1x1x8xf32>
// CHECK-NEXT:    func.return
func.func @sum_pooling(%x: tensor<1x7x7x8xf32>) -> tensor<1x1x1x8xf32> {
  %z = arith.constant 0.0 : f32
  %win = tensor.empty() : tensor<7x7xf32>
  %e = tensor.empty() : tensor<1x1x1x8xf32>
  %f = linalg.fill ins(%z : f32) outs(%e : tensor<1x1x1x8xf32>) -> tensor<1x1x1x8xf32>
  %0 = linalg.pooling_nhwc_sum {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>}
         ins(%x, %win : tensor<1x7x7x8xf32>, tensor<7x7xf32>) outs(%f : tensor<1x1x1x8xf32>) -> tensor<1x1x1x8xf32>
  return %0 : tensor<1x1x1x8xf32>
}

// -----

// CHECK-LABEL: func.func @nchw
// CHECK-NEXT:    %[[X:.*]] = ta.transpose %x perm [0, 2, 3, 1]
// CHECK-NEXT:    %[[W:.*]] = ta.transpose %w perm [2, 3, 1, 0] : tensor<5x4x3x3xf32> -> tensor<3x3x4x5xf32>
// CHECK-NEXT:    %[[A:.*]] = ta.transpose %acc perm [0, 2, 3, 1]
// CHECK-NEXT:    %[[C:.*]] = ta.conv2d %[[X]], %[[W]] strides [1, 1] dilations [1, 1] acc(%[[A]])
// CHECK-NEXT:    ta.transpose %[[C]] perm [0, 3, 1, 2] : tensor<1x7x7x5xf32> -> tensor<1x5x7x7xf32>
func.func @nchw(%x: tensor<1x4x9x9xf32>, %w: tensor<5x4x3x3xf32>, %acc: tensor<1x5x7x7xf32>) -> tensor<1x5x7x7xf32> {
  %0 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>}
         ins(%x, %w : tensor<1x4x9x9xf32>, tensor<5x4x3x3xf32>) outs(%acc : tensor<1x5x7x7xf32>) -> tensor<1x5x7x7xf32>
  return %0 : tensor<1x5x7x7xf32>
}
