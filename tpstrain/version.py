"""The package's version (one definition: ``tpstrain.__version__`` and the user cache's key read it)."""

__version__ = "0.1.0"
