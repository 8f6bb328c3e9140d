// Calls to functions of the module are inlined and the callees erased; ml_program globals are
// read as constants; materialize_in_destination forwards its source; printed tensors become
// results of the function.
// RUN: rdu-opt %s -p linalg-to-ta --split-input-file | filecheck %s

// CHECK-NOT:   func.func @double
// CHECK-NOT:   func.func @square_double
// CHECK-LABEL: func.func @main
// CHECK-NEXT:    %[[S:.*]] = ta.mul %x, %x
// CHECK-NEXT:    %[[D1:.*]] = ta.add %[[S]], %[[S]]
// CHECK-NEXT:    %[[D2:.*]] = ta.add %[[D1]], %[[D1]]
// CHECK-NEXT:    func.return %[[D2]]
// CHECK-NOT:   func.call
func.func private @double(%x: tensor<4xf32>) -> tensor<4xf32> {
  %r = arith.addf %x, %x : tensor<4xf32>
  return %r : tensor<4xf32>
}
func.func @square_double(%x: tensor<4xf32>) -> tensor<4xf32> {
  %s = arith.mulf %x, %x : tensor<4xf32>
  %d = call @double(%s) : (tensor<4xf32>) -> tensor<4xf32>
  return %d : tensor<4xf32>
}
func.func @main(%x: tensor<4xf32>) -> tensor<4xf32> {
  %a = call @square_double(%x) : (tensor<4xf32>) -> tensor<4xf32>
  %b = call @double(%a) : (tensor<4xf32>) -> tensor<4xf32>
  return %b : tensor<4xf32>
}

// -----

// CHECK-NOT:   ml_program
// CHECK-LABEL: func.func @globals
// CHECK-NEXT:    %[[W:.*]] = ta.constant dense<[1.000000e+00, 2.000000e+00]> : tensor<2xf32>
// CHECK-NEXT:    %[[R:.*]] = ta.add %a, %[[W]]
// CHECK-NEXT:    func.return %[[R]]
module {
  ml_program.global private @w(dense<[1.0, 2.0]> : tensor<2xf32>) : tensor<2xf32>
  ml_program.global private mutable @seed(dense<0> : tensor<i64>) : tensor<i64>
  func.func @globals(%a: tensor<2xf32>, %d: tensor<2xf32>) -> tensor<2xf32> {
    %w = ml_program.global_load_const @w : tensor<2xf32>
    %s = arith.addf %a, %w : tensor<2xf32>
    %r = bufferization.materialize_in_destination %s in %d : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xf32>
    return %r : tensor<2xf32>
  }
}

// -----

// CHECK-LABEL: func.func @prints() -> tensor<3xf32>
// CHECK:         %[[S:.*]] = ta.add
// CHECK-NEXT:    func.return %[[S]] : tensor<3xf32>
// CHECK-NOT:   printMemrefF32
func.func @prints() {
  %a = arith.constant dense<[1.0, 2.0, 3.0]> : tensor<3xf32>
  %b = arith.constant dense<[10.0, 20.0, 30.0]> : tensor<3xf32>
  %s = arith.addf %a, %b : tensor<3xf32>
  %u = tensor.cast %s : tensor<3xf32> to tensor<*xf32>
  call @printMemrefF32(%u) : (tensor<*xf32>) -> ()
  return
}
func.func private @printMemrefF32(%ptr : tensor<*xf32>)
