// Two readers: one PMU serves both at full rate, so nothing is split.
// RUN: rdu-opt %s --chip=tiny -p split-buffers | filecheck %s

// CHECK-LABEL: df.graph @two_consumers
// CHECK-NOT:     @m_r
// CHECK:         df.compute @c0 {{.*}} reads (%m
// CHECK:         df.compute @c1 {{.*}} reads (%m

df.graph @two_consumers(%a: tensor<16x64xf32>) -> tensor<16x64xf32> {
  %out = df.dram @out : tensor<16x64xf32>
  %m = df.memory @m depth 1 banks 4 : memref<16x16xf32>
  df.load @ld %a -> %m tiles [] map (d0, d1) -> (d0, d1)
  %o0 = df.memory @o0 depth 1 banks 4 : memref<16x16xf32>
  df.compute @c0 counters [16, 16] vector 1 reads (%m [(d0, d1) -> (d0, d1)]) writes (%o0 [(d0, d1) -> (d0, d1)]) {
  ^bb0(%x: f32):
    %y = df.relu %x : f32
    df.yield %y : f32
  }
  df.store @st0 %o0 -> %out tiles [] map (d0, d1) -> (d0, (d1 + 0))
  %o1 = df.memory @o1 depth 1 banks 4 : memref<16x16xf32>
  df.compute @c1 counters [16, 16] vector 1 reads (%m [(d0, d1) -> (d0, d1)]) writes (%o1 [(d0, d1) -> (d0, d1)]) {
  ^bb0(%x: f32):
    %y = df.relu %x : f32
    df.yield %y : f32
  }
  df.store @st1 %o1 -> %out tiles [] map (d0, d1) -> (d0, (d1 + 16))
  df.return %out : tensor<16x64xf32>
}
