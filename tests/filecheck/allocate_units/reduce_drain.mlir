// A reduction with a drain phase: row sums plus a bias read once per row (a drain-phase port).
// The PCU accumulates over counter 1 (`reduce`), the bias PMU is read over the live counter only.
// RUN: rdu-opt %s --chip=%S/inputs/tiny8.toml -p allocate-units | filecheck %s

// CHECK:      %bm = rdu.pmu @bm at ({{.*}}) bytes 32 depth 2 banks 4 cyclic write [0 to 8 step 1] affine_map<(d0) -> (d0)> read [0 to 8 step 1] affine_map<(d0) -> (d0)>
// CHECK:      %sum = rdu.pcu @sum at ({{.*}}) counters [0 to 8 step 1, 0 to 16 step 1] stages [add(in0, acc), add(s0, in1)] {tile_counters = 0 : i64, vector = 1 : i64, reduce = array<i64: 1>, drain_inputs = array<i64: 1>, outputs = ["s1"]}
// CHECK-DAG:  rdu.route vector %x[0] -> %sum[0]
// CHECK-DAG:  rdu.route vector %bm[0] -> %sum[1]
// CHECK-DAG:  rdu.route vector %sum[0] -> %o[0]

df.graph @rowsum(%X: tensor<8x16xf32>, %b: tensor<8xf32>) -> tensor<8xf32> {
  %t = df.dram @t : tensor<8xf32>
  %x = df.memory @x depth 2 banks 4 : memref<8x16xf32>
  df.load @ldx %X -> %x tiles [] map (d0, d1) -> (d0, d1)
  %bb = df.memory @bm depth 2 banks 4 : memref<8xf32>
  df.load @ldb %b -> %bb tiles [] map (d0) -> (d0)
  %o = df.memory @o depth 2 banks 4 : memref<8xf32>
  df.compute @sum counters [8, 16] vector 1 reads (%x [(d0, d1) -> (d0, d1)], %bb [(d0, d1) -> (d0)]) writes (%o [(d0, d1) -> (d0)]) {
  ^bb0(%v: f32, %c: f32):
    %r = df.reduce "sum" %v over [1] : f32
    %s = df.add %r, %c : f32
    df.yield %s : f32
  }
  df.store @st %o -> %t tiles [] map (d0) -> (d0)
  df.return %t : tensor<8xf32>
}
