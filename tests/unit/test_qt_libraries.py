"""The xcb libraries table, the reading of `ldd`'s answer and the start-up explanation."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import PySide6

from guichet.qt_libraries import (
    DEBIAN_PACKAGES,
    XCB_PLUGIN_LIBRARIES,
    apt_install_command,
    packages_for,
)
from guichet.qt_preflight import missing_message, parse_ldd, platforms_tried

QT = Path(PySide6.__file__).parent / "Qt"
# The C runtime and the loader come with every system: never a package to name.
BASE = {"libc.so.6", "libm.so.6", "libstdc++.so.6", "libgcc_s.so.1", "ld-linux-x86-64.so.2"}

LDD_OUTPUT = """\
/opt/PySide6/Qt/plugins/platforms/libqxcb.so:
\tlinux-vdso.so.1 (0x00007ffd5a1f2000)
\tlibQt6XcbQpa.so.6 => /opt/PySide6/Qt/plugins/platforms/../../lib/libQt6XcbQpa.so.6 (0x1)
\tlibxcb-cursor.so.0 => /lib/x86_64-linux-gnu/libxcb-cursor.so.0 (0x00007f7129d49000)
\tlibxcb-icccm.so.4 => not found
\tlibxcb-keysyms.so.1 => not found
\tlibQt6Gui.so.6 => not found
\tlibxcb-icccm.so.4 => not found
/opt/PySide6/Qt/lib/libQt6XcbQpa.so.6:
\tlibxcb-icccm.so.4 => not found
\tlibicuuc.so.73 => not found
\tlibfoo-unknown.so.2 => not found
"""


def needed(path: Path) -> set[str]:
    """The NEEDED entries of a shared object, read with binutils' readelf."""
    out = subprocess.run(["readelf", "-d", str(path)], capture_output=True, text=True, check=True)
    return set(re.findall(r"\(NEEDED\)\s+Shared library: \[(.+?)\]", out.stdout))


def test_the_table_names_every_system_library_pyside_xcb_needs() -> None:
    files = [
        QT / "plugins" / "platforms" / "libqxcb.so",
        QT / "lib" / "libQt6XcbQpa.so.6",
        QT / "lib" / "libQt6Gui.so.6",
        QT / "lib" / "libQt6DBus.so.6",
        QT / "lib" / "libQt6Core.so.6",
    ]
    system = {
        name
        for path in files
        for name in needed(path)
        if not name.startswith(("libQt6", "libicu")) and name not in BASE
    }
    assert "libxcb-icccm.so.4" in system and "libxcb-keysyms.so.1" in system
    assert system - set(XCB_PLUGIN_LIBRARIES) == set()


def test_debian_packages_are_stable_unique_and_include_usb() -> None:
    assert DEBIAN_PACKAGES[-1] == "libusb-1.0-0"
    assert len(set(DEBIAN_PACKAGES)) == len(DEBIAN_PACKAGES)
    assert list(DEBIAN_PACKAGES[:-1]) == sorted(DEBIAN_PACKAGES[:-1])
    for package in ("libxcb-icccm4", "libxcb-keysyms1", "libxcb-cursor0", "libxkbcommon-x11-0"):
        assert package in DEBIAN_PACKAGES
    assert XCB_PLUGIN_LIBRARIES["libEGL.so.1"] == "libegl1"
    assert XCB_PLUGIN_LIBRARIES["libdbus-1.so.3"] == "libdbus-1-3"
    # A Depends field is a comma-separated list of names dpkg accepts.
    assert all(re.fullmatch(r"[a-z0-9][a-z0-9.+-]+", p) for p in DEBIAN_PACKAGES)


def test_packages_for_and_the_apt_line() -> None:
    packages = packages_for(["libxcb-keysyms.so.1", "libglib-2.0.so.0", "libgthread-2.0.so.0"])
    assert packages == ("libglib2.0-0", "libxcb-keysyms1")
    assert apt_install_command(packages) == "sudo apt install libglib2.0-0 libxcb-keysyms1"
    assert packages_for(["libnew.so.9"]) == ("libnew.so.9",)


def test_parse_ldd_keeps_system_libraries_not_found_once_each_in_order() -> None:
    assert parse_ldd(LDD_OUTPUT) == (
        "libxcb-icccm.so.4",
        "libxcb-keysyms.so.1",
        "libfoo-unknown.so.2",
    )
    assert parse_ldd("\tlibxcb.so.1 => /lib/libxcb.so.1 (0x1)\n") == ()


def test_which_platforms_qt_will_try() -> None:
    linux = "linux"
    assert platforms_tried({}, linux) == ("xcb",)
    assert platforms_tried({"QT_QPA_PLATFORM": ""}, linux) == ("xcb",)
    assert platforms_tried({"QT_QPA_PLATFORM": "  "}, linux) == ("xcb",)
    assert platforms_tried({"QT_QPA_PLATFORM": "xcb"}, linux) == ("xcb",)
    assert platforms_tried({"QT_QPA_PLATFORM": "offscreen"}, linux) == ("offscreen",)
    assert platforms_tried({"QT_QPA_PLATFORM": "wayland;xcb:x=1"}, linux) == ("wayland", "xcb")
    assert platforms_tried({"XDG_SESSION_TYPE": "wayland"}, linux) == ("wayland", "xcb")
    assert platforms_tried({"WAYLAND_DISPLAY": "wayland-0"}, linux) == ("wayland", "xcb")
    assert platforms_tried({"XDG_SESSION_TYPE": "x11", "DISPLAY": ":0"}, linux) == ("xcb",)
    assert platforms_tried({}, "win32") == ()
    assert platforms_tried({}, "darwin") == ()


def test_the_message_in_french_and_english() -> None:
    missing = ["libxcb-icccm.so.4", "libxcb-keysyms.so.1"]
    fr = missing_message("fr", missing)
    assert fr.startswith("Guichet ne peut pas ouvrir ses fenêtres\u00a0: ")
    assert "libxcb-icccm.so.4, libxcb-keysyms.so.1." in fr
    assert "\n    sudo apt install libxcb-icccm4 libxcb-keysyms1\n" in fr
    assert "«\u00a0xcb\u00a0»" in fr and "commande\u00a0:" in fr
    assert " :" not in fr.replace("\u00a0:", "")  # no ordinary space before a colon
    en = missing_message("en", missing)
    assert en.startswith("Guichet cannot open its windows: ")
    assert "\n    sudo apt install libxcb-icccm4 libxcb-keysyms1\n" in en
    assert en.endswith("Then start Guichet again.")
    assert missing_message("de", missing) == fr


def test_a_library_missing_from_the_table_is_named_not_guessed() -> None:
    text = missing_message("en", ["libxcb-icccm.so.4", "libnew.so.9"])
    assert "sudo apt install libxcb-icccm4\n" in text
    assert "apt-file search" in text and "libnew.so.9" in text.split("apt-file")[0]
    only_unknown = missing_message("fr", ["libnew.so.9"])
    assert "sudo apt install" not in only_unknown
    assert "fournit libnew.so.9 avec «\u00a0apt-file search NOM\u00a0»" in only_unknown
