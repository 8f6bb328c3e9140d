// RUN: rdu-opt %s --chip=tiny -p allocate-units --split-input-file --verify-diagnostics

func.func @still_ta(%a: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{allocate-units: 'ta.relu' is still at the ta level (run ta-to-df first)}}
  %0 = ta.relu %a : tensor<4xf32>
  func.return %0 : tensor<4xf32>
}

// -----

df.graph @bad_pin(%A: tensor<8xf32>) -> tensor<8xf32> {
  %t = df.dram @t : tensor<8xf32>
  %o = df.memory @o depth 2 banks 4 : memref<8xf32>
  %i = df.memory @i depth 2 banks 4 : memref<8xf32>
  df.load @ld %A -> %i tiles [] map (d0) -> (d0)
  // expected-error @+1 {{'rdu.site' must be [row, col] for this unit}}
  df.compute @c counters [8] vector 0 reads (%i [(d0) -> (d0)]) writes (%o [(d0) -> (d0)]) attributes {rdu.site = [1]} {
  ^bb0(%v: f32):
    %y = df.neg %v : f32
    df.yield %y : f32
  }
  df.store @st %o -> %t tiles [] map (d0) -> (d0)
  df.return %t : tensor<8xf32>
}

// -----

// A reduction unit whose body needs more stages than a tiny PCU has (4), even unrolled once.
df.graph @too_many_stages(%A: tensor<8x4xf32>) -> tensor<8xf32> {
  %t = df.dram @t : tensor<8xf32>
  %o = df.memory @o depth 2 banks 4 : memref<8xf32>
  %i = df.memory @i depth 2 banks 4 : memref<8x4xf32>
  df.load @ld %A -> %i tiles [] map (d0, d1) -> (d0, d1)
  // expected-error @+1 {{compute unit @c needs 6 pipeline stages even without unrolling, but a PCU of chip 'tiny' has 4}}
  df.compute @c counters [8, 4] vector 1 reads (%i [(d0, d1) -> (d0, d1)]) writes (%o [(d0, d1) -> (d0)]) {
  ^bb0(%v: f32):
    %a = df.exp %v : f32
    %b = df.neg %a : f32
    %r = df.reduce "sum" %b over [1] : f32
    %s = df.relu %r : f32
    df.yield %s : f32
  }
  df.store @st %o -> %t tiles [] map (d0) -> (d0)
  df.return %t : tensor<8xf32>
}
