// Every example through the whole pipeline (rdu-compile: ... allocate-units, insert-credits) on
// the tiny chip, then the cycle simulator against the ta reference.
// RUN: rdu-opt %S/../../../examples/gemm.mlir --chip=tiny -p rdu-compile | rdu-run - --random-inputs --check | filecheck %s
// RUN: rdu-opt %S/../../../examples/mlp.mlir --chip=tiny -p rdu-compile | rdu-run - --random-inputs --check | filecheck %s
// RUN: rdu-opt %S/../../../examples/attention.mlir --chip=tiny -p rdu-compile | rdu-run - --random-inputs --check | filecheck %s
// RUN: rdu-opt %S/../../../examples/convnet.mlir --chip=tiny -p rdu-compile | rdu-run - --random-inputs --check | filecheck %s
// RUN: rdu-opt %S/../../../examples/gemm.mlir --chip=plasticine -p rdu-compile | rdu-run - --random-inputs --check | filecheck %s

// CHECK: cycles:
// CHECK: check: OK
