"""The layering of gdrkit, read from its imports with ``ast`` (nothing is imported).

The folder listing is the data flow: a stage imports only the stages before it, the
helpers of ``text/``, the table contract (``schema``) and the ``engine/`` (caches, workers,
files), which imports no stage; ``pipeline/`` ("what runs when") imports stages and the
engine; only ``cli`` (and ``gdrkit/__init__``, lazily) import the front door ``corpus``.
A gdrkit module imports other gdrkit modules at its top only (inside a function only the
heavy optional libraries, e.g. matplotlib, statsmodels, dask), there are no import
cycles, and no module imports another's private name (``_x``). No module is over 400
lines and no function over 80, with no exceptions.

The last tests plant each kind of violation in a small package and check it is caught.
"""

from __future__ import annotations

import ast
import textwrap
import tomllib
from dataclasses import dataclass
from pathlib import Path

from conftest import ROOT

#: The stages in data-flow order: each may import those before it (and itself).
STAGES = ("io", "clean", "meta", "sections", "extract", "problems", "zh", "review", "analysis", "plot")
#: What every stage may import besides the earlier stages.
BASE = {"_version", "schema", "text", "engine"}
#: Each unit (a top-level module or subpackage of gdrkit) and the units it may import.
ALLOWED: dict[str, set[str]] = {
    "__init__": {"_version"},  # the public names are loaded lazily (importlib), not imported
    "_version": set(),
    "_compat": set(),
    "datasets": set(),
    "schema": set(),
    "text": {"text", "schema"},
    "engine": {"engine", "_version", "schema"},
    **{stage: {*STAGES[: i + 1], *BASE} for i, stage in enumerate(STAGES)},
    "pipeline": {*STAGES, *BASE, "pipeline"},
    "export": {"engine", "schema"},
    "notebook": {*STAGES, *BASE, "datasets"},
    "corpus": {*STAGES, *BASE, "pipeline"},
    "cli": {*STAGES, *BASE, "pipeline", "corpus", "export"},
}
#: Old module paths kept for one release (tests/test_compat.py): they re-export from the
#: new modules, so they may import anything but another shim; nothing imports them.
SHIMS = {f"gdrkit.{m}" for m in ("build", "derive", "stream", "engine_dask", "cache_admin", "cache", "parallel",
                                 "limits", "progress", "sink", "discover", "numerals", "places", "metadata", "ids",
                                 "taxonomy", "models", "regtable", "plot.notebook", "plot.plots", "plot.labels",
                                 "analysis.wordcloud")}
#: Heavy or optional third-party libraries, imported inside the functions that need them
#: so that ``import gdrkit`` and its workers stay light.
LAZY_OK = {"dask", "distributed", "opencc", "matplotlib", "statsmodels", "pypdf", "docx", "bs4", "lxml",
           "charset_normalizer", "cn2an", "jieba", "rjieba", "wordcloud", "pylopdf_fonts_zh_cn", "tqdm",
           "scipy", "wildboottest", "IPython"}  # IPython: only inside a notebook (core importable without it)
MAX_MODULE_LINES = 400
MAX_FUNCTION_LINES = 80
#: Modules (path) and functions (path:name) allowed over the limits, and why.
SIZE_EXCEPTIONS: dict[str, str] = {}


@dataclass(frozen=True)
class Import:
    module: str  # the importing module
    target: str  # the module imported (a package for ``from package import name``)
    names: tuple[str, ...]  # the names imported from it (``from target import names``)
    line: int
    in_function: bool
    type_checking: bool  # under ``if TYPE_CHECKING:`` (annotations only, never run)


def modules(root: Path, package: str) -> dict[str, Path]:
    """Module name → file, for every module of ``package`` under ``root``."""
    out = {}
    for path in sorted((root / package).rglob("*.py")):
        parts = [package, *path.relative_to(root / package).with_suffix("").parts]
        if parts[-1] == "__init__":
            parts.pop()
        out[".".join(parts)] = path
    return out


def _parents(tree: ast.AST) -> dict[ast.AST, ast.AST]:
    return {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}


def imports(root: Path, package: str) -> list[Import]:
    """Every import statement of ``package``, with the absolute name of what it imports."""
    out = []
    for name, path in modules(root, package).items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        parents = _parents(tree)
        for node in ast.walk(tree):
            if not isinstance(node, (ast.Import, ast.ImportFrom)):
                continue
            chain, up = [], node
            while up in parents:
                up = parents[up]
                chain.append(up)
            in_function = any(isinstance(a, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)) for a in chain)
            checking = any(isinstance(a, ast.If) and "TYPE_CHECKING" in ast.unparse(a.test) for a in chain)
            if isinstance(node, ast.Import):
                for alias in node.names:
                    out.append(Import(name, alias.name, (), node.lineno, in_function, checking))
                continue
            if node.level:
                base = name.split(".") if path.name == "__init__.py" else name.split(".")[:-1]
                base = base[: len(base) - (node.level - 1)]
                target = ".".join([*base, *([node.module] if node.module else [])])
            else:
                target = node.module or ""
            out.append(Import(name, target, tuple(a.name for a in node.names), node.lineno, in_function, checking))
    return out


def unit(module: str) -> str:
    """The top-level module or subpackage a module belongs to (``gdrkit.io.read`` → ``io``)."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


def targets(imp: Import, known: dict[str, Path]) -> list[str]:
    """The modules an import loads: the target, and the names that are submodules of it."""
    return [imp.target, *(f"{imp.target}.{n}" for n in imp.names if f"{imp.target}.{n}" in known)]


def layer_violations(root: Path, package: str, allowed: dict[str, set[str]], shims: set[str]) -> list[str]:
    """Imports against the data flow: a unit importing one it may not (or a shim)."""
    known = modules(root, package)
    out = []
    for imp in imports(root, package):
        if imp.type_checking or imp.module in shims:
            continue
        if imp.target == package and any(f"{package}.{n}" not in known for n in imp.names):
            out.append(f"{imp.module}:{imp.line} imports names of the package root (its lazy exports)")
        for target in targets(imp, known):
            if not target.startswith(package + "."):
                continue
            if target in shims:
                out.append(f"{imp.module}:{imp.line} imports the deprecated {target}")
            elif unit(target) not in allowed.get(unit(imp.module), set()):
                out.append(f"{imp.module}:{imp.line} ({unit(imp.module)}) imports {target} ({unit(target)})")
    return out


def late_imports(root: Path, package: str, lazy_ok: set[str]) -> list[str]:
    """Imports inside functions other than the heavy optional third-party libraries."""
    return [f"{imp.module}:{imp.line} imports {imp.target} inside a function"
            for imp in imports(root, package)
            if imp.in_function and not imp.type_checking
            and (not imp.target or imp.target.split(".")[0] not in lazy_ok or imp.target.startswith(package))]


def cycles(root: Path, package: str) -> list[list[str]]:
    """Import cycles among the modules (what runs at import: top-level imports, and the
    packages each import loads first), as lists of module names."""
    known = modules(root, package)
    graph: dict[str, set[str]] = {m: set() for m in known}
    for imp in imports(root, package):
        if imp.in_function or imp.type_checking:
            continue
        parts = imp.module.split(".")
        running = {".".join(parts[:i]) for i in range(1, len(parts))}  # the importer's packages
        subs = targets(imp, known)[1:]
        # ``from package import submodule`` loads the submodules; other names need the package
        loads = subs if imp.names and len(subs) == len(imp.names) else [imp.target, *subs]
        for target in loads:
            tparts = target.split(".")
            # importing a.b.c runs a.b's __init__ first, unless it is running already (an
            # ancestor of the importer): a sibling import does not run it again
            for i in range(1, len(tparts) + 1):
                name = ".".join(tparts[:i])
                if name in known and name != imp.module and (name == target or name not in running):
                    graph[imp.module].add(name)
    # Tarjan's strongly connected components
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    out: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        for w in sorted(graph[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                out.append(sorted(comp))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return out


def private_imports(root: Path, package: str) -> list[str]:
    """Private names (``_x``) of one module used in another: imported by name, or read as
    an attribute of an imported module (private modules such as ``plot._common`` with
    public names are fine)."""
    known = modules(root, package)
    out = []
    for imp in imports(root, package):
        if not imp.target.startswith(package) or imp.target == imp.module:
            continue
        for n in imp.names:
            if n.startswith("_") and not n.startswith("__") and f"{imp.target}.{n}" not in known:
                out.append(f"{imp.module}:{imp.line} imports {imp.target}.{n}")
    for name, path in known.items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        aliases = {}  # local name -> a gdrkit module
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom):
                for imp in imports_of(node, name, path):
                    aliases.update(imp)
            elif isinstance(node, ast.Import):
                for a in node.names:
                    if a.name.startswith(package) and a.asname:
                        aliases[a.asname] = a.name
        for node in ast.walk(tree):
            if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id in aliases \
                    and node.attr.startswith("_") and not node.attr.startswith("__") and aliases[node.value.id] != name:
                out.append(f"{name}:{node.lineno} reads {aliases[node.value.id]}.{node.attr}")
    return out


def imports_of(node: ast.ImportFrom, module: str, path: Path) -> list[dict[str, str]]:
    """``{local name: module}`` for the names of a ``from`` import that are modules."""
    if node.level:
        base = module.split(".") if path.name == "__init__.py" else module.split(".")[:-1]
        base = base[: len(base) - (node.level - 1)]
        target = ".".join([*base, *([node.module] if node.module else [])])
    else:
        target = node.module or ""
    root = path.parents[len(module.split(".")) - (0 if path.name == "__init__.py" else 1)]
    known = modules(root, module.split(".")[0])
    return [{a.asname or a.name: f"{target}.{a.name}"} for a in node.names if f"{target}.{a.name}" in known]


def size_violations(root: Path, package: str, exceptions: dict[str, str]) -> list[str]:
    out = []
    for path in sorted((root / package).rglob("*.py")):
        rel = path.relative_to(root).as_posix()
        src = path.read_text(encoding="utf-8")
        n = len(src.splitlines())
        if n > MAX_MODULE_LINES and rel not in exceptions:
            out.append(f"{rel}: {n} lines")
        for node in ast.walk(ast.parse(src)):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                length = node.end_lineno - node.lineno + 1
                if length > MAX_FUNCTION_LINES and f"{rel}:{node.name}" not in exceptions:
                    out.append(f"{rel}:{node.lineno} {node.name}: {length} lines")
    return out


# --------------------------------------------------------------------------- gdrkit
def test_every_unit_is_placed():
    units = {unit(m) for m in modules(ROOT, "gdrkit")} - {unit(s) for s in SHIMS if s.count(".") == 1}
    assert units <= set(ALLOWED), f"modules in no layer: {sorted(units - set(ALLOWED))}"


def test_imports_follow_the_data_flow():
    assert layer_violations(ROOT, "gdrkit", ALLOWED, SHIMS) == []


def test_only_the_command_line_imports_the_corpus():
    users = {imp.module for imp in imports(ROOT, "gdrkit")
             if not imp.type_checking and imp.module not in SHIMS
             and "gdrkit.corpus" in targets(imp, modules(ROOT, "gdrkit"))}
    assert users <= {"gdrkit.cli"}


def test_imports_inside_functions_are_heavy_optional_libraries_only():
    assert late_imports(ROOT, "gdrkit", LAZY_OK) == []


def test_no_import_cycles():
    assert cycles(ROOT, "gdrkit") == []


def test_no_private_name_crosses_modules():
    assert private_imports(ROOT, "gdrkit") == []


def test_modules_and_functions_are_short():
    assert size_violations(ROOT, "gdrkit", SIZE_EXCEPTIONS) == []


def test_the_mutation_scope_names_files_that_exist():
    """Every module of [tool.gdrkit.mutate] in pyproject.toml and every test file it runs exist
    (a test file named but missing makes that module's mutation run fail)."""
    scope = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["gdrkit"]["mutate"]
    missing = sorted({p for module, spec in scope.items() for p in (module, *spec["tests"]) if not (ROOT / p).exists()})
    assert missing == []


def test_shims_import_only_new_modules():
    bad = [f"{imp.module} imports {imp.target}" for imp in imports(ROOT, "gdrkit")
           if imp.module in SHIMS and imp.target in SHIMS]
    assert bad == []
    assert SHIMS <= set(modules(ROOT, "gdrkit"))


# --------------------------------------------------------------------------- planted violations
def _package(tmp_path: Path, files: dict[str, str]) -> Path:
    for rel, src in files.items():
        p = tmp_path / "fake" / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(textwrap.dedent(src), encoding="utf-8")
    return tmp_path


def _allowed() -> dict[str, set[str]]:
    return {k: v for k, v in ALLOWED.items()}


CLEAN = {
    "__init__.py": "",
    "schema.py": "COLUMNS = ['a']\n",
    "engine/__init__.py": "from .cache import key\n",
    "engine/cache.py": "def key():\n    return 1\n",
    "io.py": "from .engine.cache import key\nfrom .schema import COLUMNS\n",
    "meta.py": "from . import io\n\n\ndef f():\n    import matplotlib.pyplot as plt\n    return io, plt\n",
    "analysis/__init__.py": "from .panel import build\n",
    "analysis/panel.py": "from ..meta import f\n\n\ndef build():\n    return f()\n",
    "cli.py": "from .corpus import load\n",
    "corpus.py": "from .analysis import build\n\nload = build\n",
}


def test_a_clean_package_passes(tmp_path):
    root = _package(tmp_path, CLEAN)
    assert layer_violations(root, "fake", _allowed(), set()) == []
    assert late_imports(root, "fake", LAZY_OK) == []
    assert cycles(root, "fake") == []
    assert private_imports(root, "fake") == []


def test_a_backwards_import_is_caught(tmp_path):
    root = _package(tmp_path, {**CLEAN, "io.py": "from .analysis.panel import build\n"})
    assert layer_violations(root, "fake", _allowed(), set()) == ["fake.io:1 (io) imports fake.analysis.panel (analysis)"]


def test_the_engine_importing_a_stage_is_caught(tmp_path):
    root = _package(tmp_path, {**CLEAN, "engine/cache.py": "from ..meta import f\n"})
    assert layer_violations(root, "fake", _allowed(), set()) == ["fake.engine.cache:1 (engine) imports fake.meta (meta)"]


def test_a_name_of_the_package_root_is_caught(tmp_path):
    root = _package(tmp_path, {**CLEAN, "meta.py": "from . import io, load_corpus\n"})
    assert layer_violations(root, "fake", _allowed(), set()) == ["fake.meta:1 imports names of the package root (its lazy exports)"]


def test_a_stage_importing_the_corpus_is_caught(tmp_path):
    root = _package(tmp_path, {**CLEAN, "meta.py": "from .corpus import load\n"})
    assert layer_violations(root, "fake", _allowed(), set()) == ["fake.meta:1 (meta) imports fake.corpus (corpus)"]


def test_an_import_cycle_is_caught(tmp_path):
    # within one stage (allowed by the layers), the two modules import each other
    root = _package(tmp_path, {**CLEAN, "analysis/panel.py": "from .models import fit\n\n\ndef build():\n    return 1\n",
                               "analysis/models.py": "from .panel import build\n\n\ndef fit():\n    return build()\n"})
    assert layer_violations(root, "fake", _allowed(), set()) == []
    assert cycles(root, "fake") == [["fake.analysis.models", "fake.analysis.panel"]]


def test_a_cycle_through_a_package_init_is_caught(tmp_path):
    # engine/__init__ imports engine.cache, which imports the engine package back
    root = _package(tmp_path, {**CLEAN, "engine/cache.py": "from . import key2\n\n\ndef key():\n    return 1\n",
                               "engine/__init__.py": "from .cache import key\nkey2 = key\n"})
    assert cycles(root, "fake") == [["fake.engine", "fake.engine.cache"]]


def test_an_internal_import_inside_a_function_is_caught(tmp_path):
    root = _package(tmp_path, {**CLEAN, "meta.py": "def f():\n    from . import io\n    import pandas\n    return io, pandas\n"})
    assert late_imports(root, "fake", LAZY_OK) == ["fake.meta:2 imports fake inside a function",
                                                   "fake.meta:3 imports pandas inside a function"]


def test_a_private_name_across_modules_is_caught(tmp_path):
    root = _package(tmp_path, {**CLEAN, "engine/cache.py": "def _key():\n    return 1\n\n\nkey = _key\n",
                               "io.py": "from .engine.cache import _key\nfrom .engine import cache\n\nk = cache._key\n"})
    assert private_imports(root, "fake") == ["fake.io:1 imports fake.engine.cache._key",
                                             "fake.io:4 reads fake.engine.cache._key"]


def test_a_long_function_is_caught(tmp_path):
    body = "".join(f"    x{i} = {i}\n" for i in range(MAX_FUNCTION_LINES))
    root = _package(tmp_path, {**CLEAN, "meta.py": f"def f():\n{body}"})
    assert size_violations(root, "fake", {}) == [f"fake/meta.py:1 f: {MAX_FUNCTION_LINES + 1} lines"]
    assert size_violations(root, "fake", {"fake/meta.py:f": "planted"}) == []
