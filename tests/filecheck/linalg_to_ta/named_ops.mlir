// Named elementwise ops, linalg.map/reduce/transpose/broadcast/softmax, and arith/math ops on
// whole tensors.
// RUN: rdu-opt %s -p linalg-to-ta | filecheck %s

// CHECK-LABEL: func.func @named
// CHECK-NEXT:    %[[ADD:.*]] = ta.add %a, %b : tensor<4x3xf32>
// CHECK-NEXT:    %[[DIV:.*]] = ta.div %[[ADD]], %b
// CHECK-NEXT:    %[[EXP:.*]] = ta.exp %[[DIV]]
// CHECK-NEXT:    %[[MAX:.*]] = ta.max %[[EXP]], %a
// CHECK-NEXT:    %[[RED:.*]] = ta.reduce sum %[[MAX]] dims [1] : tensor<4x3xf32> -> tensor<4xf32>
// CHECK-NEXT:    %[[T:.*]] = ta.transpose %[[MAX]] perm [1, 0] : tensor<4x3xf32> -> tensor<3x4xf32>
// CHECK-NEXT:    %[[B:.*]] = ta.broadcast %v dims [1] : tensor<3xf32> -> tensor<4x3xf32>
// CHECK-NEXT:    %[[MAP:.*]] = ta.mul %[[MAX]], %[[B]]
// CHECK-NEXT:    %[[SM:.*]] = ta.softmax %[[MAP]] dim 1
// CHECK-NEXT:    %[[SUB:.*]] = ta.sub %[[SM]], %a
// CHECK-NEXT:    %[[TANH:.*]] = ta.tanh %[[SUB]]
// CHECK-NEXT:    func.return %[[MAX]], %[[RED]], %[[T]], %[[MAP]], %[[SM]], %[[TANH]]
func.func @named(%a: tensor<4x3xf32>, %b: tensor<4x3xf32>, %v: tensor<3xf32>)
    -> (tensor<4x3xf32>, tensor<4xf32>, tensor<3x4xf32>, tensor<4x3xf32>, tensor<4x3xf32>, tensor<4x3xf32>) {
  %e = tensor.empty() : tensor<4x3xf32>
  %0 = linalg.add ins(%a, %b : tensor<4x3xf32>, tensor<4x3xf32>) outs(%e : tensor<4x3xf32>) -> tensor<4x3xf32>
  %1 = linalg.div ins(%0, %b : tensor<4x3xf32>, tensor<4x3xf32>) outs(%e : tensor<4x3xf32>) -> tensor<4x3xf32>
  %2 = linalg.exp ins(%1 : tensor<4x3xf32>) outs(%e : tensor<4x3xf32>) -> tensor<4x3xf32>
  %3 = linalg.max ins(%2, %a : tensor<4x3xf32>, tensor<4x3xf32>) outs(%e : tensor<4x3xf32>) -> tensor<4x3xf32>
  %z = arith.constant 0.0 : f32
  %e1 = tensor.empty() : tensor<4xf32>
  %f1 = linalg.fill ins(%z : f32) outs(%e1 : tensor<4xf32>) -> tensor<4xf32>
  %4 = linalg.reduce ins(%3 : tensor<4x3xf32>) outs(%f1 : tensor<4xf32>) dimensions = [1]
    (%in: f32, %init: f32) {
      %s = arith.addf %in, %init : f32
      linalg.yield %s : f32
    }
  %e2 = tensor.empty() : tensor<3x4xf32>
  %5 = linalg.transpose ins(%3 : tensor<4x3xf32>) outs(%e2 : tensor<3x4xf32>) permutation = [1, 0]
  %6 = linalg.broadcast ins(%v : tensor<3xf32>) outs(%e : tensor<4x3xf32>) dimensions = [0]
  %7 = linalg.map ins(%3, %6 : tensor<4x3xf32>, tensor<4x3xf32>) outs(%e : tensor<4x3xf32>)
    (%x: f32, %y: f32) {
      %m = arith.mulf %x, %y : f32
      linalg.yield %m : f32
    }
  %8 = linalg.softmax dimension(1) ins(%7 : tensor<4x3xf32>) outs(%e : tensor<4x3xf32>) -> tensor<4x3xf32>
  %9 = arith.subf %8, %a : tensor<4x3xf32>
  %10 = math.tanh %9 : tensor<4x3xf32>
  return %3, %4, %5, %7, %8, %10 : tensor<4x3xf32>, tensor<4xf32>, tensor<3x4xf32>, tensor<4x3xf32>, tensor<4x3xf32>, tensor<4x3xf32>
}
