"""Lectern's offline data engine: bundles, content store, learner store, downloads, sync.

Pure Python: nothing here imports Qt, so the engine runs in CLIs, the hub and tests alike.
"""
__version__ = "0.1.0"
