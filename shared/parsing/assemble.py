"""The steps every format shares: notices, sign-offs, dateline, markers, source, language, id."""

from __future__ import annotations

from datetime import UTC, datetime

from shared.errors import ParseError
from shared.models.story import PubStatus, Story
from shared.parsing.datelines import split_dateline
from shared.parsing.dates import at_midnight, sane
from shared.parsing.draft import Draft
from shared.parsing.identity import content_hash, lead_key
from shared.parsing.language import detect_language
from shared.parsing.limits import ParseLimits
from shared.parsing.markers import marker_line, notice, strip_headline
from shared.parsing.signoffs import strip_trailer
from shared.parsing.text import clean_inline

_LEADING_NOTICES = 3


def as_utc(moment: datetime) -> datetime:
    """``received_at`` as aware UTC (a naive value is taken to be UTC already)."""
    if moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


def finish(draft: Draft, *, raw_sha256: str, received_at: datetime, limits: ParseLimits) -> Story:
    headline, marks = strip_headline(clean_inline(draft.headline))
    marks = draft.marks | marks
    paragraphs = [p for p in draft.paragraphs if p]
    for _ in range(_LEADING_NOTICES):
        if not paragraphs:
            break
        found = notice(paragraphs[0]) or marker_line(paragraphs[0])
        if found is None:
            break
        marks = marks | found
        paragraphs.pop(0)

    trailer = strip_trailer(paragraphs)
    paragraphs = trailer.paragraphs
    dateline_text = draft.dateline
    dateline_agency = None
    dateline_day = None
    lead_place = ""
    if paragraphs:
        found_dateline = split_dateline(paragraphs[0], received_at)
        if found_dateline is not None:
            dateline_text = found_dateline.text
            dateline_agency = found_dateline.agency
            dateline_day = found_dateline.day
            lead_place = found_dateline.place or ""
            if found_dateline.rest:
                paragraphs[0] = found_dateline.rest
            else:
                paragraphs.pop(0)

    pub_status = draft.pub_status
    if marks.withdrawn and pub_status is PubStatus.USABLE:
        pub_status = PubStatus.CANCELED
    if not headline and not paragraphs and pub_status is PubStatus.USABLE:
        # A kill or withhold notice may carry no text; it must still reach the pipeline.
        raise ParseError("no_text", "neither headline nor body text after clean-up")
    if len(paragraphs) > limits.max_paragraphs:
        raise ParseError(
            "too_many_paragraphs", f"{len(paragraphs)} paragraphs, limit {limits.max_paragraphs}"
        )

    source = (
        draft.source
        or trailer.agency
        or dateline_agency
        or trailer.weak_agency
        or draft.source_label
    )
    published_at = (
        draft.published_at
        or sane(trailer.stamp, received_at)
        or at_midnight(draft.day or dateline_day, received_at)
    )
    day = draft.day or dateline_day or (published_at.date() if published_at else None)

    if draft.agency_id:
        story_id = draft.agency_id
    else:
        # the lead's key only when there is neither slug nor headline (5 us a story)
        title = draft.slug or headline
        if not title and paragraphs:
            title = f"{lead_place} {lead_key(paragraphs[0])}"
        story_id = content_hash(source=source, title=title, day=day or received_at.date())

    return Story(
        id=story_id,
        version=draft.version if draft.version is not None else marks.version,
        source=source,
        format=draft.format,
        language=detect_language(
            _prefix(headline, paragraphs, limits.language_prefix_chars),
            hint=draft.language_hint,
        ),
        headline=headline,
        body=tuple(paragraphs),
        dateline=dateline_text or None,
        published_at=published_at,
        received_at=received_at,
        url=draft.url or None,
        raw_sha256=raw_sha256,
        pub_status=pub_status,
        is_correction=marks.correction > 0,
    )


def _prefix(headline: str, paragraphs: list[str], limit: int) -> str:
    parts = [headline] if headline else []
    size = len(headline)
    for paragraph in paragraphs:
        if size >= limit:
            break
        parts.append(paragraph[: limit - size])
        size += len(parts[-1]) + 1
    return "\n".join(parts)
