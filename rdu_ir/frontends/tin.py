"""The `.tin` tensor index-notation front end: text -> a `func.func` of `ta` ops.

    input  A: f32[64, 32]
    input  B: f32[32, 16]
    output C: f32[64, 16]
    C(i, j) = A(i, k) * B(k, j)

The grammar is `tin.lark`; the language is documented in docs/tin.md. Compilation runs per
statement in three steps:
1. sizes: every index variable gets one size from the tensor dimensions it indexes;
2. implicit sums: an index used on the right but not on the left is summed over the smallest
   subexpression containing all its uses (so `A(i,k) * B(k,j) + bias(j)` sums only the
   product). The sum is then widened through factors that do not use it (`*`, the numerator of
   `/`, negation) - equal by linearity - so that whole products become one `ta.contract`;
3. emission: each subexpression is a tensor whose dimensions are its free indices, kept in
   one order per statement (left-hand side first), so operands only need `ta.broadcast` to the
   union of their indices; accesses are transposed into that order. Constants are folded and
   materialised as splats at the shape they meet.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from lark import Lark, Token, Tree
from lark.exceptions import (
    UnexpectedCharacters,
    UnexpectedEOF,
    UnexpectedInput,
    UnexpectedToken,
)
from xdsl.dialects import func
from xdsl.dialects.builtin import (
    FileLineColLoc,
    IntAttr,
    IntegerType,
    ModuleOp,
    StringAttr,
    TensorType,
    bf16,
    f16,
    f32,
    f64,
    i8,
    i16,
    i32,
    i64,
)
from xdsl.ir import Attribute, Block, Operation, Region, SSAValue

from rdu_ir.diagnostics import RduError, error
from rdu_ir.dialects import ta

DTYPES: dict[str, Attribute] = {
    "f16": f16, "bf16": bf16, "f32": f32, "f64": f64, "i8": i8, "i16": i16, "i32": i32, "i64": i64,
}
UNARY_FUNCTIONS = ("relu", "exp", "log", "tanh", "sqrt", "rsqrt", "sigmoid", "erf", "abs", "neg")
BINARY_FUNCTIONS = ("max", "min")
REDUCTIONS = ("sum", "prod", "max", "min")
FUNCTIONS = frozenset(UNARY_FUNCTIONS + BINARY_FUNCTIONS + REDUCTIONS + ("select",))
PREDICATES = {"==": "eq", "!=": "ne", "<": "lt", "<=": "le", ">": "gt", ">=": "ge"}

_CONST_UNARY = {
    "relu": lambda x: max(x, 0.0),
    "exp": math.exp,
    "log": math.log,
    "tanh": math.tanh,
    "sqrt": math.sqrt,
    "rsqrt": lambda x: 1.0 / math.sqrt(x),
    "sigmoid": lambda x: 1.0 / (1.0 + math.exp(-x)),
    "erf": math.erf,
    "abs": abs,
    "neg": lambda x: -x,
}
_CONST_BINARY = {
    "add": lambda a, b: a + b,
    "sub": lambda a, b: a - b,
    "mul": lambda a, b: a * b,
    "div": lambda a, b: a / b,
    "max": max,
    "min": min,
}
_CONST_COMPARE = {
    "eq": lambda a, b: a == b, "ne": lambda a, b: a != b, "lt": lambda a, b: a < b,
    "le": lambda a, b: a <= b, "gt": lambda a, b: a > b, "ge": lambda a, b: a >= b,
}


# --- the syntax tree ------------------------------------------------------------------------
@dataclass(eq=False)
class Node:
    loc: str


@dataclass(eq=False)
class Num(Node):
    value: float


@dataclass(eq=False)
class Name(Node):
    name: str


@dataclass(frozen=True)
class Affine:
    """A windowed subscript `a*x + b*y` (a, b positive integers), e.g. `2*h + r`."""

    terms: tuple[tuple[str, int], ...]

    def __str__(self) -> str:
        return " + ".join(n if c == 1 else f"{c}*{n}" for n, c in self.terms)


Subscript = str | Affine


def sub_indices(sub: Subscript) -> list[str]:
    return [sub] if isinstance(sub, str) else [n for n, _ in sub.terms]


@dataclass(eq=False)
class Access(Node):
    tensor: str
    indices: list[Subscript]

    @property
    def index_names(self) -> list[str]:
        return [i for sub in self.indices for i in sub_indices(sub)]

    @property
    def windowed(self) -> bool:
        return any(isinstance(sub, Affine) for sub in self.indices)


@dataclass(eq=False)
class Unary(Node):
    fn: str  # a key of UNARY_FUNCTIONS
    x: Node


@dataclass(eq=False)
class Binary(Node):
    fn: str  # add sub mul div max min
    lhs: Node
    rhs: Node


@dataclass(eq=False)
class Reduce(Node):
    kind: str  # sum prod max min
    indices: list[str]
    body: Node


@dataclass(eq=False)
class Compare(Node):
    predicate: str
    lhs: Node
    rhs: Node


@dataclass(eq=False)
class Select(Node):
    cond: Compare
    true_value: Node
    false_value: Node


def children(node: Node) -> list[Node]:
    if isinstance(node, Unary):
        return [node.x]
    if isinstance(node, Binary | Compare):
        return [node.lhs, node.rhs]
    if isinstance(node, Reduce):
        return [node.body]
    if isinstance(node, Select):
        return [node.cond, node.true_value, node.false_value]
    return []


def with_children(node: Node, new: list[Node]) -> Node:
    if isinstance(node, Unary):
        return Unary(node.loc, node.fn, new[0])
    if isinstance(node, Binary):
        return Binary(node.loc, node.fn, new[0], new[1])
    if isinstance(node, Compare):
        return Compare(node.loc, node.predicate, new[0], new[1])
    if isinstance(node, Reduce):
        return Reduce(node.loc, node.kind, node.indices, new[0])
    if isinstance(node, Select):
        assert isinstance(new[0], Compare)
        return Select(node.loc, new[0], new[1], new[2])
    return node


# --- declarations and program state -----------------------------------------------------------
@dataclass
class Tensor:
    name: str
    type: TensorType
    kind: str  # input | output | temp
    loc: str
    value: SSAValue | None = None  # the current value (None until assigned)


@dataclass
class TV:
    """A compiled subexpression: a tensor whose dimensions are `indices`, or a folded constant."""

    value: SSAValue | None
    indices: tuple[str, ...] = ()
    const: float | None = None

    @property
    def element_type(self) -> Attribute | None:
        return None if self.value is None else self.value.type.element_type  # type: ignore[union-attr]


# --- parsing ------------------------------------------------------------------------------------
@cache
def _parser() -> Lark:
    grammar = (Path(__file__).parent / "tin.lark").read_text()
    return Lark(grammar, parser="lalr", propagate_positions=True, maybe_placeholders=True)


_TOKEN_NAMES = {
    "LPAR": "'('", "RPAR": "')'", "LSQB": "'['", "RSQB": "']'", "COMMA": "','", "COLON": "':'",
    "SEMICOLON": "';'", "EQUAL": "'='", "PLUS": "'+'", "MINUS": "'-'", "STAR": "'*'",
    "SLASH": "'/'", "NAME": "a name", "NUMBER": "a number", "INT": "an integer",
    "DTYPE": "an element type (f32, bf16, i32, ...)", "ASSIGN": "'='", "CMP": "a comparison",
    "$END": "end of file",
}


def _describe_expected(expected: Sequence[str]) -> str:
    names: list[str] = []
    for t in sorted(expected):
        if t.startswith("_"):  # lark's anonymous terminals
            continue
        described = _TOKEN_NAMES.get(t, f"'{t.lower()}'" if t.isupper() and len(t) <= 8 else t)
        if described not in names:
            names.append(described)
    return ", ".join(names[:8])


def _syntax_error(e: UnexpectedInput, filename: str, text: str) -> RduError:
    line, col = getattr(e, "line", 0) or 0, getattr(e, "column", 0) or 0
    if isinstance(e, UnexpectedCharacters):
        ch = text[e.pos_in_stream] if e.pos_in_stream < len(text) else "end of file"
        msg = f"unexpected character '{ch}'"
    elif isinstance(e, UnexpectedEOF) or (
        isinstance(e, UnexpectedToken) and e.token.type == "$END"
    ):
        msg = "unexpected end of file"
        end = len(text.rstrip())  # just after the last token, where more was expected
        line = text.count("\n", 0, end) + 1
        col = end - (text.rfind("\n", 0, end) + 1) + 1
    elif isinstance(e, UnexpectedToken):
        msg = f"unexpected '{e.token}'"
    else:  # pragma: no cover - lark has no other kinds
        msg = "syntax error"
    expected = getattr(e, "expected", None) or getattr(e, "allowed", None)
    if expected:
        msg += f", expected {_describe_expected(list(expected))}"
    return error(msg, f"{filename}:{max(line, 1)}:{max(col, 1)}")


def _loc(filename: str, item: Tree | Token) -> str:
    if isinstance(item, Token):
        return f"{filename}:{item.line}:{item.column}"
    return f"{filename}:{item.meta.line}:{item.meta.column}"


# --- the compiler -----------------------------------------------------------------------------
class TinCompiler:
    def __init__(self, filename: str):
        self.filename = filename
        self.tensors: dict[str, Tensor] = {}
        self.consts: dict[str, float] = {}
        self.block = Block()
        # per statement
        self.sizes: dict[str, int] = {}
        self.order: dict[str, int] = {}
        self.default_type: Attribute = f32
        self._size_origin: dict[str, str] = {}
        self.index_sizes: dict[str, int] = {}  # from `index r: 3` declarations
        self.index_origin: dict[str, str] = {}
        self._memo: dict[tuple, SSAValue] = {}  # transposes and splats already emitted

    # -- entry -----------------------------------------------------------------------------
    def compile(self, tree: Tree) -> ModuleOp:
        func_name = _symbol_name(Path(self.filename).stem if self.filename else "main")
        items = list(tree.children)
        if items and isinstance(items[0], Tree) and items[0].data == "header":
            func_name = str(items[0].children[0])
            items = items[1:]
        inputs: list[Tensor] = []
        outputs: list[Tensor] = []
        for item in items:
            kind = item.data
            if kind in ("input_decl", "output_decl"):
                t = self._declare(item, "input" if kind == "input_decl" else "output")
                (inputs if t.kind == "input" else outputs).append(t)
                if t.kind == "input":
                    t.value = self.block.insert_arg(t.type, len(self.block.args))
                    t.value.name_hint = t.name
            elif kind == "const_decl":
                self._const(item)
            elif kind == "index_decl":
                self._index_decl(item)
            else:
                self._statement(item)
        if not outputs:
            raise error("the program declares no 'output' tensor", f"{self.filename}:1:1")
        results = []
        for t in outputs:
            if t.value is None:
                raise error(f"output '{t.name}' is never assigned", t.loc)
            results.append(t.value)
        ret = func.ReturnOp(*results)
        self._emit(ret, f"{self.filename}:1:1")
        fn = func.FuncOp(
            func_name,
            ([t.type for t in inputs], [t.type for t in outputs]),
            Region(self.block),
        )
        fn.location = _location(f"{self.filename}:1:1")
        return ModuleOp([fn])

    # -- declarations -----------------------------------------------------------------------
    def _declare(self, item: Tree, kind: str) -> Tensor:
        name_tok, type_tree = item.children
        name = str(name_tok)
        loc = _loc(self.filename, name_tok)
        self._check_new_name(name, loc)
        dtype_tok = type_tree.children[0]
        shape_tree = type_tree.children[1] if len(type_tree.children) > 1 else None
        shape: list[int] = []
        if shape_tree is not None:
            for tok in shape_tree.children:
                if tok is None:
                    continue
                if int(tok) <= 0:
                    raise error(f"dimension of '{name}' must be positive, got {tok}", _loc(self.filename, tok))
                shape.append(int(tok))
        t = Tensor(name, TensorType(DTYPES[str(dtype_tok)], shape), kind, loc)
        self.tensors[name] = t
        return t

    def _index_decl(self, item: Tree) -> None:
        for entry in item.children:
            name_tok, size_tok = entry.children
            loc = _loc(self.filename, name_tok)
            self._check_index_name(str(name_tok), loc)
            if str(name_tok) in self.index_sizes:
                raise error(f"index '{name_tok}' is already declared at {self.index_origin[str(name_tok)]}", loc)
            if int(size_tok) <= 0:
                raise error(f"the size of index '{name_tok}' must be positive, got {size_tok}", loc)
            self.index_sizes[str(name_tok)] = int(size_tok)
            self.index_origin[str(name_tok)] = loc

    def _check_new_name(self, name: str, loc: str) -> None:
        if name in FUNCTIONS:
            raise error(f"'{name}' is a function name and cannot name a tensor or constant", loc)
        if name in self.tensors:
            raise error(f"'{name}' is already declared at {self.tensors[name].loc}", loc)
        if name in self.consts:
            raise error(f"'{name}' is already declared as a constant", loc)
        if name in self.index_sizes:
            raise error(f"'{name}' is already declared as an index", loc)

    def _const(self, item: Tree) -> None:
        name_tok, expr = item.children
        loc = _loc(self.filename, name_tok)
        self._check_new_name(str(name_tok), loc)
        node = self._ast(expr)
        if not _is_constant(node, self.consts):
            raise error(f"constant '{name_tok}' must be a scalar expression of numbers and constants", node.loc)
        self._begin_statement({})
        tv = self._expr(node)
        self.consts[str(name_tok)] = tv.const

    # -- statements -----------------------------------------------------------------------------
    def _statement(self, item: Tree) -> None:
        lhs, assign, rhs_tree = item.children
        name_tok = lhs.children[0]
        name = str(name_tok)
        lhs_loc = _loc(self.filename, lhs)
        lhs_indices = [str(t) for t in lhs.children[1:] if t is not None]
        for pos, idx in enumerate(lhs_indices):
            if idx in lhs_indices[:pos]:
                raise error(f"index '{idx}' appears twice on the left-hand side", lhs_loc)
            if idx in self.tensors or idx in self.consts:
                raise error(f"'{idx}' names a tensor or constant and cannot be an index", lhs_loc)
        if name in FUNCTIONS:
            raise error(f"'{name}' is a function name and cannot name a tensor", lhs_loc)
        if name in self.consts:
            raise error(f"cannot assign to constant '{name}'", lhs_loc)
        target = self.tensors.get(name)
        if target is not None and target.kind == "input":
            raise error(f"cannot assign to input '{name}'", lhs_loc)
        if target is not None and target.type.get_num_dims() != len(lhs_indices):
            raise error(
                f"'{name}' has rank {target.type.get_num_dims()} but is assigned with "
                f"{len(lhs_indices)} {'index' if len(lhs_indices) == 1 else 'indices'}",
                lhs_loc,
            )
        rhs = self._ast(rhs_tree)
        if str(assign) != "=":
            if target is None or target.value is None:
                raise error(f"'{name}' is used before it is assigned", lhs_loc)
            fn = {"+=": "add", "-=": "sub", "*=": "mul", "/=": "div"}[str(assign)]
            rhs = Binary(lhs_loc, fn, Access(lhs_loc, name, list(lhs_indices)), rhs)

        known = {}
        if target is not None:
            known = dict(zip(lhs_indices, target.type.get_shape()))
        self._begin_statement(known, lhs_loc)
        self._bind_sizes(rhs, set())
        self._bind_windows()
        self.default_type = target.type.element_type if target is not None else (self._first_type(rhs) or f32)
        for idx in lhs_indices:
            if idx not in self.sizes:
                raise error(f"cannot infer the size of index '{idx}' of '{name}': it is used on neither side", lhs_loc)
        rhs = self._implicit_sums(rhs, lhs_indices)
        # One dimension order per statement: the left-hand side's, then first use.
        self.order = {}
        for idx in lhs_indices + _indices_in_order(rhs):
            self.order.setdefault(idx, len(self.order))
        tv = self._expr(rhs)
        value = self._to_shape(tv, tuple(lhs_indices), rhs.loc)
        elem = value.type.element_type  # type: ignore[attr-defined]
        if target is None:
            target = Tensor(name, value.type, "temp", lhs_loc)  # type: ignore[arg-type]
            self.tensors[name] = target
        elif elem != target.type.element_type:
            raise error(f"assigning a {elem} value to '{name}' of type {target.type}", lhs_loc)
        if isinstance(value.owner, Operation) and all(t.value is not value for t in self.tensors.values()):
            value.name_hint = name  # a copy (`Y(i,j) = X(i,j)`) keeps its source's name
        target.value = value

    def _begin_statement(self, known: dict[str, int], loc: str = "") -> None:
        self.sizes = dict(self.index_sizes)
        self._size_origin = dict(self.index_origin)
        for idx, size in known.items():
            if idx in self.sizes and self.sizes[idx] != size:
                raise error(
                    f"index '{idx}' has size {size} on the left-hand side but is declared with size "
                    f"{self.sizes[idx]} at {self.index_origin[idx]}",
                    loc,
                )
            self.sizes[idx] = size
            self._size_origin[idx] = loc
        self._windows: list[tuple[Access, Affine, int]] = []
        self.order = {}

    # -- syntax tree from lark -----------------------------------------------------------------
    def _ast(self, tree: Tree | Token) -> Node:
        loc = _loc(self.filename, tree)
        if isinstance(tree, Token):  # pragma: no cover - every terminal is wrapped in a rule
            raise error(f"unexpected '{tree}'", loc)
        kind = tree.data
        kids = tree.children
        if kind == "number":
            return Num(loc, float(kids[0]))
        if kind == "name":
            return Name(loc, str(kids[0]))
        if kind in ("add", "sub", "mul", "div"):
            return Binary(loc, kind, self._ast(kids[0]), self._ast(kids[1]))
        if kind == "neg":
            return Unary(loc, "neg", self._ast(kids[0]))
        if kind == "unary":  # unary plus
            return self._ast(kids[0])
        if kind == "compare":
            raise error("a comparison is only allowed as the first argument of select(...)", loc)
        if kind == "call":
            return self._call(loc, str(kids[0]), [k for k in kids[1:] if k is not None])
        raise error(f"unexpected construct '{kind}'", loc)  # pragma: no cover

    def _call(self, loc: str, fn: str, args: list[Tree]) -> Node:
        if fn not in FUNCTIONS:
            # A tensor access: every argument is an index variable.
            if fn not in self.tensors:
                if fn in self.consts:
                    raise error(f"'{fn}' is a scalar constant and takes no subscripts", loc)
                known = ", ".join(sorted(FUNCTIONS))
                raise error(f"use of undeclared tensor '{fn}' (or unknown function; functions are {known})", loc)
            return Access(loc, fn, [self._subscript(fn, a) for a in args])
        if fn == "select":
            if len(args) != 3:
                raise error(f"select expects 3 arguments (condition, true value, false value), got {len(args)}", loc)
            cond = args[0]
            if not (isinstance(cond, Tree) and cond.data == "compare"):
                raise error("the first argument of select must be a comparison such as 'a > b'", _loc(self.filename, cond))
            c = Compare(
                _loc(self.filename, cond),
                PREDICATES[str(cond.children[1])],
                self._ast(cond.children[0]),
                self._ast(cond.children[2]),
            )
            return Select(loc, c, self._ast(args[1]), self._ast(args[2]))
        # Reductions: leading bare names that are not tensors or constants are index variables.
        if fn in REDUCTIONS:
            leading = []
            for a in args[:-1]:
                if isinstance(a, Tree) and a.data == "name" and str(a.children[0]) not in self.tensors \
                        and str(a.children[0]) not in self.consts:
                    leading.append(str(a.children[0]))
                else:
                    break
            if leading and len(leading) == len(args) - 1:
                if len(set(leading)) != len(leading):
                    raise error(f"an index is listed twice in {fn}(...)", loc)
                return Reduce(loc, fn, leading, self._ast(args[-1]))
            if fn in ("sum", "prod"):
                raise error(
                    f"{fn} expects index variables then an expression, e.g. {fn}(k, A(i,k))", loc
                )
        if fn in UNARY_FUNCTIONS:
            if len(args) != 1:
                raise error(f"{fn} expects 1 argument, got {len(args)}", loc)
            return Unary(loc, fn, self._ast(args[0]))
        if len(args) != 2:
            raise error(
                f"{fn} expects two expressions (elementwise) or index variables and an expression "
                f"(reduction), got {len(args)} arguments",
                loc,
            )
        return Binary(loc, fn, self._ast(args[0]), self._ast(args[1]))

    def _subscript(self, tensor: str, tree: Tree) -> Subscript:
        """An index variable, or a window `a*x + b*y` as in `X(n, 2*h + r, w + s, c)`."""
        if tree.data == "name":
            return str(tree.children[0])
        terms: list[tuple[str, int]] = []

        def term(t: Tree) -> bool:
            if t.data == "name":
                terms.append((str(t.children[0]), 1))
                return True
            if t.data == "mul":
                a, b = t.children
                if b.data == "number":
                    a, b = b, a
                if (a.data == "number" and b.data == "name"
                        and re.fullmatch(r"[0-9]+", str(a.children[0])) and int(a.children[0]) > 0):
                    terms.append((str(b.children[0]), int(a.children[0])))
                    return True
            return False

        ok = tree.data == "add" and term(tree.children[0]) and term(tree.children[1])
        if not ok or terms[0][0] == terms[1][0]:
            raise error(
                f"a subscript of '{tensor}' must be an index variable or a window such as "
                "'2*h + r' (two different indices with positive integer factors)",
                _loc(self.filename, tree),
            )
        return Affine(tuple(terms))

    # -- step 1: index sizes ---------------------------------------------------------------------
    def _bind_sizes(self, node: Node, bound: set[str]) -> None:
        if isinstance(node, Access):
            t = self._tensor(node.tensor, node.loc)
            shape = t.type.get_shape()
            if len(shape) != len(node.indices):
                raise error(
                    f"'{node.tensor}' has rank {len(shape)} ({_shape_str(shape)}) but is accessed with "
                    f"{len(node.indices)} {'index' if len(node.indices) == 1 else 'indices'}",
                    node.loc,
                )
            for sub, size in zip(node.indices, shape):
                if isinstance(sub, Affine):
                    for idx in sub_indices(sub):
                        self._check_index_name(idx, node.loc)
                    self._windows.append((node, sub, size))
                    continue
                idx = sub
                self._check_index_name(idx, node.loc)
                self._unify(idx, size, node)
            return
        if isinstance(node, Name):
            if node.name not in self.consts and node.name not in self.tensors:
                raise error(
                    f"'{node.name}' is not a declared tensor or constant (an index variable cannot be "
                    "used as a value)",
                    node.loc,
                )
            if node.name in self.tensors:
                t = self._tensor(node.name, node.loc)
                if t.type.get_num_dims() != 0:
                    raise error(
                        f"'{node.name}' has rank {t.type.get_num_dims()} and needs subscripts, "
                        f"e.g. {node.name}({', '.join('ijklmn'[: t.type.get_num_dims()])})",
                        node.loc,
                    )
            return
        if isinstance(node, Reduce):
            self._bind_sizes(node.body, bound | set(node.indices))
            for idx in node.indices:
                if idx not in _free_indices(node.body):
                    raise error(f"reduction index '{idx}' does not appear in the reduced expression", node.loc)
            return
        for c in children(node):
            self._bind_sizes(c, bound)

    def _check_index_name(self, idx: str, loc: str) -> None:
        if idx in self.tensors or idx in self.consts:
            raise error(f"'{idx}' names a tensor or constant and cannot be used as an index", loc)
        if idx in FUNCTIONS:
            raise error(f"'{idx}' is a function name and cannot be used as an index", loc)

    def _unify(self, idx: str, size: int, node: Access, how: str = "") -> None:
        if idx not in self.sizes:
            self.sizes[idx] = size
            self._size_origin[idx] = node.loc
        elif self.sizes[idx] != size:
            raise error(
                f"index '{idx}' has size {size} in '{node.tensor}'{how} but size {self.sizes[idx]} "
                f"at {self._size_origin[idx]}",
                node.loc,
            )

    def _bind_windows(self) -> None:
        """Sizes from windowed subscripts `a*x + b*y` over a dimension of size D: once one index
        has a size, the other gets the largest that fits, (D - 1 - b*(Y-1)) // a + 1."""
        pending = list(self._windows)
        while pending:
            progress = False
            for item in list(pending):
                node, sub, dim = item
                unknown = [(n, c) for n, c in sub.terms if n not in self.sizes]
                if len(unknown) > 1:
                    continue
                pending.remove(item)
                progress = True
                used = sum(c * (self.sizes[n] - 1) for n, c in sub.terms if n in self.sizes)
                if unknown:
                    n, c = unknown[0]
                    size = (dim - 1 - used) // c + 1
                    if size <= 0:
                        raise error(f"the window '{sub}' does not fit in a dimension of size {dim}", node.loc)
                    self._unify(n, size, node, f" (from '{sub}')")
                elif used > dim - 1:
                    raise error(
                        f"the window '{sub}' reaches index {used} of a dimension of size {dim} of '{node.tensor}'",
                        node.loc,
                    )
            if not progress:
                node, sub, _ = pending[0]
                names = " and ".join(f"'{n}'" for n, _ in sub.terms)
                raise error(
                    f"cannot infer the sizes of {names} in '{sub}': declare one, e.g. 'index {sub.terms[1][0]}: 3'",
                    node.loc,
                )

    def _tensor(self, name: str, loc: str) -> Tensor:
        t = self.tensors.get(name)
        if t is None:
            if name in self.consts:
                raise error(f"'{name}' is a scalar constant and takes no subscripts", loc)
            raise error(f"use of undeclared tensor '{name}'", loc)
        if t.value is None:
            raise error(f"'{name}' is used before it is assigned", loc)
        return t

    def _first_type(self, node: Node) -> Attribute:
        """The element type of the first tensor an expression reads (f32 for constants only)."""
        name = node.tensor if isinstance(node, Access) else node.name if isinstance(node, Name) else None
        if name in self.tensors:
            return self.tensors[name].type.element_type
        for c in children(node):
            t = self._first_type(c)
            if t is not None:
                return t
        return None  # type: ignore[return-value]

    # -- step 2: implicit sums ---------------------------------------------------------------------
    def _implicit_sums(self, rhs: Node, lhs_indices: list[str]) -> Node:
        uses: dict[str, list[tuple[int, ...]]] = {}
        _collect_uses(rhs, (), frozenset(), uses)
        wraps: dict[tuple[int, ...], list[str]] = {}
        for idx, paths in uses.items():
            if idx in lhs_indices:
                continue
            path = _common_prefix(paths)
            path = _widen(rhs, path)
            wraps.setdefault(path, []).append(idx)
        # Deepest first: wrapping a node shifts only the paths below it.
        for path in sorted(wraps, key=len, reverse=True):
            rhs = _wrap_at(rhs, path, wraps[path])
        return rhs

    # -- step 3: emission -----------------------------------------------------------------------
    def _expr(self, node: Node) -> TV:
        if isinstance(node, Num):
            return TV(None, const=node.value)
        if isinstance(node, Name):
            if node.name in self.consts:
                return TV(None, const=self.consts[node.name])
            if node.name not in self.tensors:
                raise error(f"'{node.name}' is not a declared tensor or constant", node.loc)
            return TV(self._tensor(node.name, node.loc).value, ())
        if isinstance(node, Access):
            return self._access(node, transpose=True)
        if isinstance(node, Unary):
            x = self._expr(node.x)
            if x.value is None:
                return TV(None, const=self._fold(node, _CONST_UNARY[node.fn], x.const))
            return TV(self._emit(ta.UNARY_OPS[node.fn](x.value), node.loc), x.indices)
        if isinstance(node, Binary):
            return self._binary(node.loc, node.fn, self._expr(node.lhs), self._expr(node.rhs), node)
        if isinstance(node, Reduce):
            return self._reduce(node)
        if isinstance(node, Select):
            return self._select(node)
        raise error("a comparison is only allowed as the first argument of select(...)", node.loc)

    def _fold(self, node: Node, fn, *args: float | None) -> float:
        try:
            value = float(fn(*args))
        except (ValueError, ZeroDivisionError, OverflowError) as e:
            raise error(f"cannot evaluate this constant expression: {e}", node.loc) from None
        if not math.isfinite(value):
            raise error("this constant expression is not finite", node.loc)
        return value

    def _access(self, node: Access, transpose: bool) -> TV:
        t = self._tensor(node.tensor, node.loc)
        value = t.value
        assert value is not None
        for sub in node.indices:
            if isinstance(sub, Affine):
                raise error(
                    f"the windowed subscript '{sub}' is only supported in a 2-D convolution "
                    "(a sum of input(n, a*h+b*r, c*w+d*s, c) * filter(r, s, c, f)) or a pooling "
                    "(max or sum over r, s of input(n, a*h+b*r, c*w+d*s, c))",
                    node.loc,
                )
        indices = tuple(node.indices)  # type: ignore[arg-type]
        for pos, idx in enumerate(indices):
            if idx in indices[:pos]:
                raise error(f"index '{idx}' is repeated in an access of '{node.tensor}' (diagonals are not supported)", node.loc)
        if transpose:
            wanted = tuple(sorted(indices, key=self.order.__getitem__))
            if wanted != indices:
                value = self._transpose(value, indices, wanted, node.loc)
                indices = wanted
        return TV(value, indices)

    def _transpose(self, value: SSAValue, have: tuple[str, ...], want: tuple[str, ...], loc: str) -> SSAValue:
        perm = [have.index(i) for i in want]
        key = ("transpose", value, tuple(perm))
        if key not in self._memo:
            self._memo[key] = self._emit(ta.TransposeOp(value, perm), loc)
        return self._memo[key]

    def _ordered(self, tv: TV, loc: str) -> TV:
        """`tv` with its dimensions in statement order."""
        wanted = tuple(sorted(tv.indices, key=self.order.__getitem__))
        if wanted == tv.indices or tv.value is None:
            return tv
        return TV(self._transpose(tv.value, tv.indices, wanted, loc), wanted)

    def _letters(self, indices: Sequence[str]) -> dict[str, str]:
        alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
        names = sorted(self.order, key=self.order.__getitem__)
        for i in indices:
            if i not in self.order:
                names.append(i)
        if len(names) > len(alphabet):
            raise error(f"a statement may use at most {len(alphabet)} index variables")
        # Prefer the index's own name when it is one distinct letter.
        out: dict[str, str] = {}
        used: set[str] = set()
        for n in names:
            if len(n) == 1 and n in alphabet and n not in used:
                out[n] = n
                used.add(n)
        free = [c for c in alphabet if c not in used]
        for n in names:
            if n not in out:
                out[n] = free.pop(0)
        return out

    def _union(self, *indices: tuple[str, ...]) -> tuple[str, ...]:
        names = {i for ix in indices for i in ix}
        return tuple(sorted(names, key=self.order.__getitem__))

    def _type(self, indices: tuple[str, ...], elem: Attribute) -> TensorType:
        return TensorType(elem, [self.sizes[i] for i in indices])

    def _to_shape(self, tv: TV, indices: tuple[str, ...], loc: str, elem: Attribute | None = None) -> SSAValue:
        """Materialise `tv` as a tensor over `indices` (a superset of its own, in statement order)."""
        if tv.value is None:
            assert tv.const is not None
            elem = elem or self.default_type
            if isinstance(elem, IntegerType) and tv.const != int(tv.const):
                raise error(f"the constant {tv.const} is not an integer but is used as {elem}", loc)
            value = int(tv.const) if isinstance(elem, IntegerType) else tv.const
            key = ("splat", value, self._type(indices, elem))
            if key not in self._memo:
                self._memo[key] = self._emit(ta.ConstantOp.splat(value, key[2]), loc)
            return self._memo[key]
        if tv.indices == indices:
            return tv.value
        dims = [indices.index(i) for i in tv.indices]
        return self._emit(
            ta.BroadcastOp(tv.value, dims, self._type(indices, tv.element_type)), loc  # type: ignore[arg-type]
        )

    def _binary(self, loc: str, fn: str, a: TV, b: TV, node: Node) -> TV:
        if a.value is None and b.value is None:
            return TV(None, const=self._fold(node, _CONST_BINARY[fn], a.const, b.const))
        elem = self._common_type(loc, a, b)
        indices = self._union(a.indices, b.indices)
        lhs = self._to_shape(a, indices, loc, elem)
        rhs = self._to_shape(b, indices, loc, elem)
        return TV(self._emit(ta.BINARY_OPS[fn](lhs, rhs), loc), indices)

    def _common_type(self, loc: str, *tvs: TV) -> Attribute:
        types = [tv.element_type for tv in tvs if tv.value is not None]
        for t in types[1:]:
            if t != types[0]:
                raise error(f"element types differ: {types[0]} and {t}", loc)
        return types[0] if types else self.default_type

    def _select(self, node: Select) -> TV:
        parts = [
            self._expr(node.cond.lhs),
            self._expr(node.cond.rhs),
            self._expr(node.true_value),
            self._expr(node.false_value),
        ]
        if all(p.value is None for p in parts):
            taken = _CONST_COMPARE[node.cond.predicate](parts[0].const, parts[1].const)
            return parts[2] if taken else parts[3]
        elem = self._common_type(node.loc, *parts)
        indices = self._union(*(p.indices for p in parts))
        values = [self._to_shape(p, indices, node.loc, elem) for p in parts]
        return TV(self._emit(ta.SelectOp(*values, predicate=node.cond.predicate), node.loc), indices)

    def _reduce(self, node: Reduce) -> TV:
        if node.kind == "sum":
            factors, scale = _product_factors(node.body)
            tensor_factors = [f for f in factors if not _is_constant(f, self.consts)]
            if len(tensor_factors) >= 2:
                if any(isinstance(f, Access) and f.windowed for f in tensor_factors):
                    return self._conv(node, factors, scale)
                return self._contract(node, factors, scale)
        if isinstance(node.body, Access) and node.body.windowed:
            return self._pool(node, node.body)
        body = self._expr(node.body)
        if body.value is None:  # pragma: no cover - _bind_sizes requires the index in the body
            raise error("cannot reduce a constant", node.loc)
        dims = [body.indices.index(i) for i in node.indices]
        kept = tuple(i for i in body.indices if i not in node.indices)
        result = self._type(kept, body.element_type)  # type: ignore[arg-type]
        return TV(self._emit(ta.ReduceOp(body.value, node.kind, dims, result), node.loc), kept)

    def _contract(self, node: Reduce, factors: list[Node], scale: float) -> TV:
        operands: list[TV] = []
        for f in factors:
            if _is_constant(f, self.consts):
                scale *= self._expr(f).const  # type: ignore[operator]
            elif isinstance(f, Access):
                operands.append(self._access(f, transpose=False))
            else:
                tv = self._expr(f)
                if tv.value is None:  # folded, e.g. a select of constants
                    scale *= tv.const  # type: ignore[operator]
                else:
                    operands.append(tv)
        elem = self._common_type(node.loc, *operands)
        result = self._union(*(o.indices for o in operands))
        result = tuple(i for i in result if i not in node.indices)
        letters = self._letters(self._union(*(o.indices for o in operands)))
        spec = ",".join("".join(letters[i] for i in o.indices) for o in operands)
        spec += "->" + "".join(letters[i] for i in result)
        value = self._emit(
            ta.ContractOp([o.value for o in operands], spec, self._type(result, elem)), node.loc  # type: ignore[misc]
        )
        return self._scaled(TV(value, result), scale, node)

    def _window(self, x: Access, reduced: Sequence[str], what: str) -> tuple[str, str, list[tuple[str, int, str, int]]]:
        """Check `x` is `X(n, a*h + b*r, c*w + d*s, ch)` with r, s reduced; return
        (n, ch, [(h, stride, r, dilation), (w, ...)])."""
        form = f"{what} needs '{x.tensor}(n, a*h + b*r, c*w + d*s, ch)' (NHWC) with r and s summed"
        if len(x.indices) != 4 or not all(isinstance(x.indices[i], Affine) for i in (1, 2)) \
                or not all(isinstance(x.indices[i], str) for i in (0, 3)):
            raise error(form, x.loc)
        spatial = []
        for sub in x.indices[1:3]:
            assert isinstance(sub, Affine)
            inner = [(n, c) for n, c in sub.terms if n in reduced]
            outer = [(n, c) for n, c in sub.terms if n not in reduced]
            if len(inner) != 1 or len(outer) != 1:
                raise error(f"{form}: in '{sub}' exactly one index must be reduced", x.loc)
            (h, stride), (r, dilation) = outer[0], inner[0]
            if ta.window_out(self.sizes_of(x, sub), self.sizes[r], stride, dilation) != self.sizes[h]:
                raise error(
                    f"index '{h}' has size {self.sizes[h]}, but a window of {self.sizes[r]} with stride "
                    f"{stride} and dilation {dilation} over '{x.tensor}' gives "
                    f"{ta.window_out(self.sizes_of(x, sub), self.sizes[r], stride, dilation)}",
                    x.loc,
                )
            spatial.append((h, stride, r, dilation))
        return x.indices[0], x.indices[3], spatial  # type: ignore[return-value]

    def sizes_of(self, x: Access, sub: Subscript) -> int:
        return self.tensors[x.tensor].type.get_shape()[x.indices.index(sub)]

    def _pool(self, node: Reduce, x: Access) -> TV:
        if node.kind not in ("max", "sum"):
            raise error(f"a windowed {node.kind}(...) is not a pooling: use max or sum", node.loc)
        n, c, spatial = self._window(x, node.indices, f"pooling with {node.kind}")
        if sorted(node.indices) != sorted(r for _, _, r, _ in spatial):
            raise error(f"pooling must reduce exactly the window indices {spatial[0][2]} and {spatial[1][2]}", node.loc)
        value = self._tensor(x.tensor, x.loc).value
        indices = (n, spatial[0][0], spatial[1][0], c)
        op = ta.Pool2dOp(
            value,  # type: ignore[arg-type]
            node.kind,
            window=[self.sizes[r] for _, _, r, _ in spatial],
            strides=[st for _, st, _, _ in spatial],
            dilations=[d for _, _, _, d in spatial],
            result_type=self._type(indices, value.type.element_type),  # type: ignore[union-attr]
        )
        return self._ordered(TV(self._emit(op, node.loc), indices), node.loc)

    def _conv(self, node: Reduce, factors: list[Node], scale: float) -> TV:
        tensors = [f for f in factors if not _is_constant(f, self.consts)]
        windowed = [f for f in tensors if isinstance(f, Access) and f.windowed]
        form = ("a windowed product must be a 2-D convolution: sum over r, s, c of "
                "X(n, a*h + b*r, c*w + d*s, c) * F(r, s, c, f), or depthwise (sum over r, s) with F(r, s, c)")
        if len(tensors) != 2 or len(windowed) != 1:
            raise error(form, node.loc)
        x = windowed[0]
        f = tensors[1] if tensors[0] is x else tensors[0]
        if not isinstance(f, Access) or f.windowed:
            raise error(form, node.loc)
        n, c, spatial = self._window(x, node.indices, "a convolution")
        (h, sh, r, dh), (w, sw, s_, dw) = spatial
        reduced = sorted(node.indices)
        if len(f.indices) == 4 and f.indices[:3] == [r, s_, c] and reduced == sorted([r, s_, c]) \
                and f.indices[3] not in node.indices:
            depthwise, indices = False, (n, h, w, f.indices[3])
        elif len(f.indices) == 3 and f.indices == [r, s_, c] and reduced == sorted([r, s_]):
            depthwise, indices = True, (n, h, w, c)
        else:
            raise error(form, node.loc)
        for sc in factors:
            if _is_constant(sc, self.consts):
                scale *= self._expr(sc).const  # type: ignore[operator]
        xv = self._tensor(x.tensor, x.loc).value
        fv = self._tensor(f.tensor, f.loc).value
        if xv.type.element_type != fv.type.element_type:  # type: ignore[union-attr]
            raise error(f"element types differ: {xv.type.element_type} and {fv.type.element_type}", node.loc)  # type: ignore[union-attr]
        op = ta.Conv2dOp(
            xv,  # type: ignore[arg-type]
            fv,  # type: ignore[arg-type]
            strides=(sh, sw),
            dilations=(dh, dw),
            depthwise=depthwise,
            result_type=self._type(indices, xv.type.element_type),  # type: ignore[union-attr]
        )
        tv = self._ordered(TV(self._emit(op, node.loc), indices), node.loc)
        return self._scaled(tv, scale, node)

    def _scaled(self, tv: TV, scale: float, node: Node) -> TV:
        if scale == -1.0:
            return TV(self._emit(ta.NegOp(tv.value), node.loc), tv.indices)  # type: ignore[arg-type]
        if scale != 1.0:
            return self._binary(node.loc, "mul", tv, TV(None, const=scale), node)
        return tv

    def _emit(self, op: Operation, loc: str) -> SSAValue:
        op.location = _location(loc)
        self.block.add_op(op)
        return op.results[0] if op.results else None  # type: ignore[return-value]


# --- tree helpers -----------------------------------------------------------------------------
def _free_indices(node: Node) -> set[str]:
    if isinstance(node, Access):
        return set(node.index_names)
    if isinstance(node, Reduce):
        return _free_indices(node.body) - set(node.indices)
    out: set[str] = set()
    for c in children(node):
        out |= _free_indices(c)
    return out


def _indices_in_order(node: Node) -> list[str]:
    """All index names of a statement (free and bound) in order of first use."""
    if isinstance(node, Access):
        return node.index_names
    out: list[str] = []
    for c in children(node):
        out.extend(_indices_in_order(c))
    return out


def _collect_uses(node: Node, path: tuple[int, ...], bound: frozenset[str],
                  uses: dict[str, list[tuple[int, ...]]]) -> None:
    if isinstance(node, Access):
        for idx in node.index_names:
            if idx not in bound:
                uses.setdefault(idx, []).append(path)
        return
    if isinstance(node, Reduce):
        bound = bound | frozenset(node.indices)
    for pos, c in enumerate(children(node)):
        _collect_uses(c, path + (pos,), bound, uses)


def _common_prefix(paths: list[tuple[int, ...]]) -> tuple[int, ...]:
    prefix = paths[0]
    for p in paths[1:]:
        n = 0
        while n < min(len(prefix), len(p)) and prefix[n] == p[n]:
            n += 1
        prefix = prefix[:n]
    return prefix


def _node_at(node: Node, path: tuple[int, ...]) -> Node:
    for pos in path:
        node = children(node)[pos]
    return node


def _widen(root: Node, path: tuple[int, ...]) -> tuple[int, ...]:
    """Move a sum up through factors that do not depend on it (equal by linearity)."""
    while path:
        parent = _node_at(root, path[:-1])
        pos = path[-1]
        if isinstance(parent, Binary) and (parent.fn == "mul" or (parent.fn == "div" and pos == 0)) or isinstance(parent, Unary) and parent.fn == "neg":
            path = path[:-1]
        else:
            break
    return path


def _wrap_at(node: Node, path: tuple[int, ...], indices: list[str]) -> Node:
    if not path:
        return Reduce(node.loc, "sum", list(indices), node)
    kids = list(children(node))
    kids[path[0]] = _wrap_at(kids[path[0]], path[1:], indices)
    return with_children(node, kids)


def _product_factors(node: Node) -> tuple[list[Node], float]:
    """The factors of a product (flattening `*` and negation), and the sign."""
    if isinstance(node, Binary) and node.fn == "mul":
        lf, ls = _product_factors(node.lhs)
        rf, rs = _product_factors(node.rhs)
        return lf + rf, ls * rs
    if isinstance(node, Unary) and node.fn == "neg":
        f, s = _product_factors(node.x)
        return f, -s
    return [node], 1.0


def _is_constant(node: Node, consts: dict[str, float]) -> bool:
    if isinstance(node, Num):
        return True
    if isinstance(node, Name):
        return node.name in consts
    if isinstance(node, Access | Reduce | Select):
        return False
    return all(_is_constant(c, consts) for c in children(node))


def _shape_str(shape: Sequence[int]) -> str:
    return "[" + ", ".join(str(s) for s in shape) + "]"


def _symbol_name(stem: str) -> str:
    name = re.sub(r"[^A-Za-z0-9_]", "_", stem) or "main"
    return "_" + name if name[0].isdigit() else name


def _location(loc: str) -> FileLineColLoc:
    filename, line, col = loc.rsplit(":", 2)
    return FileLineColLoc(StringAttr(filename), IntAttr(int(line)), IntAttr(int(col)))


# --- entry point ------------------------------------------------------------------------------
def parse_tin(text: str, filename: str = "<stdin>", line_offset: int = 0) -> ModuleOp:
    """Compile `.tin` source to a module holding one `func.func` of `ta` ops.

    Raises RduError (`file:line:col: error: ...`) for syntax and type errors. `line_offset`
    is the line of the file `text` starts after (a chunk of `--split-input-file`).
    """
    text = "\n" * line_offset + text
    try:
        tree = _parser().parse(text)
    except UnexpectedInput as e:
        raise _syntax_error(e, filename, text) from None
    return TinCompiler(filename).compile(tree)
