"""The Rules page of the settings dialog (issue 16): rules that act on articles as they arrive.

The list shows every rule; the editor below makes one (a text condition, optionally an age
and "has an enclosure"; actions as check boxes). While the person edits, a preview counts
the stored articles the rule would match ("This rule would match 37 stored articles."): the
count walks the library, so it runs on the dialog's task pool, a moment after the last
keystroke, and only the latest answer is shown. A regular expression that does not compile or
that runs out of time on the probe texts is refused there, with the reason, before anything
is saved. "Appl&y to Existing Articles" runs the saved rule over the stored articles on the
writer thread; it acts on exactly what the preview counted. GUI thread only.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt, QTimer
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from newsreader.core.rules import (
    Action,
    ActionKind,
    AgeCondition,
    AgeOp,
    Condition,
    EnclosureCondition,
    Field,
    Problem,
    Rule,
    RuleError,
    TextCondition,
    TextOp,
    validate,
    validate_conditions,
)
from newsreader.gui.settings.context import Prompts, SettingsContext
from newsreader.gui.settings.tasks import TaskRunner
from newsreader.usecases.ports import GuiStore

log = logging.getLogger("newsreader.gui.settings.rules")
_CONTEXT = "RulesPage"
PREVIEW_DELAY_MS = 300


def _tr(text: str, *args: object) -> str:
    translated = QCoreApplication.translate(_CONTEXT, text)
    for number, value in reversed(list(enumerate(args, 1))):
        translated = translated.replace(f"%{number}", str(value))
    return translated


def _plural(one: str, many: str, n: int) -> str:
    """`many` translated with %n (the catalogue has every plural form); untranslated, the
    English singular or plural."""
    translated = QCoreApplication.translate(_CONTEXT, many, None, n)
    if translated != many.replace("%n", str(n)):
        return translated
    return (one if n == 1 else many).replace("%n", str(n))


_FIELDS = (
    (Field.TITLE, str(QT_TRANSLATE_NOOP("RulesPage", "Title"))),
    (Field.BODY, str(QT_TRANSLATE_NOOP("RulesPage", "Text"))),
    (Field.AUTHOR, str(QT_TRANSLATE_NOOP("RulesPage", "Author"))),
    (Field.LINK, str(QT_TRANSLATE_NOOP("RulesPage", "Link"))),
    (Field.CATEGORY, str(QT_TRANSLATE_NOOP("RulesPage", "Category"))),
)
# (operation, negated, label)
_OPS = (
    (TextOp.CONTAINS, False, str(QT_TRANSLATE_NOOP("RulesPage", "contains"))),
    (TextOp.WORD, False, str(QT_TRANSLATE_NOOP("RulesPage", "contains the word"))),
    (TextOp.REGEX, False, str(QT_TRANSLATE_NOOP("RulesPage", "matches the regular expression"))),
    (TextOp.CONTAINS, True, str(QT_TRANSLATE_NOOP("RulesPage", "does not contain"))),
)
_ACTIONS = (
    (ActionKind.READ, str(QT_TRANSLATE_NOOP("RulesPage", "&Mark as read"))),
    (ActionKind.STAR, str(QT_TRANSLATE_NOOP("RulesPage", "St&ar it"))),
    (
        ActionKind.HIDE,
        str(QT_TRANSLATE_NOOP("RulesPage", "&Hide (kept; View ▸ Show Hidden Articles lists it)")),
    ),
    (ActionKind.SILENT, str(QT_TRANSLATE_NOOP("RulesPage", "&Quiet: no notification"))),
    (ActionKind.TOP, str(QT_TRANSLATE_NOOP("RulesPage", "&Keep at the top of the list"))),
)

_SHORT = {  # the list's "Does" column
    ActionKind.READ: str(QT_TRANSLATE_NOOP("RulesPage", "Mark as read")),
    ActionKind.STAR: str(QT_TRANSLATE_NOOP("RulesPage", "Star")),
    ActionKind.HIDE: str(QT_TRANSLATE_NOOP("RulesPage", "Hide")),
    ActionKind.SILENT: str(QT_TRANSLATE_NOOP("RulesPage", "No notification")),
    ActionKind.TOP: str(QT_TRANSLATE_NOOP("RulesPage", "Keep at the top")),
}


def problem_text(exc: RuleError) -> str:
    """A refused rule's reason, in the user's language."""
    pattern = exc.detail.get("pattern", "")
    texts = {
        Problem.EMPTY_PATTERN: _tr("Type the regular expression to look for."),
        Problem.LONG_PATTERN: _tr("The regular expression is too long; shorten it."),
        Problem.BAD_PATTERN: _tr(
            "The regular expression “%1” is not valid: %2.", pattern, exc.detail.get("error", "")
        ),
        Problem.SLOW_PATTERN: _tr(
            "The regular expression “%1” takes too long on some texts (it backtracks, as "
            "nested repetition like (a+)+ does); simplify it.",
            pattern,
        ),
        Problem.NO_NAME: _tr("Give the rule a name."),
        Problem.LONG_NAME: _tr("The rule's name is too long."),
        Problem.NO_CONDITION: _tr("Give the rule something to look for."),
        Problem.NO_ACTION: _tr("Choose at least one thing for the rule to do."),
        Problem.EMPTY_TEXT: _tr("Type the text to look for."),
        Problem.BAD_AGE: _tr("An age is a number of days between 0 and 36500."),
        Problem.NO_TAG: _tr("Type the name of the tag."),
        Problem.TWO_SCOPES: _tr("A rule applies to a section or to a feed, not both."),
        Problem.BAD_ACTION: _tr("Choose at least one thing for the rule to do."),
    }
    return texts[exc.problem]


class RulesPage(QWidget):
    """The Rules tab of the settings dialog."""

    def __init__(
        self, context: SettingsContext, tasks: TaskRunner, prompts: Prompts,
        parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("rulesPage")
        self._context = context
        self._tasks = tasks
        self.prompts = prompts
        self._rules: dict[int, Rule] = {}
        self._editing: Rule | None = None  # the stored rule the editor shows (None: new)
        self._extra: tuple[Condition, ...] = ()  # conditions the editor has no controls for
        self._generation = 0  # the preview whose answer is still wanted
        self.preview_count: int | None = None  # the last count shown (tests read it)
        self._loading = False
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self._run_preview)
        self._build()
        self.reload()
        self.new_rule()

    # -- building ---------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        intro = QLabel(
            _tr(
                "Rules act on articles as they arrive: mark them read, star, tag or hide "
                "them, keep them out of notifications or move them to the top. Hidden "
                "articles stay in the library."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.list = QTreeWidget(self)
        self.list.setObjectName("rulesList")
        self.list.setAccessibleName(_tr("Rules"))
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setHeaderLabels([_tr("Name"), _tr("Applies to"), _tr("Does")])
        header = self.list.header()
        header.setStretchLastSection(True)
        for column in range(2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.list.currentItemChanged.connect(lambda *_: self._on_current_changed())
        layout.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        self.new_button = self._button("newRuleButton", _tr("New Ru&le"), self.new_rule)
        self.remove_button = self._button("removeRuleButton", _tr("R&emove…"), self._on_remove)
        self.apply_button = self._button(
            "applyRuleButton", _tr("Appl&y to Existing Articles"), self._on_apply
        )
        for button in (self.new_button, self.remove_button, self.apply_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.status_label = self._plain_label("rulesStatusLabel")
        layout.addWidget(self.status_label)
        layout.addWidget(self._build_editor())

    def _button(self, name: str, text: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    def _plain_label(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setTextFormat(Qt.TextFormat.PlainText)  # patterns and names are the user's
        label.setWordWrap(True)
        return label

    def _build_editor(self) -> QGroupBox:
        box = QGroupBox(_tr("Rule"), self)
        box.setObjectName("ruleEditor")
        form = QFormLayout(box)
        self.name_edit = QLineEdit(box)
        self.name_edit.setObjectName("ruleNameEdit")
        self.name_edit.setPlaceholderText(_tr("For example: Mute crypto news"))
        form.addRow(_tr("&Name:"), self.name_edit)
        self.scope_combo = QComboBox(box)
        self.scope_combo.setObjectName("ruleScopeCombo")
        form.addRow(_tr("A&pplies to:"), self.scope_combo)
        row = QHBoxLayout()
        self.field_combo = QComboBox(box)
        self.field_combo.setObjectName("ruleFieldCombo")
        for field, label in _FIELDS:
            self.field_combo.addItem(_tr(label), str(field))
        self.op_combo = QComboBox(box)
        self.op_combo.setObjectName("ruleOpCombo")
        for i, (_op, _negate, label) in enumerate(_OPS):
            self.op_combo.addItem(_tr(label), i)
        self.value_edit = QLineEdit(box)
        self.value_edit.setObjectName("ruleValueEdit")
        row.addWidget(self.field_combo)
        row.addWidget(self.op_combo)
        row.addWidget(self.value_edit, 1)
        when = QLabel(_tr("&When:"), box)
        when.setBuddy(self.field_combo)
        form.addRow(when, row)
        age = QHBoxLayout()
        self.age_check = QCheckBox(_tr("an&d it is older than"), box)
        self.age_check.setObjectName("ruleAgeCheck")
        self.age_spin = QDoubleSpinBox(box)
        self.age_spin.setObjectName("ruleAgeSpin")
        self.age_spin.setRange(0, 36500)
        self.age_spin.setDecimals(0)
        self.age_spin.setValue(7)
        self.age_spin.setSuffix(" " + _tr("days"))
        age.addWidget(self.age_check)
        age.addWidget(self.age_spin)
        age.addStretch(1)
        form.addRow("", age)
        self.enclosure_check = QCheckBox(_tr("and it has an en&closure (audio, video)"), box)
        self.enclosure_check.setObjectName("ruleEnclosureCheck")
        form.addRow("", self.enclosure_check)
        actions = QVBoxLayout()
        self.action_checks: dict[ActionKind, QCheckBox] = {}
        for kind, label in _ACTIONS:
            check = QCheckBox(_tr(label), box)
            check.setObjectName(f"ruleAction_{kind}")
            self.action_checks[kind] = check
            actions.addWidget(check)
        tag_row = QHBoxLayout()
        self.tag_check = QCheckBox(_tr("Tag &it with:"), box)
        self.tag_check.setObjectName("ruleAction_tag")
        self.tag_edit = QLineEdit(box)
        self.tag_edit.setObjectName("ruleTagEdit")
        tag_row.addWidget(self.tag_check)
        tag_row.addWidget(self.tag_edit, 1)
        actions.addLayout(tag_row)
        form.addRow(_tr("Then:"), actions)
        self.enabled_check = QCheckBox(_tr("Run this rule &on arriving articles"), box)
        self.enabled_check.setObjectName("ruleEnabledCheck")
        self.enabled_check.setChecked(True)
        form.addRow("", self.enabled_check)
        self.preview_label = self._plain_label("rulePreviewLabel")
        form.addRow(self.preview_label)
        save_row = QHBoxLayout()
        save_row.addStretch(1)
        self.save_button = QPushButton(_tr("Save R&ule"), box)
        self.save_button.setObjectName("saveRuleButton")
        self.save_button.clicked.connect(self._on_save)
        save_row.addWidget(self.save_button)
        form.addRow(save_row)
        for edit in (self.name_edit, self.value_edit, self.tag_edit):
            edit.textChanged.connect(lambda _t: self._on_edited())
        for combo in (self.scope_combo, self.field_combo, self.op_combo):
            combo.currentIndexChanged.connect(lambda _i: self._on_edited())
        for check in (
            self.age_check,
            self.enclosure_check,
            self.tag_check,
            self.enabled_check,
            *self.action_checks.values(),
        ):
            check.toggled.connect(lambda _on: self._on_edited())
        self.age_spin.valueChanged.connect(lambda _v: self._on_edited())
        return box

    # -- the list ---------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the rules and the scopes again (a handful of rows: GUI thread)."""
        library = self._context.library
        current = self._editing.id if self._editing is not None else None
        self._loading = True
        try:
            scope = self.scope_combo.currentData()
            self.scope_combo.clear()
            self.scope_combo.addItem(_tr("Every feed"), ("all", 0))
            self._section_names = {s.id: s.path for s in library.sections()}
            self._feed_names = {f.id: f.title or f.url for f in library.feeds()}
            for sid, path in self._section_names.items():
                self.scope_combo.addItem(_tr("Section: %1", path.replace("/", " › ")), ("s", sid))
            for fid, title in self._feed_names.items():
                self.scope_combo.addItem(_tr("Feed: %1", title), ("f", fid))
            if scope is not None:
                self.scope_combo.setCurrentIndex(max(0, self.scope_combo.findData(scope)))
            self.list.clear()
            listed = list(library.rules())
            self._rules = {r.id: r for r in listed if r.id is not None}
            for rule in listed:
                item = QTreeWidgetItem([rule.name, self._scope_text(rule), self._does(rule)])
                item.setData(0, Qt.ItemDataRole.UserRole, rule.id)
                if not rule.enabled:
                    item.setText(0, _tr("%1 (off)", rule.name))
                self.list.addTopLevelItem(item)
                if rule.id == current:
                    self.list.setCurrentItem(item)
        finally:
            self._loading = False
        self._enable()

    def _scope_text(self, rule: Rule) -> str:
        if rule.feed_id is not None:
            return _tr("Feed: %1", self._feed_names.get(rule.feed_id, "?"))
        if rule.section_id is not None:
            path = self._section_names.get(rule.section_id, "?")
            return _tr("Section: %1", path.replace("/", " › "))
        return _tr("Every feed")

    @staticmethod
    def _does(rule: Rule) -> str:
        parts = [
            _tr("Tag “%1”", a.tag) if a.kind is ActionKind.TAG else _tr(_SHORT[a.kind])
            for a in rule.actions
        ]
        return ", ".join(parts)

    def _selected(self) -> Rule | None:
        item = self.list.currentItem()
        return None if item is None else self._rules.get(item.data(0, Qt.ItemDataRole.UserRole))

    def _on_current_changed(self) -> None:
        if self._loading:
            return
        rule = self._selected()
        if rule is not None:
            self.edit(rule)
        self._enable()

    def _enable(self) -> None:
        chosen = self._selected() is not None
        self.remove_button.setEnabled(chosen)
        self.apply_button.setEnabled(chosen)

    # -- the editor -------------------------------------------------------------------------

    def new_rule(self) -> None:
        """Empty the editor for a new rule."""
        self._editing = None
        self._extra = ()
        self._loading = True
        try:
            self.list.setCurrentIndex(QModelIndex())
            self.name_edit.clear()
            self.value_edit.clear()
            self.tag_edit.clear()
            self.scope_combo.setCurrentIndex(0)
            self.field_combo.setCurrentIndex(0)
            self.op_combo.setCurrentIndex(0)
            self.age_check.setChecked(False)
            self.enclosure_check.setChecked(False)
            self.tag_check.setChecked(False)
            self.enabled_check.setChecked(True)
            for check in self.action_checks.values():
                check.setChecked(False)
        finally:
            self._loading = False
        self._on_edited()
        self._enable()

    def edit(self, rule: Rule) -> None:
        """Show a stored rule in the editor."""
        self._editing = rule
        self._loading = True
        try:
            self.name_edit.setText(rule.name)
            scope = (
                ("f", rule.feed_id) if rule.feed_id is not None
                else ("s", rule.section_id) if rule.section_id is not None else ("all", 0)
            )  # fmt: skip
            self.scope_combo.setCurrentIndex(max(0, self.scope_combo.findData(scope)))
            text = next((c for c in rule.conditions if isinstance(c, TextCondition)), None)
            age = next(
                (c for c in rule.conditions
                 if isinstance(c, AgeCondition) and c.op is AgeOp.OLDER), None,
            )  # fmt: skip
            enclosure = EnclosureCondition() in rule.conditions
            self._extra = tuple(
                c for c in rule.conditions
                if c is not text and c is not age and c != EnclosureCondition()
            )  # fmt: skip
            self.value_edit.setText(text.value if text is not None else "")
            if text is not None:
                self.field_combo.setCurrentIndex(self.field_combo.findData(str(text.field)))
                op = next(
                    (i for i, (o, n, _l) in enumerate(_OPS) if o is text.op and n == text.negate),
                    0,
                )
                self.op_combo.setCurrentIndex(op)
            self.age_check.setChecked(age is not None)
            if age is not None:
                self.age_spin.setValue(age.days)
            self.enclosure_check.setChecked(enclosure)
            kinds = {a.kind for a in rule.actions}
            for kind, check in self.action_checks.items():
                check.setChecked(kind in kinds)
            tag = next((a.tag for a in rule.actions if a.kind is ActionKind.TAG), "")
            self.tag_check.setChecked(bool(tag))
            self.tag_edit.setText(tag)
            self.enabled_check.setChecked(rule.enabled)
        finally:
            self._loading = False
        self._on_edited()

    def rule_from_form(self) -> Rule:
        """The rule as the editor shows it (not validated)."""
        conditions: list[Condition] = []
        other = self.age_check.isChecked() or self.enclosure_check.isChecked() or self._extra
        if self.value_edit.text().strip() or not other:
            # Empty with nothing else to test: kept, so the check says "type the text".
            op, negate, _label = _OPS[int(self.op_combo.currentData() or 0)]
            field = Field(self.field_combo.currentData())
            conditions.append(TextCondition(field, op, self.value_edit.text(), negate))
        if self.age_check.isChecked():
            conditions.append(AgeCondition(AgeOp.OLDER, self.age_spin.value()))
        if self.enclosure_check.isChecked():
            conditions.append(EnclosureCondition())
        conditions.extend(self._extra)
        actions = [Action(kind) for kind, check in self.action_checks.items() if check.isChecked()]
        if self.tag_check.isChecked():
            actions.append(Action(ActionKind.TAG, self.tag_edit.text().strip()))
        kind, ident = self.scope_combo.currentData() or ("all", 0)
        return Rule(
            name=self.name_edit.text().strip(),
            conditions=tuple(conditions),
            actions=tuple(actions),
            id=self._editing.id if self._editing is not None else None,
            section_id=ident if kind == "s" else None,
            feed_id=ident if kind == "f" else None,
            enabled=self.enabled_check.isChecked(),
            position=self._editing.position if self._editing is not None else 0,
        )

    def _on_edited(self) -> None:
        if self._loading:
            return
        self._generation += 1  # an answer for the text before this edit is no longer wanted
        self.preview_count = None
        self.preview_label.setText(_tr("Counting the stored articles this rule would match…"))
        self._preview_timer.start()

    # -- preview ----------------------------------------------------------------------------

    def _run_preview(self) -> None:
        rule = self.rule_from_form()
        generation = self._generation
        library, now = self._context.library, self._context.clock()

        def job() -> int:
            validate_conditions(rule.conditions)
            return library.rule_preview_count(rule, now)

        def done(count: int) -> None:
            if generation != self._generation:
                return
            self.preview_count = count
            self.preview_label.setText(
                _plural(
                    "This rule would match %n stored article.",
                    "This rule would match %n stored articles.",
                    count,
                )
            )

        def failed(_text: str) -> None:
            if generation == self._generation:
                self.preview_label.setText(self._last_error)

        def guarded() -> int:
            try:
                return job()
            except RuleError as exc:
                self._last_error = problem_text(exc)  # read on the GUI thread by `failed`
                raise

        self._last_error = _tr("The rule could not be checked; see the log.")
        try:
            self._tasks.run(guarded, done, failed)
        except RuntimeError:  # the dialog is closing: its pool takes no more work
            log.debug("rule preview dropped: the settings dialog is closing")

    def hideEvent(self, event: QHideEvent) -> None:
        self._preview_timer.stop()  # no preview for a page nobody sees (or a closed dialog)
        super().hideEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.preview_count is None:
            self._preview_timer.start()

    # -- save, remove, apply ----------------------------------------------------------------

    def _on_save(self) -> None:
        rule = self.rule_from_form()
        # The quick checks here; the regular expression's probes run in the writer job
        # (storage validates every rule it saves), never on the GUI thread.
        quick = tuple(
            replace(c, op=TextOp.CONTAINS)
            if isinstance(c, TextCondition) and c.op is TextOp.REGEX else c
            for c in rule.conditions
        )  # fmt: skip
        try:
            validate(replace(rule, conditions=quick))
        except RuleError as exc:
            self.status_label.setText(problem_text(exc))
            return
        checked = replace(rule, name=rule.name.strip())
        if any(r.name == checked.name and r.id != checked.id for r in self._rules.values()):
            self.status_label.setText(
                _tr("There is already a rule named “%1”; choose another name.", checked.name)
            )
            return
        now = self._context.clock()
        self.save_button.setEnabled(False)

        def saved(rule_id: int) -> None:
            self.save_button.setEnabled(True)
            self._editing = replace(checked, id=rule_id)
            self.status_label.setText(_tr("Saved the rule “%1”.", checked.name))
            self.reload()

        refused: list[str] = []

        def job(store: GuiStore) -> int:
            try:
                return store.save_rule(checked, now)
            except RuleError as exc:
                refused.append(problem_text(exc))
                raise

        def failed(text: str) -> None:
            self.save_button.setEnabled(True)
            self.status_label.setText(refused[0] if refused else text)

        self._tasks.write(job, saved, failed)

    def _on_remove(self) -> None:
        rule = self._selected()
        if rule is None or rule.id is None:
            return
        question = _tr(
            "Remove the rule “%1”? What it already did to articles stays as it is.", rule.name
        )
        if not self.prompts.confirm(self, _tr("Remove Rule"), question):
            return
        rule_id = rule.id

        def removed(_none: None) -> None:
            self.status_label.setText(_tr("Removed the rule “%1”.", rule.name))
            self.new_rule()
            self.reload()

        self._tasks.write(
            lambda store: store.remove_rule(rule_id), removed, self.status_label.setText
        )

    def _on_apply(self) -> None:
        rule = self._selected()
        if rule is None or rule.id is None:
            return
        question = _tr("Run the rule “%1” over every stored article it matches?", rule.name)
        if not self.prompts.confirm(self, _tr("Appl&y to Existing Articles"), question):
            return
        rule_id, now = rule.id, self._context.clock()
        self.apply_button.setEnabled(False)
        self.status_label.setText(_tr("Applying the rule “%1”…", rule.name))

        def applied(count: int) -> None:
            self._enable()
            self.last_applied = count
            self.status_label.setText(
                _plural(
                    "The rule “%1” acted on %n stored article.",
                    "The rule “%1” acted on %n stored articles.",
                    count,
                ).replace("%1", rule.name)
            )

        def failed(text: str) -> None:
            self._enable()
            self.status_label.setText(text)

        self._tasks.write(lambda store: store.apply_rule(rule_id, now), applied, failed)
