// The same buffer, but its readers overlap (rows 0-7 and 4-11): no cut respects them, so it
// stays whole.
// RUN: rdu-opt %s --chip=tiny -p split-buffers --pass-statistics 2>&1 | filecheck %s

// CHECK-LABEL: df.graph @capacity_no_cut
// CHECK-NOT:     @m_lo
// CHECK-LABEL: 'split-buffers'
// CHECK:         (1) not split: no cut that readers respect (capacity)

df.graph @capacity_no_cut(%a: tensor<16x64xf32>) -> tensor<16x64xf32> {
  %out = df.dram @out : tensor<16x64xf32>
  %m = df.memory @m depth 2 banks 4 : memref<16x64xf32>
  df.load @ld %a -> %m tiles [] map (d0, d1) -> (d0, d1)

  %t = df.memory @t depth 1 banks 4 : memref<8x64xf32>
  df.compute @top counters [8, 64] vector 1 reads (%m [(d0, d1) -> (d0, d1)]) writes (%t [(d0, d1) -> (d0, d1)]) {
  ^bb0(%x: f32):
    %y = df.relu %x : f32
    df.yield %y : f32
  }
  df.store @st_top %t -> %out tiles [] map (d0, d1) -> ((d0 + 0), d1)

  %b = df.memory @b depth 1 banks 4 : memref<8x64xf32>
  df.compute @bottom counters [8, 64] vector 1 reads (%m [(d0, d1) -> ((d0 + 4), d1)]) writes (%b [(d0, d1) -> (d0, d1)]) {
  ^bb0(%x: f32):
    %y = df.relu %x : f32
    df.yield %y : f32
  }
  df.store @st_bottom %b -> %out tiles [] map (d0, d1) -> ((d0 + 4), d1)
  df.return %out : tensor<16x64xf32>
}
