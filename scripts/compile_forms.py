"""Compile the Qt Designer forms: forms/X.ui -> gridesk/ui/forms/ui_X.py (pyside6-uic).

    python scripts/compile_forms.py           write the modules that are missing or stale
    python scripts/compile_forms.py --check   exit 1 listing stale, missing or orphaned modules

The compiled modules are committed (so `uv run gridesk` works without this script) and must
match their forms; CI runs `--check`. A module is rewritten only when its text would change,
through a temporary file and os.replace, so a half-written module is never seen.

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
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FORMS = ROOT / "forms"
OUT = ROOT / "gridesk" / "ui" / "forms"


def venv_python() -> Path | None:
    for candidate in (
        ROOT / ".venv" / "bin" / "python",
        ROOT / ".venv" / "Scripts" / "python.exe",
    ):
        if candidate.exists():
            return candidate
    return None


def uic_command() -> list[str] | None:
    """The uic binary PySide6 ships (as pyside6-uic runs it), or pyside6-uic on PATH."""
    spec = importlib.util.find_spec("PySide6")
    if spec is not None and spec.submodule_search_locations:
        pyside = Path(next(iter(spec.submodule_search_locations)))
        if sys.platform == "win32":
            exe = pyside / "uic.exe"
        else:
            exe = pyside / "Qt" / "libexec" / "uic"
        if exe.exists():
            return [str(exe), "-g", "python"]
    wrapper = shutil.which("pyside6-uic")
    return [wrapper] if wrapper else None


def compile_form(uic: list[str], form: Path) -> str:
    """The module text uic makes for one form (newlines normalised to \\n)."""
    with tempfile.TemporaryDirectory(prefix="gridesk-uic-") as tmp:
        target = Path(tmp) / "out.py"
        # Run in forms/ with the bare file name so the header is the same on every machine.
        proc = subprocess.run(
            [*uic, form.name, "-o", str(target)],
            cwd=form.parent,
            capture_output=True,
            text=True,
        )
        if proc.returncode != 0 or not target.exists():
            detail = (proc.stderr or proc.stdout).strip().splitlines()
            reason = detail[-1] if detail else f"exit code {proc.returncode}"
            raise RuntimeError(f"{form.relative_to(ROOT)}: uic failed: {reason}")
        return target.read_bytes().decode("utf-8").replace("\r\n", "\n")


def default_mode() -> int:
    """What an ordinary new file gets (mkstemp alone would make it 0600)."""
    umask = os.umask(0o022)
    os.umask(umask)
    return 0o666 & ~umask


def write_atomic(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(text.encode("utf-8"))
        os.chmod(tmp, default_mode())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def read_text(path: Path) -> str | None:
    try:
        return path.read_bytes().decode("utf-8").replace("\r\n", "\n")
    except FileNotFoundError:
        return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--check", action="store_true", help="write nothing; exit 1 if a module is stale"
    )
    parser.add_argument("-q", "--quiet", action="store_true", help="say nothing when all is fresh")
    args = parser.parse_args(argv)

    forms = sorted(FORMS.glob("*.ui"))
    if not forms:
        return 0
    uic = uic_command()
    if uic is None:
        python = venv_python()
        if python is not None and Path(sys.prefix).resolve() != (ROOT / ".venv").resolve():
            return subprocess.call([str(python), str(Path(__file__).resolve()), *sys.argv[1:]])
        print(
            "compile_forms: error: pyside6-uic not found; set up first "
            "(python3 run.py test, or uv sync)",
            file=sys.stderr,
        )
        return 2

    try:
        with ThreadPoolExecutor(max_workers=min(8, os.cpu_count() or 2)) as pool:
            texts = list(pool.map(lambda f: compile_form(uic, f), forms))
    except RuntimeError as exc:
        print(f"compile_forms: error: {exc}", file=sys.stderr)
        return 2

    wanted = {OUT / f"ui_{form.stem}.py": text for form, text in zip(forms, texts, strict=True)}
    orphans = sorted(p for p in OUT.glob("ui_*.py") if p not in wanted)
    stale = [p for p, text in wanted.items() if read_text(p) != text]
    init = OUT / "__init__.py"
    if not init.exists():
        stale.append(init)
        wanted[init] = ""
    if args.check:
        problems = [
            f"{'missing' if not p.exists() else 'stale'}: {p.relative_to(ROOT).as_posix()}"
            for p in stale
        ]
        problems += [f"orphaned (no form): {p.relative_to(ROOT).as_posix()}" for p in orphans]
        if problems:
            for line in problems:
                print(f"compile_forms: {line}", file=sys.stderr)
            print(
                "compile_forms: run `python3 scripts/compile_forms.py` and commit the result",
                file=sys.stderr,
            )
            return 1
        if not args.quiet:
            print(f"compile_forms: {len(forms)} compiled form(s) up to date")
        return 0

    for path in stale:
        write_atomic(path, wanted[path])
        print(f"compile_forms: wrote {path.relative_to(ROOT).as_posix()}")
    for path in orphans:  # never deleted here: it may be someone's work in progress
        print(
            f"compile_forms: warning: {path.relative_to(ROOT).as_posix()} has no form "
            "in forms/; delete it if the form is gone",
            file=sys.stderr,
        )
    if not stale and not orphans and not args.quiet:
        print(f"compile_forms: {len(forms)} compiled form(s) up to date")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
