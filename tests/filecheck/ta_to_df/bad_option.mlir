// RUN: not rdu-opt %s --chip=tiny -p 'ta-to-df{par=3,1}' 2>&1 | filecheck %s

func.func @mm(%a: tensor<8x8xf32>, %b: tensor<8x8xf32>) -> tensor<8x8xf32> {
  %c = ta.contract "mk,kn->mn" %a, %b : tensor<8x8xf32>, tensor<8x8xf32> -> tensor<8x8xf32>
  func.return %c : tensor<8x8xf32>
}

// CHECK: bad_option.mlir:4:3: error: 'ta.contract' op ta-to-df: par factor 3 does not divide dimension 0 of size 8
