"""Settings: the learner's own choices, and what court IT decided for this computer.

Every setting of `sync.config.Settings` has a control here. Settings court IT listed as
`locked` in the site configuration are shown with their site value, disabled, and labelled
"set by your administrator" with a tooltip naming the file, so a learner knows whom to ask
instead of wondering why a field is grey. Problems in that file are shown at the top.

Nothing is written until Save: then only the settings the learner actually changed are
stored (an untouched field keeps following court IT's value), each through
`sync.config.set_setting` on the bridge's store lane, which refuses locked, unknown and
mistyped values. Input is checked here first so mistakes are explained in plain words next
to the field, not as an engine error after the fact.

- `dialog`: `SettingsDialog` and `open_settings`;
- `pages`: its sections (course server, downloads, publishers);
- `form`: how a setting's row looks (label, help, lock, problem);
- `validators`: the checks before Save, without widgets;
- `engine`: reading and storing the settings on the store lane.
"""
from __future__ import annotations

from player.settings.dialog import SettingsDialog, open_settings

__all__ = ["SettingsDialog", "open_settings"]
