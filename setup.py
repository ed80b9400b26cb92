"""The wheel carries compiled translations: build_py runs pyside6-lrelease on the .ts sources first."""

import importlib.util
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py


class BuildWithTranslations(build_py):
    def run(self):
        # The checkout's own helper, loaded from its file (the package is not importable here).
        path = Path(__file__).resolve().parent / "lenet_gui" / "i18n" / "tools.py"
        spec = importlib.util.spec_from_file_location("lenet_gui_i18n_tools", path)
        tools = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(tools)
        tools.compile_all()  # lenet_gui/i18n/*.qm, then packed as package data
        super().run()


setup(cmdclass={"build_py": BuildWithTranslations})
