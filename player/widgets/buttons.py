"""A dialog's action button and its Cancel, the row every profile dialog ends with.

One button is the default: Enter presses it wherever the focus is. Every other button is
never a default, not even an automatic one (a focused QDialog button otherwise takes Return
for itself), so Enter cannot cancel, or delete, by accident.
"""
from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QPushButton

__all__ = ["add_action_buttons"]


def add_action_buttons(box: QDialogButtonBox, text: str, accessible: str, cancel_name: str, *,
                       role: QDialogButtonBox.ButtonRole = QDialogButtonBox.ButtonRole.AcceptRole,
                       cancel_text: str | None = None,
                       cancel_is_default: bool = False) -> tuple[QPushButton, QPushButton]:
    """Add the action button (`text`, named `accessible`, in `role`) and a cancelling one to
    `box`; returns both. The cancelling one is the standard Cancel, or `cancel_text` in the
    reject role; it is named `cancel_name`. The action is the default unless
    `cancel_is_default` (a destructive action)."""
    action = box.addButton(text, role)
    if cancel_text is None:
        cancel = box.addButton(QDialogButtonBox.StandardButton.Cancel)
    else:
        cancel = box.addButton(cancel_text, QDialogButtonBox.ButtonRole.RejectRole)
    action.setAccessibleName(accessible)
    cancel.setAccessibleName(cancel_name)
    for button, default in ((action, not cancel_is_default), (cancel, cancel_is_default)):
        button.setAutoDefault(default)
        button.setDefault(default)
    return action, cancel
