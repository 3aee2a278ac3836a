"""Lectern's offline data engine: bundles, content store, learner store, downloads, sync.

Pure Python: nothing here imports Qt, so the engine runs in CLIs, the hub and tests alike.
"""
#: Lectern's version, and its only source: pyproject.toml reads it (setuptools `dynamic`),
#: `lectern --version`, Help ▸ About, the hub client's User-Agent and the package file names
#: use it; packaging/build-linux refuses to build when anything disagrees.
__version__ = "0.1.0"
