"""The interface languages Lectern ships, named in their own words (issue #16).

Qt-free: court IT's site file (`language = "fr"`), the learner's choice and the Settings list
all use these codes (Qt locale names: the six UN languages and Portuguese).
"""
from __future__ import annotations

#: code -> the language's own name, as its speakers read it in a list of languages.
INTERFACE_LANGUAGES: dict[str, str] = {
    "en": "English",
    "ar": "العربية",
    "zh_CN": "简体中文",
    "fr": "Français",
    "ru": "Русский",
    "es": "Español",
    "pt": "Português",
}
#: what a site file may also say for them (a region or a script the code stands for).
_ALIASES: dict[str, str] = {"zh": "zh_CN", "zh_hans": "zh_CN", "zh_sg": "zh_CN", "pt_pt": "pt",
                            "pt_br": "pt"}


def interface_language(value: str) -> str:
    """The interface language `value` names ("" = the computer's own), as its code;
    ValueError when Lectern has no such interface language."""
    text = value.strip()
    if not text:
        return ""
    key = text.replace("-", "_").lower()
    for code in INTERFACE_LANGUAGES:
        if code.lower() == key:
            return code
    if key in _ALIASES:
        return _ALIASES[key]
    language = key.split("_")[0]
    if language in INTERFACE_LANGUAGES:
        return language
    raise ValueError(f"the language “{value}” is not one of Lectern's interface languages "
                     f"({', '.join(INTERFACE_LANGUAGES)})")
