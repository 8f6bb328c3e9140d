// A 16x64 buffer, double-buffered, takes 8 KiB: two tiny PMUs, each port merged across them.
// Its readers touch rows 0-7 and 8-15: the buffer is cut there, the load becomes one load per
// part, and the second reader's map is shifted into its part.
// RUN: rdu-opt %s --chip=tiny -p split-buffers | filecheck %s
// RUN: rdu-opt %s --chip=tiny -p split-buffers{capacity=false} | filecheck %s --check-prefix=OFF

// CHECK-LABEL: df.graph @capacity
// CHECK:         %[[LO:.*]] = df.memory @m_lo depth 2 banks 4 : memref<8x64xf32>
// CHECK-NEXT:    %[[HI:.*]] = df.memory @m_hi depth 2 banks 4 : memref<8x64xf32>
// CHECK-NEXT:    df.load @ld_lo %a -> %[[LO]] tiles [] map (d0, d1) -> (d0, d1)
// CHECK-NEXT:    df.load @ld_hi %a -> %[[HI]] tiles [] map (d0, d1) -> ((d0 + 8), d1)
// CHECK:         df.compute @top counters [8, 64] vector 1 reads (%[[LO]] [(d0, d1) -> (d0, d1)])
// CHECK:         df.compute @bottom counters [8, 64] vector 1 reads (%[[HI]] [(d0, d1) -> (d0, d1)])

// OFF-NOT: @m_lo

df.graph @capacity(%a: tensor<16x64xf32>) -> tensor<16x64xf32> {
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
  df.compute @bottom counters [8, 64] vector 1 reads (%m [(d0, d1) -> ((d0 + 8), d1)]) writes (%b [(d0, d1) -> (d0, d1)]) {
  ^bb0(%x: f32):
    %y = df.relu %x : f32
    df.yield %y : f32
  }
  df.store @st_bottom %b -> %out tiles [] map (d0, d1) -> ((d0 + 8), d1)
  df.return %out : tensor<16x64xf32>
}
