"""Lectern's colours for WCAG 2.2 AA (issue #16): text at least 4.5:1 against what it is on,
control boundaries and the focus ring at least 3:1, and a high-contrast option.

Why not just the toolkit's palette: Qt's Fusion (the style on a bare Debian desktop) writes
selected text white on #308cc6 (3.6:1), placeholders in half-transparent black (4:1 on
white) and draws every frame in the window colour darkened by 40% (#ababab on #efefef, 2:1).
`lectern_palette` keeps the platform's colours and moves only the roles that fall short,
and gives Fusion a window brush that is a texture of the same colour: Fusion then draws
frames in translucent black (#595959 on #efefef, 6:1) instead of the darkened window colour.

`high_contrast_palette` is black on white with a dark-blue selection (the most contrast a
light scheme has; a light one because Fusion's frames stay visible on it). It is chosen in
Settings (the `high_contrast` preference, per profile) or by the OS
(`QStyleHints.accessibility().contrastPreference()`, Qt 6.10+).
"""
from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QPalette, QPixmap
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from player.bridge import TaskManager

log = logging.getLogger(__name__)

#: the per-profile preference that turns the high-contrast palette on (True/False)
HIGH_CONTRAST_SETTING = "high_contrast"
#: WCAG 2.2 SC 1.4.3 (text) and 1.4.11 (boundaries, focus indicator)
TEXT_MIN = 4.5
BOUNDARY_MIN = 3.0

Role = QPalette.ColorRole
Group = QPalette.ColorGroup

#: (text role, background role) pairs that carry text somewhere in Lectern
TEXT_PAIRS: tuple[tuple[Role, Role], ...] = (
    (Role.WindowText, Role.Window), (Role.Text, Role.Base), (Role.ButtonText, Role.Button),
    (Role.HighlightedText, Role.Highlight), (Role.PlaceholderText, Role.Base),
    (Role.ToolTipText, Role.ToolTipBase), (Role.WindowText, Role.AlternateBase),
    (Role.Text, Role.AlternateBase), (Role.Link, Role.Base), (Role.Link, Role.Window),
    (Role.LinkVisited, Role.Base),
)
#: (mark role, background role): the focus ring (Highlight) on what a control sits on
BOUNDARY_PAIRS: tuple[tuple[Role, Role], ...] = (
    (Role.Highlight, Role.Window), (Role.Highlight, Role.Base), (Role.Highlight, Role.Button),
)
_GROUPS = (Group.Active, Group.Inactive)
_PALETTE_PROPERTY = "lecternPlatformPalette"


def _linear(channel: float) -> float:
    return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4


def luminance(colour: QColor) -> float:
    """WCAG relative luminance of an opaque colour."""
    return (0.2126 * _linear(colour.redF()) + 0.7152 * _linear(colour.greenF())
            + 0.0722 * _linear(colour.blueF()))


def over(colour: QColor, background: QColor) -> QColor:
    """A (possibly translucent) colour as it looks on an opaque background."""
    a = colour.alphaF()
    return QColor.fromRgbF(colour.redF() * a + background.redF() * (1 - a),
                           colour.greenF() * a + background.greenF() * (1 - a),
                           colour.blueF() * a + background.blueF() * (1 - a))


def contrast_ratio(foreground: QColor, background: QColor) -> float:
    """WCAG contrast ratio (1 to 21) of `foreground` drawn on `background`."""
    bg = QColor(background)
    bg.setAlpha(255)
    fg = over(foreground, bg)
    high, low = sorted((luminance(fg), luminance(bg)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def with_contrast(colour: QColor, background: QColor, minimum: float) -> QColor:
    """`colour`, darkened (on a light background) or lightened (on a dark one) just enough to
    reach `minimum` against `background`; its hue is kept."""
    fg = over(colour, background)
    if contrast_ratio(fg, background) >= minimum:
        return fg
    dark_background = luminance(background) < 0.18
    h, s, lightness = fg.hslHueF(), fg.hslSaturationF(), fg.lightnessF()
    step = 0.02
    for _ in range(60):
        lightness = min(1.0, lightness + step) if dark_background else max(0.0, lightness - step)
        fg = QColor.fromHslF(h, s, lightness)
        if contrast_ratio(fg, background) >= minimum + 0.05:
            break
    return fg


def _frame_brush(colour: QColor) -> QBrush:
    """A window brush that looks like `colour` and makes Fusion draw frames in translucent
    black (its outline for a textured window) rather than `colour` darkened by 40%."""
    tile = QPixmap(16, 16)
    tile.fill(colour)
    return QBrush(colour, tile)


def lectern_palette(base: QPalette) -> QPalette:
    """The platform's palette with every text pair at 4.5:1 and the focus ring at 3:1."""
    palette = QPalette(base)
    for group in _GROUPS:
        def get(role: Role, group: Group = group) -> QColor:
            return palette.color(group, role)

        highlight = get(Role.Highlight)
        for bg_role in (Role.Window, Role.Base, Role.Button):
            highlight = with_contrast(highlight, get(bg_role), BOUNDARY_MIN)
        # Selected text on the selection: darken the selection (the text is usually white).
        selected = get(Role.HighlightedText)
        for _ in range(60):
            if contrast_ratio(selected, highlight) >= TEXT_MIN + 0.05:
                break
            highlight = highlight.darker(105) if luminance(selected) > 0.5 \
                else highlight.lighter(105)
        palette.setColor(group, Role.Highlight, highlight)
        for fg_role, bg_role in TEXT_PAIRS:
            if fg_role is Role.HighlightedText:
                continue
            palette.setColor(group, fg_role, with_contrast(get(fg_role), get(bg_role), TEXT_MIN))
        if QApplication.style() is not None and QApplication.style().name() == "fusion":
            palette.setBrush(group, Role.Window, _frame_brush(get(Role.Window)))
    return palette


def high_contrast_palette() -> QPalette:
    """Black on white, a dark-blue selection with white text, black frames: the maximal
    contrast a light scheme has (21:1 for text, 12:1 for the focus ring)."""
    white, black, navy = QColor("#ffffff"), QColor("#000000"), QColor("#00007a")
    palette = QPalette(white)
    roles = {
        Role.Window: white, Role.WindowText: black, Role.Base: white, Role.Text: black,
        Role.AlternateBase: white, Role.Button: white, Role.ButtonText: black,
        Role.Highlight: navy, Role.HighlightedText: white, Role.PlaceholderText: QColor("#3d3d3d"),
        Role.ToolTipBase: white, Role.ToolTipText: black, Role.Link: QColor("#0000c8"),
        Role.LinkVisited: QColor("#5a0078"), Role.BrightText: black, Role.Light: white,
        Role.Midlight: QColor("#d0d0d0"), Role.Mid: QColor("#595959"), Role.Dark: black,
        Role.Shadow: black, Role.Accent: navy,
    }
    for group in (*_GROUPS, Group.Disabled):
        for role, colour in roles.items():
            palette.setColor(group, role, colour)
    for role in (Role.WindowText, Role.Text, Role.ButtonText):
        palette.setColor(Group.Disabled, role, QColor("#595959"))  # still 7:1 on white
    for group in (*_GROUPS, Group.Disabled):
        palette.setBrush(group, Role.Window, _frame_brush(white))
    return palette


def os_wants_high_contrast() -> bool:
    """True when the desktop asks applications for more contrast (Qt 6.10+ reports it)."""
    hints = QGuiApplication.styleHints()
    accessibility = getattr(hints, "accessibility", None)
    if accessibility is None:
        return False
    preference = accessibility().contrastPreference()
    return bool(preference == type(preference).HighContrast)


def apply_palette(high_contrast: bool | None = None) -> bool:
    """Give the application Lectern's palette, high-contrast when asked (None: as the OS
    says); returns whether high contrast is on. The platform's own palette is kept, so the
    option can be turned off again."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return False
    platform = app.property(_PALETTE_PROPERTY)
    if not isinstance(platform, QPalette):
        platform = QPalette(QApplication.palette())
        app.setProperty(_PALETTE_PROPERTY, platform)
    on = os_wants_high_contrast() if high_contrast is None else high_contrast
    on = on or os_wants_high_contrast()
    QApplication.setPalette(high_contrast_palette() if on else lectern_palette(platform))
    app.setProperty("lecternHighContrast", on)
    log.debug("palette: high contrast %s", on)
    return on


def high_contrast_on() -> bool:
    app = QApplication.instance()
    return bool(app is not None and app.property("lecternHighContrast"))


def follow_contrast_preference(bridge: "TaskManager", owner: QObject) -> None:
    """Lectern's palette now (high-contrast if the OS asks), then the profile's own choice
    once the store answers, and again whenever the OS changes its mind."""
    from sync.services.settings import read_preference

    apply_palette(None)

    def chosen(value: object, error: BaseException | None) -> None:
        if error is not None:
            log.warning("could not read the contrast preference: %s", error)
        elif isinstance(value, bool):
            apply_palette(value)

    bridge.call_service(read_preference, chosen, key=HIGH_CONTRAST_SETTING, context=owner)
    hints = QGuiApplication.styleHints()
    accessibility = getattr(hints, "accessibility", None)
    if accessibility is not None:
        accessibility().contrastPreferenceChanged.connect(
            lambda _preference: apply_palette(high_contrast_on()))
