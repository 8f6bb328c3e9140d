// The df dialect prints readably, and both forms parse back to the same IR.
// RUN: rdu-opt %s | filecheck %s
// RUN: rdu-opt %s --print-op-generic | rdu-opt | filecheck %s
// RUN: rdu-opt %s --print-op-generic | filecheck %s --check-prefix=GENERIC

df.graph @mm(%a: tensor<8x16xf32>, %b: tensor<16x4xf32>, %bias: tensor<4xf32>) -> tensor<8x4xf32> {
  %c = df.dram @c : tensor<8x4xf32>
  %w = df.dram @w = dense<1.0> : tensor<4xf32>
  %ma = df.memory @ma depth 2 banks 4 : memref<8x8xf32>
  %mb = df.memory @mb depth 2 banks 4 layout {vector = 1} : memref<8x4xf32>
  %mv = df.memory @mv depth 1 banks 4 : memref<4xf32>
  %mc = df.memory @mc depth 1 banks 4 writers [@mm0, @fix] : memref<8x4xf32>
  %s = df.stream @s depth 4 scalar : !df.stream<f32>
  df.load @la %a -> %ma tiles [2] map (t, i, j) -> (i, t * 8 + j)
  df.load @lb %b -> %mb tiles [2] map (t, i, j) -> (t * 8 + i, j)
  df.load @lv %bias -> %mv tiles [] map (i) -> (i)
  df.compute @mm0 tiles [2] acc 1 counters [8, 8, 4] strides [1, 1, 1] vector 2 unroll 1 x 4
      reads (%ma [(d0, d1, d2) -> (d0, d1)], %mb [(d0, d1, d2) -> (d1, d2)], %mv [(d0, d1, d2) -> (d2)])
      writes (%mc [(d0, d1, d2) -> (d0, d2)], %s [(d0, d1, d2) -> (d0, d2)]) {
  ^bb0(%x: f32, %y: f32, %v: f32):
    %p = df.mac %x, %y over [1] : f32
    %q = df.add %p, %v : f32
    %z = df.const 0.0 : f32
    %r = df.select "gt" %q, %z, %q, %z : f32
    df.yield %r, %r : f32, f32
  }
  df.compute @fix counters [8, 4] vector 1 reads (%s [(d0, d1) -> (d0, d1)]) writes (%mc [(d0, d1) -> (d0, d1)]) attributes {note = "illustrative"} {
  ^bb0(%x: f32):
    %e = df.exp %x : f32
    df.yield %e : f32
  }
  %mr = df.memory @mr depth 1 banks 4 : memref<8xf32>
  %rows = df.dram @rows : tensor<8xf32>
  df.compute @rmax counters [8, 4] vector 1 reads (%mb [(d0, d1) -> (d0, d1)]) writes (%mr [(d0, d1) -> (d0)]) {
  ^bb0(%x: f32):
    %m = df.reduce "max" %x over [1] : f32
    df.yield %m : f32
  }
  df.store @sr %mr -> %rows tiles [] map (i) -> (i)
  df.store @sc %mc -> %c tiles [] map (i, j) -> (i, j) after [@sc0]
  df.store @sc0 %mc -> %c tiles [] map (i, j) -> (i, j)
  df.return %c : tensor<8x4xf32>
}

// CHECK:      df.graph @mm(%a: tensor<8x16xf32>, %b: tensor<16x4xf32>, %bias: tensor<4xf32>) -> tensor<8x4xf32> {
// CHECK-NEXT:   %c = df.dram @c : tensor<8x4xf32>
// CHECK-NEXT:   %w = df.dram @w = dense<1.000000e+00> : tensor<4xf32>
// CHECK-NEXT:   %ma = df.memory @ma depth 2 banks 4 : memref<8x8xf32>
// CHECK-NEXT:   %mb = df.memory @mb depth 2 banks 4 layout {vector = 1 : i64} : memref<8x4xf32>
// CHECK-NEXT:   %mv = df.memory @mv depth 1 banks 4 : memref<4xf32>
// CHECK-NEXT:   %mc = df.memory @mc depth 1 banks 4 writers [@mm0, @fix] : memref<8x4xf32>
// CHECK-NEXT:   %s = df.stream @s depth 4 scalar : !df.stream<f32>
// CHECK-NEXT:   df.load @la %a -> %ma tiles [2] map (d0, d1, d2) -> (d1, ((d0 * 8) + d2))
// CHECK-NEXT:   df.load @lb %b -> %mb tiles [2] map (d0, d1, d2) -> (((d0 * 8) + d1), d2)
// CHECK-NEXT:   df.load @lv %bias -> %mv tiles [] map (d0) -> (d0)
// CHECK-NEXT:   df.compute @mm0 tiles [2] acc 1 counters [8, 8, 4] vector 2 unroll 1 x 4 reads (%ma [(d0, d1, d2) -> (d0, d1)], %mb [(d0, d1, d2) -> (d1, d2)], %mv [(d0, d1, d2) -> (d2)]) writes (%mc [(d0, d1, d2) -> (d0, d2)], %s [(d0, d1, d2) -> (d0, d2)]) {
// CHECK-NEXT:   ^bb0(%x: f32, %y: f32, %v: f32):
// CHECK-NEXT:     %p = df.mac %x, %y over [1] : f32
// CHECK-NEXT:     %q = df.add %p, %v : f32
// CHECK-NEXT:     %z = df.const 0.000000e+00 : f32
// CHECK-NEXT:     %r = df.select "gt" %q, %z, %q, %z : f32
// CHECK-NEXT:     df.yield %r, %r : f32, f32
// CHECK-NEXT:   }
// CHECK-NEXT:   df.compute @fix counters [8, 4] vector 1 reads (%s [(d0, d1) -> (d0, d1)]) writes (%mc [(d0, d1) -> (d0, d1)]) attributes {note = "illustrative"} {
// CHECK:          %m = df.reduce "max" %x over [1] : f32
// CHECK:        df.store @sc %mc -> %c tiles [] map (d0, d1) -> (d0, d1) after [@sc0]
// CHECK-NEXT:   df.store @sc0 %mc -> %c tiles [] map (d0, d1) -> (d0, d1)
// CHECK-NEXT:   df.return %c : tensor<8x4xf32>

// GENERIC: "df.compute"(%ma, %mb, %mv, %mc, %s) <{sym_name = "mm0", tiles = array<i64: 2>, acc = 1 : i64, bounds = array<i64: 8, 8, 4>, strides = array<i64: 1, 1, 1>, vector = 2 : i64, unroll = array<i64: 1, 4>, read_maps = [affine_map<(d0, d1, d2) -> (d0, d1)>, affine_map<(d0, d1, d2) -> (d1, d2)>, affine_map<(d0, d1, d2) -> (d2)>], write_maps = [affine_map<(d0, d1, d2) -> (d0, d2)>, affine_map<(d0, d1, d2) -> (d0, d2)>], operandSegmentSizes = array<i32: 3, 2>}>
// GENERIC: "df.mac"(%x, %y) <{over = array<i64: 1>}> : (f32, f32) -> f32
