"""Build the translations: resources/translations/*.ts -> .qm beside them (pyside6-lrelease).

    python scripts/build_translations.py            build each .qm that is missing or older
                                                     than its .ts
    python scripts/build_translations.py --update   first refresh the .ts files from the
                                                     sources (pyside6-lupdate over gridesk/**/*.py
                                                     and forms/*.ui), for developers
    python scripts/build_translations.py --force    rebuild every .qm

One .ts pair per window (DOMAINS): a source belongs to a window when a folder on its path is
named after it or the file's name starts with "<window>_" (gridesk/ui/points/counter.py,
gridesk/exchange/points_io.py, forms/points_counter.ui); everything else is in gridesk_<lang>.ts.
Windows built side by side then never edit one translation file.

The .qm files are build outputs (gitignored); each is written to a temporary file and moved
into place with os.replace. Without any .ts yet there is nothing to do.

Runs under any Python: without PySide6 in this interpreter it re-runs itself with the
project's .venv interpreter.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("zh_CN", "en")  # gridesk_<lang>.ts; zh_CN is the default UI language
GENERATED = (ROOT / "gridesk" / "ui" / "forms", ROOT / "gridesk" / "migrations")


def _window_domains() -> tuple[str, ...]:
    """The windows with a .ts pair of their own (gridesk/windows.py), read without importing
    the package (this script runs under any Python, before set-up)."""
    spec = importlib.util.spec_from_file_location("_windows", ROOT / "gridesk" / "windows.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return tuple(w.translations for w in module.WINDOWS if w.translations)


DOMAINS = _window_domains()  # <domain>_<lang>.ts each


def venv_python() -> Path | None:
    for candidate in (
        ROOT / ".venv" / "bin" / "python",
        ROOT / ".venv" / "Scripts" / "python.exe",
    ):
        if candidate.exists():
            return candidate
    return None


def qt_tool(name: str) -> str | None:
    """A Qt Linguist tool as PySide6 ships it, or pyside6-<name> on PATH."""
    spec = importlib.util.find_spec("PySide6")
    if spec is not None and spec.submodule_search_locations:
        pyside = Path(next(iter(spec.submodule_search_locations)))
        exe = pyside / (f"{name}.exe" if sys.platform == "win32" else name)
        if exe.exists():
            return str(exe)
    return shutil.which(f"pyside6-{name}")


def sources() -> list[Path]:
    """Python sources (not the modules compiled from forms: the .ui files are read instead)."""
    found = [
        p
        for p in sorted((ROOT / "gridesk").rglob("*.py"))
        if not any(p.is_relative_to(g) for g in GENERATED)
    ]
    return found + sorted((ROOT / "forms").glob("*.ui"))


def domain_of(path: Path) -> str:
    """The translation file a source belongs to: a window's name, or "gridesk"."""
    for part in path.relative_to(ROOT).parts[1:]:
        for domain in DOMAINS:
            if part == domain or part.startswith(f"{domain}_"):
                return domain
    return "gridesk"


def run(cmd: list[str]) -> None:
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT)
    if proc.returncode != 0:
        output = (proc.stderr + proc.stdout).strip()
        raise RuntimeError(f"{Path(cmd[0]).name} failed (exit {proc.returncode}):\n{output}")


def update_ts(lupdate: str) -> None:
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    for domain in ("gridesk", *DOMAINS):
        files = [p for p in sources() if domain_of(p) == domain]
        if files:
            update_domain(lupdate, domain, files)


def update_domain(lupdate: str, domain: str, files: list[Path]) -> None:
    with tempfile.TemporaryDirectory(prefix="gridesk-lupdate-") as tmp:
        listing = Path(tmp) / "files.lst"
        listing.write_text(
            "".join(f"{p.relative_to(ROOT).as_posix()}\n" for p in files), encoding="utf-8"
        )
        for lang in LANGUAGES:
            ts = TRANSLATIONS / f"{domain}_{lang}.ts"
            run(
                [
                    lupdate,
                    "-no-obsolete",
                    "-locations",
                    "relative",
                    "-target-language",
                    lang,
                    f"@{listing}",
                    "-ts",
                    ts.relative_to(ROOT).as_posix(),
                ]
            )
            print(f"build_translations: updated {ts.relative_to(ROOT).as_posix()}")


def release(lrelease: str, ts: Path) -> Path:
    qm = ts.with_suffix(".qm")
    fd, tmp = tempfile.mkstemp(dir=ts.parent, prefix=f".{qm.name}.", suffix=".tmp")
    os.close(fd)
    try:
        run([lrelease, "-silent", str(ts), "-qm", tmp])
        umask = os.umask(0o022)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # mkstemp alone would make it 0600
        os.replace(tmp, qm)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return qm


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--update", action="store_true", help="refresh the .ts files from the sources first"
    )
    parser.add_argument("--force", action="store_true", help="rebuild every .qm")
    args = parser.parse_args(argv)

    if not args.update and not any(TRANSLATIONS.glob("*.ts")):
        return 0  # no translations yet: nothing to build
    lupdate, lrelease = qt_tool("lupdate"), qt_tool("lrelease")
    if lupdate is None or lrelease is None:
        python = venv_python()
        if python is not None and Path(sys.prefix).resolve() != (ROOT / ".venv").resolve():
            return subprocess.call([str(python), str(Path(__file__).resolve()), *sys.argv[1:]])
        print(
            "build_translations: error: pyside6-lupdate/lrelease not found; set up first "
            "(python3 run.py test, or uv sync)",
            file=sys.stderr,
        )
        return 2

    try:
        if args.update:
            update_ts(lupdate)
        for ts in sorted(TRANSLATIONS.glob("*.ts")):
            qm = ts.with_suffix(".qm")
            if not args.force and qm.exists() and qm.stat().st_mtime_ns >= ts.stat().st_mtime_ns:
                continue
            release(lrelease, ts)
            print(f"build_translations: built {qm.relative_to(ROOT).as_posix()}")
    except RuntimeError as exc:
        print(f"build_translations: error: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
