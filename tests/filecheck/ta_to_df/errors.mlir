// RUN: rdu-opt %s --chip=tiny -p ta-to-df --split-input-file --verify-diagnostics

func.func @composite(%a: tensor<4x8xf32>) -> tensor<4x8xf32> {
  // expected-error @+1 {{'ta.softmax' op is a composite op; run ta-decompose before ta-to-df}}
  %b = ta.softmax %a dim 1 : tensor<4x8xf32>
  func.return %b : tensor<4x8xf32>
}

// -----

func.func @callee(%a: tensor<4xf32>) -> tensor<4xf32> {
  func.return %a : tensor<4xf32>
}

func.func @caller(%a: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{'func.call' op ta-to-df cannot lower calls; inline the callee first}}
  %b = func.call @callee(%a) : (tensor<4xf32>) -> tensor<4xf32>
  func.return %b : tensor<4xf32>
}
