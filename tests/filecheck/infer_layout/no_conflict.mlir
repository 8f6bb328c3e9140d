// Every port already agrees with its buffer: infer-layout only records the layouts.
// RUN: rdu-opt %s --chip=tiny -p infer-layout | filecheck %s
// RUN: rdu-opt %s --chip=tiny -p infer-layout,infer-layout | filecheck %s

// CHECK-LABEL: df.graph @no_conflict
// CHECK-NEXT:    %out = df.dram @out : tensor<16x8xf32>
// CHECK-NEXT:    %a = df.memory @a depth 2 banks 4 layout #df.layout<vector = 1, order = [0, 1], align = 4> : memref<16x8xf32>
// CHECK-NEXT:    df.load @ld %x -> %a tiles [] map (d0, d1) -> (d0, d1)
// CHECK-NEXT:    %o = df.memory @o depth 2 banks 4 layout #df.layout<vector = 1, order = [0, 1], align = 4> : memref<16x8xf32>
// CHECK-NEXT:    df.compute @relu counters [16, 8] vector 1 reads (%a [(d0, d1) -> (d0, d1)]) writes (%o [(d0, d1) -> (d0, d1)]) {
// CHECK:         df.store @st %o -> %out tiles [] map (d0, d1) -> (d0, d1)
// CHECK-NOT:     transpose_reads
// CHECK-NOT:     layout_copy

df.graph @no_conflict(%x: tensor<16x8xf32>) -> tensor<16x8xf32> {
  %out = df.dram @out : tensor<16x8xf32>
  %a = df.memory @a depth 2 banks 4 : memref<16x8xf32>
  df.load @ld %x -> %a tiles [] map (d0, d1) -> (d0, d1)
  %o = df.memory @o depth 2 banks 4 : memref<16x8xf32>
  df.compute @relu counters [16, 8] vector 1 reads (%a [(d0, d1) -> (d0, d1)]) writes (%o [(d0, d1) -> (d0, d1)]) {
  ^bb0(%p: f32):
    %r = df.relu %p : f32
    df.yield %r : f32
  }
  df.store @st %o -> %out tiles [] map (d0, d1) -> (d0, d1)
  df.return %out : tensor<16x8xf32>
}
