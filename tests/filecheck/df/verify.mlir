// The df verifiers: access patterns stay inside their buffers, writers are single or ordered.
// RUN: rdu-opt %s --split-input-file --verify-diagnostics

df.graph @outside(%a: tensor<8x8xf32>) -> tensor<8x8xf32> {
  %o = df.dram @o : tensor<8x8xf32>
  %m = df.memory @m depth 2 banks 4 : memref<8x8xf32>
  %n = df.memory @n depth 2 banks 4 : memref<8x8xf32>
  df.load @l %a -> %m tiles [] map (i, j) -> (i, j)
  // expected-error @+1 {{df.compute @c: read port #0: map (d0, d1) -> (d0, (d1 + 1)) reaches indices 1..8 in dimension 1, outside 0..7}}
  df.compute @c counters [8, 8] vector 1 reads (%m [(d0, d1) -> (d0, d1 + 1)]) writes (%n [(d0, d1) -> (d0, d1)]) {
  ^bb0(%x: f32):
    df.yield %x : f32
  }
  df.store @s %n -> %o tiles [] map (i, j) -> (i, j)
  df.return %o : tensor<8x8xf32>
}

// -----

df.graph @dram_outside(%a: tensor<8x8xf32>) -> tensor<8x8xf32> {
  %m = df.memory @m depth 2 banks 4 : memref<4x8xf32>
  // expected-error @+1 {{df.load @l: map (d0, d1, d2) -> (((d0 * 4) + d1), d2) reaches indices 0..11 in dimension 0, outside 0..7}}
  df.load @l %a -> %m tiles [3] map (t, i, j) -> (t * 4 + i, j)
  %o = df.dram @o : tensor<8x8xf32>
  df.store @s %m -> %o tiles [2] map (t, i, j) -> (t * 4 + i, j)
  df.return %o : tensor<8x8xf32>
}

// -----

// expected-error @+1 {{df.memory @n has writers @c, @d: a buffer with several writers must declare their order with 'writers [...]' listing exactly them}}
df.graph @writers(%a: tensor<8xf32>) -> tensor<8xf32> {
  %o = df.dram @o : tensor<8xf32>
  %m = df.memory @m depth 2 banks 4 : memref<8xf32>
  %n = df.memory @n depth 2 banks 4 : memref<8xf32>
  df.load @l %a -> %m tiles [] map (i) -> (i)
  df.compute @c counters [8] vector 0 reads (%m [(d0) -> (d0)]) writes (%n [(d0) -> (d0)]) {
  ^bb0(%x: f32):
    df.yield %x : f32
  }
  df.compute @d counters [8] vector 0 reads (%m [(d0) -> (d0)]) writes (%n [(d0) -> (d0)]) {
  ^bb0(%x: f32):
    %y = df.neg %x : f32
    df.yield %y : f32
  }
  df.store @s %n -> %o tiles [] map (i) -> (i)
  df.return %o : tensor<8xf32>
}

// -----

df.graph @acc_without_reduction(%a: tensor<8xf32>) -> tensor<8xf32> {
  %o = df.dram @o : tensor<8xf32>
  %m = df.memory @m depth 2 banks 4 : memref<8xf32>
  %n = df.memory @n depth 2 banks 4 : memref<8xf32>
  df.load @l %a -> %m tiles [] map (i) -> (i)
  // expected-error @+1 {{df.compute @c: acc 1 needs a reduction in the body}}
  df.compute @c tiles [2] acc 1 counters [8] vector 0 reads (%m [(d0) -> (d0)]) writes (%n [(d0) -> (d0)]) {
  ^bb0(%x: f32):
    df.yield %x : f32
  }
  df.store @s %n -> %o tiles [] map (i) -> (i)
  df.return %o : tensor<8xf32>
}
