"""Choosing who is studying on a shared court PC, before the main window opens.

- `plan`: whether the chooser is needed, what it lists and preselects, the PIN waits (no Qt);
- `chooser`: the `ProfileChooser` dialog (the list, the PIN, the countdown after wrong PINs);
- `forms`: a new profile's form and the pieces the dialogs share (badge, PIN fields, rules);
- `manage`: rename a profile, change its PIN, delete it (each with its PIN).

Every profile operation is a use case of `sync.services.profiles`, run on the bridge's lane.
Importing this package loads no database or network code (the services are loaded when a
dialog opens).
"""
from __future__ import annotations

from player.profiles.chooser import ProfileChooser
from player.profiles.forms import NewProfileDialog, avatar
from player.profiles.manage import (
    ChangePinDialog,
    DeleteProfileDialog,
    ProfileActionDialog,
    RenameProfileDialog,
)
from player.profiles.plan import (
    FIRST_WAIT_S,
    FREE_TRIES,
    LONGEST_WAIT_S,
    PIN_RE,
    ProfileInfo,
    StartPlan,
    plan_start,
    wait_seconds,
)

__all__ = ["FIRST_WAIT_S", "FREE_TRIES", "LONGEST_WAIT_S", "PIN_RE", "ChangePinDialog",
           "DeleteProfileDialog", "NewProfileDialog", "ProfileActionDialog", "ProfileChooser",
           "ProfileInfo", "RenameProfileDialog", "StartPlan", "avatar", "plan_start",
           "wait_seconds"]
