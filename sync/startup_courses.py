"""The courses a profile is offered when it opens: court IT's machine-wide store, then the
bundled demo. One entry point for the player's start and for `lectern courses`, so both show
the same library."""
from __future__ import annotations

import logging

from .paths import DataPaths

log = logging.getLogger(__name__)


def offer_start_courses(paths: DataPaths) -> list[str]:
    """Courses added to this profile's library now (empty when nothing changed: cheap)."""
    from .demo import install_demo_courses
    from .machine_store import offer_machine_courses

    added: list[str] = []
    try:
        added += offer_machine_courses(paths)
    except OSError as exc:  # an unreadable shared folder must not stop the learner's library
        log.warning("machine-wide course store not readable: %s", exc)
    added += install_demo_courses(paths)
    return added
