"""linalg-to-ta: every translation pattern against the independent numpy evaluator, the named
ops of the front end's linalg dialect, and the diagnostics (message and location)."""

from __future__ import annotations

import time

import pytest
from hypothesis import given
from hypothesis import strategies as st
from linalg_numpy import check_import, import_module, parse
from xdsl.dialects import func
from xdsl.printer import Printer

from rdu_ir.diagnostics import RduError

# --- translation patterns (numeric: imported ta program == numpy evaluation of the linalg one) ---


def ops_of(module, name: str) -> list:
    return [op for op in module.walk() if op.name == name]


def test_matmul_zero_fill_is_a_plain_contraction():
    m = check_import(
        """
func.func @f(%a: tensor<5x7xf32>, %b: tensor<7x3xf32>) -> tensor<5x3xf32> {
  %z = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<5x3xf32>
  %c = linalg.fill ins(%z : f32) outs(%e : tensor<5x3xf32>) -> tensor<5x3xf32>
  %r = linalg.matmul ins(%a, %b : tensor<5x7xf32>, tensor<7x3xf32>) outs(%c : tensor<5x3xf32>) -> tensor<5x3xf32>
  return %r : tensor<5x3xf32>
}"""
    )
    (contract,) = ops_of(m, "ta.contract")
    assert contract.acc is None
    assert not ops_of(m, "ta.constant")


def test_matmul_accumulates_into_nonzero_fill():
    m = check_import(
        """
func.func @f(%a: tensor<4x6xf32>, %b: tensor<6x2xf32>) -> tensor<4x2xf32> {
  %z = arith.constant 1.5 : f32
  %e = tensor.empty() : tensor<4x2xf32>
  %c = linalg.fill ins(%z : f32) outs(%e : tensor<4x2xf32>) -> tensor<4x2xf32>
  %r = linalg.matmul ins(%a, %b : tensor<4x6xf32>, tensor<6x2xf32>) outs(%c : tensor<4x2xf32>) -> tensor<4x2xf32>
  return %r : tensor<4x2xf32>
}"""
    )
    (contract,) = ops_of(m, "ta.contract")
    assert contract.acc is not None


NAMED_CONTRACTIONS = [
    ("batch_matmul", "tensor<2x3x4xf32>", "tensor<2x4x5xf32>", "tensor<2x3x5xf32>"),
    ("matvec", "tensor<3x4xf32>", "tensor<4xf32>", "tensor<3xf32>"),
    ("vecmat", "tensor<4xf32>", "tensor<4x5xf32>", "tensor<5xf32>"),
    ("dot", "tensor<6xf32>", "tensor<6xf32>", "tensor<f32>"),
    ("matmul_transpose_b", "tensor<3x4xf32>", "tensor<5x4xf32>", "tensor<3x5xf32>"),
    ("batch_matmul_transpose_a", "tensor<2x4x3xf32>", "tensor<2x4x5xf32>", "tensor<2x3x5xf32>"),
]


@pytest.mark.parametrize("name,a,b,c", NAMED_CONTRACTIONS)
def test_named_contractions(name, a, b, c):
    m = check_import(
        f"""
func.func @f(%a: {a}, %b: {b}, %c: {c}) -> {c} {{
  %r = linalg.{name} ins(%a, %b : {a}, {b}) outs(%c : {c}) -> {c}
  return %r : {c}
}}"""
    )
    assert len(ops_of(m, "ta.contract")) == 1


def test_matmul_with_indexing_maps_form():
    text = """
func.func @f(%a: tensor<4x3xf32>, %b: tensor<4x5xf32>, %c: tensor<3x5xf32>) -> tensor<3x5xf32> {
  %r = linalg.matmul indexing_maps = [affine_map<(m, n, k) -> (k, m)>, affine_map<(m, n, k) -> (k, n)>, affine_map<(m, n, k) -> (m, n)>]
         ins(%a, %b : tensor<4x3xf32>, tensor<4x5xf32>) outs(%c : tensor<3x5xf32>) -> tensor<3x5xf32>
  return %r : tensor<3x5xf32>
}"""
    m = check_import(text)
    assert ops_of(m, "ta.contract")[0].spec.data == "ca,cb->ab"
    # The non-default maps survive printing and re-parsing.
    printed = str(parse(text))
    assert "indexing_maps = [affine_map<(d0, d1, d2) -> (d2, d0)>" in printed
    parse(printed)


def test_generic_contraction_with_permuted_maps_needs_no_transpose():
    m = check_import(
        """
#a = affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3)>
#b = affine_map<(d0, d1, d2, d3, d4) -> (d0, d4, d2, d3)>
#c = affine_map<(d0, d1, d2, d3, d4) -> (d0, d2, d4, d1)>
func.func @f(%x: tensor<2x3x4x5xf32>, %y: tensor<2x6x4x5xf32>, %o: tensor<2x4x6x3xf32>) -> tensor<2x4x6x3xf32> {
  %r = linalg.generic {indexing_maps = [#a, #b, #c], iterator_types = ["parallel", "parallel", "parallel", "reduction", "parallel"]}
      ins(%x, %y : tensor<2x3x4x5xf32>, tensor<2x6x4x5xf32>) outs(%o : tensor<2x4x6x3xf32>) {
  ^bb0(%in: f32, %in2: f32, %out: f32):
    %m = arith.mulf %in, %in2 : f32
    %s = arith.addf %out, %m : f32
    linalg.yield %s : f32
  } -> tensor<2x4x6x3xf32>
  return %r : tensor<2x4x6x3xf32>
}"""
    )
    assert not ops_of(m, "ta.transpose")
    (contract,) = ops_of(m, "ta.contract")
    assert contract.spec.data == "abcd,aecd->aceb" and contract.acc is not None


def test_contraction_of_three_factors_and_a_scalar():
    check_import(
        """
#m = affine_map<(i, j, k) -> (i, k)>
#v = affine_map<(i, j, k) -> (k)>
#n = affine_map<(i, j, k) -> (k, j)>
#o = affine_map<(i, j, k) -> (i, j)>
func.func @f(%a: tensor<3x4xf32>, %s: tensor<4xf32>, %b: tensor<4x2xf32>, %o: tensor<3x2xf32>) -> tensor<3x2xf32> {
  %two = arith.constant 2.0 : f32
  %r = linalg.generic {indexing_maps = [#m, #v, #n, #o], iterator_types = ["parallel", "parallel", "reduction"]}
      ins(%a, %s, %b : tensor<3x4xf32>, tensor<4xf32>, tensor<4x2xf32>) outs(%o : tensor<3x2xf32>) {
  ^bb0(%x: f32, %y: f32, %z: f32, %acc: f32):
    %p = arith.mulf %x, %y : f32
    %q = arith.mulf %p, %two : f32
    %t = arith.mulf %q, %z : f32
    %u = arith.addf %t, %acc : f32
    linalg.yield %u : f32
  } -> tensor<3x2xf32>
  return %r : tensor<3x2xf32>
}"""
    )


def test_elementwise_body_with_transposed_and_broadcast_inputs():
    m = check_import(
        """
#t = affine_map<(i, j) -> (j, i)>
#r = affine_map<(i, j) -> (j)>
#c = affine_map<(i, j) -> (i)>
#id = affine_map<(i, j) -> (i, j)>
func.func @f(%a: tensor<5x3xf32>, %b: tensor<5xf32>, %c: tensor<3xf32>) -> tensor<3x5xf32> {
  %e = tensor.empty() : tensor<3x5xf32>
  %half = arith.constant 0.5 : f32
  %r = linalg.generic {indexing_maps = [#t, #r, #c, #id], iterator_types = ["parallel", "parallel"]}
      ins(%a, %b, %c : tensor<5x3xf32>, tensor<5xf32>, tensor<3xf32>) outs(%e : tensor<3x5xf32>) {
  ^bb0(%x: f32, %y: f32, %z: f32, %out: f32):
    %0 = arith.addf %x, %y : f32
    %1 = arith.mulf %0, %half : f32
    %2 = math.exp %z : f32
    %3 = arith.subf %1, %2 : f32
    %4 = math.tanh %3 : f32
    %5 = arith.divf %4, %2 : f32
    linalg.yield %5 : f32
  } -> tensor<3x5xf32>
  return %r : tensor<3x5xf32>
}"""
    )
    assert ops_of(m, "ta.transpose") and ops_of(m, "ta.broadcast")


@pytest.mark.parametrize(
    "body,init",
    [
        ("%r = arith.addf %in, %acc : f32", "0.0"),
        ("%r = arith.addf %acc, %in : f32", "2.0"),
        ("%r = arith.subf %acc, %in : f32", "0.0"),
        ("%r = arith.subf %acc, %in : f32", "3.0"),
        ("%r = arith.maximumf %acc, %in : f32", "0xFF800000"),
        ("%r = arith.maximumf %in, %acc : f32", "0.25"),
        ("%r = arith.minimumf %acc, %in : f32", "-0.5"),
        ("%r = arith.mulf %acc, %in : f32", "1.0"),
        ("%c = arith.cmpf ogt, %in, %acc : f32\n    %r = arith.select %c, %in, %acc : f32", "-1.0"),
        ("%ex = math.exp %in : f32\n    %r = arith.addf %acc, %ex : f32", "0.0"),
    ],
)
def test_reductions_combine_with_the_init(body, init):
    m = check_import(
        f"""
func.func @f(%x: tensor<3x6xf32>) -> tensor<3xf32> {{
  %i = arith.constant {init} : f32
  %e = tensor.empty() : tensor<3xf32>
  %f = linalg.fill ins(%i : f32) outs(%e : tensor<3xf32>) -> tensor<3xf32>
  %r = linalg.generic {{indexing_maps = [affine_map<(a, b) -> (a, b)>, affine_map<(a, b) -> (a)>], iterator_types = ["parallel", "reduction"]}}
      ins(%x : tensor<3x6xf32>) outs(%f : tensor<3xf32>) {{
  ^bb0(%in: f32, %acc: f32):
    {body}
    linalg.yield %r : f32
  }} -> tensor<3xf32>
  return %r : tensor<3xf32>
}}"""
    )
    assert ops_of(m, "ta.reduce")


def test_reduction_into_argument_init_and_over_a_loop_the_body_ignores():
    # x varies only along d0 (the output's loop): summing over d1 still counts every iteration.
    check_import(
        """
func.func @f(%x: tensor<4xf32>, %y: tensor<3xf32>, %init: tensor<4xf32>) -> (tensor<4xf32>, tensor<4xf32>) {
  %r = linalg.generic {indexing_maps = [affine_map<(a, b) -> (a)>, affine_map<(a, b) -> (b)>, affine_map<(a, b) -> (a)>], iterator_types = ["parallel", "reduction"]}
      ins(%x, %y : tensor<4xf32>, tensor<3xf32>) outs(%init : tensor<4xf32>) {
  ^bb0(%in: f32, %unused: f32, %acc: f32):
    %r = arith.addf %acc, %in : f32
    linalg.yield %r : f32
  } -> tensor<4xf32>
  %s = linalg.generic {indexing_maps = [affine_map<(a, b) -> (b)>, affine_map<(a, b) -> (a)>], iterator_types = ["parallel", "reduction"]}
      ins(%x : tensor<4xf32>) outs(%r : tensor<4xf32>) {
  ^bb0(%in: f32, %acc: f32):
    %t = arith.addf %acc, %in : f32
    linalg.yield %t : f32
  } -> tensor<4xf32>
  return %r, %s : tensor<4xf32>, tensor<4xf32>
}"""
    )


def test_in_place_outs_read_by_a_parallel_body():
    check_import(
        """
#id = affine_map<(i, j) -> (i, j)>
func.func @f(%a: tensor<4x5xf32>, %b: tensor<4x5xf32>) -> tensor<4x5xf32> {
  %cst = arith.constant 0.0 : f32
  %r = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]} ins(%a : tensor<4x5xf32>) outs(%b : tensor<4x5xf32>) {
  ^bb0(%in: f32, %out: f32):
    %s = arith.addf %in, %out : f32
    linalg.yield %s : f32
  } -> tensor<4x5xf32>
  %q = linalg.generic {indexing_maps = [#id], iterator_types = ["parallel", "parallel"]} outs(%r : tensor<4x5xf32>) {
  ^bb0(%out: f32):
    %m = arith.maximumf %out, %cst : f32
    linalg.yield %m : f32
  } -> tensor<4x5xf32>
  return %q : tensor<4x5xf32>
}"""
    )


def test_select_with_a_general_predicate_and_relu_as_max():
    m = check_import(
        """
#id = affine_map<(i) -> (i)>
func.func @f(%a: tensor<8xf32>, %b: tensor<8xf32>) -> (tensor<8xf32>, tensor<8xf32>) {
  %e = tensor.empty() : tensor<8xf32>
  %zero = arith.constant 0.0 : f32
  %r = linalg.generic {indexing_maps = [#id, #id, #id], iterator_types = ["parallel"]} ins(%a, %b : tensor<8xf32>, tensor<8xf32>) outs(%e : tensor<8xf32>) {
  ^bb0(%x: f32, %y: f32, %out: f32):
    %c = arith.cmpf olt, %x, %y : f32
    %n = arith.negf %y : f32
    %s = arith.select %c, %n, %x : f32
    linalg.yield %s : f32
  } -> tensor<8xf32>
  %q = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel"]} ins(%a : tensor<8xf32>) outs(%e : tensor<8xf32>) {
  ^bb0(%x: f32, %out: f32):
    %c = arith.cmpf ugt, %x, %zero : f32
    %s = arith.select %c, %x, %zero : f32
    linalg.yield %s : f32
  } -> tensor<8xf32>
  return %r, %q : tensor<8xf32>, tensor<8xf32>
}"""
    )
    assert len(ops_of(m, "ta.select")) == 1 and len(ops_of(m, "ta.max")) == 1


def test_constant_index_in_a_map_and_rank0_operands():
    check_import(
        """
func.func @f(%a: tensor<3x1x4xf32>, %b: tensor<2x4xf32>) -> tensor<3x2x4xf32> {
  %lo = arith.constant dense<-0.5> : tensor<f32>
  %e = tensor.empty() : tensor<3x2x4xf32>
  %r = linalg.generic {indexing_maps = [affine_map<(i, j, k) -> (i, 0, k)>, affine_map<(i, j, k) -> (1, k)>, affine_map<(i, j, k) -> ()>, affine_map<(i, j, k) -> (i, j, k)>],
                       iterator_types = ["parallel", "parallel", "parallel"]}
      ins(%a, %b, %lo : tensor<3x1x4xf32>, tensor<2x4xf32>, tensor<f32>) outs(%e : tensor<3x2x4xf32>) {
  ^bb0(%x: f32, %y: f32, %l: f32, %out: f32):
    %s = arith.addf %x, %y : f32
    %m = arith.maximumf %s, %l : f32
    linalg.yield %m : f32
  } -> tensor<3x2x4xf32>
  return %r : tensor<3x2x4xf32>
}"""
    )


def test_loop_indices_causal_mask_and_iota():
    m = check_import(
        """
#id = affine_map<(i, j) -> (i, j)>
func.func @f(%s: tensor<5x5xf32>) -> (tensor<5x5xf32>, tensor<5x5xf32>) {
  %e = tensor.empty() : tensor<5x5xf32>
  %masked = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]} ins(%s : tensor<5x5xf32>) outs(%e : tensor<5x5xf32>) {
  ^bb0(%in: f32, %out: f32):
    %i = linalg.index 0 : index
    %j = linalg.index 1 : index
    %c = arith.cmpi ugt, %j, %i : index
    %ninf = arith.constant -1.0e9 : f32
    %r = arith.select %c, %ninf, %in : f32
    linalg.yield %r : f32
  } -> tensor<5x5xf32>
  %ramp = linalg.generic {indexing_maps = [#id], iterator_types = ["parallel", "parallel"]} outs(%e : tensor<5x5xf32>) {
  ^bb0(%out: f32):
    %i = linalg.index 0 : index
    %j = linalg.index 1 : index
    %k = arith.constant 5 : index
    %ik = arith.muli %i, %k : index
    %n = arith.addi %ik, %j : index
    %n64 = arith.index_cast %n : index to i64
    %f = arith.sitofp %n64 : i64 to f32
    linalg.yield %f : f32
  } -> tensor<5x5xf32>
  return %masked, %ramp : tensor<5x5xf32>, tensor<5x5xf32>
}"""
    )
    assert len(ops_of(m, "ta.select")) == 1


def test_multiple_outputs():
    check_import(
        """
func.func @f(%x: tensor<3x5xf32>, %m0: tensor<3xf32>, %s0: tensor<3xf32>) -> (tensor<3xf32>, tensor<3xf32>) {
  %r:2 = linalg.generic {indexing_maps = [affine_map<(a, b) -> (a, b)>, affine_map<(a, b) -> (a)>, affine_map<(a, b) -> (a)>], iterator_types = ["parallel", "reduction"]}
      ins(%x : tensor<3x5xf32>) outs(%m0, %s0 : tensor<3xf32>, tensor<3xf32>) {
  ^bb0(%in: f32, %m: f32, %s: f32):
    %mx = arith.maximumf %m, %in : f32
    %sq = arith.mulf %in, %in : f32
    %sm = arith.addf %s, %sq : f32
    linalg.yield %mx, %sm : f32, f32
  } -> (tensor<3xf32>, tensor<3xf32>)
  return %r#0, %r#1 : tensor<3xf32>, tensor<3xf32>
}"""
    )


def test_integer_element_type():
    m = check_import(
        """
func.func @f(%x: tensor<3x4xi32>, %y: tensor<4xi32>) -> (tensor<3xi32>, tensor<3x4xi32>) {
  %z = arith.constant 0 : i32
  %two = arith.constant 2 : i32
  %e = tensor.empty() : tensor<3xi32>
  %f = linalg.fill ins(%z : i32) outs(%e : tensor<3xi32>) -> tensor<3xi32>
  %r = linalg.generic {indexing_maps = [affine_map<(a, b) -> (a, b)>, affine_map<(a, b) -> (b)>, affine_map<(a, b) -> (a)>], iterator_types = ["parallel", "reduction"]}
      ins(%x, %y : tensor<3x4xi32>, tensor<4xi32>) outs(%f : tensor<3xi32>) {
  ^bb0(%in: i32, %w: i32, %acc: i32):
    %m = arith.muli %in, %w : i32
    %s = arith.addi %acc, %m : i32
    linalg.yield %s : i32
  } -> tensor<3xi32>
  %e2 = tensor.empty() : tensor<3x4xi32>
  %q = linalg.generic {indexing_maps = [affine_map<(a, b) -> (a, b)>, affine_map<(a, b) -> (a, b)>], iterator_types = ["parallel", "parallel"]}
      ins(%x : tensor<3x4xi32>) outs(%e2 : tensor<3x4xi32>) {
  ^bb0(%in: i32, %o: i32):
    %m = arith.muli %in, %two : i32
    %s = arith.maxsi %m, %z : i32
    linalg.yield %s : i32
  } -> tensor<3x4xi32>
  return %r, %q : tensor<3xi32>, tensor<3x4xi32>
}"""
    )
    assert ops_of(m, "ta.contract")[0].results[0].type.element_type.width.data == 32


def test_named_elementwise_reduce_map_transpose_broadcast():
    check_import(
        """
func.func @f(%a: tensor<4x3xf32>, %b: tensor<4x3xf32>, %v: tensor<3xf32>) -> (tensor<4x3xf32>, tensor<4xf32>, tensor<3x4xf32>, tensor<4x3xf32>, tensor<4x3xf32>) {
  %e = tensor.empty() : tensor<4x3xf32>
  %0 = linalg.add ins(%a, %b : tensor<4x3xf32>, tensor<4x3xf32>) outs(%e : tensor<4x3xf32>) -> tensor<4x3xf32>
  %1 = linalg.div ins(%0, %b : tensor<4x3xf32>, tensor<4x3xf32>) outs(%e : tensor<4x3xf32>) -> tensor<4x3xf32>
  %2 = linalg.exp ins(%1 : tensor<4x3xf32>) outs(%e : tensor<4x3xf32>) -> tensor<4x3xf32>
  %3 = linalg.max ins(%2, %a : tensor<4x3xf32>, tensor<4x3xf32>) outs(%e : tensor<4x3xf32>) -> tensor<4x3xf32>
  %4 = linalg.sub ins(%3, %a : tensor<4x3xf32>, tensor<4x3xf32>) outs(%e : tensor<4x3xf32>) -> tensor<4x3xf32>
  %5 = linalg.mul ins(%4, %b : tensor<4x3xf32>, tensor<4x3xf32>) outs(%e : tensor<4x3xf32>) -> tensor<4x3xf32>
  %z = arith.constant 0.0 : f32
  %e1 = tensor.empty() : tensor<4xf32>
  %f1 = linalg.fill ins(%z : f32) outs(%e1 : tensor<4xf32>) -> tensor<4xf32>
  %6 = linalg.reduce ins(%5 : tensor<4x3xf32>) outs(%f1 : tensor<4xf32>) dimensions = [1]
    (%in: f32, %init: f32) {
      %s = arith.addf %in, %init : f32
      linalg.yield %s : f32
    }
  %e2 = tensor.empty() : tensor<3x4xf32>
  %7 = linalg.transpose ins(%5 : tensor<4x3xf32>) outs(%e2 : tensor<3x4xf32>) permutation = [1, 0]
  %8 = linalg.broadcast ins(%v : tensor<3xf32>) outs(%e : tensor<4x3xf32>) dimensions = [0]
  %9 = linalg.map ins(%5, %8 : tensor<4x3xf32>, tensor<4x3xf32>) outs(%e : tensor<4x3xf32>)
    (%x: f32, %y: f32) {
      %m = arith.mulf %x, %y : f32
      linalg.yield %m : f32
    }
  %10 = linalg.map { arith.subf } ins(%9, %a : tensor<4x3xf32>, tensor<4x3xf32>) outs(%e : tensor<4x3xf32>)
  return %5, %6, %7, %9, %10 : tensor<4x3xf32>, tensor<4xf32>, tensor<3x4xf32>, tensor<4x3xf32>, tensor<4x3xf32>
}"""
    )


def test_windows_conv_depthwise_pooling_and_nchw():
    m = check_import(
        """
func.func @f(%x: tensor<1x9x9x4xf32>, %w: tensor<3x3x4x5xf32>, %dw: tensor<3x3x4xf32>, %y: tensor<1x4x9x9xf32>, %wf: tensor<5x4x3x3xf32>)
    -> (tensor<1x4x4x5xf32>, tensor<1x7x7x4xf32>, tensor<1x4x4x4xf32>, tensor<1x2x2x4xf32>, tensor<1x5x7x7xf32>, tensor<1x4x4x4xf32>, tensor<1x2x2x4xf32>) {
  %z = arith.constant 0.0 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %one = arith.constant 1.0 : f32
  %e0 = tensor.empty() : tensor<1x4x4x5xf32>
  %f0 = linalg.fill ins(%z : f32) outs(%e0 : tensor<1x4x4x5xf32>) -> tensor<1x4x4x5xf32>
  %0 = linalg.conv_2d_nhwc_hwcf {dilations = dense<1> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>}
         ins(%x, %w : tensor<1x9x9x4xf32>, tensor<3x3x4x5xf32>) outs(%f0 : tensor<1x4x4x5xf32>) -> tensor<1x4x4x5xf32>
  %e1 = tensor.empty() : tensor<1x7x7x4xf32>
  %f1 = linalg.fill ins(%one : f32) outs(%e1 : tensor<1x7x7x4xf32>) -> tensor<1x7x7x4xf32>
  %1 = linalg.depthwise_conv_2d_nhwc_hwc {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>}
         ins(%x, %dw : tensor<1x9x9x4xf32>, tensor<3x3x4xf32>) outs(%f1 : tensor<1x7x7x4xf32>) -> tensor<1x7x7x4xf32>
  %win = tensor.empty() : tensor<3x3xf32>
  %e2 = tensor.empty() : tensor<1x4x4x4xf32>
  %f2 = linalg.fill ins(%ninf : f32) outs(%e2 : tensor<1x4x4x4xf32>) -> tensor<1x4x4x4xf32>
  %2 = linalg.pooling_nhwc_max {dilations = dense<1> : vector<2xi64>, strides = dense<2> : vector<2xi64>}
         ins(%x, %win : tensor<1x9x9x4xf32>, tensor<3x3xf32>) outs(%f2 : tensor<1x4x4x4xf32>) -> tensor<1x4x4x4xf32>
  %e3 = tensor.empty() : tensor<1x2x2x4xf32>
  %f3 = linalg.fill ins(%z : f32) outs(%e3 : tensor<1x2x2x4xf32>) -> tensor<1x2x2x4xf32>
  %3 = linalg.pooling_nhwc_sum {dilations = dense<2> : tensor<2xi64>, strides = dense<3> : tensor<2xi64>}
         ins(%x, %win : tensor<1x9x9x4xf32>, tensor<3x3xf32>) outs(%f3 : tensor<1x2x2x4xf32>) -> tensor<1x2x2x4xf32>
  %e4 = tensor.empty() : tensor<1x5x7x7xf32>
  %f4 = linalg.fill ins(%z : f32) outs(%e4 : tensor<1x5x7x7xf32>) -> tensor<1x5x7x7xf32>
  %4 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>}
         ins(%y, %wf : tensor<1x4x9x9xf32>, tensor<5x4x3x3xf32>) outs(%f4 : tensor<1x5x7x7xf32>) -> tensor<1x5x7x7xf32>
  %f5 = linalg.fill ins(%one : f32) outs(%e2 : tensor<1x4x4x4xf32>) -> tensor<1x4x4x4xf32>
  %5 = linalg.pooling_nhwc_min {strides = dense<2> : tensor<2xi64>}
         ins(%x, %win : tensor<1x9x9x4xf32>, tensor<3x3xf32>) outs(%f5 : tensor<1x4x4x4xf32>) -> tensor<1x4x4x4xf32>
  %e6 = tensor.empty() : tensor<1x2x2x4xf32>
  %f6 = linalg.fill ins(%z : f32) outs(%e6 : tensor<1x2x2x4xf32>) -> tensor<1x2x2x4xf32>
  %6 = linalg.depthwise_conv_2d_nhwc_hwc {dilations = dense<2> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>}
         ins(%x, %dw : tensor<1x9x9x4xf32>, tensor<3x3x4xf32>) outs(%f6 : tensor<1x2x2x4xf32>) -> tensor<1x2x2x4xf32>
  return %0, %1, %2, %3, %4, %5, %6 : tensor<1x4x4x5xf32>, tensor<1x7x7x4xf32>, tensor<1x4x4x4xf32>, tensor<1x2x2x4xf32>, tensor<1x5x7x7xf32>, tensor<1x4x4x4xf32>, tensor<1x2x2x4xf32>
}"""
    )
    assert len(ops_of(m, "ta.conv2d")) == 4 and len(ops_of(m, "ta.pool2d")) == 3


def test_softmax_and_tensor_ops():
    check_import(
        """
func.func @f(%x: tensor<2x3x4xf32>, %y: tensor<6x4xf32>)
    -> (tensor<2x3x4xf32>, tensor<6x4xf32>, tensor<2x5xf32>, tensor<12x4xf32>, tensor<2x4xf32>, tensor<6x4xf32>, tensor<3x8x4xf32>) {
  %e = tensor.empty() : tensor<2x3x4xf32>
  %0 = linalg.softmax dimension(1) ins(%x : tensor<2x3x4xf32>) outs(%e : tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
  %1 = tensor.collapse_shape %0 [[0, 1], [2]] : tensor<2x3x4xf32> into tensor<6x4xf32>
  %2 = arith.addf %1, %y : tensor<6x4xf32>
  %3 = tensor.expand_shape %2 [[0, 1], [2]] : tensor<6x4xf32> into tensor<2x3x4xf32>
  %4 = tensor.expand_shape %2 [[0, 1], [2]] output_shape [3, 2, 4] : tensor<6x4xf32> into tensor<3x2x4xf32>
  %c = arith.constant 1.5 : f32
  %5 = tensor.pad %y low[1, 0] high[2, 1] {
  ^bb0(%i: index, %j: index):
    tensor.yield %c : f32
  } : tensor<6x4xf32> to tensor<9x5xf32>
  %6 = tensor.extract_slice %5[1, 0] [2, 5] [3, 1] : tensor<9x5xf32> to tensor<2x5xf32>
  %7 = tensor.concat dim(0) %2, %y : (tensor<6x4xf32>, tensor<6x4xf32>) -> tensor<12x4xf32>
  %8 = tensor.extract_slice %4[1, 0, 0] [1, 2, 4] [1, 1, 1] : tensor<3x2x4xf32> to tensor<2x4xf32>
  %9 = math.exp %8 : tensor<2x4xf32>
  %10 = tensor.insert_slice %8 into %y[2, 0] [2, 4] [1, 1] : tensor<2x4xf32> into tensor<6x4xf32>
  %z = arith.constant 0.0 : f32
  %e2 = tensor.empty() : tensor<3x8x4xf32>
  %f2 = linalg.fill ins(%z : f32) outs(%e2 : tensor<3x8x4xf32>) -> tensor<3x8x4xf32>
  %11 = tensor.insert_slice %9 into %f2[1, 3, 0] [1, 2, 4] [1, 1, 1] : tensor<2x4xf32> into tensor<3x8x4xf32>
  return %3, %2, %6, %7, %9, %10, %11 : tensor<2x3x4xf32>, tensor<6x4xf32>, tensor<2x5xf32>, tensor<12x4xf32>, tensor<2x4xf32>, tensor<6x4xf32>, tensor<3x8x4xf32>
}"""
    )


def test_dense_constants_globals_and_materialize_in_destination():
    m = check_import(
        """
module {
  ml_program.global private @w(dense<[[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]]> : tensor<3x2xf32>) : tensor<3x2xf32>
  ml_program.global private mutable @seed(dense<0> : tensor<i64>) : tensor<i64>
  func.func @f(%a: tensor<4x3xf32>, %d: tensor<4x2xf32>) -> tensor<4x2xf32> {
    %w = ml_program.global_load_const @w : tensor<3x2xf32>
    %b = arith.constant dense<[0.5, -0.5]> : tensor<2xf32>
    %z = arith.constant 0.0 : f32
    %e = tensor.empty() : tensor<4x2xf32>
    %f = linalg.fill ins(%z : f32) outs(%e : tensor<4x2xf32>) -> tensor<4x2xf32>
    %r = linalg.matmul ins(%a, %w : tensor<4x3xf32>, tensor<3x2xf32>) outs(%f : tensor<4x2xf32>) -> tensor<4x2xf32>
    %s = linalg.generic {indexing_maps = [affine_map<(i, j) -> (i, j)>, affine_map<(i, j) -> (j)>, affine_map<(i, j) -> (i, j)>], iterator_types = ["parallel", "parallel"]}
        ins(%r, %b : tensor<4x2xf32>, tensor<2xf32>) outs(%e : tensor<4x2xf32>) {
    ^bb0(%x: f32, %y: f32, %o: f32):
      %t = arith.addf %x, %y : f32
      linalg.yield %t : f32
    } -> tensor<4x2xf32>
    %out = bufferization.materialize_in_destination %s in %d : (tensor<4x2xf32>, tensor<4x2xf32>) -> tensor<4x2xf32>
    return %out : tensor<4x2xf32>
  }
}"""
    )
    assert not ops_of(m, "ml_program.global")


def test_calls_are_inlined_and_callees_erased():
    m = check_import(
        """
func.func private @double(%x: tensor<4xf32>) -> tensor<4xf32> {
  %r = arith.addf %x, %x : tensor<4xf32>
  return %r : tensor<4xf32>
}
func.func @square_plus(%x: tensor<4xf32>) -> tensor<4xf32> {
  %s = arith.mulf %x, %x : tensor<4xf32>
  %d = call @double(%s) : (tensor<4xf32>) -> tensor<4xf32>
  return %d : tensor<4xf32>
}
func.func @main(%x: tensor<4xf32>) -> (tensor<4xf32>, tensor<4xf32>) {
  %a = call @square_plus(%x) : (tensor<4xf32>) -> tensor<4xf32>
  %b = call @double(%a) : (tensor<4xf32>) -> tensor<4xf32>
  %c = call @square_plus(%b) : (tensor<4xf32>) -> tensor<4xf32>
  return %b, %c : tensor<4xf32>, tensor<4xf32>
}"""
    )
    assert [f.sym_name.data for f in m.ops if isinstance(f, func.FuncOp)] == ["main"]
    assert not ops_of(m, "func.call")


def test_print_calls_become_results():
    m = check_import(
        """
func.func @main() {
  %a = arith.constant dense<[1.0, 2.0, 3.0]> : tensor<3xf32>
  %b = arith.constant dense<[10.0, 20.0, 30.0]> : tensor<3xf32>
  %s = arith.addf %a, %b : tensor<3xf32>
  %u = tensor.cast %s : tensor<3xf32> to tensor<*xf32>
  call @printMemrefF32(%u) : (tensor<*xf32>) -> ()
  return
}
func.func private @printMemrefF32(%ptr : tensor<*xf32>)"""
    )
    from rdu_ir.sim.reference import run_reference

    (result,) = run_reference(m, "main", [])
    assert result.tolist() == [11.0, 22.0, 33.0]
    assert [f.sym_name.data for f in m.ops if isinstance(f, func.FuncOp)] == ["main"]


# --- the front end's linalg/tensor dialects ------------------------------------------------------

ROUND_TRIP = [
    "%r = linalg.batch_matmul ins(%a3, %b3 : tensor<2x3x4xf32>, tensor<2x4x5xf32>) outs(%c3 : tensor<2x3x5xf32>) -> tensor<2x3x5xf32>",
    "%r = linalg.matvec ins(%m, %v : tensor<3x4xf32>, tensor<4xf32>) outs(%w : tensor<3xf32>) -> tensor<3xf32>",
    "%r = linalg.vecmat ins(%v, %n : tensor<4xf32>, tensor<4x3xf32>) outs(%w : tensor<3xf32>) -> tensor<3xf32>",
    "%r = linalg.dot ins(%v, %v : tensor<4xf32>, tensor<4xf32>) outs(%s : tensor<f32>) -> tensor<f32>",
    "%r = linalg.div ins(%m, %m : tensor<3x4xf32>, tensor<3x4xf32>) outs(%m : tensor<3x4xf32>) -> tensor<3x4xf32>",
    "%r = linalg.softmax dimension(1) ins(%m : tensor<3x4xf32>) outs(%m : tensor<3x4xf32>) -> tensor<3x4xf32>",
    "%r = linalg.pooling_nhwc_max {dilations = dense<1> : vector<2xi64>, strides = dense<2> : vector<2xi64>} ins(%x, %k : tensor<1x5x5x2xf32>, tensor<3x3xf32>) outs(%y : tensor<1x2x2x2xf32>) -> tensor<1x2x2x2xf32>",
    "%r = linalg.pooling_nhwc_sum {dilations = dense<1> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>} ins(%x, %k : tensor<1x5x5x2xf32>, tensor<3x3xf32>) outs(%y : tensor<1x2x2x2xf32>) -> tensor<1x2x2x2xf32>",
    "%r = linalg.depthwise_conv_2d_nhwc_hwc {dilations = dense<1> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>} ins(%x, %dk : tensor<1x5x5x2xf32>, tensor<3x3x2xf32>) outs(%y : tensor<1x2x2x2xf32>) -> tensor<1x2x2x2xf32>",
    "%r = linalg.map ins(%m, %m : tensor<3x4xf32>, tensor<3x4xf32>) outs(%m : tensor<3x4xf32>) (%p: f32, %q: f32) {\n  %t = arith.addf %p, %q : f32\n  linalg.yield %t : f32\n}",
    "%r = linalg.map { math.exp } ins(%m : tensor<3x4xf32>) outs(%m : tensor<3x4xf32>)",
    "%r = tensor.expand_shape %v [[0, 1]] : tensor<4xf32> into tensor<2x2xf32>",
    (
        "%r:2 = linalg.generic {indexing_maps = [affine_map<(i) -> (i)>, affine_map<(i) -> (i)>, affine_map<(i) -> (i)>], iterator_types = [\"parallel\"], \"marker\"} "
        "ins(%v : tensor<4xf32>) outs(%v, %v : tensor<4xf32>, tensor<4xf32>) {\n^bb0(%p: f32, %q: f32, %t: f32):\n  linalg.yield %p, %p : f32, f32\n} -> (tensor<4xf32>, tensor<4xf32>)"
    ),
    "%r = util.optimization_barrier %m : tensor<3x4xf32>",
    "%r = util.unfoldable_constant dense<1.000000e+00> : tensor<3x4xf32>",
    "check.expect_almost_eq(%m, %m) : tensor<3x4xf32>",
    "check.expect_almost_eq_const(%m, dense<1.000000e+00> : tensor<3x4xf32>) : tensor<3x4xf32>",
]
ARGS = (
    "%a3: tensor<2x3x4xf32>, %b3: tensor<2x4x5xf32>, %c3: tensor<2x3x5xf32>, %m: tensor<3x4xf32>, %v: tensor<4xf32>, "
    "%w: tensor<3xf32>, %n: tensor<4x3xf32>, %s: tensor<f32>, %x: tensor<1x5x5x2xf32>, %k: tensor<3x3xf32>, "
    "%y: tensor<1x2x2x2xf32>, %dk: tensor<3x3x2xf32>"
)


@pytest.mark.parametrize("line", ROUND_TRIP, ids=[next(t for t in r.split() if "." in t and t[0].isalpha()).split("(")[0] for r in ROUND_TRIP])
def test_frontend_ops_parse_verify_and_round_trip(line):
    text = f"func.func @f({ARGS}) {{\n  {line}\n  return\n}}"
    first = str(parse(text))
    assert str(parse(first)) == first
    assert "marker" in first or "marker" not in text  # generic's unknown attributes are kept
    # The generic form re-parses too.
    from io import StringIO

    out = StringIO()
    Printer(stream=out, print_generic_format=True).print_op(parse(text))
    parse(out.getvalue())


def test_named_op_verifier_reports_shape_mismatch():
    with pytest.raises(Exception, match="dimension"):
        parse(
            "func.func @f(%a: tensor<2x3x4xf32>, %b: tensor<2x5x5xf32>, %c: tensor<2x3x5xf32>) {\n"
            "  %r = linalg.batch_matmul ins(%a, %b : tensor<2x3x4xf32>, tensor<2x5x5xf32>) outs(%c : tensor<2x3x5xf32>) -> tensor<2x3x5xf32>\n"
            "  return\n}"
        )


# --- diagnostics -------------------------------------------------------------------------------------


def import_error(text: str) -> str:
    with pytest.raises(RduError) as info:
        import_module(parse(text))
    return str(info.value)


GENERIC_HEAD = (
    "func.func @f(%x: tensor<4x4xf32>, %o: tensor<4xf32>) -> tensor<4xf32> {\n"
    '  %r = linalg.generic {indexing_maps = [affine_map<(a, b) -> (a, b)>, affine_map<(a, b) -> (a)>], iterator_types = ["parallel", "reduction"]}\n'
    "      ins(%x : tensor<4x4xf32>) outs(%o : tensor<4xf32>) {\n"
    "  ^bb0(%in: f32, %acc: f32):\n"
)
GENERIC_TAIL = "  } -> tensor<4xf32>\n  return %r : tensor<4xf32>\n}"


@pytest.mark.parametrize(
    "body,message,where",
    [
        ("    %m = arith.mulf %acc, %acc : f32\n    %r = arith.addf %m, %in : f32\n    linalg.yield %r : f32\n",
         "'linalg.generic' op output #0 is not a fold over its reduction loops", "2:3"),
        ("    %i = linalg.index 0 : index\n    %r = arith.addf %acc, %in : f32\n    linalg.yield %in : f32\n",
         "not a fold", "2:3"),
        ("    %c = arith.constant 2 : i32\n    %t = math.fpowi %in, %c : f32, i32\n    %r = arith.addf %acc, %t : f32\n    linalg.yield %r : f32\n",
         "'math.fpowi' op 'math.fpowi' in a linalg body has no tensor-algebra translation", "6:5"),
    ],
)
def test_inexpressible_bodies_are_located_diagnostics(body, message, where):
    text = GENERIC_HEAD + body + GENERIC_TAIL
    err = import_error(text)
    assert message in err
    assert err.startswith(f"test.mlir:{where}: error:"), err


def test_reading_an_empty_tensor_is_a_diagnostic():
    err = import_error(
        "func.func @f(%a: tensor<3x4xf32>, %b: tensor<4x2xf32>) -> tensor<3x2xf32> {\n"
        "  %e = tensor.empty() : tensor<3x2xf32>\n"
        "  %r = linalg.matmul ins(%a, %b : tensor<3x4xf32>, tensor<4x2xf32>) outs(%e : tensor<3x2xf32>) -> tensor<3x2xf32>\n"
        "  return %r : tensor<3x2xf32>\n}"
    )
    assert err.startswith("test.mlir:3:3: error: 'linalg.matmul' op") and "tensor.empty" in err


def test_dynamic_shapes_are_rejected():
    err = import_error(
        "func.func @f(%a: tensor<?x4xf32>) -> tensor<?x4xf32> {\n  return %a : tensor<?x4xf32>\n}"
    )
    assert "dynamic shape tensor<?x4xf32>" in err and err.startswith("test.mlir:1:1:")
    err = import_error(
        "func.func @f(%a: tensor<3x4xf32>) -> tensor<?x4xf32> {\n"
        "  %c = tensor.cast %a : tensor<3x4xf32> to tensor<?x4xf32>\n"
        "  return %c : tensor<?x4xf32>\n}"
    )
    assert err.startswith("test.mlir:2:3: error: 'tensor.cast' op result has dynamic shape")


def test_non_projected_map_in_a_generic_is_a_diagnostic():
    err = import_error(
        "func.func @f(%x: tensor<6xf32>, %k: tensor<3xf32>, %o: tensor<4xf32>) -> tensor<4xf32> {\n"
        '  %r = linalg.generic {indexing_maps = [affine_map<(a, b) -> (a + b)>, affine_map<(a, b) -> (b)>, affine_map<(a, b) -> (a)>], iterator_types = ["parallel", "reduction"]}\n'
        "      ins(%x, %k : tensor<6xf32>, tensor<3xf32>) outs(%o : tensor<4xf32>) {\n"
        "  ^bb0(%in: f32, %w: f32, %acc: f32):\n    %m = arith.mulf %in, %w : f32\n    %r = arith.addf %acc, %m : f32\n    linalg.yield %r : f32\n"
        "  } -> tensor<4xf32>\n  return %r : tensor<4xf32>\n}"
    )
    assert "indexing map #0" in err and "not a projected permutation" in err and err.startswith("test.mlir:2:3")


UNSUPPORTED = [
    (
        """func.func private @ext(tensor<4xf32>) -> tensor<4xf32>
func.func @f(%a: tensor<4xf32>) -> tensor<4xf32> {
  %r = call @ext(%a) : (tensor<4xf32>) -> tensor<4xf32>
  return %r : tensor<4xf32>
}""",
        "test.mlir:3:3: error: 'func.call' op call to @ext, which is not defined in this module",
    ),
    (
        """func.func @f(%a: tensor<4xf32>) -> tensor<4xf32> {
  %r = call @f(%a) : (tensor<4xf32>) -> tensor<4xf32>
  return %r : tensor<4xf32>
}""",
        "test.mlir:2:3: error: 'func.call' op recursive call to @f cannot be inlined",
    ),
    (
        """func.func @f(%a: tensor<4xf32>, %s: f32) -> tensor<4xf32> {
  %e = tensor.empty() : tensor<4xf32>
  %r = linalg.fill ins(%s : f32) outs(%e : tensor<4xf32>) -> tensor<4xf32>
  return %r : tensor<4xf32>
}""",
        "test.mlir:3:3: error: 'linalg.fill' op linalg.fill is supported only with a compile-time constant",
    ),
    (
        """func.func @f(%a: tensor<4xf32>, %s: f32) -> tensor<4xf32> {
  %r = tensor.splat %s : tensor<4xf32>
  return %r : tensor<4xf32>
}""",
        "test.mlir:2:3: error: 'tensor.splat' op operation has no translation",
    ),
    (
        """func.func @f(%a: tensor<4xf32>) -> tensor<4xf32> {
  return %a : tensor<4xf32>
}
builtin.module {
  func.func @g(%a: tensor<4xf32>) -> tensor<4xf32> {
    return %a : tensor<4xf32>
  }
}""",
        "test.mlir:4:1: error: 'builtin.module' op top-level operation has no translation",
    ),
    (
        """func.func @f(%a: tensor<4xf32>) -> f32 {
  %c = arith.constant 1.0 : f32
  return %c : f32
}""",
        "test.mlir:3:3: error: 'func.return' op returned value #0 is a f32; imported functions return tensors only",
    ),
]


@pytest.mark.parametrize("text,message", UNSUPPORTED)
def test_unsupported_constructs_are_named(text, message):
    assert import_error(text).startswith(message)


# --- scale ---------------------------------------------------------------------------------------------


def _chain(n: int) -> str:
    body = []
    prev = "%x"
    for i in range(n):
        body.append(
            f"  %g{i} = linalg.generic {{indexing_maps = [#id, #id], iterator_types = [\"parallel\", \"parallel\"]}} "
            f"ins({prev} : tensor<4x4xf32>) outs(%e : tensor<4x4xf32>) {{\n  ^bb0(%in: f32, %out: f32):\n"
            f"    %t = math.exp %in : f32\n    linalg.yield %t : f32\n  }} -> tensor<4x4xf32>"
        )
        prev = f"%g{i}"
    return (
        "#id = affine_map<(i, j) -> (i, j)>\nfunc.func @f(%x: tensor<4x4xf32>) -> tensor<4x4xf32> {\n"
        "  %e = tensor.empty() : tensor<4x4xf32>\n" + "\n".join(body) + f"\n  return {prev} : tensor<4x4xf32>\n}}"
    )


def test_import_time_is_linear_in_program_size():
    small, large = parse(_chain(40)), parse(_chain(320))

    def timed(module) -> float:
        start = time.perf_counter()
        import_module(module)
        return time.perf_counter() - start

    # Interleaved, best of three: other processes' load hits both sizes alike.
    t_small, t_large = float("inf"), float("inf")
    for _ in range(3):
        t_small = min(t_small, timed(small))
        t_large = min(t_large, timed(large))
    # 8x the ops: linear is ~8x, quadratic would be ~64x.
    assert t_large < 32 * max(t_small, 1e-3), (t_small, t_large)


# --- property: random generics -------------------------------------------------------------------------

_UNARY = ["math.tanh", "arith.negf", "math.absf"]  # no exp: chains of it overflow
_BINARY = ["arith.addf", "arith.subf", "arith.mulf", "arith.maximumf", "arith.minimumf"]
_FOLDS = ["arith.addf", "arith.maximumf", "arith.minimumf", "arith.subf"]


@st.composite
def random_generic(draw):
    """A generic over 1-4 loops (some reductions), 1-3 inputs with random projected
    permutation maps, a random expression body and (with reductions) a fold into the output."""
    n = draw(st.integers(1, 4))
    sizes = [draw(st.integers(1, 4)) for _ in range(n)]
    reductions = sorted(draw(st.sets(st.integers(0, n - 1), max_size=n - 1)))
    par = [d for d in range(n) if d not in reductions]
    out_dims = draw(st.permutations(par))
    n_in = draw(st.integers(1, 3))
    in_dims = []
    for _ in range(n_in):
        dims = draw(st.lists(st.integers(0, n - 1), unique=True, max_size=n))
        in_dims.append(dims)
    for d in reductions:  # every loop must index some operand
        if not any(d in dims for dims in in_dims):
            in_dims[0].append(d)
    lines: list[str] = []
    values = [f"%in{i}" for i in range(n_in)]
    if draw(st.booleans()):
        lines.append("%k = arith.constant 0.75 : f32")
        values.append("%k")
    if draw(st.booleans()):  # a loop index, as a float
        d = draw(st.integers(0, n - 1))
        lines += [f"%ix = linalg.index {d} : index", "%ii = arith.index_cast %ix : index to i64", "%if = arith.sitofp %ii : i64 to f32"]
        values.append("%if")
    for j in range(draw(st.integers(0, 4))):
        if draw(st.booleans()):
            op, a = draw(st.sampled_from(_UNARY)), draw(st.sampled_from(values))
            lines.append(f"%v{j} = {op} {a} : f32")
        else:
            op = draw(st.sampled_from(_BINARY))
            a, b = draw(st.sampled_from(values)), draw(st.sampled_from(values))
            lines.append(f"%v{j} = {op} {a}, {b} : f32")
        values.append(f"%v{j}")
    result = values[-1]
    if reductions:
        fold = draw(st.sampled_from(_FOLDS))
        lines.append(f"%y = {fold} %acc, {result} : f32")
        result = "%y"
    elif draw(st.booleans()):
        lines.append(f"%y = arith.addf %acc, {result} : f32")  # in-place read of the output
        result = "%y"
    letters = [f"d{d}" for d in range(n)]
    maps = [f"affine_map<({', '.join(letters)}) -> ({', '.join(letters[d] for d in dims)})>" for dims in [*in_dims, out_dims]]
    types = [f"tensor<{'x'.join(str(sizes[d]) for d in dims)}{'x' if dims else ''}f32>" for dims in [*in_dims, out_dims]]
    iters = ", ".join('"reduction"' if d in reductions else '"parallel"' for d in range(n))
    args = ", ".join(f"%a{i}: {t}" for i, t in enumerate(types))
    ins = ", ".join(f"%a{i}" for i in range(n_in))
    body = "\n    ".join([*lines, f"linalg.yield {result} : f32"])
    block_args = ", ".join([*(f"%in{i}: f32" for i in range(n_in)), "%acc: f32"])
    return f"""
func.func @f({args}) -> {types[-1]} {{
  %r = linalg.generic {{indexing_maps = [{', '.join(maps)}], iterator_types = [{iters}]}}
      ins({ins} : {', '.join(types[:-1])}) outs(%a{n_in} : {types[-1]}) {{
  ^bb0({block_args}):
    {body}
  }} -> {types[-1]}
  return %r : {types[-1]}
}}"""


@given(random_generic(), st.integers(0, 2**16))
def test_random_generics_match_numpy(text, seed):
    check_import(text, seed=seed)
