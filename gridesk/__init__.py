"""GriDesk: front-desk software for community service centres and grid stations."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("gridesk")
except PackageNotFoundError:  # running from a PyInstaller bundle or a bare checkout
    __version__ = "0.1.0"
