// Layouts are chosen over the whole graph: this unit's vector counter 0 would clash with the
// load before it and the store after it; counter 1 takes the same issue slots and removes
// both conflicts, so infer-layout switches it (values do not depend on the vector counter).
// RUN: rdu-opt %s --chip=tiny -p infer-layout --pass-statistics 2>&1 | filecheck %s

// CHECK-LABEL: df.graph @propagate
// CHECK:         df.compute @relu counters [8, 12] vector 1 reads
// CHECK-NOT:     transpose_reads
// CHECK-LABEL: 'infer-layout'
// CHECK:         (0) conflicts found
// CHECK:         (1) vector counters changed

df.graph @propagate(%x: tensor<8x12xf32>) -> tensor<8x12xf32> {
  %out = df.dram @out : tensor<8x12xf32>
  %a = df.memory @a depth 2 banks 4 : memref<8x12xf32>
  df.load @ld %x -> %a tiles [] map (d0, d1) -> (d0, d1)
  %o = df.memory @o depth 2 banks 4 : memref<8x12xf32>
  df.compute @relu counters [8, 12] vector 0 reads (%a [(d0, d1) -> (d0, d1)]) writes (%o [(d0, d1) -> (d0, d1)]) {
  ^bb0(%p: f32):
    %r = df.relu %p : f32
    df.yield %r : f32
  }
  df.store @st %o -> %out tiles [] map (d0, d1) -> (d0, d1)
  df.return %out : tensor<8x12xf32>
}
