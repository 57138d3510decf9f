"""System libraries Qt's xcb platform plugin needs on Linux, and their Debian/Ubuntu packages.

Stdlib only and free of any Qt import: the start-up check (guichet/qt_preflight.py) reads it
before Qt is loaded, and the .deb build reads `DEBIAN_PACKAGES` for its Depends field.

The sonames are the NEEDED entries of PySide6's `plugins/platforms/libqxcb.so`,
`lib/libQt6XcbQpa.so.6`, `lib/libQt6Gui.so.6`, `lib/libQt6DBus.so.6` and `lib/libQt6Core.so.6`
(PySide6 6.x wheels) that the wheel does not carry itself; the package names are Debian 12's
(`dpkg -S`), which Ubuntu 22.04 and 24.04 share. Ubuntu 24.04 renamed some of them with a
`t64` suffix (libglib2.0-0t64); those packages provide the old name on amd64, so both
`apt install` and a Depends field accept the names below.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from types import MappingProxyType
from typing import Final

XCB_PLUGIN_LIBRARIES: Final[Mapping[str, str]] = MappingProxyType(
    {
        # The two a fresh Debian/Ubuntu desktop usually lacks.
        "libxcb-icccm.so.4": "libxcb-icccm4",
        "libxcb-keysyms.so.1": "libxcb-keysyms1",
        # Needed by Qt >= 6.5's xcb plugin, missing on some minimal desktops.
        "libxcb-cursor.so.0": "libxcb-cursor0",
        "libxcb-image.so.0": "libxcb-image0",
        "libxcb-render-util.so.0": "libxcb-render-util0",
        "libxcb-util.so.1": "libxcb-util1",
        "libxcb-randr.so.0": "libxcb-randr0",
        "libxcb-shape.so.0": "libxcb-shape0",
        "libxcb-shm.so.0": "libxcb-shm0",
        "libxcb-sync.so.1": "libxcb-sync1",
        "libxcb-xfixes.so.0": "libxcb-xfixes0",
        "libxcb-render.so.0": "libxcb-render0",
        "libxcb-xkb.so.1": "libxcb-xkb1",
        "libxcb.so.1": "libxcb1",
        "libxkbcommon.so.0": "libxkbcommon0",
        "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
        "libX11-xcb.so.1": "libx11-xcb1",
        "libX11.so.6": "libx11-6",
        "libGL.so.1": "libgl1",
        "libEGL.so.1": "libegl1",
        "libfontconfig.so.1": "libfontconfig1",
        "libfreetype.so.6": "libfreetype6",
        "libdbus-1.so.3": "libdbus-1-3",
        "libglib-2.0.so.0": "libglib2.0-0",
        "libgthread-2.0.so.0": "libglib2.0-0",
        "libzstd.so.1": "libzstd1",
        "libz.so.1": "zlib1g",
    }
)

# libusb is not a Qt need: python-escpos's Usb printer class loads it through pyusb.
USB_PRINTER_PACKAGE: Final = "libusb-1.0-0"

# Sorted and deduplicated so that the .deb's Depends line is stable from one build to the next.
DEBIAN_PACKAGES: Final[tuple[str, ...]] = (
    *sorted(set(XCB_PLUGIN_LIBRARIES.values())),
    USB_PRINTER_PACKAGE,
)


def packages_for(sonames: Iterable[str]) -> tuple[str, ...]:
    """The Debian/Ubuntu packages that provide `sonames`, sorted, without duplicates.

    A soname absent from the table is returned as is: naming the file still tells the user
    (and `apt-file search`) what to look for, which beats saying nothing.
    """
    return tuple(sorted({XCB_PLUGIN_LIBRARIES.get(name, name) for name in sonames}))


def apt_install_command(packages: Iterable[str]) -> str:
    """The exact line to type: `sudo apt install pkg1 pkg2`."""
    return " ".join(("sudo", "apt", "install", *packages))
