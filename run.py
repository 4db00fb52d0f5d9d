#!/usr/bin/env python3
"""GriDesk from a fresh checkout: needs only Python >= 3.11 (standard library only).

    python3 run.py demo [gridesk args]    open the app on a demo database (gridesk --demo)
    python3 run.py test [pytest args]     the whole test suite, then ruff check, ruff format
                                          --check and mypy; non-zero exit if any step fails
    python3 run.py app [gridesk args]     run gridesk with these arguments
    python3 run.py bench [bench args]     the benchmarks (gridesk bench)

Each command first sets up what it needs, quickly when that is already done:
uv (the one on PATH, else one installed into .tools/), `uv sync --frozen` (.venv with the
dev tools), the translations (.qm) and the compiled forms. Then the command runs through
`uv run --frozen`.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import time
import urllib.parse
import urllib.request
import zipfile
from pathlib import Path
from typing import NoReturn

ROOT = Path(__file__).resolve().parent
TOOLS = ROOT / ".tools"
WINDOWS = sys.platform == "win32"
MIN_UV = (0, 5, 0)  # reads uv.lock revision 3+ and the [dependency-groups] table
USAGE = __doc__.split("\n\n")[1]


def say(message: str) -> None:
    print(f"run.py: {message}", flush=True)


def fail(message: str, code: int = 1) -> NoReturn:
    print(f"run.py: error: {message}", file=sys.stderr, flush=True)
    raise SystemExit(code)


# --------------------------------------------------------------------------- uv


def uv_version(uv: str) -> tuple[int, ...] | None:
    try:
        out = subprocess.run([uv, "--version"], capture_output=True, text=True, timeout=30).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    match = re.search(r"(\d+)\.(\d+)\.(\d+)", out)
    return tuple(int(g) for g in match.groups()) if match else None


def tools_uv() -> Path:
    return TOOLS / ("Scripts" if WINDOWS else "bin") / ("uv.exe" if WINDOWS else "uv")


def find_uv() -> str:
    """uv from PATH if recent enough, else from .tools/ (installed there on first use)."""
    on_path = shutil.which("uv")
    if on_path and (uv_version(on_path) or (0,)) >= MIN_UV:
        return on_path
    local = tools_uv()
    if local.exists() and (uv_version(str(local)) or (0,)) >= MIN_UV:
        return str(local)
    say("uv not found: installing it into .tools/ (once)")
    try:
        install_uv_with_pip()
    except (OSError, subprocess.CalledProcessError) as exc:
        say(f"pip could not install uv ({exc}); fetching the uv wheel from PyPI instead")
        try:
            install_uv_from_wheel()
        except (OSError, ValueError, KeyError, StopIteration, zipfile.BadZipFile) as err:
            fail(f"could not fetch uv from PyPI ({err}); install uv and retry")
    if not local.exists() or uv_version(str(local)) is None:
        fail("could not install uv; install it yourself (https://docs.astral.sh/uv/) and retry")
    return str(local)


def install_uv_with_pip() -> None:
    """A private venv with pip, then `pip install uv` into it."""
    python = TOOLS / ("Scripts/python.exe" if WINDOWS else "bin/python")
    if not python.exists():
        subprocess.run(
            [sys.executable, "-m", "venv", str(TOOLS)],
            check=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
    subprocess.run(
        [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", "uv"],
        check=True,
    )


def install_uv_from_wheel() -> None:
    """For a Python without ensurepip (Debian without python3-venv): unpack the uv binary
    from its wheel on PyPI, checked against the published sha256."""
    tags = wheel_platform_tags()
    index = "https://pypi.org/pypi/uv/json"
    with urllib.request.urlopen(index, timeout=60) as resp:
        meta = json.load(resp)
    chosen = None
    for entry in meta["urls"]:
        name = entry["filename"]
        if name.endswith(".whl") and any(tag in name for tag in tags):
            chosen = entry
            break
    if chosen is None:
        fail(f"no uv wheel on PyPI for this platform ({platform.system()} {platform.machine()})")
    say(f"downloading {chosen['filename']}")
    with urllib.request.urlopen(urllib.parse.urljoin(index, chosen["url"]), timeout=300) as resp:
        data = resp.read()
    if hashlib.sha256(data).hexdigest() != chosen["digests"]["sha256"]:
        fail("the uv wheel downloaded from PyPI does not match its sha256")
    target = tools_uv()
    target.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(io.BytesIO(data)) as wheel:
        member = next(
            n for n in wheel.namelist() if re.fullmatch(r"[^/]+\.data/scripts/uv(\.exe)?", n)
        )
        tmp = target.with_name(target.name + ".tmp")
        tmp.write_bytes(wheel.read(member))
    tmp.chmod(0o755)
    os.replace(tmp, target)


def wheel_platform_tags() -> list[str]:
    machine = platform.machine().lower()
    if WINDOWS:
        return {"amd64": ["win_amd64"], "x86_64": ["win_amd64"], "arm64": ["win_arm64"]}.get(
            machine, ["win32"]
        )
    if sys.platform == "darwin":
        arch = "arm64" if machine == "arm64" else "x86_64"
        return [f"macosx_10_12_{arch}", f"macosx_11_0_{arch}", "universal2"]
    arch = {"amd64": "x86_64", "arm64": "aarch64"}.get(machine, machine)
    libc, _ = platform.libc_ver()
    if libc == "glibc" or not libc:
        return [f"manylinux_2_17_{arch}", f"manylinux2014_{arch}", f"manylinux_2_28_{arch}"]
    return [f"musllinux_1_1_{arch}", f"musllinux_1_2_{arch}"]


# --------------------------------------------------------------------------- set-up


def child_env() -> dict[str, str]:
    env = dict(os.environ)
    env.pop("VIRTUAL_ENV", None)  # another active venv would only make uv warn
    env.setdefault("PYTHONUTF8", "1")  # Chinese text on Windows consoles and files
    return env


def venv_python(env: dict[str, str]) -> Path | None:
    venv = Path(env.get("UV_PROJECT_ENVIRONMENT") or ROOT / ".venv")
    if not venv.is_absolute():
        venv = ROOT / venv
    python = venv / ("Scripts/python.exe" if WINDOWS else "bin/python")
    return python if python.exists() else None


def setup(uv: str, env: dict[str, str]) -> None:
    started = time.monotonic()
    sync = [uv, "sync", "--frozen", "--quiet"]
    if not (ROOT / ".venv").exists() and "UV_PYTHON" not in env:
        sync += ["--python", sys.executable]  # build .venv on the Python running this script
        say(f"creating .venv with {sys.executable} and the locked dependencies (once)")
    if subprocess.run(sync, cwd=ROOT, env=env).returncode != 0:
        fail("`uv sync --frozen` failed (see above)")
    python = venv_python(env)  # straight to it: `uv run` would add a second or so per script
    runner = [str(python)] if python else [uv, "run", "--frozen", "--no-sync", "python"]
    for script in ("build_translations.py", "compile_forms.py"):
        cmd = [*runner, f"scripts/{script}"]
        if script == "compile_forms.py":
            cmd.append("--quiet")
        if subprocess.run(cmd, cwd=ROOT, env=env).returncode != 0:
            fail(f"scripts/{script} failed (see above)")
    elapsed = time.monotonic() - started
    if elapsed > 5:
        say(f"set-up done in {elapsed:.0f} s")


def exec_command(cmd: list[str], env: dict[str, str]) -> int:
    if WINDOWS:  # os.exec* on Windows returns to the shell before the child ends
        try:
            return subprocess.run(cmd, cwd=ROOT, env=env).returncode
        except KeyboardInterrupt:
            return 130
    os.chdir(ROOT)
    os.execvpe(cmd[0], cmd, env)


def run_tests(uv: str, env: dict[str, str], pytest_args: list[str]) -> int:
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    run = [uv, "run", "--frozen", "--no-sync"]
    steps = [
        ("pytest", [*run, "pytest", *pytest_args]),
        ("ruff check", [*run, "ruff", "check", "."]),
        ("ruff format --check", [*run, "ruff", "format", "--check", "."]),
        ("mypy", [*run, "mypy"]),
    ]
    results: list[tuple[str, int, float]] = []
    for name, cmd in steps:
        say(f"=== {name} ===")
        started = time.monotonic()
        try:
            code = subprocess.run(cmd, cwd=ROOT, env=env).returncode
        except KeyboardInterrupt:
            say(f"{name}: interrupted")
            return 130
        results.append((name, code, time.monotonic() - started))
        say(f"{name}: {'passed' if code == 0 else f'FAILED (exit {code})'}")
    say("summary:")
    for name, code, seconds in results:
        say(f"  {'ok    ' if code == 0 else 'FAILED'}  {name}  ({seconds:.1f} s)")
    failed = [name for name, code, _ in results if code != 0]
    if failed:
        say(f"FAILED: {', '.join(failed)}")
        return 1
    say("all steps passed")
    return 0


def main(argv: list[str]) -> int:
    if sys.version_info < (3, 11):  # noqa: UP036 (a clear message on an old Python)
        fail(f"GriDesk needs Python 3.11 or newer; this is {platform.python_version()}")
    if not argv or argv[0] in {"-h", "--help", "help"}:
        print(USAGE)
        return 0 if argv else 2
    command, rest = argv[0], argv[1:]
    if command not in {"demo", "test", "app", "bench"}:
        print(USAGE, file=sys.stderr)
        fail(f"unknown command {command!r}", code=2)
    env = child_env()
    uv = find_uv()
    setup(uv, env)
    if command == "test":
        return run_tests(uv, env, rest)
    gridesk = [uv, "run", "--frozen", "gridesk"]
    if command == "demo":
        return exec_command([*gridesk, "--demo", *rest], env)
    if command == "bench":
        return exec_command([*gridesk, "bench", *rest], env)
    return exec_command([*gridesk, *rest], env)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
