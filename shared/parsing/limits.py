"""Bounds on what the parser accepts and how much work it does per payload."""

from __future__ import annotations

from dataclasses import dataclass

MIB = 1024 * 1024


@dataclass(frozen=True, slots=True)
class ParseLimits:
    """Limits applied by :func:`shared.parsing.parse_story`.

    ``max_bytes``: payloads larger than this are refused (``payload_too_large``) before any
    decoding. ``max_paragraphs``: a story with more body paragraphs is refused
    (``too_many_paragraphs``); wire stories have dozens, not thousands. ``max_feed_items``:
    :func:`shared.parsing.parse_feed_items` refuses larger feeds (``feed_too_many_items``).
    ``language_prefix_chars``: language is decided on the headline plus this many characters
    of body, which keeps detection cheap and independent of story length.
    """

    max_bytes: int = MIB
    max_paragraphs: int = 2000
    max_feed_items: int = 1000
    language_prefix_chars: int = 400

    def __post_init__(self) -> None:
        for name in ("max_bytes", "max_paragraphs", "max_feed_items", "language_prefix_chars"):
            if getattr(self, name) < 1:
                raise ValueError(f"ParseLimits.{name} must be positive")
