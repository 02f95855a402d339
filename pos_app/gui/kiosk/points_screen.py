"""The kiosk's points screen: the balance, the program, the points and what they are worth."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton

from pos_app.gui.kiosk.screens import PadScreen
from pos_app.gui.kiosk.touch import FitLabel, touch_button


class PointsScreen(PadScreen):
    """The balance, the program the points come from, how many points to use and what they are worth."""

    program_chosen = Signal(str)  # a program's id: the customer's points in it
    typed = Signal(str)  # the field's text as it changes: its worth is shown at once

    def __init__(self) -> None:
        super().__init__(
            "kiosk_points", QCoreApplication.translate("Kiosk", "How many points would you like to use?"), 12
        )
        self.balance = FitLabel(1, "kiosk_balance", "figure")  # "You have 2000 points, worth ..." shrinks to fit
        self.balance.setAccessibleName(self.tr("Your points"))
        self.column.insertWidget(1, self.balance)
        # What the typed points are worth (or the rule they break), under the field; its room is kept.
        self.worth = FitLabel(2, "kiosk_points_worth", "info")
        self.worth.setAccessibleName(self.tr("What these points are worth"))
        self.column.insertWidget(self.column.indexOf(self.field) + 1, self.worth)
        self.max_button = touch_button(self.tr("All my points"), name="kiosk_points_max")
        self.extra.addWidget(self.max_button)
        # The most at a time ("at most 200 points at a time") right under the button that fills it in.
        self.column.removeWidget(self.info_label)
        self.column.insertWidget(self._index_of(self.extra) + 1, self.info_label)
        # A customer in several programs: one big button a program, each with its balance, in place
        # of the balance line (a 1024 x 768 screen has room for one of them beside the keypad).
        self.programs = QHBoxLayout()
        self.column.insertLayout(self.column.indexOf(self.balance) + 1, self.programs)
        self.column.setSpacing(4)
        self.program_buttons: dict[str, QPushButton] = {}
        self.max_points = ""  # the most this customer may use now (the org's rules applied)
        self.balance_text = ""
        self.max_button.clicked.connect(self._all_points)
        self.field.textChanged.connect(self.typed.emit)

    def _index_of(self, layout: QHBoxLayout) -> int:
        items = (self.column.itemAt(i) for i in range(self.column.count()))
        return next(i for i, item in enumerate(items) if item is not None and item.layout() is layout)

    def _all_points(self) -> None:
        self.message.clear()
        self.field.setText(self.max_points)

    def show_programs(self, choices: list[tuple[str, str, str]], chosen: str) -> None:
        """``choices``: (program id, title, balance) for each program; ``chosen`` stands out."""
        self._drop_programs()
        self.balance.setVisible(len(choices) < 2)
        if len(choices) < 2:
            return
        for program_id, title, balance in choices:
            button = touch_button(
                self.tr("{0}\n{1} points").format(title, balance),
                self.tr("{0}: {1} points").format(title, balance),
                name=f"kiosk_program_{program_id}",
                fit=True,
            )
            button.setProperty("role", "program")
            button.clicked.connect(lambda _checked=False, p=program_id: self.program_chosen.emit(p))
            self.programs.addWidget(button)
            self.program_buttons[program_id] = button
        self.mark_program(chosen)

    def mark_program(self, chosen: str) -> None:
        for program_id, button in self.program_buttons.items():
            button.setProperty("chosen", program_id == chosen)
            button.style().unpolish(button)  # the style sheet reads the property again
            button.style().polish(button)

    def _drop_programs(self) -> None:
        for button in self.program_buttons.values():
            self.programs.removeWidget(button)
            button.deleteLater()
        self.program_buttons.clear()

    def show_worth(self, text: str) -> None:
        self.worth.setText(text)

    def error(self, text: str) -> None:
        if self.worth.text() == text:  # said once, in red, where the screen's messages are
            self.worth.clear()
        super().error(text)

    def show_customer(self, first_name: str, balance: str) -> None:
        hello = self.tr("Hello {0}.").format(first_name) if first_name else self.tr("Hello.")
        self.title.setText(f"{hello} {self.default_title}")
        self.balance.setText(self.tr("You have {0} points").format(balance))
        self.balance_text = balance
        self.max_points = balance

    def show_most(self, most: str, value: str = "") -> None:
        """The most that may be used now: "All my points" fills it in, the limit said beside it."""
        self.max_points = most
        self.max_button.setEnabled(bool(most))
        if most == self.balance_text:
            self.info_label.clear()
            if value:
                self.balance.setText(self.tr("You have {0} points, worth {1}").format(most, value))
                if self.program_buttons:  # the balance line gave its room to the programs' buttons
                    self.info_label.setText(self.balance.text())
        elif value:
            self.info_label.setText(self.tr("At most {0} points at a time, worth {1}.").format(most, value))
        else:
            self.info_label.setText(self.tr("At most {0} points at a time.").format(most))

    def show_too_few(self, least: str) -> None:
        self.max_points = ""
        self.max_button.setEnabled(False)
        self.info_label.setText(self.tr("At least {0} points are needed to redeem.").format(least))

    def reset(self) -> None:
        super().reset()
        self.title.setText(self.default_title)
        self.balance.clear()
        self.worth.clear()
        self._drop_programs()
        self.balance.show()
        self.max_points = self.balance_text = ""
        self.max_button.setEnabled(True)
