"""rdu-opt as a user runs it: pipelines, listing, dumps, plugins, chips and every error path."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from cli_util import ROOT, assert_clean_error, run_tool

PLUGIN = str(ROOT / "examples" / "plugins" / "annotate_flops.py")

SIMPLE = textwrap.dedent(
    """\
    func.func @f(%a: f32) -> f32 {
      %c = arith.constant 0.0 : f32
      %b = arith.addf %a, %c : f32
      %d = arith.addf %a, %c : f32
      %e = arith.mulf %b, %d : f32
      func.return %e : f32
    }
    """
)


@pytest.fixture
def simple(tmp_path: Path) -> Path:
    path = tmp_path / "simple.mlir"
    path.write_text(SIMPLE)
    return path


def test_mlir_and_xdsl_pipeline_forms_are_byte_identical(simple: Path):
    mlir = run_tool("rdu-opt", str(simple), "--pass-pipeline=builtin.module(cse,canonicalize)")
    xdsl = run_tool("rdu-opt", str(simple), "-p", "cse,canonicalize")
    assert mlir.returncode == 0 and xdsl.returncode == 0, mlir.stderr + xdsl.stderr
    assert mlir.stdout == xdsl.stdout
    # cse really ran: the duplicate addf is gone.
    assert mlir.stdout.count("arith.addf") == 1


def test_nested_anchor_and_options_in_mlir_form(simple: Path):
    proc = run_tool(
        "rdu-opt", str(simple), "--load-pass-plugin", PLUGIN,
        "--pass-pipeline=builtin.module(func.func(cse),annotate-flops{attr-name=\"my.flops\" per-op=false})",
    )
    assert proc.returncode == 0, proc.stderr
    assert "my.flops = 0 : i64" in proc.stdout
    assert proc.stdout.count("arith.addf") == 1


def test_stdin_to_output_file(tmp_path: Path):
    out = tmp_path / "out.mlir"
    proc = run_tool("rdu-opt", "-", "-p", "cse", "-o", str(out), stdin=SIMPLE)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == ""
    assert out.read_text().count("arith.addf") == 1


def test_list_passes_shows_ours_xdsls_and_the_plugin_with_options():
    proc = run_tool("rdu-opt", "--list-passes", f"--load-pass-plugin={PLUGIN}")
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    plugin_line = next(line for line in lines if line.strip().startswith("annotate-flops"))
    assert "Annotate every ta op" in plugin_line and "plugin file" in plugin_line
    assert "      attr-name: str = rdu.flops" in lines
    assert any(line.strip().startswith("canonicalize") for line in lines)
    without = run_tool("rdu-opt", "--list-passes")
    assert "annotate-flops" not in without.stdout


def test_print_ir_after_all_dump_dir_and_timing(simple: Path, tmp_path: Path):
    dump = tmp_path / "dump"
    proc = run_tool(
        "rdu-opt", str(simple), "-p", "cse,canonicalize", "--print-ir-after-all",
        f"--dump-ir-dir={dump}", "--timing",
    )
    assert proc.returncode == 0, proc.stderr
    assert "IR Dump After cse" in proc.stderr and "IR Dump After canonicalize" in proc.stderr
    assert sorted(p.name for p in dump.iterdir()) == [
        "00_input.mlir", "01_after_cse.mlir", "02_after_canonicalize.mlir",
    ]
    assert (dump / "00_input.mlir").read_text().count("arith.addf") == 2
    assert (dump / "01_after_cse.mlir").read_text().count("arith.addf") == 1
    assert "Execution time report" in proc.stderr
    assert "cse" in proc.stderr.split("Execution time report")[1]


def test_pass_statistics(simple: Path):
    proc = run_tool(
        "rdu-opt", str(simple), "--load-pass-plugin", PLUGIN, "-p", "annotate-flops",
        "--pass-statistics",
    )
    assert proc.returncode == 0, proc.stderr
    assert "'annotate-flops'" in proc.stderr
    assert "(1) functions annotated" in proc.stderr


def test_split_input_file_and_verify_diagnostics(tmp_path: Path):
    path = tmp_path / "split.mlir"
    path.write_text(
        textwrap.dedent(
            """\
            func.func @ok() {
              func.return
            }
            // -----
            func.func @bad() {
              // expected-error @+1 {{expected 1 operand}}
              "test.op"() : () -> ()
            }
            """
        )
    )
    proc = run_tool("rdu-opt", str(path), "--split-input-file")
    assert proc.returncode == 1
    assert "// -----" not in proc.stdout  # no partial output on error
    # A chunk whose annotated error does not appear fails verification.
    proc = run_tool("rdu-opt", str(path), "--split-input-file", "--verify-diagnostics")
    assert proc.returncode == 1
    assert "expected error \"expected 1 operand\" was not produced" in proc.stderr


def test_verify_diagnostics_matches_a_located_error(tmp_path: Path):
    path = tmp_path / "diag.mlir"
    path.write_text(
        textwrap.dedent(
            """\
            func.func @f(%a: f32) -> f32 {
              // expected-error @+1 {{'func.return' op}}
              "func.return"() : () -> ()
            }
            """
        )
    )
    proc = run_tool("rdu-opt", str(path), "--verify-diagnostics")
    assert proc.returncode == 0, proc.stderr


def test_print_op_generic(simple: Path):
    proc = run_tool("rdu-opt", str(simple), "--print-op-generic")
    assert proc.returncode == 0
    assert '"func.func"()' in proc.stdout and '"arith.addf"' in proc.stdout


def test_version():
    proc = run_tool("rdu-opt", "--version")
    assert proc.returncode == 0 and proc.stdout.startswith("rdu-opt ")


# --- chips ------------------------------------------------------------------------------


def test_chip_is_recorded_and_rebinding_is_an_error(simple: Path, tmp_path: Path):
    proc = run_tool("rdu-opt", str(simple), "--chip=tiny")
    assert proc.returncode == 0, proc.stderr
    assert 'rdu.chip = {name = "tiny"' in proc.stdout
    bound = tmp_path / "bound.mlir"
    bound.write_text(proc.stdout)
    same = run_tool("rdu-opt", str(bound), "--chip=tiny")
    assert same.returncode == 0 and same.stdout == proc.stdout
    other = run_tool("rdu-opt", str(bound), "--chip=plasticine", "-o", str(tmp_path / "x.mlir"))
    assert_clean_error(other, "already compiled for chip 'tiny'")
    assert not (tmp_path / "x.mlir").exists()


def test_chip_from_toml_file(simple: Path, tmp_path: Path):
    chip = tmp_path / "mychip.toml"
    chip.write_text('base = "tiny"\nrows = 6\npcu_lanes = 8\n')
    proc = run_tool("rdu-opt", str(simple), f"--chip={chip}")
    assert proc.returncode == 0, proc.stderr
    assert 'name = "mychip"' in proc.stdout and "rows = 6 : i64" in proc.stdout


@pytest.mark.parametrize(
    "content, needle",
    [
        ('rows = "many"\ncols = 4\n', "chip field 'rows'"),
        ("rows = 4\ncols = 4\nbogus = 1\n", "unknown chip field 'bogus'"),
        ("rows = [\n", "invalid TOML"),
        ('base = "tiny"\npcu_lanes = 0\n', "chip field 'pcu_lanes': must be positive"),
    ],
)
def test_bad_chip_file_names_the_field(simple: Path, tmp_path: Path, content: str, needle: str):
    chip = tmp_path / "bad.toml"
    chip.write_text(content)
    assert_clean_error(run_tool("rdu-opt", str(simple), f"--chip={chip}"), needle)


def test_unknown_chip_preset(simple: Path):
    assert_clean_error(run_tool("rdu-opt", str(simple), "--chip=plastic"), "unknown chip 'plastic'")


# --- errors -----------------------------------------------------------------------------


def test_unknown_pass_suggests_close_names(simple: Path, tmp_path: Path):
    out = tmp_path / "out.mlir"
    proc = run_tool("rdu-opt", str(simple), "-p", "canonicalise", "-o", str(out))
    assert_clean_error(proc, "unknown pass 'canonicalise'", "did you mean 'canonicalize'")
    assert not out.exists()


def test_bad_pass_option(simple: Path):
    proc = run_tool("rdu-opt", str(simple), "--load-pass-plugin", PLUGIN, "-p", "annotate-flops{per-op=maybe}")
    assert_clean_error(proc, "bad option for pass 'annotate-flops'", "per-op: bool")
    proc = run_tool("rdu-opt", str(simple), "-p", "cse{unknown=1}")
    assert_clean_error(proc, "bad option for pass 'cse'")


def test_malformed_pipeline(simple: Path):
    assert_clean_error(run_tool("rdu-opt", str(simple), "--pass-pipeline=builtin.module(cse"), "unbalanced")


def test_parse_error_is_located(tmp_path: Path):
    path = tmp_path / "bad.mlir"
    path.write_text("func.func @f(%a: f32) -> f32 {\n  %b = arith.addf %a, %a : f64\n}\n")
    out = tmp_path / "out.mlir"
    proc = run_tool("rdu-opt", str(path), "-o", str(out))
    assert_clean_error(proc, f"{path}:2:19: error: operand is used with type f64")
    assert not out.exists()


def test_verifier_error_is_located(tmp_path: Path):
    path = tmp_path / "bad.mlir"
    path.write_text('func.func @f(%a: f32) -> f32 {\n  "func.return"() : () -> ()\n}\n')
    proc = run_tool("rdu-opt", str(path))
    assert_clean_error(proc, f"{path}:2:3: error: 'func.return' op")


def test_missing_input_file(tmp_path: Path):
    assert_clean_error(run_tool("rdu-opt", str(tmp_path / "nope.mlir")), "cannot read input file")


def test_non_utf8_input(tmp_path: Path):
    path = tmp_path / "bin.mlir"
    path.write_bytes(b"\xff\xfe\x00garbage")
    assert_clean_error(run_tool("rdu-opt", str(path)), "not UTF-8")


def test_both_pipeline_flags_is_an_error(simple: Path):
    assert_clean_error(run_tool("rdu-opt", str(simple), "-p", "cse", "--pass-pipeline=builtin.module(cse)"),
                       "either -p or --pass-pipeline")


# --- plugins ----------------------------------------------------------------------------

CRASHING_PLUGIN = '''
from dataclasses import dataclass
from xdsl.passes import ModulePass

@dataclass(frozen=True)
class Boom(ModulePass):
    """Always fails with an internal error."""
    name = "boom"
    def apply(self, ctx, op):
        raise RuntimeError("kaboom")
'''


def test_internal_error_writes_a_reproducer(simple: Path, tmp_path: Path):
    plugin = tmp_path / "boom.py"
    plugin.write_text(CRASHING_PLUGIN)
    repro = tmp_path / "repro.mlir"
    out = tmp_path / "out.mlir"
    proc = run_tool("rdu-opt", str(simple), "--load-pass-plugin", str(plugin), "-p", "cse,boom",
                    f"--crash-reproducer={repro}", "-o", str(out))
    assert_clean_error(proc, "internal error in pass 'boom': RuntimeError: kaboom", str(repro))
    assert len(proc.stderr.strip().splitlines()) == 1
    text = repro.read_text()
    assert "-p 'boom'" in text and "Full pipeline: -p 'cse,boom'" in text
    assert text.count("arith.addf") == 1  # the IR just before the failing pass (after cse)
    assert not out.exists()
    debug = run_tool("rdu-opt", str(simple), "--load-pass-plugin", str(plugin), "-p", "boom", "--debug")
    assert debug.returncode == 1 and "Traceback" in debug.stderr and "kaboom" in debug.stderr


def test_two_plugins_defining_one_pass_is_an_error(simple: Path, tmp_path: Path):
    copy = tmp_path / "copy.py"
    copy.write_text(Path(PLUGIN).read_text())
    proc = run_tool("rdu-opt", str(simple), "--load-pass-plugin", PLUGIN, "--load-pass-plugin", str(copy))
    assert_clean_error(proc, "pass 'annotate-flops' is defined twice")


def test_plugin_redefining_a_builtin_pass_is_an_error(simple: Path, tmp_path: Path):
    plugin = tmp_path / "cse.py"
    plugin.write_text(CRASHING_PLUGIN.replace('name = "boom"', 'name = "cse"'))
    assert_clean_error(run_tool("rdu-opt", str(simple), "--load-pass-plugin", str(plugin)),
                       "pass 'cse' is defined twice: by xdsl and by plugin file")


@pytest.mark.parametrize(
    "source, needle",
    [("def broken(:\n", "invalid Python in pass plugin"), ("import no_such_module_xyz\n", "ModuleNotFoundError"),
     ("x = 1\n", "defines no ModulePass")],
)
def test_bad_plugin_files(simple: Path, tmp_path: Path, source: str, needle: str):
    plugin = tmp_path / "bad_plugin.py"
    plugin.write_text(source)
    assert_clean_error(run_tool("rdu-opt", str(simple), "--load-pass-plugin", str(plugin)), needle)


def _install_entry_point_distribution(target: Path, group: str, value: str) -> None:
    """A real installed distribution (a .dist-info with entry_points.txt) in `target`."""
    package = target / "flops_plugin_pkg"
    package.mkdir(parents=True)
    (package / "__init__.py").write_text(Path(PLUGIN).read_text())
    info = target / "flops_plugin_pkg-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: flops-plugin-pkg\nVersion: 1.0\n")
    (info / "entry_points.txt").write_text(f"[{group}]\nflops = {value}\n")
    (info / "RECORD").write_text("")


@pytest.mark.parametrize("value", ["flops_plugin_pkg:AnnotateFlopsPass", "flops_plugin_pkg"])
def test_entry_point_plugin(simple: Path, tmp_path: Path, value: str):
    site = tmp_path / "site"
    _install_entry_point_distribution(site, "rdu_ir.passes", value)
    env = {"PYTHONPATH": str(site)}
    listing = run_tool("rdu-opt", "--list-passes", env=env)
    assert listing.returncode == 0, listing.stderr
    assert "annotate-flops" in listing.stdout and "package entry point" in listing.stdout
    proc = run_tool("rdu-opt", str(simple), "-p", "annotate-flops", env=env)
    assert proc.returncode == 0, proc.stderr
    assert "rdu.flops = 0 : i64" in proc.stdout
    # The same pass also loaded from a file: a clear clash, naming both sources.
    clash = run_tool("rdu-opt", str(simple), "--load-pass-plugin", PLUGIN, env=env)
    assert_clean_error(clash, "defined twice: by package entry point")


# --- inputs found by the fuzzer -----------------------------------------------------------------


def test_unterminated_string_on_a_long_line_fails_fast(tmp_path: Path):
    path = tmp_path / "bad.mlir"
    path.write_text('func.func @f(%x:" tensor<8x12xf32>) -> tensor<8x12xf32> {' + " x" * 200 + "\n}\n")
    proc = run_tool("rdu-opt", str(path))  # xDSL's own regex backtracks for minutes here
    assert_clean_error(proc, "closing string literal")


def test_huge_splat_constant_is_a_diagnostic(tmp_path: Path):
    path = tmp_path / "big.mlir"
    path.write_text("func.func @f() {\n  %c = arith.constant dense<1.0> : tensor<100000x100000xf32>\n  func.return\n}\n")
    assert_clean_error(run_tool("rdu-opt", str(path)), f"{path}:2:23: error: dense constant of 10000000000 elements")


def test_hex_float_constants_keep_their_bits():
    text = "func.func @f() -> tensor<2xf32> {\n  %c = arith.constant dense<0xFF800000> : tensor<2xf32>\n  func.return %c : tensor<2xf32>\n}\n"
    first = run_tool("rdu-opt", "-", stdin=text)
    assert first.returncode == 0, first.stderr
    assert "0xff800000" in first.stdout.lower()  # -inf, not the integer 4286578688
    second = run_tool("rdu-opt", "-", stdin=first.stdout)
    assert second.stdout == first.stdout


def test_absurd_integer_width_is_a_diagnostic(tmp_path: Path):
    path = tmp_path / "wide.mlir"
    path.write_text("func.func @f(%a: tensor<2xi64294967296>) {\n  func.return\n}\n")
    assert_clean_error(run_tool("rdu-opt", str(path)), "integer type width 64294967296 exceeds the limit")
