// A parallel generic's body becomes ta elementwise ops; inputs are transposed/broadcast as their
// indexing maps say, scalar constants become splats of the shape they meet.
// RUN: rdu-opt %s -p linalg-to-ta --split-input-file | filecheck %s

#t = affine_map<(i, j) -> (j, i)>
#r = affine_map<(i, j) -> (j)>
#c = affine_map<(i, j) -> (i)>
#id = affine_map<(i, j) -> (i, j)>
// The expression is computed in %a's own axis order; one transpose gives the output's.
// CHECK-LABEL: func.func @expression
// CHECK-NEXT:    %[[B:.*]] = ta.broadcast %b dims [0] : tensor<5xf32> -> tensor<5x3xf32>
// CHECK-NEXT:    %[[S:.*]] = ta.add %a, %[[B]] : tensor<5x3xf32>
// CHECK-NEXT:    %[[H:.*]] = ta.constant dense<5.000000e-01> : tensor<5x3xf32>
// CHECK-NEXT:    %[[M:.*]] = ta.mul %[[S]], %[[H]]
// CHECK-NEXT:    %[[E:.*]] = ta.exp %c : tensor<3xf32>
// CHECK-NEXT:    %[[EB:.*]] = ta.broadcast %[[E]] dims [1] : tensor<3xf32> -> tensor<5x3xf32>
// CHECK-NEXT:    %[[D:.*]] = ta.sub %[[M]], %[[EB]]
// CHECK-NEXT:    %[[T:.*]] = ta.transpose %[[D]] perm [1, 0] : tensor<5x3xf32> -> tensor<3x5xf32>
// CHECK-NEXT:    func.return %[[T]]
func.func @expression(%a: tensor<5x3xf32>, %b: tensor<5xf32>, %c: tensor<3xf32>) -> tensor<3x5xf32> {
  %e = tensor.empty() : tensor<3x5xf32>
  %half = arith.constant 0.5 : f32
  %r = linalg.generic {indexing_maps = [#t, #r, #c, #id], iterator_types = ["parallel", "parallel"]}
      ins(%a, %b, %c : tensor<5x3xf32>, tensor<5xf32>, tensor<3xf32>) outs(%e : tensor<3x5xf32>) {
  ^bb0(%x: f32, %y: f32, %z: f32, %out: f32):
    %0 = arith.addf %x, %y : f32
    %1 = arith.mulf %0, %half : f32
    %2 = math.exp %z : f32
    %3 = arith.subf %1, %2 : f32
    linalg.yield %3 : f32
  } -> tensor<3x5xf32>
  return %r : tensor<3x5xf32>
}

// -----

// CHECK-LABEL: func.func @bias_broadcast_and_transpose
// CHECK-NEXT:    ta.broadcast %bias dims [1] : tensor<4xf32> -> tensor<2x4xf32>
// CHECK-NEXT:    ta.transpose %w perm [1, 0] : tensor<4x6xf32> -> tensor<6x4xf32>
func.func @bias_broadcast_and_transpose(%bias: tensor<4xf32>, %w: tensor<4x6xf32>) -> (tensor<2x4xf32>, tensor<6x4xf32>) {
  %e = tensor.empty() : tensor<2x4xf32>
  %e2 = tensor.empty() : tensor<6x4xf32>
  %b = linalg.generic {indexing_maps = [affine_map<(i, j) -> (j)>, affine_map<(i, j) -> (i, j)>], iterator_types = ["parallel", "parallel"]}
      ins(%bias : tensor<4xf32>) outs(%e : tensor<2x4xf32>) {
  ^bb0(%in: f32, %out: f32):
    linalg.yield %in : f32
  } -> tensor<2x4xf32>
  %t = linalg.generic {indexing_maps = [affine_map<(i, j) -> (j, i)>, affine_map<(i, j) -> (i, j)>], iterator_types = ["parallel", "parallel"]}
      ins(%w : tensor<4x6xf32>) outs(%e2 : tensor<6x4xf32>) {
  ^bb0(%in: f32, %out: f32):
    linalg.yield %in : f32
  } -> tensor<6x4xf32>
  return %b, %t : tensor<2x4xf32>, tensor<6x4xf32>
}

// -----

// CHECK-LABEL: func.func @constant_index_and_rank0
// CHECK-NEXT:    %[[A:.*]] = ta.reshape %a : tensor<3x1x4xf32> -> tensor<3x4xf32>
// CHECK-NEXT:    %[[L:.*]] = ta.broadcast %lo dims [] : tensor<f32> -> tensor<3x4xf32>
// CHECK-NEXT:    ta.max %[[A]], %[[L]]
func.func @constant_index_and_rank0(%a: tensor<3x1x4xf32>, %lo: tensor<f32>) -> tensor<3x4xf32> {
  %e = tensor.empty() : tensor<3x4xf32>
  %r = linalg.generic {indexing_maps = [affine_map<(i, k) -> (i, 0, k)>, affine_map<(i, k) -> ()>, affine_map<(i, k) -> (i, k)>], iterator_types = ["parallel", "parallel"]}
      ins(%a, %lo : tensor<3x1x4xf32>, tensor<f32>) outs(%e : tensor<3x4xf32>) {
  ^bb0(%x: f32, %l: f32, %out: f32):
    %m = arith.maximumf %x, %l : f32
    linalg.yield %m : f32
  } -> tensor<3x4xf32>
  return %r : tensor<3x4xf32>
}
