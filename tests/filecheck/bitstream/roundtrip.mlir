// RUN: rdu-translate --to-bitstream %s -o %t.rbs && rdu-translate --from-bitstream %t.rbs | filecheck %s
// RUN: rdu-translate --to-bitstream %s --no-debug-info -o %t.rbs && rdu-translate --from-bitstream %t.rbs | rdu-translate --to-bitstream --no-debug-info -o %t2.rbs && cmp %t.rbs %t2.rbs
// RUN: rdu-translate --to-bitstream %s --no-debug-info -o %t3.rbs && rdu-translate --from-bitstream %t3.rbs | filecheck %s --check-prefix=NODEBUG

// Every unit kind and network of one configuration of the tiny chip: an AGCU load into a PMU
// read transposed by a PCU, credits on the control network, a store back to DRAM.
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

// Without debug info the configuration is the same; only the value names are gone.
// NODEBUG:      rdu.chip "tiny" {
// NODEBUG-NEXT:   %0 = rdu.agcu @load_a 0 load "A"
// NODEBUG-NEXT:   %1 = rdu.pmu @buf_a at (0, 1)
// NODEBUG-NEXT:   %2 = rdu.pcu @scale at (0, 0)
// NODEBUG-NEXT:   %3 = rdu.agcu @store_c 1 store "C"
// NODEBUG-NEXT:   rdu.route vector %0[0] -> %1[0] via [(0, 0), (0, 1)]
// NODEBUG-NEXT:   rdu.route vector %1[0] -> %2[0] via [(0, 1)]
// NODEBUG-NEXT:   rdu.route control %2[0] -> %1[1] via [(1, 1)]
// NODEBUG-NEXT:   rdu.route vector %2[1] -> %3[0] via [(1, 1), (1, 2), (1, 3), (1, 4), (0, 4)]
