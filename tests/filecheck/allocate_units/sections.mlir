// Two chains of three PCUs joined by streams; the second reads what the first stores.
// The 2x4 chip has 4 PCUs: each chain gets a section, in producer -> consumer order,
// and the tensor between them goes through DRAM.
// RUN: rdu-opt %s --chip=%S/inputs/small.toml -p allocate-units | filecheck %s
// RUN: not rdu-opt %s --chip=%S/inputs/small.toml -p 'allocate-units{sections=1}' 2>&1 | filecheck %s --check-prefix=ONE

// CHECK:      rdu.program @two : (tensor<8xf32>) -> tensor<8xf32> results [@res] {
// CHECK:        rdu.dram @mid : tensor<8xf32>
// CHECK:        rdu.chip @section0
// CHECK-NOT:    rdu.chip
// CHECK:          rdu.agcu @ald {{[0-9]}} load "X"
// CHECK:          rdu.agcu @ast {{[0-9]}} store "mid"
// CHECK:        rdu.chip @section1
// CHECK:          rdu.agcu @bld {{[0-9]}} load "mid"
// CHECK:          rdu.agcu @bst {{[0-9]}} store "res"

// ONE: error: 'df.graph' op allocate-units: @two needs 6 PCUs (chip 'small' has 4) and 4 PMUs (chip 'small' has 4) at once, and sections=1 forbids splitting it

df.graph @two(%X: tensor<8xf32>) -> tensor<8xf32> {
  %mid = df.dram @mid : tensor<8xf32>
  %res = df.dram @res : tensor<8xf32>
  %bin = df.memory @bin depth 2 banks 4 : memref<8xf32>
  df.load @bld %mid -> %bin tiles [] map (d0) -> (d0)
  %bout = df.memory @bout depth 2 banks 4 : memref<8xf32>
  %bs0 = df.stream @bs0 depth 2 : !df.stream<f32>
  %bs1 = df.stream @bs1 depth 2 : !df.stream<f32>
  df.compute @bc0 counters [8] vector 0 reads (%bin [(d0) -> (d0)]) writes (%bs0 [(d0) -> (d0)]) {
  ^bb0(%v: f32):
    %y = df.neg %v : f32
    df.yield %y : f32
  }
  df.compute @bc1 counters [8] vector 0 reads (%bs0 [(d0) -> (d0)]) writes (%bs1 [(d0) -> (d0)]) {
  ^bb0(%v: f32):
    %y = df.neg %v : f32
    df.yield %y : f32
  }
  df.compute @bc2 counters [8] vector 0 reads (%bs1 [(d0) -> (d0)]) writes (%bout [(d0) -> (d0)]) {
  ^bb0(%v: f32):
    %y = df.neg %v : f32
    df.yield %y : f32
  }
  df.store @bst %bout -> %res tiles [] map (d0) -> (d0)
  %ain = df.memory @ain depth 2 banks 4 : memref<8xf32>
  df.load @ald %X -> %ain tiles [] map (d0) -> (d0)
  %aout = df.memory @aout depth 2 banks 4 : memref<8xf32>
  %as0 = df.stream @as0 depth 2 : !df.stream<f32>
  %as1 = df.stream @as1 depth 2 : !df.stream<f32>
  df.compute @ac0 counters [8] vector 0 reads (%ain [(d0) -> (d0)]) writes (%as0 [(d0) -> (d0)]) {
  ^bb0(%v: f32):
    %y = df.neg %v : f32
    df.yield %y : f32
  }
  df.compute @ac1 counters [8] vector 0 reads (%as0 [(d0) -> (d0)]) writes (%as1 [(d0) -> (d0)]) {
  ^bb0(%v: f32):
    %y = df.neg %v : f32
    df.yield %y : f32
  }
  df.compute @ac2 counters [8] vector 0 reads (%as1 [(d0) -> (d0)]) writes (%aout [(d0) -> (d0)]) {
  ^bb0(%v: f32):
    %y = df.neg %v : f32
    df.yield %y : f32
  }
  df.store @ast %aout -> %mid tiles [] map (d0) -> (d0)
  df.return %res : tensor<8xf32>
}
