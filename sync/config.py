"""Settings with their defaults, declared once, and how the layers combine.

Defaults < court IT's site configuration < the learner's own settings, except that a setting
court IT lists in `locked` keeps the site value whatever the learner set. The player shows
locked settings greyed with "set by your administrator". The player and the CLI both ask
`load_settings` and `hub_url_for` (and `sync.trust.trust_policy` for publishers), so no
command line flag or screen has a way around a lock.
"""
from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from typing import Any

from .downloader import DownloadLimits, parse_hours
from .errors import ConfigError
from .hub_client import HubSettings
from .site_config import SiteConfig, check_value, load_site_config
from .store import LearnerStore


@dataclass(frozen=True)
class Settings:
    hub_url: str = ""
    proxy: str = ""
    ca_bundle: str = ""
    bandwidth_cap_kbps: int = 0          # 0 = no cap
    download_hours: str = ""             # "22:00-06:00"; empty = any time
    allow_unsigned_bundles: bool = False
    data_saver: bool = False             # metered link: no video downloads, small syncs only
    demo_course: bool = True             # offer the bundled demo course to a new profile
    locked: frozenset[str] = field(default=frozenset(), compare=False)
    site_problems: tuple[str, ...] = field(default=(), compare=False)

    def hub(self, url: str | None = None, read_timeout: float = 30.0) -> HubSettings:
        return HubSettings(url=url or self.hub_url, proxy=self.proxy or None,
                           ca_bundle=self.ca_bundle or None, read_timeout=read_timeout)

    def download_limits(self, give_up_after: float | None = None) -> DownloadLimits:
        return DownloadLimits(
            max_rate=self.bandwidth_cap_kbps * 1000 / 8 if self.bandwidth_cap_kbps else None,
            hours=parse_hours(self.download_hours), give_up_after=give_up_after)


SETTING_NAMES = tuple(f.name for f in fields(Settings) if f.name not in ("locked", "site_problems"))
_DEFAULTS = Settings()


def _typed(name: str, value: Any) -> bool:
    default = getattr(_DEFAULTS, name)
    return isinstance(value, type(default)) and not (isinstance(value, bool) and not isinstance(default, bool))


def load_settings(store: LearnerStore, site: SiteConfig | None = None) -> Settings:
    site = site if site is not None else load_site_config()
    values: dict[str, Any] = {}
    for name in SETTING_NAMES:
        if name in site.values and _typed(name, site.values[name]):
            values[name] = site.values[name]
        if name in site.locked:
            continue
        user = store.get_setting(name, None)
        if user is not None and _typed(name, user):
            values[name] = user
    return replace(Settings(**values), locked=site.locked, site_problems=site.problems)


def set_setting(store: LearnerStore, name: str, value: Any, site: SiteConfig | None = None) -> None:
    """The learner changes a setting; refused for unknown, mistyped or locked ones."""
    site = site if site is not None else load_site_config()
    if name not in SETTING_NAMES:
        raise ConfigError(f"There is no setting called '{name}'.")
    if name in site.locked:
        raise ConfigError(f"'{name}' is set by your administrator and cannot be changed here.")
    if not _typed(name, value):
        raise ConfigError(f"'{name}' needs a {type(getattr(_DEFAULTS, name)).__name__}.")
    store.set_setting(name, check_value(name, value))  # the same checks as court IT's file


HUB_URL = "hub_url"


def same_hub_url(a: str, b: str) -> bool:
    return a.strip().rstrip("/") == b.strip().rstrip("/")


def hub_url_for(settings: Settings, asked: str | None = None, remembered: str | None = None) -> str:
    """The hub to talk to: court IT's address when it is locked, else the one asked for
    (`--hub`, the sign-in form), else the remembered one (the sign-in, a queued download),
    else the setting. Asking for another hub than a locked one is refused, not ignored."""
    if HUB_URL in settings.locked:
        if asked and not same_hub_url(asked, settings.hub_url):
            raise ConfigError(f"The hub address is set by your administrator "
                              f"({settings.hub_url or 'none'}); “{asked}” cannot be used here.")
        return settings.hub_url
    return asked or remembered or settings.hub_url
