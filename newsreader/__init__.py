"""Newsreader: a desktop news reader that keeps every article readable offline."""

__version__ = "0.1.0"
