// A 24x64 buffer, double-buffered (12 KiB: three tiny PMUs), whose readers touch only rows 0-3
// and 20-23: each part keeps the rows its reader reads, one PMU each.
// RUN: rdu-opt %s --chip=tiny -p split-buffers | filecheck %s

// CHECK-LABEL: df.graph @capacity_drop
// CHECK:         %[[LO:.*]] = df.memory @m_lo depth 2 banks 4 : memref<4x64xf32>
// CHECK-NEXT:    %[[HI:.*]] = df.memory @m_hi depth 2 banks 4 : memref<4x64xf32>
// CHECK-NEXT:    df.load @ld_lo %a -> %[[LO]] tiles [] map (d0, d1) -> (d0, d1)
// CHECK-NEXT:    df.load @ld_hi %a -> %[[HI]] tiles [] map (d0, d1) -> ((d0 + 20), d1)
// CHECK:         df.compute @top counters [4, 64] vector 1 reads (%[[LO]] [(d0, d1) -> (d0, d1)])
// CHECK:         df.compute @bottom counters [4, 64] vector 1 reads (%[[HI]] [(d0, d1) -> (d0, d1)])

df.graph @capacity_drop(%a: tensor<24x64xf32>) -> tensor<8x64xf32> {
  %out = df.dram @out : tensor<8x64xf32>
  %m = df.memory @m depth 2 banks 4 : memref<24x64xf32>
  df.load @ld %a -> %m tiles [] map (d0, d1) -> (d0, d1)
  %t = df.memory @t depth 1 banks 4 : memref<4x64xf32>
  df.compute @top counters [4, 64] vector 1 reads (%m [(d0, d1) -> (d0, d1)]) writes (%t [(d0, d1) -> (d0, d1)]) {
  ^bb0(%x: f32):
    %y = df.relu %x : f32
    df.yield %y : f32
  }
  df.store @st_top %t -> %out tiles [] map (d0, d1) -> (d0, d1)
  %b = df.memory @b depth 1 banks 4 : memref<4x64xf32>
  df.compute @bottom counters [4, 64] vector 1 reads (%m [(d0, d1) -> ((d0 + 20), d1)]) writes (%b [(d0, d1) -> (d0, d1)]) {
  ^bb0(%x: f32):
    %y = df.relu %x : f32
    df.yield %y : f32
  }
  df.store @st_bottom %b -> %out tiles [] map (d0, d1) -> ((d0 + 4), d1)
  df.return %out : tensor<8x64xf32>
}
