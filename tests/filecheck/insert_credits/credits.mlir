// Tile credits on every link into a PMU (ready-to-read and write credits = the buffer's depth),
// a stream credit on every vector route, and the tokens each control route carries.
// RUN: rdu-opt %s --chip=tiny -p allocate-units,insert-credits | filecheck %s
// RUN: rdu-opt %s --chip=tiny -p 'allocate-units,insert-credits{stream-credits=fifo write-credits=1}' | filecheck %s --check-prefix=FIFO
// RUN: rdu-opt %s --chip=tiny -p allocate-units,insert-credits,insert-credits | filecheck %s --check-prefix=TWICE

// CHECK-DAG: rdu.route control %out[0] -> %c[0] via {{.*}} {tokens = ["vector_credit", "read_ready", "write_done"]}
// CHECK-DAG: rdu.route control %st[0] -> %out[0] via {{.*}} {tokens = ["vector_credit", "tile_released"]}
// CHECK-DAG: rdu.credit ready %c[0] from %out[0] init 2
// CHECK-DAG: rdu.credit write %c[0] from %out[0] init 2
// CHECK-DAG: rdu.credit stream %c[0] from %out[0] init {{[0-9]+}}
// CHECK-DAG: rdu.credit ready %ld[0] from %in[0] init 2
// CHECK-DAG: rdu.credit write %ld[0] from %in[0] init 2
// CHECK-DAG: rdu.credit stream %in[0] from %c[0] init {{[0-9]+}}
// CHECK-DAG: rdu.credit stream %out[0] from %st[0] init {{[0-9]+}}

// FIFO-DAG: rdu.credit stream %c[0] from %out[0] init 2
// FIFO-DAG: rdu.credit write %c[0] from %out[0] init 1
// FIFO-DAG: rdu.credit stream %in[0] from %c[0] init 2

// TWICE-COUNT-4: rdu.credit stream
// TWICE-NOT:     rdu.credit stream

df.graph @f(%A: tensor<16x8xf32>) -> tensor<16x8xf32> {
  %t = df.dram @t : tensor<16x8xf32>
  %0 = df.memory @out depth 2 banks 4 : memref<16x8xf32>
  %1 = df.memory @in depth 2 banks 4 : memref<16x8xf32>
  df.load @ld %A -> %1 tiles [] map (d0, d1) -> (d0, d1)
  df.compute @c counters [16, 8] vector 1 reads (%1 [(d0, d1) -> (d0, d1)]) writes (%0 [(d0, d1) -> (d0, d1)]) {
  ^bb0(%2: f32):
    %3 = df.relu %2 : f32
    df.yield %3 : f32
  }
  df.store @st %0 -> %t tiles [] map (d0, d1) -> (d0, d1)
  df.return %t : tensor<16x8xf32>
}
