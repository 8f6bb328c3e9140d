// RUN: rdu-opt %s -p 'ta-autodiff{lr=0.5 momentum=0.9}' | filecheck %s
// RUN: rdu-opt %s -p 'ta-autodiff{loss=mse optimizer=none params=w2}' | filecheck %s --check-prefix=GRAD

func.func @forward(%x: tensor<4x3xf32>, %w1: tensor<3x5xf32> {rdu.param = "fc1.weight"}, %w2: tensor<5x2xf32> {rdu.param = "fc2.weight"}) -> tensor<4x2xf32> {
  %h = ta.contract "mk,kn->mn" %x, %w1 : tensor<4x3xf32>, tensor<3x5xf32> -> tensor<4x5xf32>
  %r = ta.relu %h : tensor<4x5xf32>
  %o = ta.contract "mk,kn->mn" %r, %w2 : tensor<4x5xf32>, tensor<5x2xf32> -> tensor<4x2xf32>
  func.return %o : tensor<4x2xf32>
}

// The forward function stays; the step takes the target and the momentum buffers.
// CHECK:       func.func @forward(
// CHECK:       func.func @train_step(%x: tensor<4x3xf32>, %w1: tensor<3x5xf32> {rdu.param = "fc1.weight"}, %w2: tensor<5x2xf32> {rdu.param = "fc2.weight"}, %target: tensor<4x2xf32> {rdu.target}, %fc1.weight.momentum: tensor<3x5xf32> {rdu.state = "fc1.weight.momentum"}, %fc2.weight.momentum: tensor<5x2xf32> {rdu.state = "fc2.weight.momentum"})
// CHECK-SAME:  -> (tensor<f32> {rdu.result = "loss"}, tensor<4x2xf32> {rdu.result = "output"}, tensor<3x5xf32> {rdu.param = "fc1.weight"}, tensor<5x2xf32> {rdu.param = "fc2.weight"}, tensor<3x5xf32> {rdu.state = "fc1.weight.momentum"}, tensor<5x2xf32> {rdu.state = "fc2.weight.momentum"})
// CHECK-SAME:  rdu.training = {loss = "cross-entropy", optimizer = "sgd", lr = 5.000000e-01 : f64, labels = "onehot", momentum = 9.000000e-01 : f64}
// Forward copy, then the cross-entropy (log-softmax over the last dim, mean over rows).
// CHECK:         %o = ta.contract "mk,kn->mn" %r, %w2
// CHECK:         %[[MAX:.*]] = ta.reduce max %o dims [1]
// CHECK:         ta.exp
// CHECK:         ta.log
// CHECK:         %[[SUM:.*]] = ta.reduce sum %{{.*}} dims [0, 1] : tensor<4x2xf32> -> tensor<f32>
// CHECK:         %[[LOSS:.*]] = ta.mul %[[SUM]], %{{.*}} : tensor<f32>
// Backward: the contraction rules give transposed contractions, relu a select.
// CHECK:         %[[DR:.*]] = ta.contract "mn,kn->mk" %[[DO:.*]], %w2 : tensor<4x2xf32>, tensor<5x2xf32> -> tensor<4x5xf32>
// CHECK:         %[[DW2:.*]] = ta.contract "mn,mk->kn" %[[DO]], %r : tensor<4x2xf32>, tensor<4x5xf32> -> tensor<5x2xf32>
// CHECK:         %[[DH:.*]] = ta.select gt %h, %{{.*}}, %[[DR]], %{{.*}} : tensor<4x5xf32>
// CHECK-NOT:     "mn,kn->mk" %[[DH]]
// CHECK:         %[[DW1:.*]] = ta.contract "mn,mk->kn" %[[DH]], %x
// SGD with momentum: buf = 0.9 buf + g; p = p - 0.5 buf.
// CHECK:         %[[B1:.*]] = ta.add %{{.*}}, %[[DW1]] : tensor<3x5xf32>
// CHECK:         %[[B2:.*]] = ta.add %{{.*}}, %[[DW2]] : tensor<5x2xf32>
// CHECK:         %[[P1:.*]] = ta.sub %w1, %{{.*}} : tensor<3x5xf32>
// CHECK:         %[[P2:.*]] = ta.sub %w2, %{{.*}} : tensor<5x2xf32>
// CHECK:         func.return %[[LOSS]], %o, %[[P1]], %[[P2]], %[[B1]], %[[B2]]

// GRAD:        func.func @train_step({{.*}}) -> (tensor<f32> {rdu.result = "loss"}, tensor<4x2xf32> {rdu.result = "output"}, tensor<5x2xf32> {rdu.grad = "fc2.weight"})
// GRAD:          %[[D:.*]] = ta.sub %o, %target
// GRAD-NOT:      ta.select
// GRAD:          %[[DW2:.*]] = ta.contract "mn,mk->kn" %{{.*}}, %r
// GRAD-NEXT:     func.return %{{.*}}, %o, %[[DW2]]
