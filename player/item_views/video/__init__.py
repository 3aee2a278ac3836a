"""The parts of the lecture video view (`player.item_views.video_view.VideoView`).

- `coverage`: how much was watched, as a union of time ranges (no Qt);
- `wrap_layout`: the row of controls that wraps onto more rows in a narrow window;
- `controls`: the stage (picture, captions, seek bar, controls) and the control widgets;
- `captions`: the captions shown, their language, and the learner's remembered choice;
- `fallback`: a copy that shows no picture, and moving on to the next one.

Every module imports QtMultimedia only through the view, which `create_item_view` imports
when the first video opens. They share one logger, the view's.
"""
from __future__ import annotations

import logging
from typing import Any, TypeAlias

log = logging.getLogger("player.item_views.video_view")

#: the learner's remembered choices, in the learner store's settings (per profile)
CAPTIONS_SETTING = "video_caption_language"   # a language code; "" for captions off
RATE_SETTING = "video_playback_rate"          # one of SPEEDS

#: the playback speeds offered; 0.5x for listeners working in a second language
SPEEDS = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0)

#: What the mixins (`captions`, `controls`, `fallback`) annotate their methods' `self` as. It
#: is `player.item_views.video_view.VideoView`, which subclasses them; but mypy refuses a
#: self-type that is a subclass of the method's class ("The erased type of self ... is not a
#: supertype of its class", python/mypy#7191), and a Protocol of the ~100 names they share
#: would only restate the view. So to mypy the host is Any; the name says what it is.
VideoHost: TypeAlias = Any
