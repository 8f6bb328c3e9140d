// The same conflict on a chip whose PMUs cannot read transposed: a buffer in the layout the
// consumer needs is inserted, filled by a copy unit (layout_copy) that reads the loaded tile.
// RUN: rdu-opt %s --chip=%inputs/tiny-no-transpose.toml -p infer-layout | filecheck %s
// RUN: rdu-opt %s --chip=%inputs/tiny-no-transpose.toml -p infer-layout --pass-statistics 2>&1 >/dev/null | filecheck %s --check-prefix=STATS

// CHECK-LABEL: df.graph @inserted_buffer
// CHECK:       %b = df.memory @b depth 2 banks 4 layout #df.layout<vector = 1, order = [0, 1], align = 4> : memref<12x8xf32>
// CHECK-NEXT:  %[[T:.*]] = df.memory @b_v0 depth 2 banks 4 layout #df.layout<vector = 0, order = [1, 0], align = 4> : memref<12x8xf32>
// CHECK-NEXT:  df.compute @b_cvt0 counters [12, 8] vector 1 reads (%b [(d0, d1) -> (d0, d1)]) writes (%[[T]] [(d0, d1) -> (d0, d1)]) attributes {layout_copy} {
// CHECK-NEXT:  ^bb0(%[[X:.*]]: f32):
// CHECK-NEXT:    df.yield %[[X]] : f32
// CHECK-NEXT:  }
// CHECK-NEXT:  df.load @ldb %y -> %b tiles [] map (d0, d1) -> (d0, d1)
// CHECK-NOT:   transpose_reads
// CHECK:       df.compute @add counters [8, 12] vector 1 reads (%a [(d0, d1) -> (d0, d1)], %[[T]] [(d0, d1) -> (d1, d0)])

// STATS:      'infer-layout'
// STATS-NEXT:   (3) buffers inspected
// STATS-NEXT:   (1) conflicts found
// STATS-NEXT:   (0) resolved by transpose read
// STATS-NEXT:   (1) resolved by inserted buffers

df.graph @inserted_buffer(%x: tensor<8x12xf32>, %y: tensor<12x8xf32>) -> tensor<8x12xf32> {
  %out = df.dram @out : tensor<8x12xf32>
  %a = df.memory @a depth 2 banks 4 : memref<8x12xf32>
  df.load @lda %x -> %a tiles [] map (d0, d1) -> (d0, d1)
  %b = df.memory @b depth 2 banks 4 : memref<12x8xf32>
  df.load @ldb %y -> %b tiles [] map (d0, d1) -> (d0, d1)
  %o = df.memory @o depth 2 banks 4 : memref<8x12xf32>
  df.compute @add counters [8, 12] vector 1 reads (%a [(d0, d1) -> (d0, d1)], %b [(d0, d1) -> (d1, d0)]) writes (%o [(d0, d1) -> (d0, d1)]) {
  ^bb0(%p: f32, %q: f32):
    %s = df.add %p, %q : f32
    df.yield %s : f32
  }
  df.store @st %o -> %out tiles [] map (d0, d1) -> (d0, d1)
  df.return %out : tensor<8x12xf32>
}
