// Named contractions become ta.contract; a zero fill init vanishes, any other init is the acc.
// RUN: rdu-opt %s -p linalg-to-ta --split-input-file | filecheck %s

// CHECK-LABEL: func.func @matmul_zero_init
// CHECK-NEXT:    %[[R:.*]] = ta.contract "ac,cb->ab" %a, %b : tensor<5x7xf32>, tensor<7x3xf32> -> tensor<5x3xf32>
// CHECK-NEXT:    func.return %[[R]]
func.func @matmul_zero_init(%a: tensor<5x7xf32>, %b: tensor<7x3xf32>) -> tensor<5x3xf32> {
  %z = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<5x3xf32>
  %c = linalg.fill ins(%z : f32) outs(%e : tensor<5x3xf32>) -> tensor<5x3xf32>
  %r = linalg.matmul ins(%a, %b : tensor<5x7xf32>, tensor<7x3xf32>) outs(%c : tensor<5x3xf32>) -> tensor<5x3xf32>
  return %r : tensor<5x3xf32>
}

// -----

// CHECK-LABEL: func.func @matmul_acc
// CHECK-NEXT:    ta.contract "ac,cb->ab" %a, %b acc(%c)
func.func @matmul_acc(%a: tensor<5x7xf32>, %b: tensor<7x3xf32>, %c: tensor<5x3xf32>) -> tensor<5x3xf32> {
  %r = linalg.matmul ins(%a, %b : tensor<5x7xf32>, tensor<7x3xf32>) outs(%c : tensor<5x3xf32>) -> tensor<5x3xf32>
  return %r : tensor<5x3xf32>
}

// -----

// CHECK-LABEL: func.func @matmul_fill_one
// CHECK-NEXT:    %[[ONE:.*]] = ta.constant dense<1.000000e+00> : tensor<5x3xf32>
// CHECK-NEXT:    ta.contract "ac,cb->ab" %a, %b acc(%[[ONE]])
func.func @matmul_fill_one(%a: tensor<5x7xf32>, %b: tensor<7x3xf32>) -> tensor<5x3xf32> {
  %one = arith.constant 1.0 : f32
  %e = tensor.empty() : tensor<5x3xf32>
  %c = linalg.fill ins(%one : f32) outs(%e : tensor<5x3xf32>) -> tensor<5x3xf32>
  %r = linalg.matmul ins(%a, %b : tensor<5x7xf32>, tensor<7x3xf32>) outs(%c : tensor<5x3xf32>) -> tensor<5x3xf32>
  return %r : tensor<5x3xf32>
}

// -----

// CHECK-LABEL: func.func @others
// CHECK-NEXT:    ta.contract "abd,adc->abc" %a3, %b3 acc(%c3) : tensor<2x3x4xf32>, tensor<2x4x5xf32> -> tensor<2x3x5xf32>
// CHECK-NEXT:    ta.contract "ab,b->a" %m, %v acc(%w)
// CHECK-NEXT:    ta.contract "b,ba->a" %v, %n acc(%w)
// CHECK-NEXT:    ta.contract "a,a->" %v, %v acc(%s) : tensor<4xf32>, tensor<4xf32> -> tensor<f32>
func.func @others(%a3: tensor<2x3x4xf32>, %b3: tensor<2x4x5xf32>, %c3: tensor<2x3x5xf32>, %m: tensor<3x4xf32>, %v: tensor<4xf32>,
                  %w: tensor<3xf32>, %n: tensor<4x3xf32>, %s: tensor<f32>) -> (tensor<2x3x5xf32>, tensor<3xf32>, tensor<3xf32>, tensor<f32>) {
  %0 = linalg.batch_matmul ins(%a3, %b3 : tensor<2x3x4xf32>, tensor<2x4x5xf32>) outs(%c3 : tensor<2x3x5xf32>) -> tensor<2x3x5xf32>
  %1 = linalg.matvec ins(%m, %v : tensor<3x4xf32>, tensor<4xf32>) outs(%w : tensor<3xf32>) -> tensor<3xf32>
  %2 = linalg.vecmat ins(%v, %n : tensor<4xf32>, tensor<4x3xf32>) outs(%w : tensor<3xf32>) -> tensor<3xf32>
  %3 = linalg.dot ins(%v, %v : tensor<4xf32>, tensor<4xf32>) outs(%s : tensor<f32>) -> tensor<f32>
  return %0, %1, %2, %3 : tensor<2x3x5xf32>, tensor<3xf32>, tensor<3xf32>, tensor<f32>
}

// -----

// CHECK-LABEL: func.func @matmul_transposed_lhs_via_maps
// CHECK-NEXT:    ta.contract "ca,cb->ab" %a, %b acc(%c) : tensor<7x5xf32>, tensor<7x3xf32> -> tensor<5x3xf32>
func.func @matmul_transposed_lhs_via_maps(%a: tensor<7x5xf32>, %b: tensor<7x3xf32>, %c: tensor<5x3xf32>) -> tensor<5x3xf32> {
  %r = linalg.matmul indexing_maps = [affine_map<(m, n, k) -> (k, m)>, affine_map<(m, n, k) -> (k, n)>, affine_map<(m, n, k) -> (m, n)>]
         ins(%a, %b : tensor<7x5xf32>, tensor<7x3xf32>) outs(%c : tensor<5x3xf32>) -> tensor<5x3xf32>
  return %r : tensor<5x3xf32>
}
