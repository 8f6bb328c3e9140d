// One unit reads the buffer through three ports (a 3-row stencil) and a PMU has two: a replica
// serves the third port.
// RUN: rdu-opt %s --chip=tiny -p split-buffers | filecheck %s
// RUN: rdu-opt %s --chip=tiny -p split-buffers{ports=false} | filecheck %s --check-prefix=OFF

// CHECK-LABEL: df.graph @ports
// CHECK:         %m = df.memory @m depth 1 banks 4 : memref<16x64xf32>
// CHECK-NEXT:    %[[R:.*]] = df.memory @m_r depth 1 banks 4 : memref<16x64xf32>
// CHECK-NEXT:    df.load @ld %a -> %m tiles [] map (d0, d1) -> (d0, d1)
// CHECK-NEXT:    df.load @ld_r %a -> %[[R]] tiles [] map (d0, d1) -> (d0, d1)
// CHECK:         df.compute @c counters [14, 64] vector 1 reads (%m [(d0, d1) -> (d0, d1)], %m [(d0, d1) -> ((d0 + 1), d1)], %[[R]] [(d0, d1) -> ((d0 + 2), d1)])

// OFF-NOT: @m_r

df.graph @ports(%a: tensor<16x64xf32>) -> tensor<16x64xf32> {
  %out = df.dram @out : tensor<16x64xf32>
  %m = df.memory @m depth 1 banks 4 : memref<16x64xf32>
  df.load @ld %a -> %m tiles [] map (d0, d1) -> (d0, d1)
  %o = df.memory @o depth 1 banks 4 : memref<14x64xf32>
  df.compute @c counters [14, 64] vector 1 reads (%m [(d0, d1) -> (d0, d1)], %m [(d0, d1) -> ((d0 + 1), d1)], %m [(d0, d1) -> ((d0 + 2), d1)]) writes (%o [(d0, d1) -> (d0, d1)]) {
  ^bb0(%x: f32, %y: f32, %z: f32):
    %s = df.add %x, %y : f32
    %t = df.add %s, %z : f32
    df.yield %t : f32
  }
  df.store @st %o -> %out tiles [] map (d0, d1) -> (d0, d1)
  df.return %out : tensor<16x64xf32>
}
