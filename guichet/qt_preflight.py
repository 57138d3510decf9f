"""Before Qt starts on Linux: are the system libraries of its xcb (X11) plugin installed?

Without them Qt aborts with « Could not load the Qt platform plugin "xcb" … » and a core
dump, which tells a venue manager nothing. This check runs `ldd` once on the plugin (about
15 ms), names the missing files and the exact `sudo apt install …` line, in French or English.

Stdlib only: it runs before PySide6 is imported.
"""

from __future__ import annotations

import importlib.util
import os
import re
import subprocess
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

from guichet.qt_libraries import XCB_PLUGIN_LIBRARIES, apt_install_command

# Reserved for tests: check this file instead of PySide6's libqxcb.so.
PLUGIN_ENV = "GUICHET_XCB_PLUGIN"

WORDS = {
    "fr": {
        "missing": "Guichet ne peut pas ouvrir ses fenêtres\u00a0: il manque des bibliothèques "
        "système à l'affichage X11 de Qt (greffon «\u00a0xcb\u00a0»)\u00a0: {files}.",
        "install": "Sur Debian ou Ubuntu, installez-les avec la commande\u00a0:",
        "unknown": "Cherchez le paquet qui fournit {files} avec «\u00a0apt-file search "
        "NOM\u00a0» (paquet apt-file).",
        "again": "Puis relancez Guichet.",
    },
    "en": {
        "missing": "Guichet cannot open its windows: system libraries needed by Qt's X11 "
        "display (the 'xcb' plugin) are missing: {files}.",
        "install": "On Debian or Ubuntu, install them with:",
        "unknown": "Find the package that provides {files} with 'apt-file search NAME' "
        "(apt-file package).",
        "again": "Then start Guichet again.",
    },
}

_NOT_FOUND = re.compile(r"^\s*(\S+) => not found\s*$", re.MULTILINE)
# Shipped inside the PySide6 wheel (or the bundle) next to the plugin: never an apt package.
_OWN_LIBRARY = re.compile(r"^lib(Qt6|icu|pyside6|shiboken6)")


def platforms_tried(environ: Mapping[str, str], platform: str = sys.platform) -> tuple[str, ...]:
    """The Qt platform plugins Qt will try, in order, as Qt 6 chooses them on Linux.

    QT_QPA_PLATFORM may be a `;`-separated list with `:arguments`. Left empty, Qt 6 tries
    Wayland then xcb in a Wayland session (XDG_SESSION_TYPE=wayland or WAYLAND_DISPLAY set),
    xcb alone otherwise (Qt 6.11's own log, QT_LOGGING_RULES=qt.qpa.plugin=true).
    """
    if not platform.startswith("linux"):
        return ()
    requested = environ.get("QT_QPA_PLATFORM", "").strip()
    if requested:
        return tuple(item.split(":")[0].strip() for item in requested.split(";"))
    if environ.get("XDG_SESSION_TYPE") == "wayland" or environ.get("WAYLAND_DISPLAY"):
        return ("wayland", "xcb")
    return ("xcb",)


def plugin_files(name: str, environ: Mapping[str, str]) -> tuple[Path, ...]:
    """The platform plugin `name` (libqxcb.so, libqwayland.so) and the Qt library beside it
    that carries its system dependencies, from PySide6 or the frozen bundle."""
    override = environ.get(PLUGIN_ENV)
    if name == "xcb" and override:
        return (Path(override),)
    root = _pyside_dir()
    if root is None:
        return ()
    qt = root / "Qt"
    module = "XcbQpa" if name == "xcb" else "WaylandClient"
    candidates = (
        qt / "plugins" / "platforms" / f"libq{name}.so",
        qt / "lib" / f"libQt6{module}.so.6",
    )
    return tuple(path for path in candidates if path.is_file())


def _pyside_dir() -> Path | None:
    # find_spec locates a top-level package without importing it (PySide6's import is slow).
    try:
        spec = importlib.util.find_spec("PySide6")
    except (ImportError, ValueError):
        spec = None
    if spec is not None and spec.submodule_search_locations:
        return Path(next(iter(spec.submodule_search_locations)))
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "PySide6"
    return None


def parse_ldd(output: str) -> tuple[str, ...]:
    """The sonames `ldd` printed as « not found », in order, once each, Qt's own left out."""
    names: dict[str, None] = {}
    for name in _NOT_FOUND.findall(output):
        if not _OWN_LIBRARY.match(name):
            names[name] = None
    return tuple(names)


def missing_libraries(files: Sequence[Path]) -> tuple[str, ...]:
    """Sonames the dynamic loader cannot find for `files` (their whole dependency tree).

    No ldd, or an ldd that fails, means no verdict: Qt then starts as it would have.
    """
    if not files:
        return ()
    env = {**os.environ, "LC_ALL": "C"}
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        # A PyInstaller bundle may carry some of these libraries in its own top folder.
        env["LD_LIBRARY_PATH"] = os.pathsep.join(
            part for part in (bundle, env.get("LD_LIBRARY_PATH", "")) if part
        )
    try:
        done = subprocess.run(
            ["ldd", *map(str, files)],
            capture_output=True,
            text=True,
            timeout=5,
            env=env,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return ()
    return parse_ldd(done.stdout)


def missing_message(
    lang: str, missing: Sequence[str], table: Mapping[str, str] = XCB_PLUGIN_LIBRARIES
) -> str:
    """What to tell the user: the missing files, then the apt line to type."""
    words = WORDS.get(lang, WORDS["fr"])
    known = sorted({table[name] for name in missing if name in table})
    unknown = [name for name in missing if name not in table]
    lines = [words["missing"].format(files=", ".join(missing))]
    if known:
        lines += [words["install"], "", "    " + apt_install_command(known), ""]
    if unknown:
        lines.append(words["unknown"].format(files=", ".join(unknown)))
    lines.append(words["again"])
    return "\n".join(lines)


def xcb_problem(
    lang: str,
    environ: Mapping[str, str] | None = None,
    table: Mapping[str, str] = XCB_PLUGIN_LIBRARIES,
) -> str | None:
    """The explanation to print when Qt would fall on an xcb plugin that cannot load, None
    when its libraries are there or when Qt will not need it (offscreen, a working Wayland)."""
    env = os.environ if environ is None else environ
    tried = platforms_tried(env)
    if "xcb" not in tried:
        return None
    for name in tried[: tried.index("xcb")]:
        if name != "wayland":
            return None  # a plugin we know nothing about comes first: let Qt try it
        files = plugin_files(name, env)
        if files and not missing_libraries(files):
            return None  # Qt will settle on Wayland
    missing = missing_libraries(plugin_files("xcb", env))
    return missing_message(lang, missing, table) if missing else None
