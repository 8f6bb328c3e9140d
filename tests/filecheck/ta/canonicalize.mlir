// ta canonicalization patterns and constant folding.
// RUN: rdu-opt %s -p canonicalize --split-input-file | filecheck %s

// CHECK-LABEL: func.func @transpose_of_transpose
// CHECK-NEXT:    %{{.*}} = ta.transpose %x perm [2, 1, 0] : tensor<2x3x4xf32> -> tensor<4x3x2xf32>
// CHECK-NEXT:    func.return
func.func @transpose_of_transpose(%x: tensor<2x3x4xf32>) -> tensor<4x3x2xf32> {
  %0 = ta.transpose %x perm [1, 0, 2] : tensor<2x3x4xf32> -> tensor<3x2x4xf32>
  %1 = ta.transpose %0 perm [2, 0, 1] : tensor<3x2x4xf32> -> tensor<4x3x2xf32>
  func.return %1 : tensor<4x3x2xf32>
}

// -----

// CHECK-LABEL: func.func @identity_transpose_and_reshape
// CHECK-NEXT:    func.return %x : tensor<2x3xf32>
func.func @identity_transpose_and_reshape(%x: tensor<2x3xf32>) -> tensor<2x3xf32> {
  %0 = ta.transpose %x perm [1, 0] : tensor<2x3xf32> -> tensor<3x2xf32>
  %1 = ta.transpose %0 perm [1, 0] : tensor<3x2xf32> -> tensor<2x3xf32>
  %2 = ta.reshape %1 : tensor<2x3xf32> -> tensor<2x3xf32>
  %3 = ta.transpose %2 perm [0, 1] : tensor<2x3xf32> -> tensor<2x3xf32>
  func.return %3 : tensor<2x3xf32>
}

// -----

// CHECK-LABEL: func.func @reshape_chain
// CHECK-NEXT:    %{{.*}} = ta.reshape %x : tensor<2x3x4xf32> -> tensor<24xf32>
// CHECK-NEXT:    func.return
func.func @reshape_chain(%x: tensor<2x3x4xf32>) -> tensor<24xf32> {
  %0 = ta.reshape %x : tensor<2x3x4xf32> -> tensor<6x4xf32>
  %1 = ta.reshape %0 : tensor<6x4xf32> -> tensor<4x6xf32>
  %2 = ta.reshape %1 : tensor<4x6xf32> -> tensor<24xf32>
  func.return %2 : tensor<24xf32>
}

// -----

// CHECK-LABEL: func.func @broadcast_of_splat
// CHECK-NEXT:    %{{.*}} = ta.constant dense<2.000000e+00> : tensor<3x4xf32>
// CHECK-NEXT:    func.return
func.func @broadcast_of_splat() -> tensor<3x4xf32> {
  %c = ta.constant dense<2.0> : tensor<4xf32>
  %0 = ta.broadcast %c dims [1] : tensor<4xf32> -> tensor<3x4xf32>
  func.return %0 : tensor<3x4xf32>
}

// -----

// CHECK-LABEL: func.func @broadcast_of_broadcast
// CHECK-NEXT:    %{{.*}} = ta.broadcast %v dims [2] : tensor<5xf32> -> tensor<3x4x5xf32>
// CHECK-NEXT:    func.return
func.func @broadcast_of_broadcast(%v: tensor<5xf32>) -> tensor<3x4x5xf32> {
  %0 = ta.broadcast %v dims [1] : tensor<5xf32> -> tensor<4x5xf32>
  %1 = ta.broadcast %0 dims [1, 2] : tensor<4x5xf32> -> tensor<3x4x5xf32>
  func.return %1 : tensor<3x4x5xf32>
}

// -----

// Elementwise ops on splats fold to a splat whatever the size.
// CHECK-LABEL: func.func @fold_splats
// CHECK-NEXT:    %{{.*}} = ta.constant dense<2.44948983> : tensor<512x512xf32>
// CHECK-NEXT:    func.return
func.func @fold_splats() -> tensor<512x512xf32> {
  %a = ta.constant dense<2.0> : tensor<512x512xf32>
  %b = ta.constant dense<3.0> : tensor<512x512xf32>
  %m = ta.mul %a, %b : tensor<512x512xf32>
  %s = ta.sqrt %m : tensor<512x512xf32>
  func.return %s : tensor<512x512xf32>
}

// -----

// CHECK-LABEL: func.func @fold_dense
// CHECK-NEXT:    %{{.*}} = ta.constant dense<[1.000000e+00, 4.000000e+00, 2.000000e+00, 5.000000e+00, 3.000000e+00, 6.000000e+00]> : tensor<6xf32>
// CHECK-NEXT:    %{{.*}} = ta.constant dense<[1.100000e+01, 2.200000e+01]> : tensor<2xf32>
// CHECK-NEXT:    func.return
func.func @fold_dense() -> (tensor<6xf32>, tensor<2xf32>) {
  %c = ta.constant dense<[[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]> : tensor<2x3xf32>
  %t = ta.transpose %c perm [1, 0] : tensor<2x3xf32> -> tensor<3x2xf32>
  %r = ta.reshape %t : tensor<3x2xf32> -> tensor<6xf32>
  %a = ta.constant dense<[1.0, 2.0]> : tensor<2xf32>
  %b = ta.constant dense<[10.0, 20.0]> : tensor<2xf32>
  %s = ta.add %a, %b : tensor<2xf32>
  func.return %r, %s : tensor<6xf32>, tensor<2xf32>
}

// -----

// x * 1, x / 1, x - 0 and neg(neg(x)) are exact; x + 0.0 is not (x = -0.0) and stays.
// CHECK-LABEL: func.func @algebra
// CHECK:         %[[Z:.*]] = ta.constant dense<0.000000e+00> : tensor<4xf32>
// CHECK-NEXT:    %[[A:.*]] = ta.add %x, %[[Z]] : tensor<4xf32>
// CHECK-NEXT:    func.return %x, %[[A]]
func.func @algebra(%x: tensor<4xf32>) -> (tensor<4xf32>, tensor<4xf32>) {
  %one = ta.constant dense<1.0> : tensor<4xf32>
  %zero = ta.constant dense<0.0> : tensor<4xf32>
  %0 = ta.mul %one, %x : tensor<4xf32>
  %1 = ta.div %0, %one : tensor<4xf32>
  %2 = ta.sub %1, %zero : tensor<4xf32>
  %3 = ta.neg %2 : tensor<4xf32>
  %4 = ta.neg %3 : tensor<4xf32>
  %5 = ta.add %x, %zero : tensor<4xf32>
  func.return %4, %5 : tensor<4xf32>, tensor<4xf32>
}

// -----

// CHECK-LABEL: func.func @identities
// CHECK-NEXT:    func.return %x, %x, %x : tensor<4x5xf32>, tensor<4x5xf32>, tensor<4x5xf32>
func.func @identities(%x: tensor<4x5xf32>) -> (tensor<4x5xf32>, tensor<4x5xf32>, tensor<4x5xf32>) {
  %s = ta.slice %x offsets [0, 0] sizes [4, 5] strides [1, 1] : tensor<4x5xf32> -> tensor<4x5xf32>
  %p = ta.pad %x low [0, 0] high [0, 0] value 0.0 : tensor<4x5xf32> -> tensor<4x5xf32>
  %c = ta.concat %x dim 0 : tensor<4x5xf32> -> tensor<4x5xf32>
  func.return %s, %p, %c : tensor<4x5xf32>, tensor<4x5xf32>, tensor<4x5xf32>
}

// -----

// Dead ta ops are removed (they are pure).
// CHECK-LABEL: func.func @dead
// CHECK-NEXT:    func.return %x
func.func @dead(%x: tensor<4x5xf32>) -> tensor<4x5xf32> {
  %e = ta.exp %x : tensor<4x5xf32>
  %c = ta.contract "mn,mn->m" %x, %e : tensor<4x5xf32>, tensor<4x5xf32> -> tensor<4xf32>
  func.return %x : tensor<4x5xf32>
}

// -----

// Contractions of constants fold; a max over a splat is the splat whatever its size, a sum
// is computed by the reference's numpy code (same rounding); splats pass through data movement.
// CHECK-LABEL: func.func @fold_more
// CHECK-NEXT:    %{{.*}} = ta.constant dense<[5.000000e+00, 1.100000e+01]> : tensor<2xf32>
// CHECK-NEXT:    %{{.*}} = ta.constant dense<3.000000e+00> : tensor<8xf32>
// CHECK-NEXT:    %{{.*}} = ta.constant dense<4.800000e+01> : tensor<8xf32>
// CHECK-NEXT:    %{{.*}} = ta.constant dense<3.000000e+00> : tensor<4x2xf32>
// CHECK-NEXT:    func.return
func.func @fold_more() -> (tensor<2xf32>, tensor<8xf32>, tensor<8xf32>, tensor<4x2xf32>) {
  %m = ta.constant dense<[[1.0, 2.0], [3.0, 4.0]]> : tensor<2x2xf32>
  %v = ta.constant dense<[1.0, 2.0]> : tensor<2xf32>
  %mv = ta.contract "mk,k->m" %m, %v : tensor<2x2xf32>, tensor<2xf32> -> tensor<2xf32>
  %s = ta.constant dense<3.0> : tensor<8x16xf32>
  %mx = ta.reduce max %s dims [1] : tensor<8x16xf32> -> tensor<8xf32>
  %sm = ta.reduce sum %s dims [1] : tensor<8x16xf32> -> tensor<8xf32>
  %t = ta.transpose %s perm [1, 0] : tensor<8x16xf32> -> tensor<16x8xf32>
  %sl = ta.slice %t offsets [0, 0] sizes [4, 2] strides [2, 1] : tensor<16x8xf32> -> tensor<4x2xf32>
  func.return %mv, %mx, %sm, %sl : tensor<2xf32>, tensor<8xf32>, tensor<8xf32>, tensor<4x2xf32>
}
