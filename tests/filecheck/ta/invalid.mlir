// Verifier diagnostics of ta ops: each names the operand (position and role) and the shapes.
// RUN: rdu-opt %s --split-input-file --verify-diagnostics

func.func @e0(%a: tensor<4x8xf32>, %b: tensor<8x5xf32>, %c: tensor<4x5xf32>, %v: tensor<5xf32>, %x: tensor<1x8x8x3xf32>, %w: tensor<3x3x3x16xf32>, %dw: tensor<3x3x3xf32>, %ci: tensor<4x5xi32>, %d: tensor<?x5xf32>) {
  // expected-error @+1 {{'ta.contract' op operand #1 ('rhs') has shape 4x5, expected 8x? for spec 'mk,kn->mn'}}
  %r = "ta.contract"(%a, %c) <{spec = "mk,kn->mn", operandSegmentSizes = array<i32: 2, 0>}> : (tensor<4x8xf32>, tensor<4x5xf32>) -> tensor<4x5xf32>
  func.return
}

// -----

func.func @e1(%a: tensor<4x8xf32>, %b: tensor<8x5xf32>, %c: tensor<4x5xf32>, %v: tensor<5xf32>, %x: tensor<1x8x8x3xf32>, %w: tensor<3x3x3x16xf32>, %dw: tensor<3x3x3xf32>, %ci: tensor<4x5xi32>, %d: tensor<?x5xf32>) {
  // expected-error @+1 {{result has shape 4x5, expected 4x8 for spec 'mk,kn->mk'}}
  %r = "ta.contract"(%a, %b) <{spec = "mk,kn->mk", operandSegmentSizes = array<i32: 2, 0>}> : (tensor<4x8xf32>, tensor<8x5xf32>) -> tensor<4x5xf32>
  func.return
}

// -----

func.func @e2(%a: tensor<4x8xf32>, %b: tensor<8x5xf32>, %c: tensor<4x5xf32>, %v: tensor<5xf32>, %x: tensor<1x8x8x3xf32>, %w: tensor<3x3x3x16xf32>, %dw: tensor<3x3x3xf32>, %ci: tensor<4x5xi32>, %d: tensor<?x5xf32>) {
  // expected-error @+1 {{invalid contraction spec 'mk,kn->mz': output index 'z' appears in no input}}
  %r = "ta.contract"(%a, %b) <{spec = "mk,kn->mz", operandSegmentSizes = array<i32: 2, 0>}> : (tensor<4x8xf32>, tensor<8x5xf32>) -> tensor<4x5xf32>
  func.return
}

// -----

func.func @e3(%a: tensor<4x8xf32>, %b: tensor<8x5xf32>, %c: tensor<4x5xf32>, %v: tensor<5xf32>, %x: tensor<1x8x8x3xf32>, %w: tensor<3x3x3x16xf32>, %dw: tensor<3x3x3xf32>, %ci: tensor<4x5xi32>, %d: tensor<?x5xf32>) {
  // expected-error @+1 {{spec 'mk->mk' has 1 input terms but the op has 2 inputs}}
  %r = "ta.contract"(%a, %b) <{spec = "mk->mk", operandSegmentSizes = array<i32: 2, 0>}> : (tensor<4x8xf32>, tensor<8x5xf32>) -> tensor<4x8xf32>
  func.return
}

// -----

func.func @e4(%a: tensor<4x8xf32>, %b: tensor<8x5xf32>, %c: tensor<4x5xf32>, %v: tensor<5xf32>, %x: tensor<1x8x8x3xf32>, %w: tensor<3x3x3x16xf32>, %dw: tensor<3x3x3xf32>, %ci: tensor<4x5xi32>, %d: tensor<?x5xf32>) {
  // expected-error @+1 {{operand #2 ('acc') has type tensor<5xf32>, expected the result type tensor<4x5xf32>}}
  %r = "ta.contract"(%a, %b, %v) <{spec = "mk,kn->mn", operandSegmentSizes = array<i32: 2, 1>}> : (tensor<4x8xf32>, tensor<8x5xf32>, tensor<5xf32>) -> tensor<4x5xf32>
  func.return
}

// -----

func.func @e5(%a: tensor<4x8xf32>, %b: tensor<8x5xf32>, %c: tensor<4x5xf32>, %v: tensor<5xf32>, %x: tensor<1x8x8x3xf32>, %w: tensor<3x3x3x16xf32>, %dw: tensor<3x3x3xf32>, %ci: tensor<4x5xi32>, %d: tensor<?x5xf32>) {
  // expected-error @+1 {{operand #1 ('rhs') has shape 4x8, expected 4x5 (elementwise operands must have the same shape; use ta.broadcast)}}
  %r = "ta.add"(%c, %a) : (tensor<4x5xf32>, tensor<4x8xf32>) -> tensor<4x5xf32>
  func.return
}

// -----

func.func @e6(%a: tensor<4x8xf32>, %b: tensor<8x5xf32>, %c: tensor<4x5xf32>, %v: tensor<5xf32>, %x: tensor<1x8x8x3xf32>, %w: tensor<3x3x3x16xf32>, %dw: tensor<3x3x3xf32>, %ci: tensor<4x5xi32>, %d: tensor<?x5xf32>) {
  // expected-error @+1 {{operand #0 ('input') has shape 4x8, expected 4x5}}
  %r = "ta.exp"(%a) : (tensor<4x8xf32>) -> tensor<4x5xf32>
  func.return
}

// -----

func.func @e7(%a: tensor<4x8xf32>, %b: tensor<8x5xf32>, %c: tensor<4x5xf32>, %v: tensor<5xf32>, %x: tensor<1x8x8x3xf32>, %w: tensor<3x3x3x16xf32>, %dw: tensor<3x3x3xf32>, %ci: tensor<4x5xi32>, %d: tensor<?x5xf32>) {
  // expected-error @+1 {{operand #1 has element type i32, expected f32}}
  %r = "ta.add"(%c, %ci) : (tensor<4x5xf32>, tensor<4x5xi32>) -> tensor<4x5xf32>
  func.return
}

// -----

func.func @e8(%a: tensor<4x8xf32>, %b: tensor<8x5xf32>, %c: tensor<4x5xf32>, %v: tensor<5xf32>, %x: tensor<1x8x8x3xf32>, %w: tensor<3x3x3x16xf32>, %dw: tensor<3x3x3xf32>, %ci: tensor<4x5xi32>, %d: tensor<?x5xf32>) {
  // expected-error @+1 {{operand #3 ('false_value') has shape 4x8, expected 4x5}}
  %r = "ta.select"(%c, %c, %c, %a) <{predicate = "lt"}> : (tensor<4x5xf32>, tensor<4x5xf32>, tensor<4x5xf32>, tensor<4x8xf32>) -> tensor<4x5xf32>
  func.return
}

// -----

func.func @e9(%a: tensor<4x8xf32>, %b: tensor<8x5xf32>, %c: tensor<4x5xf32>, %v: tensor<5xf32>, %x: tensor<1x8x8x3xf32>, %w: tensor<3x3x3x16xf32>, %dw: tensor<3x3x3xf32>, %ci: tensor<4x5xi32>, %d: tensor<?x5xf32>) {
  // expected-error @+1 {{unknown predicate 'lte'}}
  %r = "ta.select"(%c, %c, %c, %c) <{predicate = "lte"}> : (tensor<4x5xf32>, tensor<4x5xf32>, tensor<4x5xf32>, tensor<4x5xf32>) -> tensor<4x5xf32>
  func.return
}

// -----

func.func @e10(%a: tensor<4x8xf32>, %b: tensor<8x5xf32>, %c: tensor<4x5xf32>, %v: tensor<5xf32>, %x: tensor<1x8x8x3xf32>, %w: tensor<3x3x3x16xf32>, %dw: tensor<3x3x3xf32>, %ci: tensor<4x5xi32>, %d: tensor<?x5xf32>) {
  // expected-error @+1 {{reduction dim 2 out of range for operand #0 ('input') of shape 4x5}}
  %r = "ta.reduce"(%c) <{kind = "sum", dims = array<i64: 2>}> : (tensor<4x5xf32>) -> tensor<4xf32>
  func.return
}

// -----

func.func @e11(%a: tensor<4x8xf32>, %b: tensor<8x5xf32>, %c: tensor<4x5xf32>, %v: tensor<5xf32>, %x: tensor<1x8x8x3xf32>, %w: tensor<3x3x3x16xf32>, %dw: tensor<3x3x3xf32>, %ci: tensor<4x5xi32>, %d: tensor<?x5xf32>) {
  // expected-error @+1 {{reduction dims [1, 1] are not unique}}
  %r = "ta.reduce"(%c) <{kind = "sum", dims = array<i64: 1, 1>}> : (tensor<4x5xf32>) -> tensor<4xf32>
  func.return
}

// -----

func.func @e12(%a: tensor<4x8xf32>, %b: tensor<8x5xf32>, %c: tensor<4x5xf32>, %v: tensor<5xf32>, %x: tensor<1x8x8x3xf32>, %w: tensor<3x3x3x16xf32>, %dw: tensor<3x3x3xf32>, %ci: tensor<4x5xi32>, %d: tensor<?x5xf32>) {
  // expected-error @+1 {{unknown reduction kind 'mean'}}
  %r = "ta.reduce"(%c) <{kind = "mean", dims = array<i64: 1>}> : (tensor<4x5xf32>) -> tensor<4xf32>
  func.return
}

// -----

func.func @e13(%a: tensor<4x8xf32>, %b: tensor<8x5xf32>, %c: tensor<4x5xf32>, %v: tensor<5xf32>, %x: tensor<1x8x8x3xf32>, %w: tensor<3x3x3x16xf32>, %dw: tensor<3x3x3xf32>, %ci: tensor<4x5xi32>, %d: tensor<?x5xf32>) {
  // expected-error @+1 {{result has shape 4, expected 5 after reducing dims [0]}}
  %r = "ta.reduce"(%c) <{kind = "sum", dims = array<i64: 0>}> : (tensor<4x5xf32>) -> tensor<4xf32>
  func.return
}

// -----

func.func @e14(%a: tensor<4x8xf32>, %b: tensor<8x5xf32>, %c: tensor<4x5xf32>, %v: tensor<5xf32>, %x: tensor<1x8x8x3xf32>, %w: tensor<3x3x3x16xf32>, %dw: tensor<3x3x3xf32>, %ci: tensor<4x5xi32>, %d: tensor<?x5xf32>) {
  // expected-error @+1 {{perm [0, 0] is not a permutation of the 2 dims of operand #0 ('input') of shape 4x5}}
  %r = "ta.transpose"(%c) <{perm = array<i64: 0, 0>}> : (tensor<4x5xf32>) -> tensor<4x4xf32>
  func.return
}

// -----

func.func @e15(%a: tensor<4x8xf32>, %b: tensor<8x5xf32>, %c: tensor<4x5xf32>, %v: tensor<5xf32>, %x: tensor<1x8x8x3xf32>, %w: tensor<3x3x3x16xf32>, %dw: tensor<3x3x3xf32>, %ci: tensor<4x5xi32>, %d: tensor<?x5xf32>) {
  // expected-error @+1 {{result has shape 4x5, expected 5x4 for perm [1, 0]}}
  %r = "ta.transpose"(%c) <{perm = array<i64: 1, 0>}> : (tensor<4x5xf32>) -> tensor<4x5xf32>
  func.return
}

// -----

func.func @e16(%a: tensor<4x8xf32>, %b: tensor<8x5xf32>, %c: tensor<4x5xf32>, %v: tensor<5xf32>, %x: tensor<1x8x8x3xf32>, %w: tensor<3x3x3x16xf32>, %dw: tensor<3x3x3xf32>, %ci: tensor<4x5xi32>, %d: tensor<?x5xf32>) {
  // expected-error @+1 {{operand #0 ('input') of shape 4x5 has 20 elements, result shape 21 has 21}}
  %r = "ta.reshape"(%c) : (tensor<4x5xf32>) -> tensor<21xf32>
  func.return
}

// -----

func.func @e17(%a: tensor<4x8xf32>, %b: tensor<8x5xf32>, %c: tensor<4x5xf32>, %v: tensor<5xf32>, %x: tensor<1x8x8x3xf32>, %w: tensor<3x3x3x16xf32>, %dw: tensor<3x3x3xf32>, %ci: tensor<4x5xi32>, %d: tensor<?x5xf32>) {
  // expected-error @+1 {{operand #0 ('input') of shape 5: dim 0 has size 5, which cannot broadcast to result dim 0 of size 4}}
  %r = "ta.broadcast"(%v) <{dims = array<i64: 0>}> : (tensor<5xf32>) -> tensor<4x5xf32>
  func.return
}

// -----

func.func @e18(%a: tensor<4x8xf32>, %b: tensor<8x5xf32>, %c: tensor<4x5xf32>, %v: tensor<5xf32>, %x: tensor<1x8x8x3xf32>, %w: tensor<3x3x3x16xf32>, %dw: tensor<3x3x3xf32>, %ci: tensor<4x5xi32>, %d: tensor<?x5xf32>) {
  // expected-error @+1 {{broadcast dims [1, 0] must be strictly increasing}}
  %r = "ta.broadcast"(%c) <{dims = array<i64: 1, 0>}> : (tensor<4x5xf32>) -> tensor<4x5xf32>
  func.return
}

// -----

func.func @e19(%a: tensor<4x8xf32>, %b: tensor<8x5xf32>, %c: tensor<4x5xf32>, %v: tensor<5xf32>, %x: tensor<1x8x8x3xf32>, %w: tensor<3x3x3x16xf32>, %dw: tensor<3x3x3xf32>, %ci: tensor<4x5xi32>, %d: tensor<?x5xf32>) {
  // expected-error @+1 {{dims [0] has 1 entries, expected one per dim of operand #0 ('input') of shape 4x5}}
  %r = "ta.broadcast"(%c) <{dims = array<i64: 0>}> : (tensor<4x5xf32>) -> tensor<4x5xf32>
  func.return
}

// -----

func.func @e20(%a: tensor<4x8xf32>, %b: tensor<8x5xf32>, %c: tensor<4x5xf32>, %v: tensor<5xf32>, %x: tensor<1x8x8x3xf32>, %w: tensor<3x3x3x16xf32>, %dw: tensor<3x3x3xf32>, %ci: tensor<4x5xi32>, %d: tensor<?x5xf32>) {
  // expected-error @+1 {{low padding [-1, 0] must be non-negative}}
  %r = "ta.pad"(%c) <{low = array<i64: -1, 0>, high = array<i64: 0, 0>, value = 0.0 : f64}> : (tensor<4x5xf32>) -> tensor<3x5xf32>
  func.return
}

// -----

func.func @e21(%a: tensor<4x8xf32>, %b: tensor<8x5xf32>, %c: tensor<4x5xf32>, %v: tensor<5xf32>, %x: tensor<1x8x8x3xf32>, %w: tensor<3x3x3x16xf32>, %dw: tensor<3x3x3xf32>, %ci: tensor<4x5xi32>, %d: tensor<?x5xf32>) {
  // expected-error @+1 {{result has shape 4x5, expected 5x5}}
  %r = "ta.pad"(%c) <{low = array<i64: 1, 0>, high = array<i64: 0, 0>, value = 0.0 : f64}> : (tensor<4x5xf32>) -> tensor<4x5xf32>
  func.return
}

// -----

func.func @e22(%a: tensor<4x8xf32>, %b: tensor<8x5xf32>, %c: tensor<4x5xf32>, %v: tensor<5xf32>, %x: tensor<1x8x8x3xf32>, %w: tensor<3x3x3x16xf32>, %dw: tensor<3x3x3xf32>, %ci: tensor<4x5xi32>, %d: tensor<?x5xf32>) {
  // expected-error @+1 {{dim 0: slice offset 3 size 2 stride 1 reads index 4, out of bounds for operand #0 ('input') of shape 4x5}}
  %r = "ta.slice"(%c) <{offsets = array<i64: 3, 0>, sizes = array<i64: 2, 5>, strides = array<i64: 1, 1>}> : (tensor<4x5xf32>) -> tensor<2x5xf32>
  func.return
}

// -----

func.func @e23(%a: tensor<4x8xf32>, %b: tensor<8x5xf32>, %c: tensor<4x5xf32>, %v: tensor<5xf32>, %x: tensor<1x8x8x3xf32>, %w: tensor<3x3x3x16xf32>, %dw: tensor<3x3x3xf32>, %ci: tensor<4x5xi32>, %d: tensor<?x5xf32>) {
  // expected-error @+1 {{operand #1 ('input1') has shape 4x8, expected ?x5 (concat along dim 0)}}
  %r = "ta.concat"(%c, %a) <{dim = 0 : i64}> : (tensor<4x5xf32>, tensor<4x8xf32>) -> tensor<8x5xf32>
  func.return
}

// -----

func.func @e24(%a: tensor<4x8xf32>, %b: tensor<8x5xf32>, %c: tensor<4x5xf32>, %v: tensor<5xf32>, %x: tensor<1x8x8x3xf32>, %w: tensor<3x3x3x16xf32>, %dw: tensor<3x3x3xf32>, %ci: tensor<4x5xi32>, %d: tensor<?x5xf32>) {
  // expected-error @+1 {{result has shape 9x5, expected 8x5 (concat along dim 0)}}
  %r = "ta.concat"(%c, %c) <{dim = 0 : i64}> : (tensor<4x5xf32>, tensor<4x5xf32>) -> tensor<9x5xf32>
  func.return
}

// -----

func.func @e25(%a: tensor<4x8xf32>, %b: tensor<8x5xf32>, %c: tensor<4x5xf32>, %v: tensor<5xf32>, %x: tensor<1x8x8x3xf32>, %w: tensor<3x3x3x16xf32>, %dw: tensor<3x3x3xf32>, %ci: tensor<4x5xi32>, %d: tensor<?x5xf32>) {
  // expected-error @+1 {{value has type tensor<2xf32>, expected the result type tensor<3xf32>}}
  %r = "ta.constant"() <{value = dense<1.0> : tensor<2xf32>}> : () -> tensor<3xf32>
  func.return
}

// -----

func.func @e26(%a: tensor<4x8xf32>, %b: tensor<8x5xf32>, %c: tensor<4x5xf32>, %v: tensor<5xf32>, %x: tensor<1x8x8x3xf32>, %w: tensor<3x3x3x16xf32>, %dw: tensor<3x3x3xf32>, %ci: tensor<4x5xi32>, %d: tensor<?x5xf32>) {
  // expected-error @+1 {{result has shape 1x8x8x16, expected 1x6x6x16 (out = (in - (k - 1) * dilation - 1) / stride + 1}}
  %r = "ta.conv2d"(%x, %w) <{strides = array<i64: 1, 1>, dilations = array<i64: 1, 1>, operandSegmentSizes = array<i32: 1, 1, 0>}> : (tensor<1x8x8x3xf32>, tensor<3x3x3x16xf32>) -> tensor<1x8x8x16xf32>
  func.return
}

// -----

func.func @e27(%a: tensor<4x8xf32>, %b: tensor<8x5xf32>, %c: tensor<4x5xf32>, %v: tensor<5xf32>, %x: tensor<1x8x8x3xf32>, %w: tensor<3x3x3x16xf32>, %dw: tensor<3x3x3xf32>, %ci: tensor<4x5xi32>, %d: tensor<?x5xf32>) {
  // expected-error @+1 {{operand #1 ('filter') has shape 4x8, expected ?x?x3x? (HWCF)}}
  %r = "ta.conv2d"(%x, %a) <{strides = array<i64: 1, 1>, dilations = array<i64: 1, 1>, operandSegmentSizes = array<i32: 1, 1, 0>}> : (tensor<1x8x8x3xf32>, tensor<4x8xf32>) -> tensor<1x6x6x16xf32>
  func.return
}

// -----

func.func @e28(%a: tensor<4x8xf32>, %b: tensor<8x5xf32>, %c: tensor<4x5xf32>, %v: tensor<5xf32>, %x: tensor<1x8x8x3xf32>, %w: tensor<3x3x3x16xf32>, %dw: tensor<3x3x3xf32>, %ci: tensor<4x5xi32>, %d: tensor<?x5xf32>) {
  // expected-error @+1 {{strides [0, 1] must be two positive integers}}
  %r = "ta.conv2d"(%x, %w) <{strides = array<i64: 0, 1>, dilations = array<i64: 1, 1>, operandSegmentSizes = array<i32: 1, 1, 0>}> : (tensor<1x8x8x3xf32>, tensor<3x3x3x16xf32>) -> tensor<1x6x6x16xf32>
  func.return
}

// -----

func.func @e29(%a: tensor<4x8xf32>, %b: tensor<8x5xf32>, %c: tensor<4x5xf32>, %v: tensor<5xf32>, %x: tensor<1x8x8x3xf32>, %w: tensor<3x3x3x16xf32>, %dw: tensor<3x3x3xf32>, %ci: tensor<4x5xi32>, %d: tensor<?x5xf32>) {
  // expected-error @+1 {{window 9x2 with dilations [1, 1] does not fit operand #0 ('input') of shape 1x8x8x3}}
  %r = "ta.pool2d"(%x) <{kind = "max", window = array<i64: 9, 2>, strides = array<i64: 1, 1>, dilations = array<i64: 1, 1>}> : (tensor<1x8x8x3xf32>) -> tensor<1x1x7x3xf32>
  func.return
}

// -----

func.func @e30(%a: tensor<4x8xf32>, %b: tensor<8x5xf32>, %c: tensor<4x5xf32>, %v: tensor<5xf32>, %x: tensor<1x8x8x3xf32>, %w: tensor<3x3x3x16xf32>, %dw: tensor<3x3x3xf32>, %ci: tensor<4x5xi32>, %d: tensor<?x5xf32>) {
  // expected-error @+1 {{operand #0 ('input') has shape 4x5, expected rank 4 (NHWC)}}
  %r = "ta.pool2d"(%c) <{kind = "max", window = array<i64: 2, 2>, strides = array<i64: 1, 1>, dilations = array<i64: 1, 1>}> : (tensor<4x5xf32>) -> tensor<3x4xf32>
  func.return
}

// -----

func.func @e31(%a: tensor<4x8xf32>, %b: tensor<8x5xf32>, %c: tensor<4x5xf32>, %v: tensor<5xf32>, %x: tensor<1x8x8x3xf32>, %w: tensor<3x3x3x16xf32>, %dw: tensor<3x3x3xf32>, %ci: tensor<4x5xi32>, %d: tensor<?x5xf32>) {
  // expected-error @+1 {{softmax dim 2 out of range for operand #0 ('input') of shape 4x5}}
  %r = "ta.softmax"(%c) <{dim = 2 : i64}> : (tensor<4x5xf32>) -> tensor<4x5xf32>
  func.return
}

// -----

func.func @e32(%a: tensor<4x8xf32>, %b: tensor<8x5xf32>, %c: tensor<4x5xf32>, %v: tensor<5xf32>, %x: tensor<1x8x8x3xf32>, %w: tensor<3x3x3x16xf32>, %dw: tensor<3x3x3xf32>, %ci: tensor<4x5xi32>, %d: tensor<?x5xf32>) {
  // expected-error @+1 {{result type tensor<5x4xf32> differs from operand #0 ('input') type tensor<4x5xf32>}}
  %r = "ta.layernorm"(%c) <{dims = array<i64: 0>, epsilon = 1.0e-05 : f64}> : (tensor<4x5xf32>) -> tensor<5x4xf32>
  func.return
}

// -----

func.func @e33(%a: tensor<4x8xf32>, %b: tensor<8x5xf32>, %c: tensor<4x5xf32>, %v: tensor<5xf32>, %x: tensor<1x8x8x3xf32>, %w: tensor<3x3x3x16xf32>, %dw: tensor<3x3x3xf32>, %ci: tensor<4x5xi32>, %d: tensor<?x5xf32>) {
  // expected-error @+1 {{operand #0 has a dynamic shape tensor<?x5xf32>; ta needs static shapes}}
  %r = "ta.exp"(%d) : (tensor<?x5xf32>) -> tensor<?x5xf32>
  func.return
}
