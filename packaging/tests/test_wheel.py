"""The wheel (`make dist`) is whole: installed with pip into a clean virtual environment, with no
checkout and no GUICHET_RESOURCES, Guichet starts, migrates and speaks English."""

from __future__ import annotations

import subprocess
import venv
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

from packaging_helpers import ROOT, clean_env

MIGRATIONS = ROOT / "guichet" / "models" / "migrations"
TRANSLATIONS = ROOT / "resources" / "translations"


def test_the_wheel_carries_translations_migrations_and_resources(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for qm in sorted(TRANSLATIONS.glob("*.qm")):
        assert f"guichet/resources/translations/{qm.name}" in names
    for migration in sorted(MIGRATIONS.rglob("*.py")):
        assert f"guichet/{migration.relative_to(ROOT / 'guichet').as_posix()}" in names
    assert "guichet/models/migrations/script.py.mako" in names
    assert not any(name.endswith(".ts") for name in names)  # sources stay in the checkout


def a_finished_english_message() -> tuple[str, str, str]:
    """(context, French source, English) of a translated window string, from the catalogue."""
    for context in ET.parse(TRANSLATIONS / "guichet_en.ts").getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if (
                message.get("numerus") != "yes"
                and translation is not None
                and translation.get("type") is None
                and translation.text
                and message.find("comment") is None
            ):
                source = message.findtext("source", "")
                return context.findtext("name", ""), source, translation.text
    raise AssertionError("no translated message in guichet_en.ts")


def test_pip_install_into_a_clean_venv_runs_guichet(wheel: Path, tmp_path: Path) -> None:
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True).create(env_dir)
    python, guichet = env_dir / "bin" / "python", env_dir / "bin" / "guichet"
    # The wheelhouse beside it holds every dependency: the offline install a counter PC does.
    installed = subprocess.run(
        [str(python), "-m", "pip", "install", "--quiet", "--no-index",
         "--find-links", str(wheel.parent), str(wheel)],
        capture_output=True, text=True, cwd=tmp_path,
    )
    assert installed.returncode == 0, installed.stdout + installed.stderr

    data = tmp_path / "demo"
    started = subprocess.run(
        [str(guichet), "--demo", "--ready-probe", "--data-dir", str(data)],
        capture_output=True, text=True, env=clean_env(), cwd=tmp_path, timeout=180,
    )
    assert started.returncode == 0, started.stdout + started.stderr
    assert started.stdout.startswith("ready "), started.stdout + started.stderr

    context, source, english = a_finished_english_message()
    probe = (
        "import sys\n"
        "from PySide6.QtCore import QTranslator\n"
        "from guichet.paths import translations_dir\n"
        "t = QTranslator()\n"
        "assert t.load(str(translations_dir() / 'guichet_en.qm')), translations_dir()\n"
        "print(translations_dir())\n"
        "print(t.translate(sys.argv[1], sys.argv[2]))\n"
    )
    loaded = subprocess.run(
        [str(python), "-c", probe, context, source],
        capture_output=True, text=True, env=clean_env(), cwd=tmp_path,
    )
    assert loaded.returncode == 0, loaded.stderr
    where, translated = loaded.stdout.splitlines()[:2]
    # The installed package's own copy, not the checkout's resources/.
    assert Path(where).is_relative_to(env_dir), where
    assert translated == english
