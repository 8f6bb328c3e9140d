// Three readers of a buffer that spans two PMUs (depth 8 x 1 KiB): a replica would take two
// more PMUs, which costs more than the serialised reads, and no cut separates the readers
// (each reads the whole tile): the buffer stays whole.
// RUN: rdu-opt %s --chip=tiny -p split-buffers --pass-statistics 2>&1 | filecheck %s

// CHECK-LABEL: df.graph @costs_more
// CHECK-NOT:     @m_r
// CHECK-NOT:     @m_lo
// CHECK-LABEL: 'split-buffers'
// CHECK:         (1) not split: no cut that readers respect (capacity)
// CHECK-NEXT:    (1) not split: costs more (consumers)

df.graph @costs_more(%a: tensor<16x64xf32>) -> tensor<16x64xf32> {
  %out = df.dram @out : tensor<16x64xf32>
  %m = df.memory @m depth 8 banks 4 : memref<16x16xf32>
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
  %o2 = df.memory @o2 depth 1 banks 4 : memref<16x16xf32>
  df.compute @c2 counters [16, 16] vector 1 reads (%m [(d0, d1) -> (d0, d1)]) writes (%o2 [(d0, d1) -> (d0, d1)]) {
  ^bb0(%x: f32):
    %y = df.relu %x : f32
    df.yield %y : f32
  }
  df.store @st2 %o2 -> %out tiles [] map (d0, d1) -> (d0, (d1 + 32))
  df.return %out : tensor<16x64xf32>
}
