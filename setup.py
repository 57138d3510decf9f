"""Build hook only (the project is described in pyproject.toml): ship ``resources/`` inside
the package.

The translations live at the top of the checkout (``resources/translations/``), where Qt's
tools and the translators work on them; an installed wheel has no checkout, so the built
package carries a copy as ``guichet/resources/``, where guichet/paths.py looks first. The
``.ts`` sources stay out: the program reads only the compiled ``.qm``.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
RESOURCES = ROOT / "resources"
LEFT_OUT = {".ts"}


def shipped_resources() -> list[Path]:
    return sorted(
        path for path in RESOURCES.rglob("*") if path.is_file() and path.suffix not in LEFT_OUT
    )


class BuildPyWithResources(build_py):
    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return  # an editable install reads the checkout's resources/ itself
        target = Path(self.build_lib) / "guichet" / "resources"
        for source in shipped_resources():
            destination = target / source.relative_to(RESOURCES)
            destination.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, destination)


setup(cmdclass={"build_py": BuildPyWithResources})
