// Five units read one buffer; a tiny PMU has two read ports, so their reads would serialise.
// The buffer keeps the two readers one PMU serves at full rate and a replica (filled by a
// duplicated load) takes the rest; the replica is examined again and split once more.
// RUN: rdu-opt %s --chip=tiny -p split-buffers | filecheck %s
// RUN: rdu-opt %s --chip=tiny -p split-buffers --pass-statistics 2>&1 >/dev/null | filecheck %s --check-prefix=STATS
// RUN: rdu-opt %s --chip=tiny -p split-buffers{consumers=false} | filecheck %s --check-prefix=OFF

// CHECK-LABEL: df.graph @consumers
// CHECK:         %m = df.memory @m depth 1 banks 4 : memref<16x16xf32>
// CHECK-NEXT:    %[[R:.*]] = df.memory @m_r depth 1 banks 4 : memref<16x16xf32>
// CHECK-NEXT:    %[[RR:.*]] = df.memory @m_r_r depth 1 banks 4 : memref<16x16xf32>
// CHECK-NEXT:    df.load @ld %a -> %m tiles [] map (d0, d1) -> (d0, d1)
// CHECK-NEXT:    df.load @ld_r %a -> %[[R]] tiles [] map (d0, d1) -> (d0, d1)
// CHECK-NEXT:    df.load @ld_r_r %a -> %[[RR]] tiles [] map (d0, d1) -> (d0, d1)
// CHECK:         df.compute @c0 {{.*}} reads (%m
// CHECK:         df.compute @c1 {{.*}} reads (%m
// CHECK:         df.compute @c2 {{.*}} reads (%[[R]]
// CHECK:         df.compute @c3 {{.*}} reads (%[[R]]
// CHECK:         df.compute @c4 {{.*}} reads (%[[RR]]

// STATS:      'split-buffers'
// STATS-NEXT:   (6) buffers inspected
// STATS-NEXT:   (2) split: consumers

// OFF-NOT: @m_r

df.graph @consumers(%a: tensor<16x64xf32>) -> tensor<16x64xf32> {
  %out = df.dram @out : tensor<16x64xf32>
  %m = df.memory @m depth 1 banks 4 : memref<16x16xf32>
  df.load @ld %a -> %m tiles [] map (d0, d1) -> (d0, d1)
  %o0 = df.memory @o0 depth 1 banks 4 : memref<16x16xf32>
  df.compute @c0 counters [16, 16] vector 1 reads (%m [(d0, d1) -> (d0, d1)]) writes (%o0 [(d0, d1) -> (d0, d1)]) {
  ^bb0(%x: f32):
    %y = df.relu %x : f32
    df.yield %y : f32
  }
  df.store @st0 %o0 -> %out tiles [] map (d0, d1) -> (d0, (d1 + 0))
  %o1 = df.memory @o1 depth 1 banks 4 : memref<16x16xf32>
  df.compute @c1 counters [16, 16] vector 1 reads (%m [(d0, d1) -> (d0, d1)]) writes (%o1 [(d0, d1) -> (d0, d1)]) {
  ^bb0(%x: f32):
    %y = df.relu %x : f32
    df.yield %y : f32
  }
  df.store @st1 %o1 -> %out tiles [] map (d0, d1) -> (d0, (d1 + 16))
  %o2 = df.memory @o2 depth 1 banks 4 : memref<16x16xf32>
  df.compute @c2 counters [16, 16] vector 1 reads (%m [(d0, d1) -> (d0, d1)]) writes (%o2 [(d0, d1) -> (d0, d1)]) {
  ^bb0(%x: f32):
    %y = df.relu %x : f32
    df.yield %y : f32
  }
  df.store @st2 %o2 -> %out tiles [] map (d0, d1) -> (d0, (d1 + 32))
  %o3 = df.memory @o3 depth 1 banks 4 : memref<16x16xf32>
  df.compute @c3 counters [16, 16] vector 1 reads (%m [(d0, d1) -> (d0, d1)]) writes (%o3 [(d0, d1) -> (d0, d1)]) {
  ^bb0(%x: f32):
    %y = df.relu %x : f32
    df.yield %y : f32
  }
  df.store @st3 %o3 -> %out tiles [] map (d0, d1) -> (d0, (d1 + 48))
  %o4 = df.memory @o4 depth 1 banks 4 : memref<16x16xf32>
  df.compute @c4 counters [16, 16] vector 1 reads (%m [(d0, d1) -> (d0, d1)]) writes (%o4 [(d0, d1) -> (d0, d1)]) {
  ^bb0(%x: f32):
    %y = df.relu %x : f32
    df.yield %y : f32
  }
  df.store @st4 %o4 -> %out tiles [] map (d0, d1) -> (d0, (d1 + 0))
  df.return %out : tensor<16x64xf32>
}
