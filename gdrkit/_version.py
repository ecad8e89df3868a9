"""The version of gdrkit (read by the caches, whose folder names carry it)."""

__version__ = "0.1.0"
