// RUN: rdu-opt %s | filecheck %s

// Routes leaving one output port carry the same vectors, so where they overlap they share a
// track: both routes cross (0, 1) -> (0, 2), which has a single vector track here.
rdu.chip {name = "narrow", rows = 4 : i64, cols = 4 : i64, vector_links = 1 : i64} {
  %a = rdu.pcu @a at (0, 0) counters [] stages [pass(in0)]
  %b = rdu.pcu @b at (0, 2) counters [] stages [pass(in0)]
  %c = rdu.pcu @c at (2, 2) counters [] stages [pass(in0)]
  rdu.route vector %a[0] -> %b[0] via [(0, 1), (0, 2)]
  rdu.route vector %a[0] -> %c[0] via [(0, 1), (0, 2), (1, 2), (2, 2)]
}

// CHECK: rdu.route vector %a[0] -> %b[0] via [(0, 1), (0, 2)]
// CHECK: rdu.route vector %a[0] -> %c[0] via [(0, 1), (0, 2), (1, 2), (2, 2)]
