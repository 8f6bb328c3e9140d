// RUN: rdu-opt %s | filecheck %s
// RUN: rdu-opt %s --print-op-generic | rdu-opt | filecheck %s
// RUN: rdu-opt %s --print-op-generic | filecheck %s --check-prefix=GENERIC

// One configuration of the tiny chip: a DRAM load into a PMU, read transposed by a PCU
// whose result goes back to DRAM; credits return on the control network.
rdu.chip "tiny" {
  %ld = rdu.agcu @load_a 0 load "A" [0 to 4 step 1, 0 to 16 step 1] affine_map<(d0, d1) -> (d0 * 16 + d1)>
  %buf = rdu.pmu @buf_a at (0, 1) bytes 256 depth 2 banks 4 cyclic write [0 to 64 step 1] affine_map<(d0) -> (d0)> read transpose [0 to 8 step 1, 0 to 8 step 1] affine_map<(d0, d1) -> (d1 * 8 + d0)>
  %mm = rdu.pcu @scale at (0, 0) counters [0 to 8 step 1, 0 to 8 step 2] stages [mul(in0, 0.5), add(s0, c1), max(s1, -1.0e-05), add(s2, acc)] {origin = "relu"}
  %st = rdu.agcu @store_c 1 store "C" [0 to 64 step 1] affine_map<(d0) -> (d0)>
  rdu.route vector %ld[0] -> %buf[0] via [(0, 0), (0, 1)]
  rdu.route vector %buf[0] -> %mm[0] via [(0, 1)]
  rdu.route control %mm[0] -> %buf[1] via [(1, 1)]
  rdu.route vector %mm[1] -> %st[0] via [(1, 1), (1, 2), (1, 3), (1, 4), (0, 4)]
}

// CHECK:      rdu.chip "tiny" {
// CHECK-NEXT:   %ld = rdu.agcu @load_a 0 load "A" [0 to 4 step 1, 0 to 16 step 1] affine_map<(d0, d1) -> (((d0 * 16) + d1))>
// CHECK-NEXT:   %buf = rdu.pmu @buf_a at (0, 1) bytes 256 depth 2 banks 4 cyclic write [0 to 64 step 1] affine_map<(d0) -> (d0)> read transpose [0 to 8 step 1, 0 to 8 step 1] affine_map<(d0, d1) -> (((d1 * 8) + d0))>
// CHECK-NEXT:   %mm = rdu.pcu @scale at (0, 0) counters [0 to 8 step 1, 0 to 8 step 2] stages [mul(in0, 0.5), add(s0, c1), max(s1, -1.0e-05), add(s2, acc)] {origin = "relu"}
// CHECK-NEXT:   %st = rdu.agcu @store_c 1 store "C" [0 to 64 step 1] affine_map<(d0) -> (d0)>
// CHECK-NEXT:   rdu.route vector %ld[0] -> %buf[0] via [(0, 0), (0, 1)]
// CHECK-NEXT:   rdu.route vector %buf[0] -> %mm[0] via [(0, 1)]
// CHECK-NEXT:   rdu.route control %mm[0] -> %buf[1] via [(1, 1)]
// CHECK-NEXT:   rdu.route vector %mm[1] -> %st[0] via [(1, 1), (1, 2), (1, 3), (1, 4), (0, 4)]
// CHECK-NEXT: }

// GENERIC: "rdu.chip"() <{chip = {name = "tiny", rows = 4 : i64, cols = 4 : i64,
// GENERIC: "rdu.pmu"() <{sym_name = "buf_a", row = 0 : i64, col = 1 : i64, bytes = 256 : i64, depth = 2 : i64, banks = 4 : i64, banking = "cyclic", write_counters = array<i64: 0, 64, 1>
// GENERIC-SAME: transpose
// GENERIC: stages = {{\[}}["mul", "in0", "0.5"], ["add", "s0", "c1"], ["max", "s1", "-1.0e-05"], ["add", "s2", "acc"]]
// GENERIC: "rdu.route"(%ld, %buf) <{network = "vector", source_port = 0 : i64, dest_port = 0 : i64, hops = array<i64: 0, 0, 0, 1>}> : (!rdu.unit, !rdu.unit) -> ()
