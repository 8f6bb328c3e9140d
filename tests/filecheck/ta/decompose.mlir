// ta-decompose: softmax, layernorm and gelu become core ta ops.
// RUN: rdu-opt %s -p ta-decompose | filecheck %s
// RUN: rdu-opt %s -p ta-decompose,canonicalize | filecheck %s --check-prefix=CANON

// CHECK-LABEL: func.func @softmax
// CHECK-NEXT:    %[[M:.*]] = ta.reduce max %x dims [1] : tensor<4x5xf32> -> tensor<4xf32>
// CHECK-NEXT:    %[[MB:.*]] = ta.broadcast %[[M]] dims [0] : tensor<4xf32> -> tensor<4x5xf32>
// CHECK-NEXT:    %[[D:.*]] = ta.sub %x, %[[MB]] : tensor<4x5xf32>
// CHECK-NEXT:    %[[E:.*]] = ta.exp %[[D]] : tensor<4x5xf32>
// CHECK-NEXT:    %[[S:.*]] = ta.reduce sum %[[E]] dims [1] : tensor<4x5xf32> -> tensor<4xf32>
// CHECK-NEXT:    %[[SB:.*]] = ta.broadcast %[[S]] dims [0] : tensor<4xf32> -> tensor<4x5xf32>
// CHECK-NEXT:    %[[R:.*]] = ta.div %[[E]], %[[SB]] : tensor<4x5xf32>
// CHECK-NEXT:    func.return %[[R]]
func.func @softmax(%x: tensor<4x5xf32>) -> tensor<4x5xf32> {
  %0 = ta.softmax %x dim 1 : tensor<4x5xf32>
  func.return %0 : tensor<4x5xf32>
}

// CHECK-LABEL: func.func @layernorm
// CHECK-NEXT:    %[[N:.*]] = ta.constant dense<1.500000e+01> : tensor<2xf32>
// CHECK-NEXT:    %[[S:.*]] = ta.reduce sum %x dims [1, 2] : tensor<2x3x5xf32> -> tensor<2xf32>
// CHECK-NEXT:    %[[MEAN:.*]] = ta.div %[[S]], %[[N]] : tensor<2xf32>
// CHECK-NEXT:    %[[MB:.*]] = ta.broadcast %[[MEAN]] dims [0] : tensor<2xf32> -> tensor<2x3x5xf32>
// CHECK-NEXT:    %[[C:.*]] = ta.sub %x, %[[MB]] : tensor<2x3x5xf32>
// CHECK-NEXT:    %[[SQ:.*]] = ta.mul %[[C]], %[[C]] : tensor<2x3x5xf32>
// CHECK-NEXT:    %[[SS:.*]] = ta.reduce sum %[[SQ]] dims [1, 2] : tensor<2x3x5xf32> -> tensor<2xf32>
// CHECK-NEXT:    %[[VAR:.*]] = ta.div %[[SS]], %[[N]] : tensor<2xf32>
// CHECK-NEXT:    %[[EPS:.*]] = ta.constant dense<1.000000e-05> : tensor<2xf32>
// CHECK-NEXT:    %[[VE:.*]] = ta.add %[[VAR]], %[[EPS]] : tensor<2xf32>
// CHECK-NEXT:    %[[RS:.*]] = ta.rsqrt %[[VE]] : tensor<2xf32>
// CHECK-NEXT:    %[[RB:.*]] = ta.broadcast %[[RS]] dims [0] : tensor<2xf32> -> tensor<2x3x5xf32>
// CHECK-NEXT:    %[[R:.*]] = ta.mul %[[C]], %[[RB]] : tensor<2x3x5xf32>
// CHECK-NEXT:    func.return %[[R]]
func.func @layernorm(%x: tensor<2x3x5xf32>) -> tensor<2x3x5xf32> {
  %0 = ta.layernorm %x dims [1, 2] epsilon 1.000000e-05 : tensor<2x3x5xf32>
  func.return %0 : tensor<2x3x5xf32>
}

// Normalising over every dim reduces to rank-0 tensors.
// CHECK-LABEL: func.func @layernorm_all
// CHECK:         ta.reduce sum %x dims [0, 1] : tensor<3x4xf32> -> tensor<f32>
// CHECK:         ta.broadcast %{{.*}} dims [] : tensor<f32> -> tensor<3x4xf32>
// CHECK-NOT:     ta.layernorm
func.func @layernorm_all(%x: tensor<3x4xf32>) -> tensor<3x4xf32> {
  %0 = ta.layernorm %x dims [0, 1] epsilon 1.000000e-03 : tensor<3x4xf32>
  func.return %0 : tensor<3x4xf32>
}

// CHECK-LABEL: func.func @gelu
// CHECK-NEXT:    %[[K:.*]] = ta.constant dense<0.707106769> : tensor<4x5xf32>
// CHECK-NEXT:    %[[XS:.*]] = ta.mul %x, %[[K]] : tensor<4x5xf32>
// CHECK-NEXT:    %[[E:.*]] = ta.erf %[[XS]] : tensor<4x5xf32>
// CHECK-NEXT:    %[[ONE:.*]] = ta.constant dense<1.000000e+00> : tensor<4x5xf32>
// CHECK-NEXT:    %[[A:.*]] = ta.add %[[E]], %[[ONE]] : tensor<4x5xf32>
// CHECK-NEXT:    %[[HALF:.*]] = ta.constant dense<5.000000e-01> : tensor<4x5xf32>
// CHECK-NEXT:    %[[H:.*]] = ta.mul %x, %[[HALF]] : tensor<4x5xf32>
// CHECK-NEXT:    %[[R:.*]] = ta.mul %[[H]], %[[A]] : tensor<4x5xf32>
// CHECK-NEXT:    func.return %[[R]]
func.func @gelu(%x: tensor<4x5xf32>) -> tensor<4x5xf32> {
  %0 = ta.gelu %x : tensor<4x5xf32>
  func.return %0 : tensor<4x5xf32>
}

// Core ops are left alone.
// CHECK-LABEL: func.func @core
// CHECK-NEXT:    ta.exp %x
func.func @core(%x: tensor<4x5xf32>) -> tensor<4x5xf32> {
  %0 = ta.exp %x : tensor<4x5xf32>
  func.return %0 : tensor<4x5xf32>
}

// CANON-NOT: ta.softmax
// CANON-NOT: ta.layernorm
// CANON-NOT: ta.gelu
