"""The PyInstaller bundle (`make bundle`), run as a venue would: no Python, no checkout, no
GUICHET_RESOURCES; its version, a demo folder and its check, a window, the server's workers."""

from __future__ import annotations

import json
import signal
import subprocess
import time
import urllib.request
from pathlib import Path

import pytest
from packaging_helpers import clean_env, free_port
from PIL import Image, ImageChops, ImageStat

from guichet import __version__


def run(program: Path, *args: str, cwd: Path, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(program), *args], cwd=cwd, env=clean_env(**env), capture_output=True, text=True,
        timeout=180,
    )


def test_the_bundle_says_its_version(bundle: Path, tmp_path: Path) -> None:
    done = run(bundle, "--version", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"guichet {__version__}"


def test_a_demo_folder_made_by_the_bundle_passes_its_check(bundle: Path, tmp_path: Path) -> None:
    data = tmp_path / "demo"
    started = run(bundle, "--demo", "--ready-probe", "--data-dir", str(data), cwd=tmp_path)
    assert started.returncode == 0, started.stderr
    assert started.stdout.startswith("ready "), started.stdout + started.stderr
    # Alembic ran from the bundled migrations: the database exists and is at the head.
    checked = run(bundle, "check", "--data-dir", str(data), "--lang", "en", cwd=tmp_path)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert checked.stdout.strip() == "0 violations"


def screenshot(bundle: Path, tmp_path: Path, name: str, *args: str, **env: str) -> Image.Image:
    target = tmp_path / f"{name}.png"
    done = run(bundle, *args, "--screenshot", str(target), "--window", "sales", cwd=tmp_path, **env)
    assert done.returncode == 0, done.stdout + done.stderr
    with Image.open(target) as image:
        assert image.format == "PNG"
        return image.convert("RGB")


def test_the_sales_window_renders_from_the_bundle(bundle: Path, tmp_path: Path) -> None:
    image = screenshot(bundle, tmp_path, "sales")
    assert image.width >= 1000 and image.height >= 600
    # A real window, not a blank or single-colour surface: many colours (text anti-aliasing,
    # the blue Pay button, the green promotion) and a wide spread of brightness.
    assert len(image.getcolors(maxcolors=1 << 20) or []) > 200
    assert max(ImageStat.Stat(image.convert("L")).stddev) > 20


def test_the_bundle_loads_its_own_english_catalogue(bundle: Path, tmp_path: Path) -> None:
    english = screenshot(bundle, tmp_path, "en", "--lang", "en")
    empty = tmp_path / "no-resources"
    (empty / "translations").mkdir(parents=True)
    # The same window and language with the catalogue taken away: the French source texts
    # (and only them) come back, so the pictures differ exactly when the bundle's .qm loaded.
    untranslated = screenshot(
        bundle, tmp_path, "en-untranslated", "--lang", "en", GUICHET_RESOURCES=str(empty)
    )
    assert english.size == untranslated.size
    assert ImageChops.difference(english, untranslated).getbbox() is not None


def _children(pid: int) -> list[int]:
    path = Path(f"/proc/{pid}/task/{pid}/children")
    return [int(word) for word in path.read_text().split()] if path.exists() else []


def _health(port: int) -> dict[str, object] | None:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/health", timeout=2) as answer:
            return json.loads(answer.read())  # type: ignore[no-any-return]
    except OSError:
        return None


def test_the_bundled_server_runs_two_workers(bundle: Path, tmp_path: Path) -> None:
    port = free_port()
    log = tmp_path / "server.log"
    with log.open("w") as out:
        server = subprocess.Popen(
            [str(bundle), "server", "--db", f"sqlite:///{tmp_path / 'server.db'}",
             "--port", str(port), "--workers", "2"],
            cwd=tmp_path, env=clean_env(), stdout=out, stderr=subprocess.STDOUT,
        )
    try:
        deadline = time.monotonic() + 90
        answer = None
        while answer is None and server.poll() is None and time.monotonic() < deadline:
            answer = _health(port)
            time.sleep(0.2)
        assert answer is not None, log.read_text()
        assert answer["status"] == "ok"
        # The workers are the bundled program itself, started by multiprocessing: without
        # freeze_support() they would re-read their arguments as a command line and die.
        workers = [
            child for child in _children(server.pid)
            if "--multiprocessing-fork" in Path(f"/proc/{child}/cmdline").read_text()
        ]
        assert len(workers) == 2, log.read_text()
        assert "invalid choice" not in log.read_text()
    finally:
        server.send_signal(signal.SIGTERM)
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
            pytest.fail("the server did not stop on SIGTERM")
    assert all(not Path(f"/proc/{child}").exists() for child in workers)
