// A consumer reads a tile in the transposed order its load wrote it in: on a chip whose PMUs
// read transposed, the memory serves that read port transposed and nothing is inserted.
// RUN: rdu-opt %s --chip=tiny -p infer-layout | filecheck %s
// RUN: rdu-opt %s --chip=tiny -p infer-layout --pass-statistics 2>&1 >/dev/null | filecheck %s --check-prefix=STATS

// CHECK-LABEL: df.graph @transpose_read
// CHECK:       %b = df.memory @b depth 2 banks 4 layout #df.layout<vector = 1, order = [0, 1], align = 4> {transpose_reads = [@add]} : memref<12x8xf32>
// CHECK-NEXT:  df.load @ldb %y -> %b tiles [] map (d0, d1) -> (d0, d1)
// CHECK-NOT:   layout_copy
// CHECK:       df.compute @add counters [8, 12] vector 1 reads (%a [(d0, d1) -> (d0, d1)], %b [(d0, d1) -> (d1, d0)])

// STATS:      'infer-layout'
// STATS-NEXT:   (3) buffers inspected
// STATS-NEXT:   (1) conflicts found
// STATS-NEXT:   (1) resolved by transpose read
// STATS-NEXT:   (0) resolved by inserted buffers

df.graph @transpose_read(%x: tensor<8x12xf32>, %y: tensor<12x8xf32>) -> tensor<8x12xf32> {
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
