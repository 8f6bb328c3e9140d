// RUN: rdu-opt %s --pass-pipeline='builtin.module(cse)' | filecheck %s
// RUN: rdu-opt %s -p cse | filecheck %s
// RUN: rdu-opt %s --chip=tiny | filecheck %s --check-prefix=CHIP

// CHECK-LABEL: func.func @f
// CHECK-NEXT:    %{{.*}} = arith.addf %a, %a : f32
// CHECK-NOT:     arith.addf
// CHIP: builtin.module attributes {rdu.chip = {name = "tiny", rows = 4 : i64, cols = 4 : i64
func.func @f(%a: f32) -> f32 {
  %b = arith.addf %a, %a : f32
  %c = arith.addf %a, %a : f32
  %d = arith.mulf %b, %c : f32
  func.return %d : f32
}
