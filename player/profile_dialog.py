"""The old home of the profile chooser, kept for `player/app.py`: the dialogs now live in
the `player.profiles` package (plan, chooser, forms, manage); import from there."""
from __future__ import annotations

from player.profiles import (
    FIRST_WAIT_S,
    FREE_TRIES,
    LONGEST_WAIT_S,
    PIN_RE,
    ChangePinDialog,
    DeleteProfileDialog,
    NewProfileDialog,
    ProfileActionDialog,
    ProfileChooser,
    ProfileInfo,
    RenameProfileDialog,
    StartPlan,
    avatar,
    plan_start,
    wait_seconds,
)

__all__ = ["FIRST_WAIT_S", "FREE_TRIES", "LONGEST_WAIT_S", "PIN_RE", "ChangePinDialog",
           "DeleteProfileDialog", "NewProfileDialog", "ProfileActionDialog", "ProfileChooser",
           "ProfileInfo", "RenameProfileDialog", "StartPlan", "avatar", "plan_start",
           "wait_seconds"]
