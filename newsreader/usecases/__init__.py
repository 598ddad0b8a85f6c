"""Use cases shared by the CLI and the window: one implementation of each, Qt-free.

Subscribing (with or without a password), OPML read/import/export, sections and feed edits.
`app/commands.py` calls them on the main thread of a short-lived process; the settings dialog
and the section tree call them on their worker threads (or as writer jobs) and only show the
result. Each raises a NewsreaderError with one user-facing line; none imports Qt or sqlite3
(the GUI imports this layer, and the GUI never runs SQL).
"""
