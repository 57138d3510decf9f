"""The start-up check of Qt's xcb libraries, on real shared objects built here with gcc and
read by the real `ldd`: a plugin whose dependency was deleted, then `guichet` refusing to
start on it with the French explanation and exit code 2."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from guichet.qt_preflight import missing_libraries, xcb_problem

SONAME = "libguichet-probe.so.0"


def build_plugin(folder: Path, *, keep_dependency: bool) -> Path:
    """A `libqxcb.so` linked against SONAME (found beside it through $ORIGIN while it is
    there); SONAME deleted unless `keep_dependency`, as a library apt never installed."""
    (folder / "stub.c").write_text("int guichet_probe(void) { return 1; }\n")
    (folder / "plugin.c").write_text(
        "extern int guichet_probe(void);\nint plugin(void) { return guichet_probe(); }\n"
    )
    stub = folder / SONAME
    plugin = folder / "libqxcb.so"
    subprocess.run(
        ["gcc", "-shared", "-fPIC", "-o", str(stub), f"-Wl,-soname,{SONAME}", "stub.c"],
        cwd=folder,
        check=True,
    )
    subprocess.run(
        ["gcc", "-shared", "-fPIC", "-o", str(plugin), "plugin.c", "-L.", f"-l:{SONAME}"]
        + ["-Wl,-rpath,$ORIGIN"],
        cwd=folder,
        check=True,
    )
    if not keep_dependency:
        stub.unlink()
    return plugin


def test_ldd_finds_the_deleted_dependency_and_the_message_names_its_package(
    tmp_path: Path,
) -> None:
    plugin = build_plugin(tmp_path, keep_dependency=False)
    assert missing_libraries([plugin]) == (SONAME,)
    env = {"QT_QPA_PLATFORM": "xcb", "GUICHET_XCB_PLUGIN": str(plugin)}
    message = xcb_problem("fr", env, table={SONAME: "guichet-probe0"})
    assert message is not None
    assert f"(greffon «\u00a0xcb\u00a0»)\u00a0: {SONAME}." in message
    assert "\n    sudo apt install guichet-probe0\n" in message
    # Same plugin, no display variable at all, empty QT_QPA_PLATFORM (what `make run` sets).
    env = {"QT_QPA_PLATFORM": "", "GUICHET_XCB_PLUGIN": str(plugin)}
    assert xcb_problem("en", env, table={SONAME: "guichet-probe0"}) is not None
    # Offscreen (tests, screenshots, the bundle's checks) or another plugin: no check at all.
    for platform in ("offscreen", "minimal", "vnc;xcb"):
        assert xcb_problem("fr", {**env, "QT_QPA_PLATFORM": platform}) is None


def test_a_plugin_whose_libraries_are_all_there_passes(tmp_path: Path) -> None:
    plugin = build_plugin(tmp_path, keep_dependency=True)
    assert missing_libraries([plugin]) == ()
    env = {"QT_QPA_PLATFORM": "xcb", "DISPLAY": ":0", "GUICHET_XCB_PLUGIN": str(plugin)}
    assert xcb_problem("fr", env) is None


def test_guichet_refuses_to_start_on_the_broken_plugin_in_french(tmp_path: Path) -> None:
    plugin = build_plugin(tmp_path, keep_dependency=False)
    result = subprocess.run(
        [sys.executable, "-m", "guichet", "--demo", "--data-dir", str(tmp_path / "data")],
        capture_output=True,
        text=True,
        timeout=120,
        env={
            "PATH": "/usr/bin:/bin",
            "QT_QPA_PLATFORM": "xcb",
            "DISPLAY": ":99",
            "GUICHET_XCB_PLUGIN": str(plugin),
            "HOME": str(tmp_path),
        },
    )
    assert result.returncode == 2, result.stderr
    assert result.stderr.startswith(
        "Guichet ne peut pas ouvrir ses fenêtres\u00a0: il manque des bibliothèques système "
        f"à l'affichage X11 de Qt (greffon «\u00a0xcb\u00a0»)\u00a0: {SONAME}.\n"
    )
    assert f"Cherchez le paquet qui fournit {SONAME}" in result.stderr
    assert result.stderr.endswith("Puis relancez Guichet.\n")
    assert "qt.qpa" not in result.stderr  # stopped before Qt tried its plugin
    assert not (tmp_path / "data").exists()  # and before the demo data were written


def test_the_screenshot_path_checks_too_but_not_offscreen(tmp_path: Path) -> None:
    plugin = build_plugin(tmp_path, keep_dependency=False)
    base = {"PATH": "/usr/bin:/bin", "GUICHET_XCB_PLUGIN": str(plugin), "HOME": str(tmp_path)}
    args = [sys.executable, "-m", "guichet", "--lang", "en", "--screenshot"]
    shot = tmp_path / "login.png"
    refused = subprocess.run(
        [*args, str(shot), "--window", "login"],
        capture_output=True,
        text=True,
        timeout=120,
        env={**base, "QT_QPA_PLATFORM": "xcb"},
    )
    assert refused.returncode == 2
    assert refused.stderr.startswith("Guichet cannot open its windows: ")
    assert not shot.exists()
    done = subprocess.run(
        [*args, str(shot), "--window", "login"],
        capture_output=True,
        text=True,
        timeout=120,
        env={**base, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 0, done.stderr
    assert shot.stat().st_size > 0
