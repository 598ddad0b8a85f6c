"""The window's way back from a damaged library: check it, restore a backup, or salvage it.

File ▸ Check Library… runs SQLite's full check on a background thread. When the library is
damaged, or fails to open at start, the person chooses: put the newest backup back, salvage
every readable row into a new file, or leave things as they are. Repairs run only once the
engine is closed (as the window's last close hook, or before any engine opened at start),
then the window opens again on the repaired file. The damaged file is always kept, renamed.
"""

from __future__ import annotations

import logging
import sqlite3
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Qt, QTimer, QTimeZone
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox, QWidget

from newsreader.core.errors import NewsreaderError, StorageError
from newsreader.gui.dates import short_date_time
from newsreader.gui.main_window import MainWindow
from newsreader.storage.backup import list_backups
from newsreader.storage.repair import check_library, restore_backup, salvage_in_place

log = logging.getLogger("newsreader.app.library_care")


class Repair(Enum):
    RESTORE = "restore"
    SALVAGE = "salvage"
    NONE = "none"


# Asked with the parent, the problems found, and the backups there are (oldest first).
Chooser = Callable[[QWidget | None, Sequence[str], Sequence[Path]], Repair]


def _backup_time(backup: Path) -> str:
    """When a backup was taken, in the person's locale (its name holds the UTC time)."""
    parts = backup.stem.split("-")
    taken = QDateTime.fromString("-".join(parts[-3:-1]), "yyyyMMdd-HHmmss")
    if not taken.isValid():
        return backup.name
    taken.setTimeZone(QTimeZone.utc())
    return short_date_time(taken.toLocalTime())


def ask_repair(parent: QWidget | None, problems: Sequence[str], backups: Sequence[Path]) -> Repair:
    """The question a person sees when the library is damaged."""
    box = QMessageBox(parent)
    box.setObjectName("repairLibraryBox")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("LibraryCare", "The library is damaged"))
    box.setTextFormat(Qt.TextFormat.PlainText)  # the problem text comes from the file
    if backups:
        text = QCoreApplication.translate(
            "LibraryCare",
            "Part of your library file is damaged. Newsreader can put back the backup from "
            "{when}, or copy everything still readable into a new library. Either way the "
            "damaged file is kept, renamed, and the window opens again.",
        ).format(when=_backup_time(backups[-1]))
    else:
        text = QCoreApplication.translate(
            "LibraryCare",
            "Part of your library file is damaged, and there is no backup yet. Newsreader can "
            "copy everything still readable into a new library. The damaged file is kept, "
            "renamed, and the window opens again.",
        )
    box.setText(text)
    box.setDetailedText("\n".join(problems))  # SQLite's own words, for a bug report
    restore = None
    if backups:
        restore = box.addButton(
            QCoreApplication.translate("LibraryCare", "Restore Backup"),
            QMessageBox.ButtonRole.AcceptRole,
        )
    rescue = box.addButton(
        QCoreApplication.translate("LibraryCare", "Salvage"), QMessageBox.ButtonRole.ActionRole
    )
    box.addButton(
        QCoreApplication.translate("LibraryCare", "Not Now"), QMessageBox.ButtonRole.RejectRole
    )
    box.exec()
    clicked = box.clickedButton()
    if restore is not None and clicked is restore:
        return Repair.RESTORE
    if clicked is rescue:
        return Repair.SALVAGE
    return Repair.NONE


def repair(db_path: Path, choice: Repair) -> str:
    """Carry out the choice on a closed library; returns a sentence saying what was done."""
    if choice is Repair.RESTORE:
        restored = restore_backup(db_path)
        return QCoreApplication.translate(
            "LibraryCare",
            "The backup {backup} was restored; the damaged library was kept as {damaged}.",
        ).format(backup=restored.backup.name, damaged=restored.damaged.name)
    if choice is Repair.SALVAGE:
        report, restored = salvage_in_place(db_path)
        lost = report.lost.get("articles", 0)
        kept = report.copied.get("articles", 0)
        if lost < 0:
            text = QCoreApplication.translate(
                "LibraryCare",
                "The library was salvaged: %n article(s) kept, an unknown number lost; the "
                "damaged library was kept as {damaged}.",
                None,
                kept,
            )
            return text.format(damaged=restored.damaged.name)
        text = QCoreApplication.translate(
            "LibraryCare",
            "The library was salvaged: %n article(s) kept, {lost} lost; the damaged library "
            "was kept as {damaged}.",
            None,
            kept,
        )
        return text.format(lost=QLocale().toString(lost), damaged=restored.damaged.name)
    return ""


@dataclass
class PendingRepair:
    """A repair chosen while the window was open: carried out after its engine closed."""

    choice: Repair = Repair.NONE
    done: str = ""
    failed: str = ""


def install_library_check(
    window: MainWindow, db_path: Path, pending: PendingRepair, chooser: Chooser = ask_repair
) -> QAction:
    """File ▸ Check Library…: the full check off the GUI thread, and a repair when it fails."""
    action = QAction(QCoreApplication.translate("LibraryCare", "&Check Library…"), window)
    action.setObjectName("checkLibraryAction")
    action.setStatusTip(
        QCoreApplication.translate("LibraryCare", "Check the library file for damage")
    )
    window.add_file_action(action)

    def checked(problems: list[str]) -> None:
        action.setEnabled(True)
        if not problems:
            window.show_status(
                QCoreApplication.translate("LibraryCare", "The library passed SQLite's full check.")
            )
            box = QMessageBox(
                QMessageBox.Icon.Information,
                QCoreApplication.translate("LibraryCare", "Library checked"),
                QCoreApplication.translate(
                    "LibraryCare", "The library passed SQLite's full check; nothing needs repair."
                ),
                QMessageBox.StandardButton.Ok,
                window,
            )
            box.setObjectName("libraryCheckedBox")
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()  # window-modal without a nested event loop
            return
        window.show_status(QCoreApplication.translate("LibraryCare", "The library is damaged."))
        choice = chooser(window, problems, list_backups(db_path))
        if choice is not Repair.NONE:
            pending.choice = choice
            window.close()  # the repair runs as the last close hook, on a closed engine

    def failed(exc: BaseException) -> None:
        action.setEnabled(True)
        window.show_status(
            QCoreApplication.translate(
                "LibraryCare", "The library could not be checked: {error}"
            ).format(error=exc)
        )

    def run() -> None:
        action.setEnabled(False)
        window.show_status(QCoreApplication.translate("LibraryCare", "Checking the library…"))
        window.reads.submit(lambda: check_library(db_path), checked, failed)

    action.triggered.connect(run)

    def after_close() -> None:
        if pending.choice is Repair.NONE:
            return
        try:
            pending.done = repair(db_path, pending.choice)
        except NewsreaderError as exc:
            pending.failed = str(exc)
            log.error("library repair failed: %s", exc)

    window.add_close_hook(after_close)
    return action


def offer_repair_at_start(
    parent: QWidget | None, db_path: Path, error: StorageError, chooser: Chooser = ask_repair
) -> str | None:
    """When the library fails to open because it is damaged, offer the repair.

    Returns what was done (then the caller opens the library again), or None when the error
    is not damage or the person chose not to repair.
    """
    problems = check_library(db_path) if db_path.is_file() else []
    if not problems:
        return None
    choice = chooser(parent, [*problems, str(error)], list_backups(db_path))
    if choice is Repair.NONE:
        return None
    return repair(db_path, choice)


_SQLITE_CORRUPT, _SQLITE_NOTADB = 11, 26


def is_damage(exc: BaseException) -> bool:
    """True for SQLite's "the file is damaged" errors (not locks, permissions or bugs)."""
    code = (getattr(exc, "sqlite_errorcode", None) or 0) & 0xFF
    return isinstance(exc, sqlite3.DatabaseError) and code in (_SQLITE_CORRUPT, _SQLITE_NOTADB)


def install_damage_watch(window: MainWindow, check: QAction) -> None:
    """A read that meets a damaged page while the window is open runs the check at once.

    Opening checks only each table's first page, so damage deeper in is met by whatever reads
    it first (the list, the pane, a count), as an exception in a Qt slot. Without this it was
    a traceback on stderr and an empty list; now the person is told and offered the repair.
    """
    previous = sys.excepthook
    fired = False

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        nonlocal fired
        if is_damage(value) and not fired and window.isVisible():
            fired = True
            log.error("the library is damaged: %s", value)
            QTimer.singleShot(0, check.trigger)
        previous(kind, value, tb)

    sys.excepthook = hook

    def unhook() -> None:
        if sys.excepthook is hook:
            sys.excepthook = previous

    window.add_close_hook(unhook)
