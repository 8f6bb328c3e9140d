// cmpf/cmpi+select becomes ta.select (or max/min when it picks the compared values: relu); an output
// read by a parallel body (in place) is its init tensor.
// RUN: rdu-opt %s -p linalg-to-ta --split-input-file | filecheck %s

#id = affine_map<(i) -> (i)>
// CHECK-LABEL: func.func @select
// CHECK-NEXT:    %[[N:.*]] = ta.neg %b
// CHECK-NEXT:    %[[S:.*]] = ta.select lt %a, %b, %[[N]], %a : tensor<8xf32>
// CHECK-NEXT:    func.return %[[S]]
func.func @select(%a: tensor<8xf32>, %b: tensor<8xf32>) -> tensor<8xf32> {
  %e = tensor.empty() : tensor<8xf32>
  %r = linalg.generic {indexing_maps = [#id, #id, #id], iterator_types = ["parallel"]} ins(%a, %b : tensor<8xf32>, tensor<8xf32>) outs(%e : tensor<8xf32>) {
  ^bb0(%x: f32, %y: f32, %out: f32):
    %c = arith.cmpf olt, %x, %y : f32
    %n = arith.negf %y : f32
    %s = arith.select %c, %n, %x : f32
    linalg.yield %s : f32
  } -> tensor<8xf32>
  return %r : tensor<8xf32>
}

// -----

#id = affine_map<(i) -> (i)>
// CHECK-LABEL: func.func @relu_select
// CHECK-NEXT:    %[[Z:.*]] = ta.constant dense<0.000000e+00> : tensor<8xf32>
// CHECK-NEXT:    %[[M:.*]] = ta.max %a, %[[Z]]
// CHECK-NEXT:    func.return %[[M]]
func.func @relu_select(%a: tensor<8xf32>) -> tensor<8xf32> {
  %e = tensor.empty() : tensor<8xf32>
  %zero = arith.constant 0.0 : f32
  %r = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel"]} ins(%a : tensor<8xf32>) outs(%e : tensor<8xf32>) {
  ^bb0(%x: f32, %out: f32):
    %c = arith.cmpf ugt, %x, %zero : f32
    %s = arith.select %c, %x, %zero : f32
    linalg.yield %s : f32
  } -> tensor<8xf32>
  return %r : tensor<8xf32>
}

// -----

#id = affine_map<(i, j) -> (i, j)>
// CHECK-LABEL: func.func @in_place
// CHECK-NEXT:    %[[S:.*]] = ta.add %a, %b
// CHECK-NEXT:    %[[Z:.*]] = ta.constant dense<0.000000e+00>
// CHECK-NEXT:    ta.max %[[S]], %[[Z]]
func.func @in_place(%a: tensor<4x5xf32>, %b: tensor<4x5xf32>) -> tensor<4x5xf32> {
  %cst = arith.constant 0.0 : f32
  %r = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]} ins(%a : tensor<4x5xf32>) outs(%b : tensor<4x5xf32>) {
  ^bb0(%in: f32, %out: f32):
    %s = arith.addf %in, %out : f32
    linalg.yield %s : f32
  } -> tensor<4x5xf32>
  %q = linalg.generic {indexing_maps = [#id], iterator_types = ["parallel", "parallel"]} outs(%r : tensor<4x5xf32>) {
  ^bb0(%out: f32):
    %m = arith.maximumf %out, %cst : f32
    linalg.yield %m : f32
  } -> tensor<4x5xf32>
  return %q : tensor<4x5xf32>
}

// -----

// Loop indices (linalg.index) are compile-time values: a causal mask compares two constants.
// CHECK-LABEL: func.func @causal_mask
// CHECK-NEXT:    %[[J:.*]] = ta.constant dense<{{\[}}[0.000000e+00, 1.000000e+00, 2.000000e+00], [0.000000e+00, 1.000000e+00, 2.000000e+00], [0.000000e+00, 1.000000e+00, 2.000000e+00]]> : tensor<3x3xf32>
// CHECK-NEXT:    %[[I:.*]] = ta.constant dense<{{\[}}[0.000000e+00, 0.000000e+00, 0.000000e+00], [1.000000e+00, 1.000000e+00, 1.000000e+00], [2.000000e+00, 2.000000e+00, 2.000000e+00]]> : tensor<3x3xf32>
// CHECK-NEXT:    %[[M:.*]] = ta.constant dense<-1.000000e+09> : tensor<3x3xf32>
// CHECK-NEXT:    %[[S:.*]] = ta.select gt %[[J]], %[[I]], %[[M]], %s : tensor<3x3xf32>
// CHECK-NEXT:    func.return %[[S]]
#id = affine_map<(i, j) -> (i, j)>
func.func @causal_mask(%s: tensor<3x3xf32>) -> tensor<3x3xf32> {
  %e = tensor.empty() : tensor<3x3xf32>
  %r = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]} ins(%s : tensor<3x3xf32>) outs(%e : tensor<3x3xf32>) {
  ^bb0(%in: f32, %out: f32):
    %i = linalg.index 0 : index
    %j = linalg.index 1 : index
    %c = arith.cmpi ugt, %j, %i : index
    %ninf = arith.constant -1.0e9 : f32
    %r = arith.select %c, %ninf, %in : f32
    linalg.yield %r : f32
  } -> tensor<3x3xf32>
  return %r : tensor<3x3xf32>
}
