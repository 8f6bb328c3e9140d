// A 64x64x64 matmul on the tiny chip (8 PCUs, 4 lanes, 4 stages, 4 KiB PMUs): the cost model
// spreads the output over all 8 PCUs (2 x 4 blocks of 32x16), streams k in tiles of 16 so
// that every double-buffered tile fits a PMU, puts n on the lanes and unrolls k over the 4
// stages. A block of A is loaded once and read by the 4 units of its row.
// RUN: rdu-opt %s --chip=tiny -p ta-to-df | filecheck %s
// RUN: rdu-opt %s --chip=tiny -p 'ta-to-df{par=2,2 tile=32,32,16}' | filecheck %s --check-prefix=OPT
// RUN: rdu-opt %s --chip=tiny -p ta-to-df --print-op-generic | rdu-opt | filecheck %s

func.func @gemm(%a: tensor<64x64xf32>, %b: tensor<64x64xf32>) -> tensor<64x64xf32> {
  %c = ta.contract "mk,kn->mn" %a, %b : tensor<64x64xf32>, tensor<64x64xf32> -> tensor<64x64xf32>
  func.return %c : tensor<64x64xf32>
}

// CHECK:      df.graph @gemm(%a: tensor<64x64xf32>, %b: tensor<64x64xf32>) -> tensor<64x64xf32> {
// CHECK:        %[[C:.*]] = df.dram @contract0_t : tensor<64x64xf32>
// CHECK:        %[[OUT0:.*]] = df.memory @contract0_out0 depth 2 banks 4 : memref<32x16xf32>
// CHECK:        %[[A:.*]] = df.memory @contract0_in0_0 depth 2 banks 4 : memref<32x16xf32>
// CHECK-NEXT:   df.load @contract0_ld0_0 %a -> %[[A]] tiles [4] map (d0, d1, d2) -> (d1, (d2 + (d0 * 16)))
// CHECK:        %[[B0:.*]] = df.memory @contract0_in1_0 depth 2 banks 4 : memref<16x16xf32>
// CHECK-NEXT:   df.load @contract0_ld1_0 %b -> %[[B0]] tiles [4] map (d0, d1, d2) -> ((d1 + (d0 * 16)), d2)
// CHECK-NEXT:   df.compute @contract0_c0 tiles [4] acc 1 counters [32, 16, 16] vector 1 unroll 2 x 4 reads (%[[A]] [(d0, d1, d2) -> (d0, d2)], %[[B0]] [(d0, d1, d2) -> (d2, d1)]) writes (%[[OUT0]] [(d0, d1, d2) -> (d0, d1)]) {
// CHECK-NEXT:   ^bb0(%{{.*}}: f32, %{{.*}}: f32):
// CHECK-NEXT:     %[[P:.*]] = df.mac %{{.*}}, %{{.*}} over [2] : f32
// CHECK-NEXT:     df.yield %[[P]] : f32
// CHECK-NEXT:   }
// CHECK-NEXT:   df.store @contract0_st0 %[[OUT0]] -> %[[C]] tiles [] map (d0, d1) -> (d0, d1)
// CHECK:        df.compute @contract0_c1 tiles [4] acc 1 counters [32, 16, 16] vector 1 unroll 2 x 4 reads (%[[A]] [(d0, d1, d2) -> (d0, d2)]
// CHECK:        df.store @contract0_st1 %{{.*}} -> %[[C]] tiles [] map (d0, d1) -> (d0, (d1 + 16))
// CHECK:        df.load @contract0_ld0_1 %a -> %{{.*}} tiles [4] map (d0, d1, d2) -> ((d1 + 32), (d2 + (d0 * 16)))
// CHECK:        df.compute @contract0_c7
// CHECK-NOT:    df.compute
// CHECK:        df.return %[[C]] : tensor<64x64xf32>

// OPT-COUNT-4:  df.compute @contract0_c{{[0-3]}} tiles [4] acc 1 counters [32, 32, 16] vector 1 unroll 2 x 4
// OPT-NOT:      df.compute
