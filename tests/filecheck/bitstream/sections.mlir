// RUN: rdu-translate --to-bitstream %s -o %t.rbs && rdu-translate --from-bitstream %t.rbs | filecheck %s

// A program in two configuration sections (run one after another) for a custom chip, with the
// module's recorded chip and the `ta` reference that `rdu-run --check` compares against.
builtin.module attributes {rdu.chip = {name = "strip", rows = 2 : i64, cols = 6 : i64, pattern = "columns", vector_links = 1 : i64}} {
  rdu.chip @section0 {name = "strip", rows = 2 : i64, cols = 6 : i64, pattern = "columns", vector_links = 1 : i64} {
    %a = rdu.pmu @half0 at (0, 1) bytes 4096 depth 1 banks 16 block write [0 to 1024 step 1] affine_map<(d0) -> (d0)> read [0 to 1024 step 1] affine_map<(d0) -> (d0)> range [0, 1024]
    %b = rdu.pcu @sum at (1, 4) counters [] stages [reduce_add(in0)]
    rdu.route vector %a[0] -> %b[0] via [(1, 2), (1, 3), (1, 4)]
  }
  rdu.chip @section1 {name = "strip", rows = 2 : i64, cols = 6 : i64, pattern = "columns", vector_links = 1 : i64} {
    %c = rdu.pcu @scale at (0, 0) counters [0 to 16 step 4] stages [mul(in0, 2.0)]
    %d = rdu.agcu @out 2 store "C" [0 to 16 step 4] affine_map<(d0) -> (d0)>
    rdu.route vector %c[0] -> %d[0] via [(0, 1), (0, 2), (0, 3), (0, 4), (0, 5), (0, 6)]
  }
  builtin.module @rdu_reference attributes {rdu.reference} {
    func.func @f(%x: tensor<4x8xf32>, %y: tensor<8x5xf32>) -> tensor<4x5xf32> {
      %z = ta.contract "mk,kn->mn" %x, %y : tensor<4x8xf32>, tensor<8x5xf32> -> tensor<4x5xf32>
      func.return %z : tensor<4x5xf32>
    }
  }
}

// CHECK:      builtin.module attributes {rdu.chip = {name = "strip", rows = 2 : i64, cols = 6 : i64, pattern = "columns", vector_links = 1 : i64}} {
// CHECK-NEXT:   rdu.chip @section0 {name = "strip", rows = 2 : i64, cols = 6 : i64, pattern = "columns",
// CHECK-SAME:   vector_links = 1 : i64, scalar_links = 2 : i64
// CHECK-NEXT:     %a = rdu.pmu @half0 at (0, 1) bytes 4096 depth 1 banks 16 block write [0 to 1024 step 1] affine_map<(d0) -> (d0)> read [0 to 1024 step 1] affine_map<(d0) -> (d0)> range [0, 1024]
// CHECK-NEXT:     %b = rdu.pcu @sum at (1, 4) counters [] stages [reduce_add(in0)]
// CHECK-NEXT:     rdu.route vector %a[0] -> %b[0] via [(1, 2), (1, 3), (1, 4)]
// CHECK-NEXT:   }
// CHECK-NEXT:   rdu.chip @section1 {name = "strip", rows = 2 : i64, cols = 6 : i64, pattern = "columns",
// CHECK-SAME:   vector_links = 1 : i64, scalar_links = 2 : i64
// CHECK-NEXT:     %c = rdu.pcu @scale at (0, 0) counters [0 to 16 step 4] stages [mul(in0, 2.0)]
// CHECK-NEXT:     %d = rdu.agcu @out 2 store "C" [0 to 16 step 4] affine_map<(d0) -> (d0)>
// CHECK-NEXT:     rdu.route vector %c[0] -> %d[0] via [(0, 1), (0, 2), (0, 3), (0, 4), (0, 5), (0, 6)]
// CHECK-NEXT:   }
// CHECK-NEXT:   builtin.module @rdu_reference attributes {rdu.reference} {
// CHECK-NEXT:     func.func @f(%x: tensor<4x8xf32>, %y: tensor<8x5xf32>) -> tensor<4x5xf32> {
// CHECK-NEXT:       %z = ta.contract "mk,kn->mn" %x, %y : tensor<4x8xf32>, tensor<8x5xf32> -> tensor<4x5xf32>
// CHECK-NEXT:       func.return %z : tensor<4x5xf32>
// CHECK-NEXT:     }
// CHECK-NEXT:   }
// CHECK-NEXT: }
