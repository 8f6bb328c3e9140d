// Syntax of every ta op: the custom form prints as written (defaults made explicit) and
// re-parses to the same text; the generic form parses back to the same ops.
// RUN: rdu-opt %s | rdu-opt | filecheck %s
// RUN: rdu-opt %s --print-op-generic | rdu-opt | filecheck %s

func.func @contract(%a: tensor<4x8xf32>, %b: tensor<8x5xf32>, %c: tensor<4x5xf32>, %v: tensor<5xf32>, %x: tensor<2x3x4xf32>, %y: tensor<2x4x6xf32>) {
  %mm = ta.contract "mk,kn->mn" %a, %b : tensor<4x8xf32>, tensor<8x5xf32> -> tensor<4x5xf32>
  %acc = ta.contract "mk,kn->mn" %a, %b acc(%c) : tensor<4x8xf32>, tensor<8x5xf32> -> tensor<4x5xf32>
  %bmm = ta.contract "bmk,bkn->bmn" %x, %y : tensor<2x3x4xf32>, tensor<2x4x6xf32> -> tensor<2x3x6xf32>
  %mv = ta.contract "mn,n->m" %c, %v : tensor<4x5xf32>, tensor<5xf32> -> tensor<4xf32>
  %dot = ta.contract "k,k->" %v, %v : tensor<5xf32>, tensor<5xf32> -> tensor<f32>
  %outer = ta.contract "m,n->mn" %v, %v : tensor<5xf32>, tensor<5xf32> -> tensor<5x5xf32>
  %three = ta.contract "i,i,i->i" %v, %v, %v {note = "x"} : tensor<5xf32>, tensor<5xf32>, tensor<5xf32> -> tensor<5xf32>
  func.return
}

func.func @elementwise(%a: tensor<4x5xf32>, %b: tensor<4x5xf32>, %i: tensor<3xi32>) {
  %add = ta.add %a, %b : tensor<4x5xf32>
  %sub = ta.sub %a, %b : tensor<4x5xf32>
  %mul = ta.mul %a, %b : tensor<4x5xf32>
  %div = ta.div %a, %b : tensor<4x5xf32>
  %max = ta.max %a, %b : tensor<4x5xf32>
  %min = ta.min %a, %b : tensor<4x5xf32>
  %idiv = ta.div %i, %i : tensor<3xi32>
  %neg = ta.neg %a : tensor<4x5xf32>
  %abs = ta.abs %a : tensor<4x5xf32>
  %exp = ta.exp %a : tensor<4x5xf32>
  %log = ta.log %a : tensor<4x5xf32>
  %tanh = ta.tanh %a : tensor<4x5xf32>
  %erf = ta.erf %a : tensor<4x5xf32>
  %sqrt = ta.sqrt %a : tensor<4x5xf32>
  %rsqrt = ta.rsqrt %a : tensor<4x5xf32>
  %sigmoid = ta.sigmoid %a : tensor<4x5xf32>
  %relu = ta.relu %a {tag} : tensor<4x5xf32>
  %sel = ta.select ge %a, %b, %add, %sub : tensor<4x5xf32>
  func.return
}

func.func @data_movement(%a: tensor<4x5xf32>, %v: tensor<5xf32>, %s: tensor<f32>) {
  %sum = ta.reduce sum %a dims [1] : tensor<4x5xf32> -> tensor<4xf32>
  %prod = ta.reduce prod %a dims [0, 1] : tensor<4x5xf32> -> tensor<f32>
  %t = ta.transpose %a perm [1, 0] : tensor<4x5xf32> -> tensor<5x4xf32>
  %r = ta.reshape %a : tensor<4x5xf32> -> tensor<2x10xf32>
  %bc = ta.broadcast %v dims [1] : tensor<5xf32> -> tensor<4x5xf32>
  %bs = ta.broadcast %s dims [] : tensor<f32> -> tensor<4x5xf32>
  %p = ta.pad %a low [0, 1] high [2, 0] value 0.000000e+00 : tensor<4x5xf32> -> tensor<6x6xf32>
  %pn = ta.pad %a low [1, 1] high [1, 1] value 0xfff0000000000000 : tensor<4x5xf32> -> tensor<6x7xf32>
  %pd = ta.pad %a low [1, 0] high [0, 0] : tensor<4x5xf32> -> tensor<5x5xf32>
  %sl = ta.slice %a offsets [1, 0] sizes [2, 3] strides [2, 2] : tensor<4x5xf32> -> tensor<2x3xf32>
  %sd = ta.slice %a offsets [1, 0] sizes [2, 3] : tensor<4x5xf32> -> tensor<2x3xf32>
  %cat = ta.concat %a, %a dim 1 : tensor<4x5xf32>, tensor<4x5xf32> -> tensor<4x10xf32>
  %k1 = ta.constant dense<1.500000e+00> : tensor<4x5xf32>
  %k2 = ta.constant dense<[[1.0, 2.0], [3.0, 4.0]]> : tensor<2x2xf32>
  %k3 = ta.constant {tag} dense<[1, 2, 3]> : tensor<3xi32>
  func.return
}

func.func @windows(%x: tensor<1x8x8x3xf32>, %w: tensor<3x3x3x16xf32>, %dw: tensor<3x3x3xf32>, %acc: tensor<1x6x6x16xf32>) {
  %conv = ta.conv2d %x, %w strides [1, 1] dilations [1, 1] : tensor<1x8x8x3xf32>, tensor<3x3x3x16xf32> -> tensor<1x6x6x16xf32>
  %conva = ta.conv2d %x, %w strides [1, 1] dilations [1, 1] acc(%acc) : tensor<1x8x8x3xf32>, tensor<3x3x3x16xf32> -> tensor<1x6x6x16xf32>
  %convs = ta.conv2d %x, %w strides [2, 2] dilations [2, 1] : tensor<1x8x8x3xf32>, tensor<3x3x3x16xf32> -> tensor<1x2x3x16xf32>
  %convd = ta.conv2d %x, %w : tensor<1x8x8x3xf32>, tensor<3x3x3x16xf32> -> tensor<1x6x6x16xf32>
  %dwc = ta.conv2d depthwise %x, %dw strides [1, 1] dilations [1, 1] : tensor<1x8x8x3xf32>, tensor<3x3x3xf32> -> tensor<1x6x6x3xf32>
  %max = ta.pool2d max %x window [2, 2] strides [2, 2] dilations [1, 1] : tensor<1x8x8x3xf32> -> tensor<1x4x4x3xf32>
  %sum = ta.pool2d sum %x window [3, 3] strides [1, 1] dilations [1, 1] : tensor<1x8x8x3xf32> -> tensor<1x6x6x3xf32>
  %avg = ta.pool2d avg %x window [2, 2] : tensor<1x8x8x3xf32> -> tensor<1x4x4x3xf32>
  func.return
}

func.func @composites(%a: tensor<4x5xf32>) {
  %sm = ta.softmax %a dim 1 : tensor<4x5xf32>
  %ln = ta.layernorm %a dims [0, 1] epsilon 1.000000e-05 : tensor<4x5xf32>
  %lnd = ta.layernorm %a dims [1] : tensor<4x5xf32>
  %g = ta.gelu %a : tensor<4x5xf32>
  func.return
}

// CHECK-LABEL: func.func @contract(%a: tensor<4x8xf32>, %b: tensor<8x5xf32>, %c: tensor<4x5xf32>, %v: tensor<5xf32>, %x: tensor<2x3x4xf32>, %y: tensor<2x4x6xf32>) {
// CHECK-NEXT:    %mm = ta.contract "mk,kn->mn" %a, %b : tensor<4x8xf32>, tensor<8x5xf32> -> tensor<4x5xf32>
// CHECK-NEXT:    %acc = ta.contract "mk,kn->mn" %a, %b acc(%c) : tensor<4x8xf32>, tensor<8x5xf32> -> tensor<4x5xf32>
// CHECK-NEXT:    %bmm = ta.contract "bmk,bkn->bmn" %x, %y : tensor<2x3x4xf32>, tensor<2x4x6xf32> -> tensor<2x3x6xf32>
// CHECK-NEXT:    %mv = ta.contract "mn,n->m" %c, %v : tensor<4x5xf32>, tensor<5xf32> -> tensor<4xf32>
// CHECK-NEXT:    %dot = ta.contract "k,k->" %v, %v : tensor<5xf32>, tensor<5xf32> -> tensor<f32>
// CHECK-NEXT:    %outer = ta.contract "m,n->mn" %v, %v : tensor<5xf32>, tensor<5xf32> -> tensor<5x5xf32>
// CHECK-NEXT:    %three = ta.contract "i,i,i->i" %v, %v, %v {note = "x"} : tensor<5xf32>, tensor<5xf32>, tensor<5xf32> -> tensor<5xf32>
// CHECK-NEXT:    func.return
// CHECK-LABEL: func.func @elementwise(%a: tensor<4x5xf32>, %b: tensor<4x5xf32>, %i: tensor<3xi32>) {
// CHECK-NEXT:    %add = ta.add %a, %b : tensor<4x5xf32>
// CHECK-NEXT:    %sub = ta.sub %a, %b : tensor<4x5xf32>
// CHECK-NEXT:    %mul = ta.mul %a, %b : tensor<4x5xf32>
// CHECK-NEXT:    %div = ta.div %a, %b : tensor<4x5xf32>
// CHECK-NEXT:    %max = ta.max %a, %b : tensor<4x5xf32>
// CHECK-NEXT:    %min = ta.min %a, %b : tensor<4x5xf32>
// CHECK-NEXT:    %idiv = ta.div %i, %i : tensor<3xi32>
// CHECK-NEXT:    %neg = ta.neg %a : tensor<4x5xf32>
// CHECK-NEXT:    %abs = ta.abs %a : tensor<4x5xf32>
// CHECK-NEXT:    %exp = ta.exp %a : tensor<4x5xf32>
// CHECK-NEXT:    %log = ta.log %a : tensor<4x5xf32>
// CHECK-NEXT:    %tanh = ta.tanh %a : tensor<4x5xf32>
// CHECK-NEXT:    %erf = ta.erf %a : tensor<4x5xf32>
// CHECK-NEXT:    %sqrt = ta.sqrt %a : tensor<4x5xf32>
// CHECK-NEXT:    %rsqrt = ta.rsqrt %a : tensor<4x5xf32>
// CHECK-NEXT:    %sigmoid = ta.sigmoid %a : tensor<4x5xf32>
// CHECK-NEXT:    %relu = ta.relu %a {tag} : tensor<4x5xf32>
// CHECK-NEXT:    %sel = ta.select ge %a, %b, %add, %sub : tensor<4x5xf32>
// CHECK-NEXT:    func.return
// CHECK-LABEL: func.func @data_movement(%a: tensor<4x5xf32>, %v: tensor<5xf32>, %s: tensor<f32>) {
// CHECK-NEXT:    %sum = ta.reduce sum %a dims [1] : tensor<4x5xf32> -> tensor<4xf32>
// CHECK-NEXT:    %prod = ta.reduce prod %a dims [0, 1] : tensor<4x5xf32> -> tensor<f32>
// CHECK-NEXT:    %t = ta.transpose %a perm [1, 0] : tensor<4x5xf32> -> tensor<5x4xf32>
// CHECK-NEXT:    %r = ta.reshape %a : tensor<4x5xf32> -> tensor<2x10xf32>
// CHECK-NEXT:    %bc = ta.broadcast %v dims [1] : tensor<5xf32> -> tensor<4x5xf32>
// CHECK-NEXT:    %bs = ta.broadcast %s dims [] : tensor<f32> -> tensor<4x5xf32>
// CHECK-NEXT:    %p = ta.pad %a low [0, 1] high [2, 0] value 0.000000e+00 : tensor<4x5xf32> -> tensor<6x6xf32>
// CHECK-NEXT:    %pn = ta.pad %a low [1, 1] high [1, 1] value 0xfff0000000000000 : tensor<4x5xf32> -> tensor<6x7xf32>
// CHECK-NEXT:    %pd = ta.pad %a low [1, 0] high [0, 0] value 0.000000e+00 : tensor<4x5xf32> -> tensor<5x5xf32>
// CHECK-NEXT:    %sl = ta.slice %a offsets [1, 0] sizes [2, 3] strides [2, 2] : tensor<4x5xf32> -> tensor<2x3xf32>
// CHECK-NEXT:    %sd = ta.slice %a offsets [1, 0] sizes [2, 3] strides [1, 1] : tensor<4x5xf32> -> tensor<2x3xf32>
// CHECK-NEXT:    %cat = ta.concat %a, %a dim 1 : tensor<4x5xf32>, tensor<4x5xf32> -> tensor<4x10xf32>
// CHECK-NEXT:    %k1 = ta.constant dense<1.500000e+00> : tensor<4x5xf32>
// CHECK-NEXT:    %k2 = ta.constant dense<[[1.000000e+00, 2.000000e+00], [3.000000e+00, 4.000000e+00]]> : tensor<2x2xf32>
// CHECK-NEXT:    %k3 = ta.constant {tag} dense<[1, 2, 3]> : tensor<3xi32>
// CHECK-NEXT:    func.return
// CHECK-LABEL: func.func @windows(%x: tensor<1x8x8x3xf32>, %w: tensor<3x3x3x16xf32>, %dw: tensor<3x3x3xf32>, %acc: tensor<1x6x6x16xf32>) {
// CHECK-NEXT:    %conv = ta.conv2d %x, %w strides [1, 1] dilations [1, 1] : tensor<1x8x8x3xf32>, tensor<3x3x3x16xf32> -> tensor<1x6x6x16xf32>
// CHECK-NEXT:    %conva = ta.conv2d %x, %w strides [1, 1] dilations [1, 1] acc(%acc) : tensor<1x8x8x3xf32>, tensor<3x3x3x16xf32> -> tensor<1x6x6x16xf32>
// CHECK-NEXT:    %convs = ta.conv2d %x, %w strides [2, 2] dilations [2, 1] : tensor<1x8x8x3xf32>, tensor<3x3x3x16xf32> -> tensor<1x2x3x16xf32>
// CHECK-NEXT:    %convd = ta.conv2d %x, %w strides [1, 1] dilations [1, 1] : tensor<1x8x8x3xf32>, tensor<3x3x3x16xf32> -> tensor<1x6x6x16xf32>
// CHECK-NEXT:    %dwc = ta.conv2d depthwise %x, %dw strides [1, 1] dilations [1, 1] : tensor<1x8x8x3xf32>, tensor<3x3x3xf32> -> tensor<1x6x6x3xf32>
// CHECK-NEXT:    %max = ta.pool2d max %x window [2, 2] strides [2, 2] dilations [1, 1] : tensor<1x8x8x3xf32> -> tensor<1x4x4x3xf32>
// CHECK-NEXT:    %sum = ta.pool2d sum %x window [3, 3] strides [1, 1] dilations [1, 1] : tensor<1x8x8x3xf32> -> tensor<1x6x6x3xf32>
// CHECK-NEXT:    %avg = ta.pool2d avg %x window [2, 2] strides [2, 2] dilations [1, 1] : tensor<1x8x8x3xf32> -> tensor<1x4x4x3xf32>
// CHECK-NEXT:    func.return
// CHECK-LABEL: func.func @composites(%a: tensor<4x5xf32>) {
// CHECK-NEXT:    %sm = ta.softmax %a dim 1 : tensor<4x5xf32>
// CHECK-NEXT:    %ln = ta.layernorm %a dims [0, 1] epsilon 1.000000e-05 : tensor<4x5xf32>
// CHECK-NEXT:    %lnd = ta.layernorm %a dims [1] epsilon 1.000000e-05 : tensor<4x5xf32>
// CHECK-NEXT:    %g = ta.gelu %a : tensor<4x5xf32>
// CHECK-NEXT:    func.return
