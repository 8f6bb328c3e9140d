// RUN: rdu-translate --to-bitstream %s -o %t.rbs && rdu-translate --from-bitstream %t.rbs | filecheck %s
// RUN: rdu-translate --to-bitstream %s --no-debug-info -o %t2.rbs && rdu-translate --from-bitstream %t2.rbs | rdu-translate --to-bitstream --no-debug-info -o %t3.rbs && cmp %t2.rbs %t3.rbs

// A compiled program: DRAM tensors (an argument, weights, an intermediate, the result) and two
// sections, each an rdu.chip configuration with units and routes (credit counters: see
// test_bitstream.py, their text form does not parse yet); the weights go to CONSTANTS and every
// rdu.chip becomes a CONFIG section of the bitstream.
rdu.program @scale : (tensor<16xf32>) -> tensor<16xf32> results [@C] {
  rdu.dram @A arg 0 : tensor<16xf32>
  rdu.dram @W = dense<[0.5, 1.5, -2.0, 4.0]> : tensor<4xf32>
  rdu.dram @T : tensor<16xf32>
  rdu.dram @C : tensor<16xf32>
  rdu.chip @section0 "tiny" {
    %ld = rdu.agcu @load_a 0 load "A" [0 to 16 step 1] affine_map<(d0) -> (d0)>
    %buf = rdu.pmu @buf_a at (0, 1) bytes 64 depth 2 banks 4 cyclic write [0 to 16 step 1] affine_map<(d0) -> (d0)> read [0 to 16 step 1] affine_map<(d0) -> (d0)>
    %st = rdu.agcu @store_t 1 store "T" [0 to 16 step 1] affine_map<(d0) -> (d0)>
    rdu.route vector %ld[0] -> %buf[0] via [(0, 0), (0, 1)]
    rdu.route control %buf[0] -> %ld[0] via [(0, 1), (0, 0)]
    rdu.route vector %buf[0] -> %st[0] via [(0, 1), (0, 2), (0, 3), (0, 4)]
  }
  rdu.chip @section1 "tiny" {
    %lt = rdu.agcu @load_t 0 load "T" [0 to 16 step 1] affine_map<(d0) -> (d0)>
    %sc = rdu.agcu @store_c 1 store "C" [0 to 16 step 1] affine_map<(d0) -> (d0)>
    rdu.route vector %lt[0] -> %sc[0] via [(0, 0), (0, 1), (0, 2), (0, 3), (0, 4)]
  }
}

// CHECK:      rdu.program @scale : (tensor<16xf32>) -> tensor<16xf32> results [@C] {
// CHECK-NEXT:   rdu.dram @A arg 0 : tensor<16xf32>
// CHECK-NEXT:   rdu.dram @W = dense<[5.000000e-01, 1.500000e+00, -2.000000e+00, 4.000000e+00]> : tensor<4xf32>
// CHECK-NEXT:   rdu.dram @T : tensor<16xf32>
// CHECK-NEXT:   rdu.dram @C : tensor<16xf32>
// CHECK-NEXT:   rdu.chip @section0 "tiny" {
// CHECK-NEXT:     %ld = rdu.agcu @load_a 0 load "A" [0 to 16 step 1] affine_map<(d0) -> (d0)>
// CHECK-NEXT:     %buf = rdu.pmu @buf_a at (0, 1) bytes 64 depth 2 banks 4 cyclic
// CHECK-NEXT:     %st = rdu.agcu @store_t 1 store "T"
// CHECK-NEXT:     rdu.route vector %ld[0] -> %buf[0] via [(0, 0), (0, 1)]
// CHECK-NEXT:     rdu.route control %buf[0] -> %ld[0] via [(0, 1), (0, 0)]
// CHECK-NEXT:     rdu.route vector %buf[0] -> %st[0] via [(0, 1), (0, 2), (0, 3), (0, 4)]
// CHECK-NEXT:   }
// CHECK-NEXT:   rdu.chip @section1 "tiny" {
// CHECK-NEXT:     %lt = rdu.agcu @load_t 0 load "T"
// CHECK-NEXT:     %sc = rdu.agcu @store_c 1 store "C"
// CHECK-NEXT:     rdu.route vector %lt[0] -> %sc[0] via [(0, 0), (0, 1), (0, 2), (0, 3), (0, 4)]
// CHECK-NEXT:   }
// CHECK-NEXT: }
