// Pinned positions: `rdu.site = [row, col]` on a compute or memory unit, `[index]` on a transfer.
// RUN: rdu-opt %s --chip=tiny -p 'allocate-units{seed=7}' | filecheck %s

// CHECK: %out = rdu.pmu @out at ({{[0-9]+}}, {{[0-9]+}})
// CHECK: %in = rdu.pmu @in at (3, 2)
// CHECK: %ld = rdu.agcu @ld 1 load "A"
// CHECK: %c = rdu.pcu @c at (2, 2)
// CHECK: %st = rdu.agcu @st 0 store "t"

df.graph @f(%A: tensor<16x8xf32>) -> tensor<16x8xf32> {
  %t = df.dram @t : tensor<16x8xf32>
  %0 = df.memory @out depth 2 banks 4 : memref<16x8xf32>
  %1 = df.memory @in depth 2 banks 4 {rdu.site = [3, 2]} : memref<16x8xf32>
  df.load @ld %A -> %1 tiles [] map (d0, d1) -> (d0, d1) {rdu.site = [1]}
  df.compute @c counters [16, 8] vector 1 reads (%1 [(d0, d1) -> (d0, d1)]) writes (%0 [(d0, d1) -> (d0, d1)]) attributes {rdu.site = [2, 2]} {
  ^bb0(%2: f32):
    %3 = df.relu %2 : f32
    df.yield %3 : f32
  }
  df.store @st %0 -> %t tiles [] map (d0, d1) -> (d0, d1)
  df.return %t : tensor<16x8xf32>
}
