// A generic folding a product into its output over reduction loops becomes one ta.contract of the
// factors, read through their indexing maps (no transposes), with the init as acc unless it is zero.
// RUN: rdu-opt %s -p linalg-to-ta --split-input-file | filecheck %s

// CHECK-LABEL: func.func @permuted_5d
// CHECK-NOT:     ta.transpose
// CHECK:         ta.contract "abcd,aecd->aceb" %x, %y : tensor<2x3x4x5xf32>, tensor<2x6x4x5xf32> -> tensor<2x4x6x3xf32>
// CHECK-NEXT:    func.return
#a = affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3)>
#b = affine_map<(d0, d1, d2, d3, d4) -> (d0, d4, d2, d3)>
#c = affine_map<(d0, d1, d2, d3, d4) -> (d0, d2, d4, d1)>
func.func @permuted_5d(%x: tensor<2x3x4x5xf32>, %y: tensor<2x6x4x5xf32>, %o: tensor<2x4x6x3xf32>) -> tensor<2x4x6x3xf32> {
  %z = arith.constant 0.0 : f32
  %f = linalg.fill ins(%z : f32) outs(%o : tensor<2x4x6x3xf32>) -> tensor<2x4x6x3xf32>
  %r = linalg.generic {indexing_maps = [#a, #b, #c], iterator_types = ["parallel", "parallel", "parallel", "reduction", "parallel"]}
      ins(%x, %y : tensor<2x3x4x5xf32>, tensor<2x6x4x5xf32>) outs(%f : tensor<2x4x6x3xf32>) {
  ^bb0(%in: f32, %in2: f32, %out: f32):
    %m = arith.mulf %in, %in2 : f32
    %s = arith.addf %out, %m : f32
    linalg.yield %s : f32
  } -> tensor<2x4x6x3xf32>
  return %r : tensor<2x4x6x3xf32>
}

// -----

// Three factors and a scalar: the scalar scales the contraction, then the init is added.
// CHECK-LABEL: func.func @three_factors
// CHECK-NEXT:    %[[C:.*]] = ta.contract "ac,c,cb->ab" %a, %s, %b : tensor<3x4xf32>, tensor<4xf32>, tensor<4x2xf32> -> tensor<3x2xf32>
// CHECK-NEXT:    %[[TWO:.*]] = ta.constant dense<2.000000e+00> : tensor<3x2xf32>
// CHECK-NEXT:    %[[M:.*]] = ta.mul %[[C]], %[[TWO]]
// CHECK-NEXT:    %[[R:.*]] = ta.add %o, %[[M]]
// CHECK-NEXT:    func.return %[[R]]
func.func @three_factors(%a: tensor<3x4xf32>, %s: tensor<4xf32>, %b: tensor<4x2xf32>, %o: tensor<3x2xf32>) -> tensor<3x2xf32> {
  %two = arith.constant 2.0 : f32
  %r = linalg.generic {indexing_maps = [affine_map<(i, j, k) -> (i, k)>, affine_map<(i, j, k) -> (k)>, affine_map<(i, j, k) -> (k, j)>, affine_map<(i, j, k) -> (i, j)>],
                       iterator_types = ["parallel", "parallel", "reduction"]}
      ins(%a, %s, %b : tensor<3x4xf32>, tensor<4xf32>, tensor<4x2xf32>) outs(%o : tensor<3x2xf32>) {
  ^bb0(%x: f32, %y: f32, %z: f32, %acc: f32):
    %p = arith.mulf %x, %y : f32
    %q = arith.mulf %p, %two : f32
    %t = arith.mulf %q, %z : f32
    %u = arith.addf %t, %acc : f32
    linalg.yield %u : f32
  } -> tensor<3x2xf32>
  return %r : tensor<3x2xf32>
}

// -----

// Constant (splat) weights stay a contraction operand.
// CHECK-LABEL: func.func @splat_weights
// CHECK-NEXT:    %[[W:.*]] = ta.constant dense<5.000000e-01> : tensor<4x2xf32>
// CHECK-NEXT:    ta.contract "ac,cb->ab" %a, %[[W]] acc(%o)
func.func @splat_weights(%a: tensor<3x4xf32>, %o: tensor<3x2xf32>) -> tensor<3x2xf32> {
  %w = arith.constant dense<0.5> : tensor<4x2xf32>
  %r = linalg.generic {indexing_maps = [affine_map<(i, j, k) -> (i, k)>, affine_map<(i, j, k) -> (k, j)>, affine_map<(i, j, k) -> (i, j)>],
                       iterator_types = ["parallel", "parallel", "reduction"]}
      ins(%a, %w : tensor<3x4xf32>, tensor<4x2xf32>) outs(%o : tensor<3x2xf32>) {
  ^bb0(%x: f32, %y: f32, %acc: f32):
    %p = arith.mulf %x, %y : f32
    %u = arith.addf %acc, %p : f32
    linalg.yield %u : f32
  } -> tensor<3x2xf32>
  return %r : tensor<3x2xf32>
}
