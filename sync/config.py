"""Settings a learner (or court IT) sets, with their defaults, declared once.

Values live in the learner's store (`settings` table). Court IT's site configuration, with
locked values, layers on top of these (see docs/court-it.md when it lands).
"""
from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any

from .downloader import DownloadLimits, parse_hours
from .hub_client import HubSettings
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

    def hub(self, url: str | None = None, read_timeout: float = 30.0) -> HubSettings:
        return HubSettings(url=url or self.hub_url, proxy=self.proxy or None,
                           ca_bundle=self.ca_bundle or None, read_timeout=read_timeout)

    def download_limits(self, give_up_after: float | None = None) -> DownloadLimits:
        return DownloadLimits(
            max_rate=self.bandwidth_cap_kbps * 1000 / 8 if self.bandwidth_cap_kbps else None,
            hours=parse_hours(self.download_hours), give_up_after=give_up_after)


def load_settings(store: LearnerStore) -> Settings:
    values: dict[str, Any] = {}
    for f in fields(Settings):
        value = store.get_setting(f.name, None)
        if value is not None and isinstance(value, type(f.default)):
            values[f.name] = value
    return Settings(**values)
