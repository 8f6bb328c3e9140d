// RUN: rdu-opt %s --split-input-file --verify-diagnostics

func.func @wrong_return_arity(%a: f32) -> f32 {
  // expected-error @+1 {{'func.return' op}}
  "func.return"() : () -> ()
}

// -----

func.func @unknown_callee() {
  // expected-error @+1 {{'@missing'}}
  func.call @missing() : () -> ()
  func.return
}
