// tensor reshapes, pad, slices (extract and insert), concat and dense constants.
// RUN: rdu-opt %s -p linalg-to-ta | filecheck %s

// CHECK-LABEL: func.func @tensor_ops
// CHECK-NEXT:    %[[C:.*]] = ta.reshape %x : tensor<2x3x4xf32> -> tensor<6x4xf32>
// CHECK-NEXT:    %[[K:.*]] = ta.constant dense<{{\[}}[1.000000e+00, 2.000000e+00, 3.000000e+00, 4.000000e+00]]> : tensor<1x4xf32>
// CHECK-NEXT:    %[[K1:.*]] = ta.reshape %[[K]] : tensor<1x4xf32> -> tensor<4xf32>
// CHECK-NEXT:    %[[K2:.*]] = ta.reshape %[[K1]] : tensor<4xf32> -> tensor<1x4xf32>
// CHECK-NEXT:    %[[E:.*]] = ta.reshape %[[C]] : tensor<6x4xf32> -> tensor<2x3x4xf32>
// CHECK-NEXT:    %[[P:.*]] = ta.pad %y low [1, 0] high [2, 1] value 1.500000e+00 : tensor<6x4xf32> -> tensor<9x5xf32>
// CHECK-NEXT:    %[[S:.*]] = ta.slice %[[P]] offsets [1, 0] sizes [2, 5] strides [3, 1]
// CHECK-NEXT:    %[[CAT:.*]] = ta.concat %[[C]], %y dim 0
// CHECK-NEXT:    %[[S2:.*]] = ta.slice %[[E]] offsets [1, 0, 0] sizes [1, 2, 4] strides [1, 1, 1] : tensor<2x3x4xf32> -> tensor<1x2x4xf32>
// CHECK-NEXT:    %[[R:.*]] = ta.reshape %[[S2]] : tensor<1x2x4xf32> -> tensor<2x4xf32>
// CHECK-NEXT:    %[[TWO:.*]] = ta.constant dense<2.000000e+00> : tensor<6x4xf32>
// CHECK-NEXT:    %[[M:.*]] = ta.mul %y, %[[TWO]]
// CHECK-NEXT:    func.return %[[E]], %[[S]], %[[CAT]], %[[R]], %[[M]], %[[K2]]
func.func @tensor_ops(%x: tensor<2x3x4xf32>, %y: tensor<6x4xf32>) -> (tensor<2x3x4xf32>, tensor<2x5xf32>, tensor<12x4xf32>, tensor<2x4xf32>, tensor<6x4xf32>, tensor<1x4xf32>) {
  %0 = tensor.collapse_shape %x [[0, 1], [2]] : tensor<2x3x4xf32> into tensor<6x4xf32>
  %k = arith.constant dense<[[1.0, 2.0, 3.0, 4.0]]> : tensor<1x4xf32>
  %kk = tensor.collapse_shape %k [[0, 1]] : tensor<1x4xf32> into tensor<4xf32>
  %kb = tensor.expand_shape %kk [[0, 1]] output_shape [1, 4] : tensor<4xf32> into tensor<1x4xf32>
  %1 = tensor.expand_shape %0 [[0, 1], [2]] : tensor<6x4xf32> into tensor<2x3x4xf32>
  %c = arith.constant 1.5 : f32
  %2 = tensor.pad %y low[1, 0] high[2, 1] {
  ^bb0(%i: index, %j: index):
    tensor.yield %c : f32
  } : tensor<6x4xf32> to tensor<9x5xf32>
  %3 = tensor.extract_slice %2[1, 0] [2, 5] [3, 1] : tensor<9x5xf32> to tensor<2x5xf32>
  %4 = tensor.concat dim(0) %0, %y : (tensor<6x4xf32>, tensor<6x4xf32>) -> tensor<12x4xf32>
  %5 = tensor.extract_slice %1[1, 0, 0] [1, 2, 4] [1, 1, 1] : tensor<2x3x4xf32> to tensor<2x4xf32>
  %s = arith.constant dense<2.0> : tensor<6x4xf32>
  %6 = arith.mulf %y, %s : tensor<6x4xf32>
  return %1, %3, %4, %5, %6, %kb : tensor<2x3x4xf32>, tensor<2x5xf32>, tensor<12x4xf32>, tensor<2x4xf32>, tensor<6x4xf32>, tensor<1x4xf32>
}

// insert_slice: the source padded to the destination's shape; into a tensor, selected by a mask;
// into a fill, the pad alone (with the fill's value).
// CHECK-LABEL: func.func @insert_slice
// CHECK-NEXT:    %[[P:.*]] = ta.pad %s low [1, 0] high [1, 0] value 0.000000e+00 : tensor<2x4xf32> -> tensor<4x4xf32>
// CHECK-NEXT:    %[[M:.*]] = ta.constant dense<{{\[}}[0.000000e+00, 0.000000e+00, 0.000000e+00, 0.000000e+00], [1.000000e+00, 1.000000e+00, 1.000000e+00, 1.000000e+00], [1.000000e+00, 1.000000e+00, 1.000000e+00, 1.000000e+00], [0.000000e+00, 0.000000e+00, 0.000000e+00, 0.000000e+00]]> : tensor<4x4xf32>
// CHECK-NEXT:    %[[ONE:.*]] = ta.constant dense<1.000000e+00> : tensor<4x4xf32>
// CHECK-NEXT:    %[[R:.*]] = ta.select eq %[[M]], %[[ONE]], %[[P]], %d : tensor<4x4xf32>
// CHECK-NEXT:    %[[Q:.*]] = ta.pad %s low [0, 2] high [2, 2] value 5.000000e-01 : tensor<2x4xf32> -> tensor<4x8xf32>
// CHECK-NEXT:    func.return %[[R]], %[[Q]]
func.func @insert_slice(%s: tensor<2x4xf32>, %d: tensor<4x4xf32>) -> (tensor<4x4xf32>, tensor<4x8xf32>) {
  %0 = tensor.insert_slice %s into %d[1, 0] [2, 4] [1, 1] : tensor<2x4xf32> into tensor<4x4xf32>
  %h = arith.constant 0.5 : f32
  %e = tensor.empty() : tensor<4x8xf32>
  %f = linalg.fill ins(%h : f32) outs(%e : tensor<4x8xf32>) -> tensor<4x8xf32>
  %1 = tensor.insert_slice %s into %f[0, 2] [2, 4] [1, 1] : tensor<2x4xf32> into tensor<4x8xf32>
  return %0, %1 : tensor<4x4xf32>, tensor<4x8xf32>
}
