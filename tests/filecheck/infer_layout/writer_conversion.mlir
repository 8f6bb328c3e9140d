// Two ordered writers fill @m: @w1 (tied to @s by a stream, so its vector counter is fixed)
// writes rows 0-4 along dimension 0, @w2 rows 5-7 along dimension 1, and the store reads along
// dimension 1. Without transpose reads the cheapest resolution lays @m out along dimension 1
// and converts on the writer side: @w1 writes a buffer in its own order, and a copy unit moves
// exactly the rows @w1 wrote into @m, taking @w1's place in the declared writer order.
// RUN: rdu-opt %s --chip=%inputs/tiny-no-transpose.toml -p infer-layout | filecheck %s

// CHECK-LABEL: df.graph @writer_conversion
// CHECK:         %m = df.memory @m depth 2 banks 4 layout #df.layout<vector = 1, order = [0, 1], align = 4> writers [@m_cvt_w1, @w2] : memref<8x12xf32>
// CHECK-NEXT:    %[[W:.*]] = df.memory @m_w0 depth 2 banks 4 layout #df.layout<vector = 0, order = [1, 0], align = 4> : memref<8x12xf32>
// CHECK-NEXT:    df.compute @m_cvt_w1 counters [5, 12] vector 0 reads (%[[W]] [(d0, d1) -> (d0, d1)]) writes (%m [(d0, d1) -> (d0, d1)]) attributes {layout_copy}
// CHECK:         df.compute @w1 counters [5, 12] vector 0 reads (%s [(d0, d1) -> (d0, d1)]) writes (%[[W]] [(d0, d1) -> (d0, d1)])
// CHECK:         df.compute @w2 counters [3, 12] vector 1 reads

df.graph @writer_conversion(%x: tensor<8x12xf32>) -> tensor<8x12xf32> {
  %out = df.dram @out : tensor<8x12xf32>
  %m0 = df.memory @m0 depth 2 banks 4 : memref<8x12xf32>
  df.load @ld %x -> %m0 tiles [] map (d0, d1) -> (d0, d1)
  %s = df.stream @s depth 2 : !df.stream<f32>
  %m = df.memory @m depth 2 banks 4 writers [@w1, @w2] : memref<8x12xf32>
  df.compute @src counters [5, 12] vector 0 reads (%m0 [(d0, d1) -> (d0, d1)]) writes (%s [(d0, d1) -> (d0, d1)]) {
  ^bb0(%p: f32):
    %r = df.neg %p : f32
    df.yield %r : f32
  }
  df.compute @w1 counters [5, 12] vector 0 reads (%s [(d0, d1) -> (d0, d1)]) writes (%m [(d0, d1) -> (d0, d1)]) {
  ^bb0(%p: f32):
    %r = df.relu %p : f32
    df.yield %r : f32
  }
  df.compute @w2 counters [3, 12] vector 1 reads (%m0 [(d0, d1) -> ((d0 + 5), d1)]) writes (%m [(d0, d1) -> ((d0 + 5), d1)]) {
  ^bb0(%p: f32):
    %r = df.abs %p : f32
    df.yield %r : f32
  }
  df.store @st %m -> %out tiles [] map (d0, d1) -> (d0, d1)
  df.return %out : tensor<8x12xf32>
}
