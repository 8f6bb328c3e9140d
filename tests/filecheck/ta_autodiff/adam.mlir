// RUN: rdu-opt %s -p 'ta-autodiff{optimizer=adam lr=0.001 beta1=0.8 loss=cross-entropy labels=index}' | filecheck %s

func.func @forward(%x: tensor<2x3xf32>, %b: tensor<3xf32> {rdu.param = "bias"}) -> tensor<2x3xf32> {
  %bb = ta.broadcast %b dims [1] : tensor<3xf32> -> tensor<2x3xf32>
  %o = ta.add %x, %bb : tensor<2x3xf32>
  func.return %o : tensor<2x3xf32>
}

// Class-index labels become a one-hot mask by comparing with the class numbers.
// CHECK:       func.func @train_step(%x: tensor<2x3xf32>, %b: tensor<3xf32> {rdu.param = "bias"}, %target: tensor<2xf32> {rdu.target}, %bias.exp_avg: tensor<3xf32> {rdu.state = "bias.exp_avg"}, %bias.exp_avg_sq: tensor<3xf32> {rdu.state = "bias.exp_avg_sq"}, %adam.beta1_power: tensor<f32> {rdu.state = "adam.beta1_power"}, %adam.beta2_power: tensor<f32> {rdu.state = "adam.beta2_power"})
// CHECK:         %[[CLASSES:.*]] = ta.constant dense<[0.000000e+00, 1.000000e+00, 2.000000e+00]> : tensor<3xf32>
// CHECK:         %[[LABEL:.*]] = ta.broadcast %target dims [0] : tensor<2xf32> -> tensor<2x3xf32>
// CHECK:         %[[CB:.*]] = ta.broadcast %[[CLASSES]] dims [1] : tensor<3xf32> -> tensor<2x3xf32>
// CHECK:         ta.select eq %[[LABEL]], %[[CB]]
// The gradient of the broadcast bias is a sum over the batch.
// CHECK:         %[[G:.*]] = ta.reduce sum %{{.*}} dims [0] : tensor<2x3xf32> -> tensor<3xf32>
// Bias correction from the running powers of beta1 and beta2.
// CHECK:         %[[P1:.*]] = ta.mul %adam.beta1_power, %{{.*}} : tensor<f32>
// CHECK:         %[[P2:.*]] = ta.mul %adam.beta2_power, %{{.*}} : tensor<f32>
// CHECK:         %[[M:.*]] = ta.add %{{.*}}, %{{.*}} : tensor<3xf32>
// CHECK:         %[[V:.*]] = ta.add %{{.*}}, %{{.*}} : tensor<3xf32>
// CHECK:         ta.sqrt
// CHECK:         %[[NEW:.*]] = ta.sub %b, %{{.*}} : tensor<3xf32>
// CHECK:         func.return %{{.*}}, %o, %[[NEW]], %[[M]], %[[V]], %[[P1]], %[[P2]]
