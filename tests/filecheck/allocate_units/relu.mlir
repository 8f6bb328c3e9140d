// One elementwise unit on the tiny chip: a load into a PMU, a PCU, a PMU drained by a store,
// each data link with its control route back.
// RUN: rdu-opt %s --chip=tiny -p allocate-units | filecheck %s

// CHECK:      rdu.program @f : (tensor<16x8xf32>) -> tensor<16x8xf32> results [@t] {
// CHECK-NEXT:   rdu.dram @A arg 0 : tensor<16x8xf32>
// CHECK-NEXT:   rdu.dram @t : tensor<16x8xf32>
// CHECK-NEXT:   rdu.chip @section0 "tiny" {
// CHECK-NEXT:     %out = rdu.pmu @out at ({{[0-9]+}}, {{[0-9]+}}) bytes 512 depth 2 banks 4 cyclic write [0 to 16 step 1, 0 to 8 step 1] affine_map<(d0, d1) -> (((d0 * 8) + d1))> read [0 to 16 step 1, 0 to 8 step 1] affine_map<(d0, d1) -> (((d0 * 8) + d1))> {shape = array<i64: 16, 8>, element = f32}
// CHECK-NEXT:     %in = rdu.pmu @in at ({{.*}}) bytes 512 depth 2 banks 4 cyclic write [0 to 16 step 1, 0 to 8 step 1]
// CHECK-NEXT:     %ld = rdu.agcu @ld 0 load "A" [0 to 16 step 1, 0 to 8 step 1] affine_map<(d0, d1) -> (((d0 * 8) + d1))> {tile_counters = 0 : i64}
// CHECK-NEXT:     %c = rdu.pcu @c at ({{.*}}) counters [0 to 16 step 1, 0 to 8 step 1] stages [relu(in0)] {tile_counters = 0 : i64, vector = 1 : i64, outputs = ["s0"]}
// CHECK-NEXT:     %st = rdu.agcu @st 1 store "t" [0 to 16 step 1, 0 to 8 step 1] affine_map<(d0, d1) -> (((d0 * 8) + d1))> {tile_counters = 0 : i64}
// CHECK-DAG:      rdu.route vector %c[0] -> %out[0] via
// CHECK-DAG:      rdu.route control %out[0] -> %c[0] via
// CHECK-DAG:      rdu.route vector %ld[0] -> %in[0] via [(0, 0)
// CHECK-DAG:      rdu.route control %in[0] -> %ld[0] via
// CHECK-DAG:      rdu.route vector %in[0] -> %c[0] via
// CHECK-DAG:      rdu.route control %c[0] -> %in[0] via
// CHECK-DAG:      rdu.route vector %out[0] -> %st[0] via
// CHECK-DAG:      rdu.route control %st[0] -> %out[0] via
// CHECK-NOT:  df.

df.graph @f(%A: tensor<16x8xf32>) -> tensor<16x8xf32> {
  %t = df.dram @t : tensor<16x8xf32>
  %0 = df.memory @out depth 2 banks 4 : memref<16x8xf32>
  %1 = df.memory @in depth 2 banks 4 : memref<16x8xf32>
  df.load @ld %A -> %1 tiles [] map (d0, d1) -> (d0, d1)
  df.compute @c counters [16, 8] vector 1 reads (%1 [(d0, d1) -> (d0, d1)]) writes (%0 [(d0, d1) -> (d0, d1)]) {
  ^bb0(%2: f32):
    %3 = df.relu %2 : f32
    df.yield %3 : f32
  }
  df.store @st %0 -> %t tiles [] map (d0, d1) -> (d0, d1)
  df.return %t : tensor<16x8xf32>
}
