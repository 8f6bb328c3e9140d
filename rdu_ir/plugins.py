"""Where passes and dialects come from, and the table of them a driver uses.

Sources, in registration order: xDSL's own (including xdsl-opt plugins in the `xdsl.universe`
entry-point group), rdu-ir's (`rdu_ir.registry`), installed packages (entry-point groups
`rdu_ir.passes` and `rdu_ir.dialects`), and pass-plugin files (`--load-pass-plugin=FILE.py`).
A name defined by two sources is an error naming both, never a silent overwrite.

An `rdu_ir.passes` entry point may name a ModulePass subclass, a module (all ModulePass
subclasses it defines), or a callable returning an iterable of ModulePass subclasses.
An `rdu_ir.dialects` entry point names a `Dialect` (or a callable returning one).
"""

from __future__ import annotations

import functools
import importlib.util
import inspect
import sys
import types
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from importlib.metadata import entry_points
from pathlib import Path

from xdsl.ir import Dialect
from xdsl.passes import ModulePass

from rdu_ir import registry
from rdu_ir.diagnostics import RduError, error

PassFactory = Callable[[], type[ModulePass]]
DialectFactory = Callable[[], Dialect]


@dataclass
class PassTable:
    passes: dict[str, PassFactory] = field(default_factory=dict)
    pass_sources: dict[str, str] = field(default_factory=dict)
    dialects: dict[str, DialectFactory] = field(default_factory=dict)
    dialect_sources: dict[str, str] = field(default_factory=dict)

    def add_pass(self, name: str, factory: PassFactory, source: str, *, override: bool = False) -> None:
        if name in self.passes and not override:
            raise error(
                f"pass '{name}' is defined twice: by {self.pass_sources[name]} and by {source}"
            )
        self.passes[name] = factory
        self.pass_sources[name] = source

    def add_dialect(self, name: str, factory: DialectFactory, source: str, *, override: bool = False) -> None:
        if name in self.dialects and not override:
            raise error(
                f"dialect '{name}' is defined twice: by {self.dialect_sources[name]} and by {source}"
            )
        self.dialects[name] = factory
        self.dialect_sources[name] = source


def _pass_classes_in_module(module: types.ModuleType) -> list[type[ModulePass]]:
    found = []
    for _, obj in inspect.getmembers(module, inspect.isclass):
        if (
            issubclass(obj, ModulePass)
            and obj.__module__ == module.__name__
            and not inspect.isabstract(obj)
            and isinstance(getattr(obj, "name", None), str)
        ):
            found.append(obj)
    return sorted(found, key=lambda c: c.name)


def _pass_classes_from_object(obj: object, where: str) -> list[type[ModulePass]]:
    if inspect.isclass(obj) and issubclass(obj, ModulePass):
        return [obj]
    if isinstance(obj, types.ModuleType):
        return _pass_classes_in_module(obj)
    if callable(obj):
        produced = obj()
        if isinstance(produced, Iterable):
            classes = list(produced)
            if all(inspect.isclass(c) and issubclass(c, ModulePass) for c in classes):
                return classes
    raise error(f"{where} does not name a ModulePass subclass, a module, or a callable returning them")


def load_plugin_file(path: str) -> list[type[ModulePass]]:
    """Import a pass-plugin file and return the ModulePass subclasses it defines."""
    file = Path(path)
    if not file.is_file():
        raise error(f"cannot load pass plugin '{path}': no such file")
    module_name = "rdu_ir_plugin_" + "".join(ch if ch.isalnum() else "_" for ch in str(file.resolve()))
    spec = importlib.util.spec_from_file_location(module_name, file)
    if spec is None or spec.loader is None:
        raise error(f"cannot load pass plugin '{path}': not a Python file")
    module = importlib.util.module_from_spec(spec)
    sys.modules[module_name] = module
    try:
        spec.loader.exec_module(module)
    except SyntaxError as e:
        raise error(f"invalid Python in pass plugin: {e.msg}", f"{path}:{e.lineno}:{e.offset or 1}") from None
    except Exception as e:  # a plugin's own import-time failure is the user's error, reported briefly
        raise error(f"cannot load pass plugin '{path}': {type(e).__name__}: {e}") from None
    classes = _pass_classes_in_module(module)
    if not classes:
        raise error(f"pass plugin '{path}' defines no ModulePass subclass with a 'name'")
    return classes


def build_table(plugin_files: Iterable[str] = ()) -> PassTable:
    """Every pass and dialect a driver offers, checked for duplicate names."""
    base = _installed_table()
    table = PassTable(dict(base.passes), dict(base.pass_sources), dict(base.dialects), dict(base.dialect_sources))
    for path in plugin_files:
        for cls in load_plugin_file(path):
            table.add_pass(cls.name, (lambda c=cls: c), f"plugin file '{path}'")
    return table


@functools.cache
def _installed_table() -> PassTable:
    """What is installed: xDSL's, ours and entry points' (scanning entry points is slow: once)."""
    from xdsl.universe import Universe

    table = PassTable()
    try:
        multiverse = Universe.get_multiverse()
    except ValueError as e:  # clashes between xdsl.universe plugins
        raise error(f"conflicting xdsl.universe plugins: {e}") from None
    for name, factory in multiverse.all_dialects.items():
        table.add_dialect(name, factory, "xdsl")
    for name, factory in multiverse.all_passes.items():
        table.add_pass(name, factory, "xdsl")

    # rdu-ir's own dialects replace xDSL's of the same name on purpose (linalg gains ops).
    for name, factory in registry.dialect_factories().items():
        table.add_dialect(name, factory, "rdu-ir", override=table.dialect_sources.get(name) == "xdsl")
    for name, factory in registry.pass_factories().items():
        table.add_pass(name, factory, "rdu-ir")

    for ep in sorted(entry_points(group="rdu_ir.dialects"), key=lambda e: e.name):
        where = f"entry point '{ep.name}' ({ep.value}) of group rdu_ir.dialects"
        try:
            obj = ep.load()
        except Exception as e:
            raise error(f"cannot load {where}: {type(e).__name__}: {e}") from None
        dialect = obj() if callable(obj) and not isinstance(obj, Dialect) else obj
        if not isinstance(dialect, Dialect):
            raise error(f"{where} is not a Dialect")
        table.add_dialect(dialect.name, (lambda d=dialect: d), f"package entry point '{ep.value}'")

    for ep in sorted(entry_points(group="rdu_ir.passes"), key=lambda e: e.name):
        where = f"entry point '{ep.name}' ({ep.value}) of group rdu_ir.passes"
        try:
            obj = ep.load()
        except Exception as e:
            raise error(f"cannot load {where}: {type(e).__name__}: {e}") from None
        for cls in _pass_classes_from_object(obj, where):
            table.add_pass(cls.name, (lambda c=cls: c), f"package entry point '{ep.value}'")
    return table


__all__ = ["PassTable", "build_table", "load_plugin_file", "RduError"]
