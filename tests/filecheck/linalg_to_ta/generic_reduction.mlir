// A body folding into the output over reduction loops becomes ta.reduce of the folded expression,
// combined with the init (dropped when the init is the fold's identity).
// RUN: rdu-opt %s -p linalg-to-ta --split-input-file | filecheck %s

#in = affine_map<(a, b) -> (a, b)>
#out = affine_map<(a, b) -> (a)>
// CHECK-LABEL: func.func @sum_of_exp_into_zero
// CHECK-NEXT:    %[[E:.*]] = ta.exp %x : tensor<3x6xf32>
// CHECK-NEXT:    %[[R:.*]] = ta.reduce sum %[[E]] dims [1] : tensor<3x6xf32> -> tensor<3xf32>
// CHECK-NEXT:    func.return %[[R]]
func.func @sum_of_exp_into_zero(%x: tensor<3x6xf32>) -> tensor<3xf32> {
  %z = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<3xf32>
  %f = linalg.fill ins(%z : f32) outs(%e : tensor<3xf32>) -> tensor<3xf32>
  %r = linalg.generic {indexing_maps = [#in, #out], iterator_types = ["parallel", "reduction"]} ins(%x : tensor<3x6xf32>) outs(%f : tensor<3xf32>) {
  ^bb0(%in: f32, %acc: f32):
    %ex = math.exp %in : f32
    %s = arith.addf %acc, %ex : f32
    linalg.yield %s : f32
  } -> tensor<3xf32>
  return %r : tensor<3xf32>
}

// -----

#in = affine_map<(a, b) -> (a, b)>
#out = affine_map<(a, b) -> (a)>
// CHECK-LABEL: func.func @max_into_minus_inf
// CHECK-NEXT:    %[[R:.*]] = ta.reduce max %x dims [1]
// CHECK-NEXT:    func.return %[[R]]
func.func @max_into_minus_inf(%x: tensor<3x6xf32>) -> tensor<3xf32> {
  %ninf = arith.constant 0xFF800000 : f32
  %e = tensor.empty() : tensor<3xf32>
  %f = linalg.fill ins(%ninf : f32) outs(%e : tensor<3xf32>) -> tensor<3xf32>
  %r = linalg.generic {indexing_maps = [#in, #out], iterator_types = ["parallel", "reduction"]} ins(%x : tensor<3x6xf32>) outs(%f : tensor<3xf32>) {
  ^bb0(%in: f32, %acc: f32):
    %m = arith.maximumf %in, %acc : f32
    linalg.yield %m : f32
  } -> tensor<3xf32>
  return %r : tensor<3xf32>
}

// -----

#in = affine_map<(a, b) -> (a, b)>
#out = affine_map<(a, b) -> (a)>
// The cmpf+select form of max folds the same way.
// CHECK-LABEL: func.func @max_into_argument
// CHECK-NEXT:    %[[R:.*]] = ta.reduce max %x dims [1]
// CHECK-NEXT:    %[[M:.*]] = ta.max %init, %[[R]]
// CHECK-NEXT:    func.return %[[M]]
func.func @max_into_argument(%x: tensor<3x6xf32>, %init: tensor<3xf32>) -> tensor<3xf32> {
  %r = linalg.generic {indexing_maps = [#in, #out], iterator_types = ["parallel", "reduction"]} ins(%x : tensor<3x6xf32>) outs(%init : tensor<3xf32>) {
  ^bb0(%in: f32, %acc: f32):
    %c = arith.cmpf ogt, %acc, %in : f32
    %m = arith.select %c, %acc, %in : f32
    linalg.yield %m : f32
  } -> tensor<3xf32>
  return %r : tensor<3xf32>
}

// -----

// acc - x over the reduction: init - sum(x) (-sum(x) for a zero init).
#in = affine_map<(a, b) -> (a, b)>
#out = affine_map<(a, b) -> (a)>
// CHECK-LABEL: func.func @subtracting
// CHECK-NEXT:    %[[R:.*]] = ta.reduce sum %x dims [1]
// CHECK-NEXT:    %[[N:.*]] = ta.neg %[[R]] : tensor<2xf32>
// CHECK-NEXT:    func.return %[[N]]
func.func @subtracting(%x: tensor<2x8xf32>) -> tensor<2xf32> {
  %z = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<2xf32>
  %f = linalg.fill ins(%z : f32) outs(%e : tensor<2xf32>) -> tensor<2xf32>
  %r = linalg.generic {indexing_maps = [#in, #out], iterator_types = ["parallel", "reduction"]} ins(%x : tensor<2x8xf32>) outs(%f : tensor<2xf32>) {
  ^bb0(%in: f32, %acc: f32):
    %s = arith.subf %acc, %in : f32
    linalg.yield %s : f32
  } -> tensor<2xf32>
  return %r : tensor<2xf32>
}

// -----

// The reduced loop is the first one and the output is transposed.
// CHECK-LABEL: func.func @column_sums_transposed
// CHECK-NEXT:    %[[R:.*]] = ta.reduce sum %x dims [0] : tensor<4x2x3xf32> -> tensor<2x3xf32>
// CHECK-NEXT:    %[[T:.*]] = ta.transpose %[[R]] perm [1, 0]
// CHECK-NEXT:    ta.add %init, %[[T]] : tensor<3x2xf32>
func.func @column_sums_transposed(%x: tensor<4x2x3xf32>, %init: tensor<3x2xf32>) -> tensor<3x2xf32> {
  %r = linalg.generic {indexing_maps = [affine_map<(k, i, j) -> (k, i, j)>, affine_map<(k, i, j) -> (j, i)>], iterator_types = ["reduction", "parallel", "parallel"]}
      ins(%x : tensor<4x2x3xf32>) outs(%init : tensor<3x2xf32>) {
  ^bb0(%in: f32, %acc: f32):
    %s = arith.addf %in, %acc : f32
    linalg.yield %s : f32
  } -> tensor<3x2xf32>
  return %r : tensor<3x2xf32>
}

// -----

// With a non-zero init: init - sum(x).
// CHECK-LABEL: func.func @subtracting_from_init
// CHECK-NEXT:    %[[R:.*]] = ta.reduce sum %x dims [1]
// CHECK-NEXT:    %[[D:.*]] = ta.sub %init, %[[R]]
// CHECK-NEXT:    func.return %[[D]]
func.func @subtracting_from_init(%x: tensor<2x8xf32>, %init: tensor<2xf32>) -> tensor<2xf32> {
  %r = linalg.generic {indexing_maps = [affine_map<(a, b) -> (a, b)>, affine_map<(a, b) -> (a)>], iterator_types = ["parallel", "reduction"]}
      ins(%x : tensor<2x8xf32>) outs(%init : tensor<2xf32>) {
  ^bb0(%in: f32, %acc: f32):
    %s = arith.subf %acc, %in : f32
    linalg.yield %s : f32
  } -> tensor<2xf32>
  return %r : tensor<2xf32>
}
