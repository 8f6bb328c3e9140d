"""The `.tin` index-notation front end: what each construct computes, the ops it makes, and
the located diagnostics of bad programs."""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st
from rdu_ir.sim.reference import run_reference

from rdu_ir.context import make_context
from rdu_ir.diagnostics import RduError
from rdu_ir.frontends.tin import parse_tin
from rdu_ir.parsing import parse_module
from rdu_ir.printing import print_module

RNG = np.random.default_rng(0)


def rand(*shape):
    return RNG.standard_normal(shape).astype(np.float32)


def compile_tin(src: str, name: str = "prog.tin"):
    module = parse_tin(src, name)
    module.verify()
    return module


def run(src: str, *inputs):
    return run_reference(compile_tin(src), None, list(inputs))


def op_names(module) -> list[str]:
    return [op.name for op in module.walk() if op.name.startswith("ta.")]


def errors(src: str, name: str = "bad.tin") -> str:
    with pytest.raises(RduError) as e:
        parse_tin(src, name)
    return str(e.value)


# --- semantics ------------------------------------------------------------------------------
def test_matmul_with_bias_sums_only_the_product():
    src = """
    input A: f32[4, 3]
    input B: f32[3, 5]
    input bias: f32[5]
    output C: f32[4, 5]
    C(i, j) = A(i, k) * B(k, j) + bias(j)
    """
    a, b, bias = rand(4, 3), rand(3, 5), rand(5)
    (c,) = run(src, a, b, bias)
    np.testing.assert_allclose(c, a @ b + bias, rtol=1e-5, atol=1e-5)
    assert op_names(compile_tin(src)) == ["ta.contract", "ta.broadcast", "ta.add"]


def test_contraction_spec_reads_operands_in_place():
    src = """
    input Q: f32[4, 3]
    input K: f32[6, 3]
    output S: f32[4, 6]
    S(i, j) = Q(i, d) * K(j, d) * 0.5
    """
    m = compile_tin(src)
    text = print_module(m)
    assert 'ta.contract "id,jd->ij"' in text and "ta.transpose" not in text
    q, k = rand(4, 3), rand(6, 3)
    np.testing.assert_allclose(run(src, q, k)[0], 0.5 * q @ k.T, rtol=1e-5, atol=1e-5)


def test_three_operand_contraction_is_one_op():
    src = """
    input A: f32[2, 3]
    input B: f32[3, 4]
    input C: f32[4, 5]
    output D: f32[2, 5]
    D(i, l) = A(i, j) * B(j, k) * C(k, l)
    """
    assert op_names(compile_tin(src)) == ["ta.contract"]
    a, b, c = rand(2, 3), rand(3, 4), rand(4, 5)
    np.testing.assert_allclose(run(src, a, b, c)[0], a @ b @ c, rtol=1e-4, atol=1e-5)


def test_softmax_with_explicit_reductions():
    src = """
    input X: f32[3, 7]
    output Y: f32[3, 7]
    m(i) = max(j, X(i, j))
    s(i) = sum(j, exp(X(i, j) - m(i)))
    Y(i, j) = exp(X(i, j) - m(i)) / s(i)
    """
    x = rand(3, 7)
    e = np.exp(x - x.max(1, keepdims=True))
    np.testing.assert_allclose(run(src, x)[0], e / e.sum(1, keepdims=True), rtol=1e-5, atol=1e-6)


def test_implicit_sum_over_a_single_use_and_transposed_result():
    src = """
    input X: f32[3, 4]
    output r: f32[3]
    output T: f32[4, 3]
    r(i) = X(i, k)
    T(j, i) = X(i, j)
    """
    x = rand(3, 4)
    r, t = run(src, x)
    np.testing.assert_allclose(r, x.sum(1), rtol=1e-5, atol=1e-6)
    np.testing.assert_array_equal(t, x.T)


def test_reductions_over_several_indices_and_kinds():
    src = """
    input X: f32[2, 3, 4]
    output a: f32[2]
    output b: f32[3, 4]
    output total: f32
    a(i) = min(j, k, X(i, j, k))
    b(j, k) = prod(i, X(i, j, k))
    total = sum(i, j, k, X(i, j, k))
    """
    x = rand(2, 3, 4)
    a, b, total = run(src, x)
    np.testing.assert_allclose(a, x.min((1, 2)))
    np.testing.assert_allclose(b, x.prod(0), rtol=1e-5)
    np.testing.assert_allclose(total, x.sum(), rtol=1e-4)
    assert total.shape == ()


def test_elementwise_functions_and_constants():
    src = """
    func act
    input X: f32[5]
    output Y: f32[5, 10]
    const half = 1 / 2
    Y(i, f) = select(f == 0, relu(X(i)), 0) + select(f == 1, exp(X(i)), 0)
    """
    # a comparison of plain numbers is folded, but `f` is an index, not a value:
    assert "index variable cannot be used as a value" in errors(src)
    src = """
    func act
    input X: f32[5]
    output Y0: f32[5]
    output Y1: f32[5]
    output Y2: f32[5]
    output Y3: f32[5]
    const half = 1 / 2
    Y0(i) = relu(X(i)) + sigmoid(X(i)) * half - tanh(X(i))
    Y1(i) = log(abs(X(i)) + 1) + sqrt(abs(X(i))) + rsqrt(abs(X(i)) + 1)
    Y2(i) = erf(X(i)) + neg(X(i)) + -X(i) + max(X(i), 0.25) + min(X(i), -0.25)
    Y3(i) = select(X(i) > 0, X(i), 0.1 * X(i))
    """
    x = rand(5)
    y0, y1, y2, y3 = run(src, x)
    erf = np.vectorize(math.erf)
    np.testing.assert_allclose(y0, np.maximum(x, 0) + 0.5 / (1 + np.exp(-x)) - np.tanh(x), rtol=1e-5, atol=1e-6)
    np.testing.assert_allclose(y1, np.log(abs(x) + 1) + np.sqrt(abs(x)) + 1 / np.sqrt(abs(x) + 1), rtol=1e-5)
    np.testing.assert_allclose(y2, erf(x) - 2 * x + np.maximum(x, 0.25) + np.minimum(x, -0.25), rtol=1e-5, atol=1e-6)
    np.testing.assert_allclose(y3, np.where(x > 0, x, 0.1 * x), rtol=1e-6)
    assert compile_tin(src).body.block.first_op.sym_name.data == "act"


def test_constants_fold_and_broadcast_to_declared_shape():
    src = """
    input x: f32[3]
    output Y: f32[3, 2]
    output Z: f32[2]
    const c = sqrt(16) * 2 - exp(0)
    Y(i, j) = x(i) * c
    Z(j) = 1.5
    """
    x = rand(3)
    y, z = run(src, x)
    np.testing.assert_allclose(y, np.repeat((7 * x)[:, None], 2, 1), rtol=1e-6)
    np.testing.assert_array_equal(z, np.full(2, 1.5, np.float32))


def test_temporaries_reassignment_and_compound_assignment():
    src = """
    input A: f32[2, 3]
    input B: f32[3, 2]
    output C: f32[2, 2]
    T(i, j) = A(i, k) * B(k, j)
    C(i, j) = T(i, j)
    C(i, j) += T(j, i)
    C(i, j) *= 2
    """
    a, b = rand(2, 3), rand(3, 2)
    t = a @ b
    np.testing.assert_allclose(run(src, a, b)[0], 2 * (t + t.T), rtol=1e-5, atol=1e-6)


def test_scalar_tensors():
    src = """
    input s: f32
    input x: f32[4]
    output y: f32[4]
    output d: f32[]
    y(i) = x(i) * s
    d = x(i) * x(i)
    """
    s, x = np.array(3, np.float32), rand(4)
    y, d = run(src, s, x)
    np.testing.assert_allclose(y, 3 * x, rtol=1e-6)
    np.testing.assert_allclose(d, x @ x, rtol=1e-5)


def test_convolution_pooling_depthwise_and_strides():
    src = """
    input X: f32[2, 9, 9, 3]
    input F: f32[3, 3, 3, 4]
    input G: f32[2, 2, 3]
    output C: f32[2, 4, 4, 4]
    output D: f32[2, 7, 7, 3]
    output P: f32[2, 3, 3, 3]
    index p: 3, q: 3
    C(n, h, w, f) = X(n, 2*h + r, 2*w + s, c) * F(r, s, c, f)
    D(n, h, w, c) = X(n, h + 2*r, w + 2*s, c) * G(r, s, c)
    P(n, h, w, c) = max(p, q, X(n, 3*h + p, 3*w + q, c))
    """
    m = compile_tin(src)
    assert op_names(m) == ["ta.conv2d", "ta.conv2d", "ta.pool2d"]
    x, f, g = rand(2, 9, 9, 3), rand(3, 3, 3, 4), rand(2, 2, 3)
    c, d, p = run(src, x, f, g)
    want_c = sum(
        np.einsum("nhwc,cf->nhwf", x[:, r : r + 7 : 2, s : s + 7 : 2, :], f[r, s]) for r in range(3) for s in range(3)
    )
    want_d = sum(x[:, 2 * r : 2 * r + 7, 2 * s : 2 * s + 7, :] * g[r, s] for r in range(2) for s in range(2))
    want_p = x.reshape(2, 3, 3, 3, 3, 3).max(axis=(2, 4))
    np.testing.assert_allclose(c, want_c, rtol=1e-4, atol=1e-5)
    np.testing.assert_allclose(d, want_d, rtol=1e-4, atol=1e-5)
    np.testing.assert_array_equal(p, want_p)


def test_sizes_of_temporaries_are_inferred_through_windows():
    src = """
    input X: f32[1, 6, 6, 2]
    output Y: f32[1, 2]
    index p: 2, q: 2
    H(n, h, w, c) = sum(p, q, X(n, 2*h + p, 2*w + q, c))
    Y(n, c) = H(n, h, w, c)
    """
    m = compile_tin(src)
    assert "tensor<1x3x3x2xf32>" in print_module(m)
    x = rand(1, 6, 6, 2)
    np.testing.assert_allclose(run(src, x)[0], x.sum((1, 2)), rtol=1e-4, atol=1e-5)


# --- the module ---------------------------------------------------------------------------
def test_function_name_args_locations_and_round_trip():
    src = "// a comment\n# another\ninput A: f32[2]\noutput B: f32[2]\nB(i) = relu(A(i))   // trailing\n"
    m = compile_tin(src, "dir/my-prog.tin")
    fn = m.body.block.first_op
    assert fn.sym_name.data == "my_prog"
    assert [a.name_hint for a in fn.body.block.args] == ["A"]
    relu = next(op for op in m.walk() if op.name == "ta.relu")
    assert (relu.location.filename.data, relu.location.line.data, relu.location.column.data) == ("dir/my-prog.tin", 5, 8)
    text = print_module(m)
    assert "%B = ta.relu %A" in text
    assert print_module(parse_module(make_context(), text, "x.mlir")) == text


def test_outputs_are_results_in_declaration_order_and_inputs_args():
    src = """
    input b: f32[2]
    input a: f32[2]
    output y: f32[2]
    output x: f32[2]
    x(i) = a(i)
    y(i) = b(i) + 1
    """
    fn = compile_tin(src).body.block.first_op
    assert [a.name_hint for a in fn.body.block.args] == ["b", "a"]
    a, b = rand(2), rand(2)
    y, x = run(src, b, a)
    np.testing.assert_array_equal(x, a)
    np.testing.assert_allclose(y, b + 1)


# --- diagnostics ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "src, where, message",
    [
        ("input A: f32[2]\noutput B: f32[2]\nB(i) = C(i)\n", "3:8", "use of undeclared tensor 'C'"),
        (
            "input A: f32[2,3]\ninput B: f32[4,5]\noutput C: f32[2,5]\nC(i,j) = A(i,k) * B(k,j)\n",
            "4:19",
            "index 'k' has size 4 in 'B' but size 3 at bad.tin:4:10",
        ),
        ("input A: f32[2,3]\noutput B: f32[2]\nB(i) = A(i)\n", "3:8", "'A' has rank 2 ([2, 3]) but is accessed with 1 index"),
        ("input A: f32[2]\noutput B: f32[2,2]\nB(i) = A(i)\n", "3:1", "'B' has rank 2 but is assigned with 1 index"),
        ("input A: f32[2]\noutput B: f32[3]\nB(i) = A(i)\n", "3:8", "index 'i' has size 2 in 'A' but size 3"),
        ("input A: f32[2]\noutput B: f32[2]\nA(i) = A(i)\n", "3:1", "cannot assign to input 'A'"),
        ("input A: f32[2]\noutput B: f32[2]\n", "2:8", "output 'B' is never assigned"),
        ("input A: f32[2]\noutput B: f32[2]\nB(i) = A(i) +\n", "3:14", "unexpected end of file"),
        ("input A: f32[2]\noutput B: f32[2]\nB(i) = A(i) $ 2\n", "3:13", "unexpected character '$'"),
        # No separator is needed between statements, so this is a second statement lacking '=':
        ("input A: f32[2]\noutput B: f32[2]\nB(i) = A(i) A(i)\n", "3:17", "unexpected end of file, expected '='"),
        ("input A: f32[2]\ninput A: f32[2]\n", "2:7", "'A' is already declared at bad.tin:1:7"),
        ("input exp: f32[2]\n", "1:7", "'exp' is a function name"),
        ("input A: f32[2]\noutput B: f32[2]\nB(i) = T(i)\nT(i) = A(i)\n", "3:8", "undeclared tensor 'T'"),
        ("input A: f32[2]\noutput B: f32[2]\nT(i,j) = A(i)\n", "3:1", "cannot infer the size of index 'j' of 'T'"),
        ("input A: f32[2]\noutput B: f32[2]\nB(i) = relu(A(i), A(i))\n", "3:8", "relu expects 1 argument, got 2"),
        ("input A: f32[2,2]\noutput B: f32[2]\nB(i) = A(i,i)\n", "3:8", "index 'i' is repeated"),
        ("input A: f32[2]\noutput B: f32[2]\nB(i) = sum(k, A(i))\n", "3:8", "reduction index 'k' does not appear"),
        ("input A: f32[2]\ninput C: i32[2]\noutput B: f32[2]\nB(i) = A(i) + C(i)\n", "4:8", "element types differ: f32 and i32"),
        ("input A: f32[2]\noutput B: f32[2]\nconst c = log(0 - 1)\nB(i) = A(i)\n", "3:11", "cannot evaluate this constant expression"),
        ("input A: f32[2]\noutput B: f32[2]\nB(i) = A(i) > 0\n", "3:13", "unexpected '>'"),
        ("input A: f32[2]\noutput B: f32[2]\nB(i) = select(A(i), 1, 2)\n", "3:15", "must be a comparison"),
        (
            "input X: f32[1,5,5,1]\noutput Y: f32[1,5,5,1]\nT(n,h,w,c) = relu(X(n,h+r,w+s,c))\n",
            "3:19",
            "cannot infer the sizes of 'h' and 'r'",
        ),
        (
            "input X: f32[1,5,5,1]\noutput Y: f32[1,5,5,1]\nindex r: 2, s: 2\nY(n,h,w,c) = max(r, s, X(n,h+r,w+s,c))\n",
            "4:24",
            "the window 'h + r' reaches index 5 of a dimension of size 5",
        ),
        (
            "input X: f32[1,5,5,1]\noutput Y: f32[1,4,4,1]\nindex r: 2, s: 2\nY(n,h,w,c) = sum(r, s, exp(X(n,h+r,w+s,c)))\n",
            "4:28",
            "the windowed subscript 'h + r' is only supported in a 2-D convolution",
        ),
        ("input A: f32[0]\n", "1:14", "dimension of 'A' must be positive"),
        ("input A: f32[2]\noutput B: f32[2]\nB(i) = A(i+1)\n", "3:10", "must be an index variable or a window"),
    ],
)
def test_diagnostics_are_located(src, where, message):
    text = errors(src)
    assert text.startswith(f"bad.tin:{where}: error: "), text
    assert message in text, text


# --- a property: random statements against an independent evaluation with named dimensions ----

SIZES = {"i": 2, "j": 3, "k": 4}
TENSORS = {"Tij": "ij", "Tjk": "jk", "Tik": "ik", "Ti": "i", "Tj": "j", "Tk": "k", "Tijk": "ijk"}


def _align(value, have: str, want: str):
    """`value` (dims `have`) as an array over `want` (a superset), broadcastable."""
    order = [have.index(c) for c in want if c in have]
    arr = np.transpose(value, order) if order else value
    shape = [SIZES[c] if c in have else 1 for c in want]
    return arr.reshape(shape)


def _union(a: str, b: str) -> str:
    return "".join(c for c in "ijk" if c in a or c in b)


@st.composite
def _expr(draw, depth=0):
    """(tin text, evaluator(env) -> (array, dims))."""
    kind = draw(st.sampled_from(["access", "access", "const", "binary", "unary", "reduce", "select"])
                if depth < 3 else st.sampled_from(["access", "const"]))
    if kind == "access":
        name = draw(st.sampled_from(sorted(TENSORS)))
        dims = TENSORS[name]
        return f"{name}({', '.join(dims)})", lambda env: (env[name], dims)
    if kind == "const":
        c = draw(st.sampled_from([0.5, 2.0, -1.0, 3.0]))
        return repr(c), lambda env: (np.float64(c), "")
    if kind == "unary":
        text, ev = draw(_expr(depth + 1))
        fn = draw(st.sampled_from(["relu", "tanh", "neg", "abs", "sigmoid"]))
        np_fn = {"relu": lambda x: np.maximum(x, 0), "tanh": np.tanh, "neg": np.negative, "abs": np.abs,
                 "sigmoid": lambda x: 1 / (1 + np.exp(-x))}[fn]
        return f"{fn}({text})", lambda env: (np_fn(ev(env)[0]), ev(env)[1])
    if kind == "binary":
        (ta_, ea), (tb, eb) = draw(_expr(depth + 1)), draw(_expr(depth + 1))
        op = draw(st.sampled_from(["+", "-", "*", "/", "max", "min"]))

        def ev(env):
            (a, da), (b, db) = ea(env), eb(env)
            u = _union(da, db)
            a, b = _align(a, da, u), _align(b, db, u)
            r = {"+": np.add, "-": np.subtract, "*": np.multiply, "/": lambda x, y: x / (np.abs(y) + 1),
                 "max": np.maximum, "min": np.minimum}[op](a, b)
            return np.broadcast_to(r, [SIZES[c] for c in u]), u

        if op in ("max", "min"):
            return f"{op}({ta_}, {tb})", ev
        if op == "/":
            return f"({ta_}) / (abs({tb}) + 1)", ev
        return f"({ta_}) {op} ({tb})", ev
    if kind == "select":
        parts = [draw(_expr(depth + 1)) for _ in range(4)]

        def ev(env):
            vals = [e(env) for _, e in parts]
            u = _union(_union(vals[0][1], vals[1][1]), _union(vals[2][1], vals[3][1]))
            a, b, t, f = (_align(v, d, u) for v, d in vals)
            return np.broadcast_to(np.where(a > b, t, f), [SIZES[c] for c in u]), u

        return f"select({parts[0][0]} > {parts[1][0]}, {parts[2][0]}, {parts[3][0]})", ev
    # reduce over an index of the body (retry with a fixed access when the body has none)
    text, ev = draw(_expr(depth + 1))
    kind = draw(st.sampled_from(["sum", "max", "min"]))
    idx = draw(st.sampled_from("ijk"))
    text = f"({text}) * T{idx}({idx})"

    def ev_r(env):
        a, da = ev(env)
        da2 = _union(da, idx)
        prod = _align(a, da, da2) * _align(env[f"T{idx}"], idx, da2)
        prod = np.broadcast_to(prod, [SIZES[c] for c in da2])
        axis = da2.index(idx)
        return getattr(np, kind)(prod, axis=axis), da2.replace(idx, "")

    return f"{kind}({idx}, {text})", ev_r


@given(_expr(), st.permutations("ijk"), st.integers(0, 3))
def test_random_statements_match_named_dimension_numpy(expr, perm, extra):
    text, ev = expr
    env = {name: RNG.standard_normal([SIZES[c] for c in dims]) for name, dims in TENSORS.items()}
    _, dims = ev(env)
    # The left-hand side: the free indices in a random order, maybe plus broadcast ones.
    lhs = [c for c in perm if c in dims or c in "ijk"[:extra]]
    decls = "".join(f"input {n}: f32[{', '.join(str(SIZES[c]) for c in d)}]\n" for n, d in TENSORS.items())
    shape = ", ".join(str(SIZES[c]) for c in lhs)
    src = f"{decls}output R: f32[{shape}]\nR({', '.join(lhs)}) = {text}\n"
    module = compile_tin(src)
    (got,) = run_reference(module, None, [env[n].astype(np.float32) for n in TENSORS])
    value, have = ev(env)
    want = np.broadcast_to(_align(value, have, "".join(lhs)), [SIZES[c] for c in lhs])
    np.testing.assert_allclose(got, want, rtol=1e-4, atol=1e-4, err_msg=src)
