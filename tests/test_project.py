"""The project's own rules: layers, generated files, translations, and the CLI's promise."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
PKG = ROOT / "gridesk"
QT_MODULES = ("PySide6", "shiboken6")
QT_FREE_PACKAGES = ("core", "documents", "exchange")  # not even a lazy import of Qt
QT_FREE_MODULES = ("config.py", "paths.py")


# ----------------------------------------------------------------- imports


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imports(path: Path) -> Iterator[tuple[str, int, bool]]:
    """(imported module, line, at module level) for every import in a file.

    `from a import b` yields both a and a.b (b may be a module); relative imports are
    resolved; importlib.import_module("x") and __import__("x") with a literal count too.
    """
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    package = module_name(path).split(".")
    if path.name != "__init__.py":
        package = package[:-1]
    top_level = {id(node) for node in tree.body}
    # Imports nested in `if`/`try` at module level still run at import time.
    for node in tree.body:
        if isinstance(node, ast.If | ast.Try | ast.With):
            top_level |= {
                id(n)
                for n in ast.walk(node)
                if not isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda)
            }
    for node in ast.walk(tree):
        at_top = id(node) in top_level
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name, node.lineno, at_top
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - (node.level - 1)]
                mod = ".".join([*base, node.module] if node.module else base)
            else:
                mod = node.module or ""
            yield mod, node.lineno, at_top
            for alias in node.names:
                yield f"{mod}.{alias.name}", node.lineno, at_top
        elif (
            isinstance(node, ast.Call)
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
            and (
                (
                    isinstance(node.func, ast.Name)
                    and node.func.id in {"__import__", "import_module"}
                )
                or (isinstance(node.func, ast.Attribute) and node.func.attr == "import_module")
            )
        ):
            yield node.args[0].value, node.lineno, at_top


def is_qt(name: str) -> bool:
    return any(name == m or name.startswith(m + ".") for m in QT_MODULES)


def is_ui(name: str) -> bool:
    return name == "gridesk.ui" or name.startswith("gridesk.ui.")


def python_files(*where: Path) -> list[Path]:
    found: list[Path] = []
    for place in where:
        if place.is_dir():
            found += sorted(place.rglob("*.py"))
        elif place.exists():
            found.append(place)
    return found


def test_only_gridesk_ui_imports_qt() -> None:
    problems = []
    strict = python_files(*(PKG / p for p in QT_FREE_PACKAGES), *(PKG / m for m in QT_FREE_MODULES))
    for path in strict:  # anywhere in the file, even inside functions
        for name, line, _ in imports(path):
            if is_qt(name) or is_ui(name):
                problems.append(f"{path.relative_to(ROOT)}:{line} imports {name}")
    for path in python_files(PKG / "cli"):
        for name, line, at_top in imports(path):
            if is_qt(name):
                problems.append(
                    f"{path.relative_to(ROOT)}:{line} imports {name} (go through gridesk.ui)"
                )
            elif is_ui(name) and at_top:
                problems.append(f"{path.relative_to(ROOT)}:{line} imports {name} at module level")
    # Everything else outside gridesk/ui: no Qt when merely imported.
    others = [
        p
        for p in python_files(PKG)
        if not p.is_relative_to(PKG / "ui")
        and not p.is_relative_to(PKG / "migrations")
        and not p.is_relative_to(PKG / "cli")
        and p not in strict
    ]
    for path in others:
        for name, line, at_top in imports(path):
            if at_top and (is_qt(name) or is_ui(name)):
                problems.append(f"{path.relative_to(ROOT)}:{line} imports {name} at module level")
    assert strict, "found none of the Qt-free modules to check"
    assert not problems, "Qt outside gridesk/ui:\n" + "\n".join(problems)


HARNESS = ("gridesk.bench", "gridesk.demo", "gridesk.cli")  # built on the layers, never under them


def test_the_layers_never_import_the_harness_or_the_command_line() -> None:
    problems = []
    for path in python_files(*(PKG / p for p in QT_FREE_PACKAGES)):
        for name, line, _ in imports(path):  # anywhere in the file, even inside functions
            if any(name == h or name.startswith(h + ".") for h in HARNESS):
                problems.append(f"{path.relative_to(ROOT)}:{line} imports {name}")
    assert not problems, "core, documents and exchange reach up:\n" + "\n".join(problems)


# The floors below the windows: what each may never import, anywhere in its files. Errors
# (gridesk/errors.py), the clock and the registry of windows sit below them all.
FLOORS = {
    "documents": ("gridesk.core", "gridesk.exchange"),  # paper is drawn from plain facts
    "core": ("gridesk.exchange",),  # core's papers.py modules call documents, never files
    "exchange": ("gridesk.documents",),  # spreadsheets take their Chinese from core's labels
}
BELOW_ALL = ("gridesk/errors.py", "gridesk/clock.py", "gridesk/windows.py")


def test_no_import_runs_back_up_a_floor() -> None:
    problems = []
    for floor, forbidden in FLOORS.items():
        for path in python_files(PKG / floor):
            for name, line, _ in imports(path):
                if any(name == f or name.startswith(f + ".") for f in forbidden):
                    problems.append(f"{path.relative_to(ROOT)}:{line} imports {name}")
    for module in BELOW_ALL:
        for name, line, _ in imports(ROOT / module):
            if name.startswith("gridesk"):
                problems.append(f"{module}:{line} imports {name}")
    assert not problems, "imports that run back up a floor:\n" + "\n".join(problems)


def test_importing_the_non_ui_layers_loads_no_qt() -> None:
    code = """
import importlib, pkgutil, sys
import gridesk.cli, gridesk.config, gridesk.paths
for pkg in ("core", "documents", "exchange", "cli", "demo", "bench"):
    mod = importlib.import_module("gridesk." + pkg)
    for info in pkgutil.walk_packages(mod.__path__, mod.__name__ + "."):
        importlib.import_module(info.name)
loaded = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6"))
print(" ".join(loaded))
"""
    proc = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "PYTHONWARNINGS": "ignore"},
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "", f"Qt loaded by the non-UI layers: {proc.stdout.strip()}"


def test_scripts_and_run_py_use_only_the_standard_library() -> None:
    for path in [ROOT / "run.py", *sorted((ROOT / "scripts").glob("*.py"))]:
        outside = {
            name.split(".")[0]
            for name, _, _ in imports(path)
            if name.split(".")[0] not in sys.stdlib_module_names
        }
        assert not outside, f"{path.name} imports {sorted(outside)}: it must run on a bare Python"


def test_build_spec_is_valid_python() -> None:
    spec = ROOT / "build.spec"
    compile(spec.read_text(encoding="utf-8"), str(spec), "exec")


def private_imports(path: Path) -> Iterator[tuple[str, int]]:
    """`from gridesk.x import _name` where gridesk.x is outside the importing file's package."""
    package = (
        module_name(path).rsplit(".", 1)[0] if path.name != "__init__.py" else module_name(path)
    )
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    for node in ast.walk(tree):
        if not isinstance(node, ast.ImportFrom) or node.level or not node.module:
            continue
        source = node.module
        inside = (
            source.startswith(package + ".") and package != "gridesk"
        )  # top level: each its own
        if not source.startswith("gridesk") or source == package or inside:
            continue
        for alias in node.names:
            if alias.name.startswith("_") and not alias.name.startswith("__"):
                yield f"{source}.{alias.name}", node.lineno


def test_no_module_imports_a_private_name_of_another_package() -> None:
    problems = [
        f"{path.relative_to(ROOT)}:{line} imports {name}"
        for path in python_files(PKG)
        if not path.is_relative_to(PKG / "ui" / "forms")
        for name, line in private_imports(path)
    ]
    assert not problems, "private names used across packages:\n" + "\n".join(problems)


# The modules that loop over gridesk.windows instead of naming the windows.
HUBS = (
    "gridesk/ui/main_window.py",
    "gridesk/ui/home.py",
    "gridesk/ui/scan.py",
    "gridesk/core/models.py",
    "gridesk/core/check.py",
    "gridesk/cli/__init__.py",
    "gridesk/demo/__init__.py",
    "gridesk/bench/run.py",
    "scripts/build_translations.py",
)
LAYERS = ("core", "ui", "documents", "exchange", "cli", "bench", "demo")


def test_the_hubs_reach_the_windows_only_through_the_registry() -> None:
    from gridesk.windows import WINDOWS

    # the residents are the registry every window shares: the demo, the bench and the command
    # line build on them
    keys = {w.key for w in WINDOWS} - {"residents"}
    problems = []
    for hub in HUBS:
        for name, line, _ in imports(ROOT / hub):
            parts = name.split(".")
            if (
                len(parts) >= 3
                and parts[0] == "gridesk"
                and parts[1] in LAYERS
                and parts[2] in keys
            ):
                problems.append(f"{hub}:{line} imports {name}")
    assert not problems, "a hub names a window (use gridesk.windows):\n" + "\n".join(problems)


def test_the_screens_make_no_documents_of_their_own() -> None:
    """What a window prints is made on the core floor (``core/<window>/papers.py`` and the
    cards' ``batch_document``), with its print-history title: a screen only chooses a printer.
    Only the printing module itself (the admin's test page aside) builds a ``Document``."""
    allowed = {"gridesk/ui/printing.py", "gridesk/ui/admin/printers.py"}
    problems = []
    for path in sorted((ROOT / "gridesk" / "ui").rglob("*.py")):
        where = path.relative_to(ROOT).as_posix()
        if where in allowed or "/forms/" in where:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "Document"
            ):
                problems.append(f"{where}:{node.lineno}")
    assert not problems, "a screen builds a Document (make it in core):\n" + "\n".join(problems)


def test_every_window_in_the_registry_loads() -> None:
    from gridesk.ui.page import Page
    from gridesk.ui.scan import KIND_NAMES
    from gridesk.windows import WINDOWS, load

    assert len({w.key for w in WINDOWS}) == len(WINDOWS)
    kinds = [k for w in WINDOWS for k in w.scan_kinds]
    assert sorted(kinds) == sorted(KIND_NAMES), "each QR kind opens in exactly one window"
    for w in WINDOWS:
        assert issubclass(load(w.page), Page), w.page
        for module in (w.models, w.checks):
            if module:
                load(module)
        for work in w.work:
            assert callable(load(work.count)), work.count
        for function in (w.demo, w.bench):
            if function:
                assert callable(load(function)), function
        if w.cli:
            commands = load(w.cli)
            assert callable(commands.add_parsers) and commands.COMMANDS, w.cli
        if w.scan_kinds:
            assert w.refused, f"{w.key}: say what a role without it is told"
        if w.translations:
            assert (ROOT / "resources" / "translations" / f"{w.translations}_zh_CN.ts").exists()


# ----------------------------------------------------------------- generated files


def test_compiled_forms_are_fresh() -> None:
    proc = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "compile_forms.py"), "--check", "--quiet"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr + proc.stdout


def zh_cn_ts_files() -> list[Path]:
    found = []
    for ts in sorted((ROOT / "resources" / "translations").glob("*.ts")):
        lang = ET.parse(ts).getroot().get("language", "")
        if lang.replace("-", "_") == "zh_CN" or ts.stem.endswith("zh_CN"):
            found.append(ts)
    return found


def test_chinese_translation_is_complete() -> None:
    files = zh_cn_ts_files()
    if not files:
        pytest.skip("no zh_CN .ts file yet")
    missing = []
    for ts in files:
        for context in ET.parse(ts).getroot().iter("context"):
            ctx = context.findtext("name") or ""
            for message in context.iter("message"):
                translation = message.find("translation")
                kind = translation.get("type", "") if translation is not None else ""
                if kind in {"vanished", "obsolete"}:
                    continue
                if translation is None:
                    text = ""
                elif message.get("numerus") == "yes":
                    forms = [f.text or "" for f in translation.iter("numerusform")]
                    text = "" if not forms or not all(f.strip() for f in forms) else forms[0]
                else:
                    text = translation.text or ""
                if kind == "unfinished" or not text.strip():
                    source = message.findtext("source") or ""
                    missing.append(f"{ts.name} [{ctx}] {source!r}" + (f" ({kind})" if kind else ""))
    assert not missing, f"{len(missing)} message(s) not translated:\n" + "\n".join(missing[:100])


def tr_calls(path: Path) -> Iterator[tuple[str, str, int]]:
    """(context, source, line) of every translatable literal in a Python file, read the way the
    program looks it up: self.tr / cls.tr in class C is context C; translate("ctx", "text") and
    QT_TRANSLATE_NOOP("ctx", "text") name theirs."""

    def literal(node: ast.expr | None) -> str | None:
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            return node.value
        return None

    def visit(node: ast.AST, context: str) -> Iterator[tuple[str, str, int]]:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.ClassDef):
                yield from visit(child, child.name)
                continue
            if isinstance(child, ast.Call):
                func = child.func
                name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
                args = child.args
                if name == "tr" and isinstance(func, ast.Attribute) and context:
                    text = literal(args[0]) if args else None
                    if text is not None:
                        yield context, text, child.lineno
                elif name in {"translate", "QT_TRANSLATE_NOOP"} and len(args) >= 2:
                    ctx, text = literal(args[0]), literal(args[1])
                    if ctx is not None and text is not None:
                        yield ctx, text, child.lineno
            yield from visit(child, context)

    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    yield from visit(tree, "")


def test_every_tr_string_has_a_chinese_translation() -> None:
    """lupdate can miss a call (it once skipped a numerus message behind a blank line), and a
    message missing from the .ts shows in English in the Chinese window: read the sources
    ourselves and look every literal up in the zh_CN files."""
    translated: dict[tuple[str, str], bool] = {}
    for ts in zh_cn_ts_files():
        for context in ET.parse(ts).getroot().iter("context"):
            ctx = context.findtext("name") or ""
            for message in context.iter("message"):
                node = message.find("translation")
                done = node is not None and node.get("type") not in {"unfinished", "vanished"}
                if message.get("numerus") == "yes" and node is not None:
                    done = done and all((f.text or "").strip() for f in node.iter("numerusform"))
                elif node is not None:
                    done = done and bool((node.text or "").strip())
                translated[(ctx, message.findtext("source") or "")] = done
    generated = PKG / "ui" / "forms"
    missing = [
        f"{path.relative_to(ROOT)}:{line} [{ctx}] {text!r}"
        for path in sorted(PKG.rglob("*.py"))
        if not path.is_relative_to(generated)
        for ctx, text, line in tr_calls(path)
        if not translated.get((ctx, text))
    ]
    assert not missing, (
        f"{len(missing)} string(s) with no finished zh_CN translation:\n" + "\n".join(missing[:100])
    )


# ----------------------------------------------------------------- the CLI's promise


def gridesk_cli(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    env = {
        k: v for k, v in os.environ.items() if not k.startswith("GRIDESK_") or k == "GRIDESK_NOW"
    }
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHONIOENCODING"] = "utf-8"
    return subprocess.run(
        [sys.executable, "-m", "gridesk", *args],
        cwd=ROOT,
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=300,
        env=env,
    )


def assert_one_line_failure(proc: subprocess.CompletedProcess[str]) -> None:
    assert proc.returncode != 0, f"exit 0 for a failure; stdout: {proc.stdout!r}"
    assert "Traceback" not in proc.stderr + proc.stdout, proc.stderr
    lines = [line for line in proc.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, f"want one line on stderr, got {len(lines)}:\n{proc.stderr}"


@pytest.fixture(scope="module")
def initialised(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data = tmp_path_factory.mktemp("station")
    proc = gridesk_cli(
        "init",
        "--data-dir",
        str(data),
        "--station-name",
        "测试驿站",
        "--station-code",
        "TS",
        "--admin",
        "admin",
        stdin="secret12\n",
    )
    assert proc.returncode == 0, proc.stderr
    return data


def test_cli_check_on_an_empty_folder_is_one_line(tmp_path: Path) -> None:
    assert_one_line_failure(gridesk_cli("check", "--data-dir", str(tmp_path)))


def test_cli_restore_of_a_missing_file_is_one_line(initialised: Path, tmp_path: Path) -> None:
    proc = gridesk_cli(
        "restore", str(tmp_path / "no-such-backup.db"), "--data-dir", str(initialised)
    )
    assert_one_line_failure(proc)


def test_cli_import_of_a_text_file_is_one_line(initialised: Path, tmp_path: Path) -> None:
    notes = tmp_path / "residents.txt"
    notes.write_text("张三 13800138000\n", encoding="utf-8")
    proc = gridesk_cli("import", "residents", str(notes), "--data-dir", str(initialised))
    assert_one_line_failure(proc)


def _help_texts(parser: Any) -> Iterator[str]:
    """Every help and description text of ``parser`` and its sub-commands."""
    import argparse

    if parser.description:
        yield parser.description
    for action in parser._actions:
        if action.help and action.help != argparse.SUPPRESS:
            yield action.help
        if isinstance(action, argparse._SubParsersAction):
            for choice in action._choices_actions:
                yield choice.help
            for sub in action.choices.values():
                yield from _help_texts(sub)


def test_the_command_line_help_speaks_the_users_language(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Under a Chinese locale every help text of every command is Chinese (each is marked
    QT_TRANSLATE_NOOP("cli", ...) where it is declared, and translated); under another, English."""
    from gridesk import cli
    from gridesk.cli import common

    monkeypatch.setattr(common, "_translate", common._translate)  # put back afterwards
    for name in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    with pytest.raises(SystemExit):
        cli.main(["--data-dir", str(tmp_path), "--help"])
    shown = capsys.readouterr().out
    assert shown.startswith("用法：gridesk") and "初始化站点及管理员账号" in shown
    untranslated = sorted({t for t in _help_texts(cli.build_parser()) if common.tr(t) == t})
    assert not untranslated, "help without Chinese:\n" + "\n".join(untranslated)
    with pytest.raises(SystemExit):
        cli.main(["check", "--data-dir", str(tmp_path), "--help"])
    assert "与所有已知锚点一致" in capsys.readouterr().out

    monkeypatch.setenv("LANG", "en_US.UTF-8")
    with pytest.raises(SystemExit):
        cli.main(["backup", "--data-dir", str(tmp_path), "--help"])
    shown = capsys.readouterr().out
    assert shown.startswith("usage: gridesk backup") and "write the backup to this file" in shown
