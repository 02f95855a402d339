"""Small pieces every screen uses: big labels, key-labelled buttons, the banner.

The look is ``till.qss`` (among the app's resources): widgets here only say what they are
(``role``, ``kind``) and the style sheet says how that looks.

The start screen is built before the window shows, so nothing here touches Qt's ``Qt``
namespace at construction: loading it (all its enums) takes some 40 ms.
"""

from __future__ import annotations

import logging
import re

from PySide6.QtCore import QCoreApplication, QDir
from PySide6.QtGui import QGuiApplication, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from pos_app.resources import resource

log = logging.getLogger("pos_app.gui")

# Unicode's isolates: a run of left-to-right text keeps its order inside right-to-left text.
LEFT_TO_RIGHT_ISOLATE, POP_ISOLATE = "\u2066", "\u2069"
# A run of left-to-right characters with the marks written among them ("91******8221", "B1008",
# "DEMO-0001-AB", "12.50", a file's path); a sentence's full stop stays outside. Isolated only
# when it has a digit, a mask or a slash: a plain word keeps to the text's own direction.
_RUN = re.compile(r"[A-Za-z0-9*+#/~]+(?:[-_.:,/\\][A-Za-z0-9*+#~]+)*")
_KEEPS_ORDER = re.compile(r"[0-9*/]")
# A banner this long takes the smaller type, so the screen's keys stay on it.
LONG_MESSAGE = 160


def left_to_right(text: str) -> str:
    """A number, masked mobile or card, or reference, in its own order in a right-to-left till
    (in Arabic, ``91******8221`` would otherwise show as ``8221******91``)."""
    if not text or not QGuiApplication.isRightToLeft():
        return text
    return LEFT_TO_RIGHT_ISOLATE + text + POP_ISOLATE


def references_left_to_right(text: str) -> str:
    """Every figure and reference in a message isolated as ``left_to_right`` does (right to left only)."""
    if not text or not QGuiApplication.isRightToLeft():
        return text

    def isolated(found: re.Match[str]) -> str:
        run = found.group(0)
        return LEFT_TO_RIGHT_ISOLATE + run + POP_ISOLATE if _KEEPS_ORDER.search(run) else run

    return _RUN.sub(isolated, text)


def style_sheet(name: str) -> str:
    """A style sheet among the app's resources (``till.qss``, ``kiosk.qss``); the images it
    draws are named ``url(icons:FILE)``, found among the app's icons wherever it is installed."""
    QDir.addSearchPath("icons", str(resource("icons")))
    return resource("styles", name).read_text(encoding="utf-8")


def restyle(widget: QWidget) -> None:
    """A dynamic property changed: the style sheet applies to it again."""
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)


def with_role(widget: QWidget, role: str) -> QWidget:
    widget.setProperty("role", role)  # styled by till.qss
    return widget


def heading(text: str, role: str = "title") -> QLabel:
    """A title (``role`` picks its size in the style sheet)."""
    label = QLabel(text)
    label.setProperty("role", role)
    label.setWordWrap(True)
    return label


def key_button(
    text: str,
    key: str,
    parent: QWidget | None = None,
    accessible: str = "",
    answers: bool = True,
    primary: bool = False,
) -> QPushButton:
    """A button that shows its key (``Check  [F5]``) and answers to it (unless ``answers`` is off:
    a field's own Enter does it). ``primary``: the one action of its screen, in colour.
    Setting a shortcut loads the Qt namespace (~40 ms)."""
    button = QPushButton(f"{text}  [{key}]", parent)
    if answers:
        # At once, not as a button's own shortcut does it (a pressed look, the click ~100 ms later):
        # a scan right after F12 would be cleared by the late click.
        QShortcut(QKeySequence(key), button, button.click)
    button.setAccessibleName(accessible or text)
    button.setProperty("role", "primary" if primary else "secondary")
    return button


class WrappedText(QLabel):
    """A word-wrapped label that is always as tall as its lines at its width: a layout short of
    room squeezes the space around it, never its first or last line away."""

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit()

    def setText(self, text: str) -> None:
        super().setText(text)
        self.fit()

    def fit(self) -> None:
        needed = self.heightForWidth(self.width()) if self.text() else 0
        if needed != self.minimumHeight():
            self.setMinimumHeight(max(needed, 0))


class Banner(QFrame):
    """What just happened and what to do next, as a coloured band inside the screen.

    ``kind`` is error, warning, success, info or busy. A support request id is not shown with
    the message (a typo needs none): it is in the log and behind "Details" for a support call.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        self.setAccessibleName(QCoreApplication.translate("common", "Message"))
        self.label = WrappedText()
        self.label.setObjectName("banner_text")
        self.label.setWordWrap(True)
        # As tall as its wrapped lines: a long message is never cut at the banner's bottom edge.
        self.label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.MinimumExpanding)
        self.details_button = QPushButton(QCoreApplication.translate("common", "Details"))
        self.details_button.setObjectName("banner_details_button")
        self.details_button.setAccessibleName(QCoreApplication.translate("common", "Show the support details"))
        self.details_button.setProperty("role", "link")
        self.details_button.setCheckable(True)
        self.details = QLabel()
        self.details.setObjectName("banner_details")
        self.details.setAccessibleName(QCoreApplication.translate("common", "Support details"))
        self.details.setWordWrap(True)
        self.selectable = False
        self.request_id = ""
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.label, 1)
        top.addWidget(self.details_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.details)
        self.details_button.toggled.connect(self.details.setVisible)
        self.clear_message()

    def text(self) -> str:
        return self.label.text()

    def kind(self) -> str:
        return str(self.property("kind") or "")

    def error(self, text: str, request_id: str = "") -> None:
        self._show("error", text, request_id)

    def warning(self, text: str, request_id: str = "") -> None:
        self._show("warning", text, request_id)

    def success(self, text: str) -> None:
        self._show("success", text)

    def info(self, text: str) -> None:
        self._show("info", text)

    def busy(self, text: str) -> None:
        self._show("busy", text)

    def _show(self, kind: str, text: str, request_id: str = "") -> None:
        if not self.selectable:  # so a request id can be copied; set with the first message
            from PySide6.QtCore import Qt

            self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            # A click shows the details and leaves the keys where they were (a code being retyped)
            self.details_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            self.selectable = True
        if request_id:
            log.info("shown to the cashier: %s (support request id %s)", text, request_id)
        self.request_id = request_id
        self._set_kind(kind)
        long = len(text) > LONG_MESSAGE
        if bool(self.label.property("long")) != long:
            self.label.setProperty("long", long)
            restyle(self.label)
        self.label.setText(references_left_to_right(text))
        self.details.setText(QCoreApplication.translate("common", "Support request id: {0}").format(request_id))
        self.details_button.setChecked(False)
        self.details_button.setVisible(bool(request_id))
        self.details.setVisible(False)

    def clear_message(self) -> None:
        self.label.setText("")
        self.request_id = ""
        self._set_kind("")  # an empty banner keeps its place: nothing below it jumps
        self.details_button.setVisible(False)
        self.details.setVisible(False)

    def _set_kind(self, kind: str) -> None:
        """The colour follows the kind; restyled only on a change (the first one, at building, is
        free: a widget not yet shown is styled when it is)."""
        if (self.property("kind") or "") == kind:
            return
        self.setProperty("kind", kind)
        restyle(self)
        restyle(self.label)


MessageLine = Banner  # the name the screens knew it by


def busy_bar() -> QWidget:
    """A moving bar under a screen's action while its call is on the way (hidden otherwise)."""
    from PySide6.QtWidgets import QProgressBar

    bar = QProgressBar()
    bar.setObjectName("screen_busy")
    bar.setAccessibleName(QCoreApplication.translate("common", "Waiting for the loyalty service"))
    bar.setRange(0, 0)
    bar.setTextVisible(False)
    bar.setVisible(False)
    return bar


def card() -> QFrame:
    """A white panel that groups what belongs together (the customer, their points)."""
    frame = QFrame()
    frame.setProperty("role", "card")
    return frame
