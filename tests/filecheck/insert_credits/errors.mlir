// RUN: rdu-opt %s --split-input-file --verify-diagnostics

// A tile credit larger than the downstream buffer's depth.
rdu.chip "tiny" {
  %ld = rdu.agcu @ld 0 load "A" [0 to 8 step 1] affine_map<(d0) -> (d0)>
  %m = rdu.pmu @m at (0, 1) bytes 32 depth 2 banks 4 cyclic write [0 to 8 step 1] affine_map<(d0) -> (d0)> read [0 to 8 step 1] affine_map<(d0) -> (d0)>
  rdu.route vector %ld[0] -> %m[0] via [(0, 0), (0, 1)]
  rdu.route control %m[0] -> %ld[0] via [(0, 1), (0, 0)]
  // expected-error @+1 {{ready credit on AGCU @ld index 0[0] -> PMU @m at (0, 1)[0]: 3 tile credits exceed the buffer's depth of 2 tiles}}
  rdu.credit ready %ld[0] from %m[0] init 3
}

// -----

// A counter whose tokens have no control route.
rdu.chip "tiny" {
  %ld = rdu.agcu @ld 0 load "A" [0 to 8 step 1] affine_map<(d0) -> (d0)>
  %m = rdu.pmu @m at (0, 1) bytes 32 depth 2 banks 4 cyclic write [0 to 8 step 1] affine_map<(d0) -> (d0)> read [0 to 8 step 1] affine_map<(d0) -> (d0)>
  rdu.route vector %ld[0] -> %m[0] via [(0, 0), (0, 1)]
  // expected-error @+1 {{stream credit on AGCU @ld index 0[0] -> PMU @m at (0, 1)[0]: its tokens have no control route back}}
  rdu.credit stream %ld[0] from %m[0] init 4
}
