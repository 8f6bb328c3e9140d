// Fusion decisions: a transpose becomes the consumer's access pattern and an elementwise
// chain becomes stages of one unit; a bias add and relu after a matmul run where its tile
// drains (drain phase: the bias is read once per output tile, broadcast along m by its map);
// a value returned by the function is materialised.
// RUN: rdu-opt %s --chip=tiny -p ta-to-df | filecheck %s
// RUN: rdu-opt %s --chip=tiny -p 'ta-to-df{fuse=false}' | filecheck %s --check-prefix=NOFUSE

func.func @chain(%a: tensor<8x8xf32>, %b: tensor<8x8xf32>) -> tensor<8x8xf32> {
  %t = ta.transpose %b perm [1, 0] : tensor<8x8xf32> -> tensor<8x8xf32>
  %s = ta.add %a, %t : tensor<8x8xf32>
  %e = ta.exp %s : tensor<8x8xf32>
  func.return %e : tensor<8x8xf32>
}

// CHECK-LABEL: df.graph @chain
// CHECK:         df.compute @exp0_c0 counters [8, 8] vector 1 reads (%{{.*}} [(d0, d1) -> (d0, d1)], %{{.*}} [(d0, d1) -> (d1, d0)]) writes
// CHECK-NEXT:    ^bb0(%[[X:.*]]: f32, %[[Y:.*]]: f32):
// CHECK-NEXT:      %[[S:.*]] = df.add %[[X]], %[[Y]] : f32
// CHECK-NEXT:      %[[E:.*]] = df.exp %[[S]] : f32
// CHECK-NEXT:      df.yield %[[E]] : f32
// CHECK-NOT:     df.compute
// CHECK:         df.return

// NOFUSE-LABEL: df.graph @chain
// NOFUSE-COUNT-3: df.compute

func.func @dense(%x: tensor<16x8xf32>, %w: tensor<8x16xf32>, %bias: tensor<16xf32>) -> (tensor<16x16xf32>, tensor<16x16xf32>) {
  %h = ta.contract "mk,kn->mn" %x, %w : tensor<16x8xf32>, tensor<8x16xf32> -> tensor<16x16xf32>
  %bb = ta.broadcast %bias dims [1] : tensor<16xf32> -> tensor<16x16xf32>
  %hb = ta.add %h, %bb : tensor<16x16xf32>
  %r = ta.relu %hb : tensor<16x16xf32>
  %n = ta.neg %hb : tensor<16x16xf32>
  func.return %r, %n : tensor<16x16xf32>, tensor<16x16xf32>
}

// CHECK-LABEL: df.graph @dense
// CHECK:         df.compute @contract0_c0 counters [{{[0-9]+}}, {{[0-9]+}}, 8] vector 1 unroll 2 x 3 reads (%{{.*}} [(d0, d1, d2) -> (d0, d2)], %{{.*}} [(d0, d1, d2) -> (d2, d1)], %{{.*}} [(d0, d1, d2) -> (d1)])
// CHECK-NEXT:    ^bb0(%[[X:.*]]: f32, %[[W:.*]]: f32, %[[B:.*]]: f32):
// CHECK-NEXT:      %[[P:.*]] = df.mac %[[X]], %[[W]] over [2] : f32
// CHECK-NEXT:      %[[Q:.*]] = df.add %[[P]], %[[B]] : f32
// CHECK-NEXT:      df.yield %[[Q]] : f32
// The add has two users: it is materialised, and relu and neg each read it.
// CHECK:         df.compute @relu0_c0
// CHECK:           df.relu
// CHECK:         df.compute @neg0_c0
// CHECK:           df.neg
// CHECK:         df.return %relu0_t, %neg0_t
