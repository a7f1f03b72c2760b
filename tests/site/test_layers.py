"""The code's layers (README "Code layout"): carers_site.core imports no app and nothing of carers_site outside
core; the apps import core (resources and search may use directory, search may use resources), never the site-wide
features; nothing the site runs imports the development tooling (carers_site.dev)."""

import ast
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
FOLDERS = {"site": "carers_site", "directory": "directory", "resources": "resources", "search": "search"}
MAY_IMPORT = {
    "carers_site.core": ["carers_site.core"],
    "directory": ["carers_site.core", "directory"],
    "resources": ["carers_site.core", "directory", "resources"],
    "search": ["carers_site.core", "directory", "resources", "search"],
}
DEV_USERS = ["carers_site.dev", "carers_site.management.commands"]  # the commands are thin wrappers


def within(name, prefixes):
    return any(name == prefix or name.startswith(prefix + ".") for prefix in prefixes)


def modules():
    for folder, package in FOLDERS.items():
        for path in sorted((REPO / folder).rglob("*.py")):
            if "migrations" not in path.parts:
                parts = [package, *path.relative_to(REPO / folder).with_suffix("").parts]
                yield ".".join(parts[:-1] if parts[-1] == "__init__" else parts), path


def imported_names(module, path):
    """Every project module or name a module imports, at the top or inside functions, relative imports resolved."""
    package = module.split(".") if path.name == "__init__.py" else module.split(".")[:-1]
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                base = ".".join(package[: len(package) - node.level + 1] + ([node.module] if node.module else []))
            yield from (f"{base}.{alias.name}" for alias in node.names)


def test_each_layer_imports_only_what_is_below_it():
    wrong = []
    for module, path in modules():
        layer = next((layer for layer in MAY_IMPORT if within(module, [layer])), None)
        for name in imported_names(module, path):
            if name.split(".")[0] not in FOLDERS.values():
                continue
            if layer and not within(name, MAY_IMPORT[layer]):
                wrong.append(f"{module} ({layer}) imports {name}")
            if within(name, ["carers_site.dev"]) and not within(module, DEV_USERS):
                wrong.append(f"{module} imports the development tooling: {name}")
    assert not wrong, "\n".join(wrong)


def unit(name):
    """The package a module belongs to for the cycle check: an app, or a subpackage of carers_site."""
    parts = name.split(".")
    return ".".join(parts[:2]) if parts[0] == "carers_site" and len(parts) > 2 else parts[0]


def test_no_import_cycle_between_packages():
    """The apps and carers_site's subpackages (core, sharing, reports, ...) form no cycle of imports. The site's own
    wiring (settings, urls, apps.py, wagtail_hooks, models/__init__, commands and tag libraries) is left out: it
    is the top, which everything is plugged into."""
    wiring = ("carers_site.settings", "carers_site.management", "carers_site.templatetags", "carers_site.models")
    edges = {}
    for module, path in modules():
        if module.count(".") < 2 and module.startswith("carers_site") or within(module, wiring):
            continue
        for name in imported_names(module, path):
            if name.split(".")[0] in FOLDERS.values() and not within(name, wiring) and name.count(".") >= 1:
                if unit(name) != unit(module) and not (name.startswith("carers_site") and name.count(".") < 2):
                    edges.setdefault(unit(module), set()).add(unit(name))
    cycles = []

    def visit(node, trail):
        for target in edges.get(node, ()):
            if target in trail:
                cycles.append(" -> ".join([*trail[trail.index(target):], target]))
            elif len(trail) < 12:
                visit(target, [*trail, target])

    for start in edges:
        visit(start, [start])
    assert not cycles, "\n".join(sorted(set(cycles)))
