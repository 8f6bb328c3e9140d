// The 1024^3 matmul on plasticine (64 PCUs of 16 lanes x 6 stages, 256 KiB PMUs): 8 x 8 units
// of 128x128 output blocks, k streamed in tiles of 256 (128 KiB tiles, double-buffered), the
// lanes on n, k unrolled over all 6 stages. Pairs of neighbouring units share an output
// memory (writers in a declared order), so 16 input + 32 output memories fit the 64 PMUs.
// RUN: rdu-opt %s -p ta-to-df | filecheck %s

func.func @gemm(%a: tensor<1024x1024xf32>, %b: tensor<1024x1024xf32>) -> tensor<1024x1024xf32> {
  %c = ta.contract "mk,kn->mn" %a, %b : tensor<1024x1024xf32>, tensor<1024x1024xf32> -> tensor<1024x1024xf32>
  func.return %c : tensor<1024x1024xf32>
}

// Each unit owns a 128x128 block as 4 output tiles of 32x128 (step 7 of the cost model): the
// store of one tile overlaps the K loop of the next instead of all 4 MiB being stored at the end.
// CHECK:      %[[O:.*]] = df.memory @contract0_out0 depth 2 banks 16 writers [@contract0_c0, @contract0_c1] : memref<32x256xf32>
// CHECK:      df.compute @contract0_c0 tiles [4, 4] acc 1 counters [32, 128, 256] vector 1 unroll 2 x 6 reads ({{.*}}) writes (%[[O]] [(d0, d1, d2) -> (d0, d1)])
// CHECK:      df.compute @contract0_c1 tiles [4, 4] acc 1 counters [32, 128, 256] vector 1 unroll 2 x 6 reads ({{.*}}) writes (%[[O]] [(d0, d1, d2) -> (d0, (d1 + 128))])
// CHECK:      df.store @contract0_st0 %[[O]] -> %{{.*}} tiles [4] map (d0, d1, d2) -> (((d0 * 32) + d1), d2)
// CHECK-COUNT-62: df.compute @contract0_c
// CHECK-NOT:  df.compute
