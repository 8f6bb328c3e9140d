// RUN: rdu-opt %s --split-input-file --verify-diagnostics -p insert-credits

// insert-credits needs the control route allocate-units reserves for every link.
rdu.chip "tiny" {
  %ld = rdu.agcu @ld 0 load "A" [0 to 8 step 1] affine_map<(d0) -> (d0)>
  %m = rdu.pmu @m at (0, 1) bytes 32 depth 2 banks 4 cyclic write [0 to 8 step 1] affine_map<(d0) -> (d0)> read [0 to 8 step 1] affine_map<(d0) -> (d0)>
  // expected-error @+1 {{insert-credits: the link AGCU @ld index 0[0] -> PMU @m at (0, 1)[0] has no control route back for its credit tokens}}
  rdu.route vector %ld[0] -> %m[0] via [(0, 0), (0, 1)]
}

// -----

// A df graph is one level too high.
// expected-error @+1 {{insert-credits: 'df.graph' is still at the df level (run allocate-units first)}}
df.graph @f(%A: tensor<8xf32>) -> tensor<8xf32> {
  %t = df.dram @t : tensor<8xf32>
  %o = df.memory @o depth 2 banks 4 : memref<8xf32>
  %i = df.memory @i depth 2 banks 4 : memref<8xf32>
  df.load @ld %A -> %i tiles [] map (d0) -> (d0)
  df.compute @c counters [8] vector 0 reads (%i [(d0) -> (d0)]) writes (%o [(d0) -> (d0)]) {
  ^bb0(%v: f32):
    %y = df.neg %v : f32
    df.yield %y : f32
  }
  df.store @st %o -> %t tiles [] map (d0) -> (d0)
  df.return %t : tensor<8xf32>
}
