// Splitting and tiling decisions on the tiny chip (4 stages a PCU, 4 KiB PMUs).
// RUN: rdu-opt %s --chip=tiny -p ta-to-df | filecheck %s

// Six elementwise ops do not fit one PCU's 4 stages: the chain becomes two units joined by a
// stream carrying the one live value.
func.func @long(%x: tensor<4x8xf32>) -> tensor<4x8xf32> {
  %0 = ta.neg %x : tensor<4x8xf32>
  %1 = ta.exp %0 : tensor<4x8xf32>
  %2 = ta.tanh %1 : tensor<4x8xf32>
  %3 = ta.abs %2 : tensor<4x8xf32>
  %4 = ta.sigmoid %3 : tensor<4x8xf32>
  %5 = ta.relu %4 : tensor<4x8xf32>
  func.return %5 : tensor<4x8xf32>
}

// CHECK-LABEL: df.graph @long
// CHECK:         %[[S:.*]] = df.stream @relu0_s0_3_1 depth 2 : !df.stream<f32>
// CHECK:         df.compute @relu0_c0_0 counters [4, 8] vector 1 reads (%{{.*}} [(d0, d1) -> (d0, d1)]) writes (%[[S]] [(d0, d1) -> (d0, d1)]) {
// CHECK-COUNT-4:   df.{{neg|exp|tanh|abs}}
// CHECK:         df.compute @relu0_c0_1 counters [4, 8] vector 1 reads (%[[S]] [(d0, d1) -> (d0, d1)]) writes (%{{.*}} [(d0, d1) -> (d0, d1)]) {
// CHECK-NEXT:    ^bb0(%[[V:.*]]: f32):
// CHECK-NEXT:      %[[A:.*]] = df.sigmoid %[[V]] : f32
// CHECK-NEXT:      %[[B:.*]] = df.relu %[[A]] : f32
// CHECK-NEXT:      df.yield %[[B]] : f32

// A column-parallel sum: 64 KiB of input streams in 64x8 tiles (2 KiB, double-buffered in a
// 4 KiB PMU); the output rows are on the lanes and the summed dim is unrolled over the stages
// (DRAM-bound, so one unit).
func.func @rowsum(%x: tensor<64x256xf32>) -> tensor<64xf32> {
  %r = ta.reduce sum %x dims [1] : tensor<64x256xf32> -> tensor<64xf32>
  func.return %r : tensor<64xf32>
}

// CHECK-LABEL: df.graph @rowsum
// CHECK:         df.memory @reduce0_in0_0 depth 2 banks 4 : memref<64x8xf32>
// CHECK-NEXT:    df.load @reduce0_ld0_0 %x -> %{{.*}} tiles [32] map (d0, d1, d2) -> (d1, (d2 + (d0 * 8)))
// CHECK-NEXT:    df.compute @reduce0_c0 tiles [32] acc 1 counters [64, 8] vector 0 unroll 1 x 4 reads (%{{.*}} [(d0, d1) -> (d0, d1)]) writes (%{{.*}} [(d0, d1) -> (d0)]) {
// CHECK:           df.reduce "sum" %{{.*}} over [1] : f32
// CHECK-NOT:     df.compute

// Two long rows: too few rows for the lanes, so the summed dim goes on the lanes and a
// lane reduction tree sums each vector; each row gets a unit and streams in halves.
func.func @long_rows(%x: tensor<2x1024xf32>) -> tensor<2xf32> {
  %r = ta.reduce max %x dims [1] : tensor<2x1024xf32> -> tensor<2xf32>
  func.return %r : tensor<2xf32>
}

// CHECK-LABEL: df.graph @long_rows
// CHECK:         df.compute @reduce0_c0 tiles [2] acc 1 counters [1, 512] vector 1 reads
// CHECK:           df.reduce "max" %{{.*}} over [1] : f32
