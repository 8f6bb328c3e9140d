// RUN: rdu-opt %s --split-input-file --verify-diagnostics

rdu.chip "tiny" {
  // expected-error @+1 {{site (0, 1) holds a PMU, not a PCU}}
  %p = rdu.pcu @p at (0, 1) counters [] stages [pass(in0)]
}

// -----

rdu.chip "tiny" {
  // expected-error @+1 {{site (4, 0) is outside the 4x4 grid of chip 'tiny'}}
  %m = rdu.pmu @m at (4, 0) bytes 64 depth 1 banks 1 cyclic write [] affine_map<() -> (0)> read [] affine_map<() -> (0)>
}

// -----

// expected-error @+1 {{PCU @b at (0, 0) and PCU @a at (0, 0) occupy the same site}}
rdu.chip "tiny" {
  %a = rdu.pcu @a at (0, 0) counters [] stages [pass(in0)]
  %b = rdu.pcu @b at (0, 0) counters [] stages [pass(in0)]
}

// -----

rdu.chip "tiny" {
  // expected-error @+1 {{5 stages, but a PCU of chip 'tiny' has 4}}
  %a = rdu.pcu @a at (0, 0) counters [] stages [pass(in0), pass(s0), pass(s1), pass(s2), pass(s3)]
}

// -----

rdu.chip "tiny" {
  // expected-error @+1 {{stage 1: operand 's1' is not an earlier stage}}
  %a = rdu.pcu @a at (0, 0) counters [] stages [pass(in0), add(s1, in0)]
}

// -----

rdu.chip "tiny" {
  // expected-error @+1 {{stage 0: unknown stage op 'frobnicate'}}
  %a = rdu.pcu @a at (0, 0) counters [] stages [frobnicate(in0)]
}

// -----

rdu.chip "tiny" {
  // expected-error @+1 {{stage 0: 'add' takes 2 operands, got 1}}
  %a = rdu.pcu @a at (0, 0) counters [] stages [add(in0)]
}

// -----

rdu.chip "tiny" {
  // expected-error @+1 {{stage 0: operand 'c1' but only 1 counters}}
  %a = rdu.pcu @a at (0, 0) counters [0 to 4 step 1] stages [add(in0, c1)]
}

// -----

rdu.chip "tiny" {
  // expected-error @+1 {{counter 0 has step 0}}
  %a = rdu.pcu @a at (0, 0) counters [0 to 4 step 0] stages [pass(in0)]
}

// -----

rdu.chip "tiny" {
  // expected-error @+1 {{2048 bytes x depth 4 exceeds the 4096 bytes of a PMU of chip 'tiny'}}
  %m = rdu.pmu @m at (0, 1) bytes 2048 depth 4 banks 4 cyclic write [] affine_map<() -> (0)> read [] affine_map<() -> (0)>
}

// -----

rdu.chip "tiny" {
  // expected-error @+1 {{8 banks, but a PMU of chip 'tiny' has 4}}
  %m = rdu.pmu @m at (0, 1) bytes 64 depth 1 banks 8 cyclic write [] affine_map<() -> (0)> read [] affine_map<() -> (0)>
}

// -----

rdu.chip "tiny" {
  // expected-error @+1 {{read map takes 1 dimensions but there are 2 counters}}
  %m = rdu.pmu @m at (0, 1) bytes 64 depth 1 banks 1 cyclic write [] affine_map<() -> (0)> read [0 to 4 step 1, 0 to 4 step 1] affine_map<(d0) -> (d0)>
}

// -----

rdu.chip {name = "notranspose", rows = 2 : i64, cols = 2 : i64, pmu_transpose_read = false} {
  // expected-error @+1 {{the PMUs of chip 'notranspose' have no transpose read}}
  %m = rdu.pmu @m at (0, 1) bytes 64 depth 1 banks 1 cyclic write [] affine_map<() -> (0)> read transpose [] affine_map<() -> (0)>
}

// -----

rdu.chip "tiny" {
  // expected-error @+1 {{AGCU 2 does not exist (chip 'tiny' has 2)}}
  %a = rdu.agcu @a 2 load "A" [] affine_map<() -> (0)>
}

// -----

rdu.chip "tiny" {
  %a = rdu.pcu @a at (0, 0) counters [] stages [pass(in0)]
  %b = rdu.pmu @b at (0, 3) bytes 64 depth 1 banks 1 cyclic write [] affine_map<() -> (0)> read [] affine_map<() -> (0)>
  // expected-error @+1 {{hop (0, 1) -> (1, 2) does not join neighbouring switches}}
  rdu.route vector %a[0] -> %b[0] via [(0, 1), (1, 2), (1, 3)]
}

// -----

rdu.chip "tiny" {
  %a = rdu.pcu @a at (0, 0) counters [] stages [pass(in0)]
  %b = rdu.pmu @b at (0, 3) bytes 64 depth 1 banks 1 cyclic write [] affine_map<() -> (0)> read [] affine_map<() -> (0)>
  // expected-error @+1 {{route must start at a switch of PCU @a at (0, 0) ((0, 0), (0, 1), (1, 0), (1, 1)), not at (0, 2)}}
  rdu.route vector %a[0] -> %b[0] via [(0, 2), (0, 3)]
}

// -----

rdu.chip "tiny" {
  %a = rdu.pcu @a at (0, 0) counters [] stages [pass(in0)]
  %b = rdu.pmu @b at (0, 3) bytes 64 depth 1 banks 1 cyclic write [] affine_map<() -> (0)> read [] affine_map<() -> (0)>
  // expected-error @+1 {{route must end at a switch of PMU @b at (0, 3)}}
  rdu.route vector %a[0] -> %b[0] via [(1, 1), (1, 2)]
}

// -----

rdu.chip "tiny" {
  %a = rdu.pcu @a at (0, 0) counters [] stages [pass(in0)]
  %b = rdu.pmu @b at (0, 1) bytes 64 depth 1 banks 1 cyclic write [] affine_map<() -> (0)> read [] affine_map<() -> (0)>
  // expected-error @+1 {{network must be one of vector, scalar, control, got 'data'}}
  "rdu.route"(%a, %b) <{network = "data", source_port = 0 : i64, dest_port = 0 : i64, hops = array<i64: 0, 1>}> : (!rdu.unit, !rdu.unit) -> ()
}

// -----

// Three vector routes over the link (0, 1) -> (0, 2), which has 2 vector tracks.
// expected-error @+1 {{vector link (0, 1) -> (0, 2) carries 3 routes but has 2 vector tracks}}
rdu.chip "tiny" {
  %a = rdu.pcu @a at (0, 0) counters [] stages [pass(in0)]
  %b = rdu.pcu @b at (0, 2) counters [] stages [pass(in0)]
  %c = rdu.pmu @c at (1, 0) bytes 64 depth 1 banks 1 cyclic write [] affine_map<() -> (0)> read [] affine_map<() -> (0)>
  rdu.route vector %a[0] -> %b[0] via [(0, 1), (0, 2)]
  rdu.route vector %a[1] -> %b[1] via [(0, 1), (0, 2)]
  rdu.route vector %c[0] -> %b[2] via [(1, 1), (0, 1), (0, 2)]
  // Other networks have their own tracks.
  rdu.route control %b[0] -> %a[0] via [(0, 2), (0, 1)]
}

// -----

// expected-error @+1 {{two units are named @a}}
rdu.chip "tiny" {
  %a = rdu.pcu @a at (0, 0) counters [] stages [pass(in0)]
  %b = rdu.pcu @a at (0, 2) counters [] stages [pass(in0)]
}

// -----

// expected-error @+1 {{unknown chip preset 'huge'}}
rdu.chip "huge" {
}

// -----

// expected-error @+1 {{unknown chip field 'lanes'}}
rdu.chip {name = "x", rows = 2 : i64, cols = 2 : i64, lanes = 4 : i64} {
}

// -----

// Two output ports are two streams: no sharing.
// expected-error @+1 {{vector link (0, 1) -> (0, 2) carries 2 routes but has 1 vector tracks}}
rdu.chip {name = "narrow", rows = 4 : i64, cols = 4 : i64, vector_links = 1 : i64} {
  %a = rdu.pcu @a at (0, 0) counters [] stages [pass(in0)]
  %b = rdu.pcu @b at (0, 2) counters [] stages [pass(in0)]
  %c = rdu.pcu @c at (2, 2) counters [] stages [pass(in0)]
  rdu.route vector %a[0] -> %b[0] via [(0, 1), (0, 2)]
  rdu.route vector %a[1] -> %c[0] via [(0, 1), (0, 2), (1, 2), (2, 2)]
}
