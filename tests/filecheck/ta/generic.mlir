// The generic form of ta ops: properties in <{...}>, and it always parses back.
// RUN: rdu-opt %s --print-op-generic | filecheck %s
// RUN: rdu-opt %s --print-op-generic | rdu-opt --print-op-generic | filecheck %s

func.func @g(%a: tensor<4x8xf32>, %b: tensor<8x5xf32>, %c: tensor<4x5xf32>, %x: tensor<1x8x8x3xf32>, %dw: tensor<3x3x3xf32>) {
  %0 = ta.contract "mk,kn->mn" %a, %b acc(%c) : tensor<4x8xf32>, tensor<8x5xf32> -> tensor<4x5xf32>
  %1 = ta.add %0, %c : tensor<4x5xf32>
  %2 = ta.reduce max %1 dims [1] : tensor<4x5xf32> -> tensor<4xf32>
  %3 = ta.broadcast %2 dims [0] : tensor<4xf32> -> tensor<4x5xf32>
  %4 = ta.pad %3 low [0, 1] high [0, 0] value -1.000000e+00 : tensor<4x5xf32> -> tensor<4x6xf32>
  %5 = ta.conv2d depthwise %x, %dw strides [1, 1] dilations [1, 1] : tensor<1x8x8x3xf32>, tensor<3x3x3xf32> -> tensor<1x6x6x3xf32>
  %6 = ta.select eq %0, %1, %3, %c : tensor<4x5xf32>
  %7 = ta.layernorm %6 dims [1] epsilon 1.000000e-05 : tensor<4x5xf32>
  func.return
}

// CHECK:      "ta.contract"(%a, %b, %c) <{spec = "mk,kn->mn", operandSegmentSizes = array<i32: 2, 1>}> : (tensor<4x8xf32>, tensor<8x5xf32>, tensor<4x5xf32>) -> tensor<4x5xf32>
// CHECK-NEXT: "ta.add"(%0, %c) : (tensor<4x5xf32>, tensor<4x5xf32>) -> tensor<4x5xf32>
// CHECK-NEXT: "ta.reduce"(%1) <{kind = "max", dims = array<i64: 1>}> : (tensor<4x5xf32>) -> tensor<4xf32>
// CHECK-NEXT: "ta.broadcast"(%2) <{dims = array<i64: 0>}> : (tensor<4xf32>) -> tensor<4x5xf32>
// CHECK-NEXT: "ta.pad"(%3) <{low = array<i64: 0, 1>, high = array<i64: 0, 0>, value = -1.000000e+00 : f64}> : (tensor<4x5xf32>) -> tensor<4x6xf32>
// CHECK-NEXT: "ta.conv2d"(%x, %dw) <{strides = array<i64: 1, 1>, dilations = array<i64: 1, 1>, depthwise, operandSegmentSizes = array<i32: 1, 1, 0>}> : (tensor<1x8x8x3xf32>, tensor<3x3x3xf32>) -> tensor<1x6x6x3xf32>
// CHECK-NEXT: "ta.select"(%0, %1, %3, %c) <{predicate = "eq"}> : (tensor<4x5xf32>, tensor<4x5xf32>, tensor<4x5xf32>, tensor<4x5xf32>) -> tensor<4x5xf32>
// CHECK-NEXT: "ta.layernorm"(%6) <{dims = array<i64: 1>, epsilon = 1.000000e-05 : f64}> : (tensor<4x5xf32>) -> tensor<4x5xf32>
