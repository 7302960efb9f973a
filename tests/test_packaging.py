"""The environment files agree, the package ships its data, the CLI starts fast."""

from __future__ import annotations

import re
import subprocess
import sys
import time
import tomllib
from pathlib import Path

import yaml

from .conftest import ROOT


def _name(req: str) -> set[str]:
    """Distribution names in a requirement ('dask[distributed]>=2024' -> dask, distributed)."""
    m = re.match(r"\s*([A-Za-z0-9_.-]+)(\[([^\]]+)\])?", req)
    names = {m.group(1).lower()}
    if m.group(3) and m.group(1).lower() == "dask":
        names |= {x.strip().lower() for x in m.group(3).split(",")}
    return names


def test_environment_yml_lists_the_same_dependencies_as_pyproject():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    wanted = set()
    for req in project["dependencies"] + project["optional-dependencies"]["dev"]:
        wanted |= _name(req)
    env = yaml.safe_load((ROOT / "environment.yml").read_text())
    conda = set()
    pip = []
    for dep in env["dependencies"]:
        if isinstance(dep, dict):
            pip += dep.get("pip", [])
        else:
            conda |= _name(dep)
    conda -= {"python", "pip"}
    assert conda == wanted
    assert "-e ." in pip
    assert any(str(d).startswith("python=3.11") for d in env["dependencies"] if isinstance(d, str))


def test_the_five_named_packages_are_dependencies():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    names = set().union(*(_name(r) for r in project["dependencies"]))
    assert {"jupyterlab", "pandas", "matplotlib", "nbconvert", "papermill"} <= names


def test_exporters_are_registered_for_nbconvert():
    from importlib.metadata import entry_points

    names = {ep.name for ep in entry_points(group="nbconvert.exporters")}
    assert {"communique_html", "communique_pdf", "communique_latex_pdf"} <= names


def test_help_is_fast_and_imports_nothing_heavy():
    exe = Path(sys.executable).parent / "communique"
    best = min(_timed([str(exe), "--help"]) for _ in range(3))
    assert best < 2.0  # a generous bound for a loaded CI machine; the benchmark prints the real figure
    out = subprocess.run([sys.executable, "-c", "import sys, communique.cli; print(sorted(m for m in sys.modules if m.split('.')[0] in ('pandas', 'matplotlib', 'nbconvert', 'papermill')))"],
                         capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def _timed(cmd) -> float:
    t0 = time.perf_counter()
    subprocess.run(cmd, check=True, capture_output=True)
    return time.perf_counter() - t0


def test_notebooks_are_committed_without_outputs():
    import json

    for nb_path in (ROOT / "notebooks").glob("*.ipynb"):
        nb = json.loads(nb_path.read_text())
        for cell in nb["cells"]:
            if cell["cell_type"] == "code":
                assert cell["outputs"] == [] and cell["execution_count"] is None, nb_path
        params = [c for c in nb["cells"] if "parameters" in c.get("metadata", {}).get("tags", [])]
        assert len(params) == 1, nb_path


def test_the_top_level_holds_only_plainly_named_entries():
    # (a shell redirect gone wrong leaves a file named after code: none may be kept)
    odd = [p.name for p in ROOT.iterdir() if not re.fullmatch(r"[\w.-]+", p.name)]
    assert odd == []
    assert {"Makefile", "README.md", "environment.yml", "pyproject.toml", "src", "tests", "notebooks", "data", "reports"} <= {
        p.name for p in ROOT.iterdir()}


def test_each_codebook_holds_each_key_once_and_reads_the_same_without_libyaml():
    """A key written twice in one mapping silently loses its first value; and a codebook that
    only the C loader parses would fail on a PyYAML built without libyaml."""
    seen: list[tuple[str, int, object]] = []

    class Strict(yaml.SafeLoader):
        pass

    def mapping(loader, node, deep=False):
        keys = set()
        for k, _ in node.value:
            key = loader.construct_object(k, deep=deep)
            if key in keys:
                seen.append((node.start_mark.name, k.start_mark.line + 1, key))
            keys.add(key)
        return yaml.SafeLoader.construct_mapping(loader, node, deep)  # (the plain loader's own)

    Strict.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, mapping)
    books = sorted((ROOT / "src" / "communique" / "codebooks").glob("*.yaml"))
    assert len(books) >= 6
    for book in books:
        text = book.read_text(encoding="utf-8")
        assert yaml.load(text, Loader=Strict) == yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)), book.name
    assert seen == []


def test_no_module_defines_a_name_twice():
    """A second definition at module level silently replaces the first for every function
    that reads it, including those written for the first."""
    import ast
    from collections import defaultdict

    twice = []
    for path in sorted((ROOT / "src" / "communique").glob("*.py")):
        lines = defaultdict(list)
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.Assign):
                names = [t.id for t in node.targets if isinstance(t, ast.Name)]
            elif isinstance(node, (ast.AnnAssign, ast.AugAssign)) and isinstance(node.target, ast.Name):
                names = [node.target.id] if isinstance(node, ast.AnnAssign) else []
            elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                names = [node.name]
            else:
                names = []
            for name in names:
                lines[name].append(node.lineno)
        twice += [f"{path.name}:{name} {at}" for name, at in lines.items() if len(at) > 1 and name != "__all__"]
    assert twice == []
