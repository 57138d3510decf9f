"""``make deb``: dist/guichet_VERSION_amd64.deb from the PyInstaller bundle (dist/guichet/).

Layout of the package:

    /opt/guichet/                         the one-folder bundle (guichet, _internal/)
    /usr/bin/guichet                      -> ../../opt/guichet/guichet (relative, so that a
                                          package unpacked in another root still runs)
    /usr/share/applications/guichet.desktop, /usr/share/icons/hicolor/256x256/apps/guichet.png
    /usr/lib/udev/rules.d/70-guichet-printers.rules   USB receipt printers for the seat's user
    /usr/lib/systemd/system/guichet-server.service     the central server, off until enabled
    /etc/default/guichet-server           its settings (a conffile: kept across upgrades)

The Depends line is the system libraries the bundle does not carry: Qt's xcb plugin's
(guichet/qt_libraries.py, shared with the start-up check), Wayland's two small client
libraries, and libusb for python-escpos's USB printers.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
MAINTAINER = "Guichet <support@guichet.example>"
HOMEPAGE = "https://guichet.example"
# The Qt Wayland plugin's own needs, beside the xcb ones (a Wayland session loads it first).
WAYLAND_PACKAGES = ("libwayland-cursor0", "libwayland-egl1")
# Used only when guichet/qt_libraries.py cannot be read (it is the reference).
FALLBACK_XCB_PACKAGES = (
    "libxcb-icccm4",
    "libxcb-keysyms1",
    "libxcb-cursor0",
    "libxkbcommon-x11-0",
    "libxcb-image0",
    "libxcb-render-util0",
    "libxcb-shape0",
    "libxcb-randr0",
    "libxcb-xkb1",
    "libegl1",
    "libfontconfig1",
    "libdbus-1-3",
    "libusb-1.0-0",
)


def version() -> str:
    text = (ROOT / "guichet" / "__init__.py").read_text(encoding="utf-8")
    found = re.search(r'__version__ = "([^"]+)"', text)
    if found is None:
        raise SystemExit("no __version__ in guichet/__init__.py")
    return found.group(1)


def depends() -> list[str]:
    sys.path.insert(0, str(ROOT))
    try:
        from guichet.qt_libraries import DEBIAN_PACKAGES
    except ImportError:
        packages: tuple[str, ...] = FALLBACK_XCB_PACKAGES
    else:
        packages = DEBIAN_PACKAGES
    finally:
        sys.path.pop(0)
    return sorted({*packages, *WAYLAND_PACKAGES, "libusb-1.0-0"})


def installed_size_kib(tree: Path) -> int:
    total = sum(path.lstat().st_size for path in tree.rglob("*") if not path.is_dir())
    return (total + 1023) // 1024


def stage(bundle: Path, tree: Path, release: str) -> None:
    def put(source: Path, target: str, mode: int = 0o644) -> None:
        destination = tree / target
        destination.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, destination)
        destination.chmod(mode)

    shutil.copytree(bundle, tree / "opt" / "guichet", symlinks=True)
    launcher = tree / "usr" / "bin" / "guichet"
    launcher.parent.mkdir(parents=True)
    launcher.symlink_to("../../opt/guichet/guichet")
    put(HERE / "guichet.desktop", "usr/share/applications/guichet.desktop")
    put(HERE / "guichet.png", "usr/share/icons/hicolor/256x256/apps/guichet.png")
    put(HERE / "70-guichet-printers.rules", "usr/lib/udev/rules.d/70-guichet-printers.rules")
    put(HERE / "guichet-server.service", "usr/lib/systemd/system/guichet-server.service")
    put(HERE / "guichet-server.default", "etc/default/guichet-server")
    put(ROOT / "packaging" / "README.md", "usr/share/doc/guichet/README.md")
    control = tree / "DEBIAN"
    control.mkdir()
    for script in ("postinst", "prerm", "postrm"):
        put(HERE / script, f"DEBIAN/{script}", 0o755)
    (control / "conffiles").write_text("/etc/default/guichet-server\n", encoding="utf-8")
    fields = {
        "version": release,
        "architecture": "amd64",
        "maintainer": MAINTAINER,
        "homepage": HOMEPAGE,
        "installed_size": installed_size_kib(tree),
        "depends": ", ".join(depends()),
    }
    template = (HERE / "control.in").read_text(encoding="utf-8")
    (control / "control").write_text(template.format(**fields), encoding="utf-8")
    # dpkg-deb refuses group- or world-writable control files and odd umasks.
    for path in [tree, *tree.rglob("*")]:
        if not path.is_symlink():
            path.chmod(path.stat().st_mode & ~0o022)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "guichet")
    parser.add_argument("--output", type=Path, default=ROOT / "dist")
    # gzip at level 1 reads on every dpkg and packs the bundle in seconds (level 9: 40 s for
    # 7 % less); `-Z xz -z 6` gives the smallest download (-25 %) in two minutes.
    parser.add_argument("-Z", dest="compression", default="gzip", choices=["gzip", "xz", "zstd"])
    parser.add_argument("-z", dest="level", default="1")
    args = parser.parse_args(argv)
    if not (args.bundle / "guichet").is_file():
        print(f"{args.bundle}/guichet is missing: run `make bundle` first", file=sys.stderr)
        return 2
    release = version()
    tree = args.output / f"deb-root-{os.getpid()}"
    shutil.rmtree(tree, ignore_errors=True)
    package = args.output / f"guichet_{release}_amd64.deb"
    try:
        stage(args.bundle, tree, release)
        subprocess.run(
            [
                "dpkg-deb", "--root-owner-group", f"-Z{args.compression}", f"-z{args.level}",
                "--build", str(tree), str(package),
            ],
            check=True,
            stdout=subprocess.DEVNULL,
        )
    finally:
        shutil.rmtree(tree, ignore_errors=True)
    print(package)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
