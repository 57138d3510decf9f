"""The .deb (`make deb`): what dpkg reads from it, and an installation in a throw-away root.

The installation runs dpkg itself with --root on an empty dpkg database, the way image
builders install into a root that is not the running system. It needs no privilege:
--force-not-root lets an ordinary user do it (the files are then theirs), and
--force-script-chrootless runs the maintainer scripts without chroot(2) (which would need root
and a shell inside the empty root) with DPKG_ROOT set, which our scripts honour by leaving the
running system's udev and systemd alone. --force-depends: the empty root has no libxcb.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from packaging_helpers import DIST, clean_env

from guichet import __version__
from guichet.qt_libraries import DEBIAN_PACKAGES, XCB_PLUGIN_LIBRARIES

# What the .deb adds to guichet/qt_libraries.py (the Wayland plugin's client libraries).
WAYLAND_LIBRARIES = {"libwayland-cursor.so.0": "libwayland-cursor0",
                     "libwayland-egl.so.1": "libwayland-egl1"}


def field(deb: Path, name: str) -> str:
    return subprocess.run(
        ["dpkg-deb", "--field", str(deb), name], check=True, capture_output=True, text=True
    ).stdout.strip()


def depends_of(deb: Path) -> set[str]:
    return {entry.strip() for entry in field(deb, "Depends").split(",")}


def test_control_names_the_package_and_its_system_libraries(deb: Path) -> None:
    assert deb.name == f"guichet_{__version__}_amd64.deb"
    assert field(deb, "Package") == "guichet"
    assert field(deb, "Version") == __version__
    assert field(deb, "Architecture") == "amd64"
    depends = depends_of(deb)
    assert {"libxcb-icccm4", "libxcb-keysyms1", "libxcb-cursor0", "libusb-1.0-0"} <= depends
    assert set(DEBIAN_PACKAGES) <= depends


def test_every_library_the_bundle_lacks_is_a_dependency(deb: Path) -> None:
    """Each shared object in the bundle finds its libraries in the bundle, in glibc, or in a
    package the .deb depends on: ldd on this machine names whatever is left, and each name
    must map to a Depends entry (this is how libwayland-egl1 was found missing)."""
    internal = DIST / "guichet" / "_internal"
    missing: set[str] = set()
    for library in internal.rglob("*.so*"):
        if library.is_symlink() or not library.is_file():
            continue
        out = subprocess.run(
            ["ldd", str(library)], capture_output=True, text=True,
            env=dict(os.environ, LD_LIBRARY_PATH=str(internal)),
        ).stdout
        missing |= {line.split()[0] for line in out.splitlines() if "not found" in line}
    known = {**XCB_PLUGIN_LIBRARIES, **WAYLAND_LIBRARIES}
    unmapped = missing - known.keys()
    assert not unmapped, f"bundled libraries need {sorted(unmapped)}, in no Depends entry"
    assert {known[name] for name in missing} <= depends_of(deb)


def test_the_package_carries_menu_entry_icon_printer_rule_and_server_unit(deb: Path) -> None:
    listing = subprocess.run(
        ["dpkg-deb", "--contents", str(deb)], check=True, capture_output=True, text=True
    ).stdout
    paths = {line.split()[5] for line in listing.splitlines()}
    for path in (
        "./opt/guichet/guichet",
        "./usr/bin/guichet",
        "./usr/share/applications/guichet.desktop",
        "./usr/share/icons/hicolor/256x256/apps/guichet.png",
        "./usr/lib/udev/rules.d/70-guichet-printers.rules",
        "./usr/lib/systemd/system/guichet-server.service",
        "./etc/default/guichet-server",
    ):
        assert path in paths, path
    assert "./usr/bin/guichet -> ../../opt/guichet/guichet" in listing


def dpkg(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = clean_env()
    env["PATH"] = f"{env.get('PATH', '')}:/usr/sbin:/sbin"  # dpkg looks for ldconfig there
    return subprocess.run(
        ["dpkg", "--force-not-root", f"--root={root}", "--log=/dev/null", *args],
        capture_output=True, text=True, env=env,
    )


def test_installed_in_a_throwaway_root_it_runs(deb: Path, tmp_path: Path) -> None:
    root = tmp_path / "root"
    admin = root / "var" / "lib" / "dpkg"
    for folder in ("info", "updates", "triggers"):
        (admin / folder).mkdir(parents=True)
    (admin / "status").touch()
    installed = dpkg(root, "--force-script-chrootless", "--force-depends", "--install", str(deb))
    assert installed.returncode == 0, installed.stdout + installed.stderr
    status = dpkg(root, "--status", "guichet")
    assert "Status: install ok installed" in status.stdout, status.stdout + status.stderr

    version = subprocess.run(
        [str(root / "usr" / "bin" / "guichet"), "--version"],
        capture_output=True, text=True, env=clean_env(), cwd=tmp_path,
    )
    assert version.returncode == 0, version.stderr
    assert version.stdout.strip() == f"guichet {__version__}"

    unit = (root / "usr/lib/systemd/system/guichet-server.service").read_text()
    assert "KillMode=control-group" in unit.splitlines()
    assert "ExecStart=/opt/guichet/guichet server " in unit
    desktop = (root / "usr/share/applications/guichet.desktop").read_text().splitlines()
    assert "Exec=guichet" in desktop and "Icon=guichet" in desktop
    assert "/etc/default/guichet-server" in (admin / "info" / "guichet.conffiles").read_text()

    removed = dpkg(root, "--force-script-chrootless", "--purge", "guichet")
    assert removed.returncode == 0, removed.stdout + removed.stderr
    assert not (root / "opt" / "guichet").exists()
    assert not (root / "usr" / "bin" / "guichet").exists()
