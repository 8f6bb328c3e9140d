// RUN: rdu-opt %s | filecheck %s
// RUN: rdu-opt %s | rdu-opt | filecheck %s

// A chip that is no preset is recorded as its whole description; several configurations
// (sections) of one program are named rdu.chip ops. A PMU of a split buffer decodes a range.
rdu.chip @section0 {name = "strip", rows = 2 : i64, cols = 6 : i64, pattern = "columns", vector_links = 1 : i64} {
  %a = rdu.pmu @half0 at (0, 1) bytes 4096 depth 1 banks 16 block write [0 to 1024 step 1] affine_map<(d0) -> (d0)> read [0 to 1024 step 1] affine_map<(d0) -> (d0)> range [0, 1024]
  %b = rdu.pcu @sum at (1, 4) counters [] stages [reduce_add(in0)]
  rdu.route vector %a[0] -> %b[0] via [(1, 2), (1, 3), (1, 4)]
}
rdu.chip @section1 "plasticine" {
}

// CHECK:      rdu.chip @section0 {name = "strip", rows = 2 : i64, cols = 6 : i64, pattern = "columns",
// CHECK-SAME: vector_links = 1 : i64
// CHECK-NEXT:   %a = rdu.pmu @half0 at (0, 1) bytes 4096 depth 1 banks 16 block write [0 to 1024 step 1] affine_map<(d0) -> (d0)> read [0 to 1024 step 1] affine_map<(d0) -> (d0)> range [0, 1024]
// CHECK-NEXT:   %b = rdu.pcu @sum at (1, 4) counters [] stages [reduce_add(in0)]
// CHECK-NEXT:   rdu.route vector %a[0] -> %b[0] via [(1, 2), (1, 3), (1, 4)]
// CHECK-NEXT: }
// CHECK-NEXT: rdu.chip @section1 "plasticine" {
