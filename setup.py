"""Which files the package carries; pyproject.toml holds everything else.

The app's resources live in ``resources/`` at the top of the source tree; a wheel carries them
inside the package as ``pos_app/_resources`` (found by ``pos_app.resources.resource``).
"""

from setuptools import find_namespace_packages, setup

RESOURCES = ["pos_app._resources", *(f"pos_app._resources.{name}" for name in find_namespace_packages("resources"))]

setup(
    packages=[*find_namespace_packages(include=["pos_app*"]), *RESOURCES],
    package_dir={"pos_app._resources": "resources"},
    package_data={"pos_app": ["py.typed"], **{name: ["*"] for name in RESOURCES}},
)
