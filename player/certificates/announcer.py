"""Certificates that came with a sync are said once (`CertificateAnnouncer`), in the status
bar or a banner, never a modal popup; then the store marks them as announced."""
from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any, Callable

from PySide6.QtCore import QObject, Signal

from player.certificates.records import CertificateRow, row_from_service

if TYPE_CHECKING:
    from player.bridge import TaskManager

log = logging.getLogger(__name__)


class CertificateAnnouncer(QObject):
    """After a sync: certificates that arrived and were not announced yet are said once, in
    the status bar or a banner (`show`), never a modal popup; then marked as announced."""

    announced = Signal(list)

    def __init__(self, bridge: "TaskManager", show: Callable[[str], None],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._bridge = bridge
        self._show = show

    def check(self) -> None:
        from sync.services import certificates

        self._bridge.call_service(certificates.unannounced, self._found, context=self)

    def announcement(self, rows: list[CertificateRow]) -> str:
        if len(rows) == 1:
            return self.tr("Your certificate for “%1” has arrived: Go ▸ Certificates to save or "
                           "print it.").replace("%1", rows[0].course_title)
        return self.tr("%n certificate(s) arrived: Go ▸ Certificates to save or print them.",
                       "", len(rows))

    def _found(self, result: Any, error: BaseException | None) -> None:
        if error is not None or not result:
            if error is not None:
                log.warning("unannounced certificates: %s", error)
            return
        rows = [row_from_service(r) for r in result]
        self._show(self.announcement(rows))
        self.announced.emit(rows)
        from sync.services import certificates

        self._bridge.call_service(certificates.mark_announced, writes=True,
                                  credential_ids=[r.credential_id for r in rows])
