// RUN: rdu-translate --to-bitstream %s -o %t.rbs && rdu-translate --from-bitstream %t.rbs | filecheck %s
// RUN: rdu-translate --to-bitstream %s -o %t.rbs && rdu-translate --from-bitstream %t.rbs --print-op-generic | filecheck %s --check-prefix=GENERIC

// The codec is generic: any attribute a future pass attaches (weights as dense tensors,
// arrays, nested dictionaries, types, symbol references, wide integers) survives the trip.
rdu.chip "tiny" {
  %m = rdu.pmu @w at (0, 1) bytes 64 depth 1 banks 1 cyclic write [] affine_map<() -> (0)> read [0 to 4 step 1, 0 to 4 step 1] affine_map<(d0, d1) -> (d0 floordiv 2 + d1 mod 3 - d0 ceildiv 4)> {weights = dense<[[1.0, -2.5], [3.25, 0.0]]> : tensor<2x2xf32>, bias = dense<7> : tensor<3xi32>, ids = array<i32: 1, 2, 3>, scales = array<f32: 0.5, 2.0>, scale = 0.5 : f32, flag = true, big = 18446744073709551615 : ui64, nested = {a = [1, "x", unit], t = tensor<2x?xf32>, s = @sym::@inner, i = 3 : index}}
}

// CHECK:      %m = rdu.pmu @w at (0, 1) bytes 64 depth 1 banks 1 cyclic write [] affine_map<() -> (0)>
// CHECK-SAME: read [0 to 4 step 1, 0 to 4 step 1] affine_map<(d0, d1) -> ((((d0 floordiv 2) + (d1 mod 3)) + ((d0 ceildiv 4) * -1)))>
// CHECK-SAME: {weights = dense<{{\[}}[1.000000e+00, -2.500000e+00], [3.250000e+00, 0.000000e+00]]> : tensor<2x2xf32>,
// CHECK-SAME: bias = dense<7> : tensor<3xi32>, ids = array<i32: 1, 2, 3>, scales = array<f32: 5.000000e-01, 2.000000e+00>,
// CHECK-SAME: scale = 5.000000e-01 : f32, flag = true, big = 18446744073709551615 : ui64,
// CHECK-SAME: nested = {a = [1 : i64, "x", unit], t = tensor<2x?xf32>, s = @sym::@inner, i = 3 : index}}

// GENERIC: "rdu.pmu"() <{sym_name = "w", row = 0 : i64, col = 1 : i64, bytes = 64 : i64, depth = 1 : i64, banks = 1 : i64, banking = "cyclic", write_counters = array<i64>, write_map = affine_map<() -> (0)>, read_counters = array<i64: 0, 4, 1, 0, 4, 1>
