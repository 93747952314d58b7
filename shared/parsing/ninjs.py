"""IPTC ninjs, generations 1.x (``headline``, ``body_text``/``body_html``), 2.x (``headlines``,
``bodies``) and 3.x (the same in camelCase: ``versionCreated``, ``pubStatus``...).

Keys are matched case-insensitively, so mixed documents (a 3.0 ``standard`` with lower-case
keys, as some agencies send) parse too.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

import orjson

from shared.errors import ParseError
from shared.models.story import PubStatus, StoryFormat
from shared.parsing.agencies import canonical
from shared.parsing.dates import parse_timestamp
from shared.parsing.draft import Draft
from shared.parsing.language import normalise_hint
from shared.parsing.text import clean_inline, html_to_paragraphs, split_paragraphs

_NINJS_KEYS = frozenset(
    ("uri", "guid", "headline", "headlines", "body_text", "body_html", "body_xhtml", "bodies",
     "versioncreated", "firstcreated", "pubstatus", "type", "standard")
)
_STATUS = {
    "usable": PubStatus.USABLE,
    "withheld": PubStatus.WITHHELD,
    "canceled": PubStatus.CANCELED,
    "cancelled": PubStatus.CANCELED,
}


def parse_ninjs(text: str, received_at: datetime) -> Draft:
    try:
        doc = orjson.loads(text)
    except orjson.JSONDecodeError as exc:
        raise ParseError("json_invalid", str(exc)[:200]) from None
    if not isinstance(doc, dict):
        raise ParseError("json_not_object", f"top level is a JSON {type(doc).__name__}")
    d = {str(k).lower(): v for k, v in doc.items()}
    if not _NINJS_KEYS.intersection(d):
        raise ParseError("not_ninjs", "no uri, headline or body")

    draft = Draft(format=StoryFormat.NINJS)
    draft.headline = _headline(d)
    draft.paragraphs = _body(d)

    uri = _str(d.get("uri")) or _str(d.get("guid"))
    draft.agency_id = uri or None
    if uri.startswith(("http://", "https://")):
        draft.url = uri
    draft.version = _version(d.get("version"))
    draft.published_at = (
        parse_timestamp(_str(d.get("versioncreated")), received_at)
        or parse_timestamp(_str(d.get("firstcreated")), received_at)
        or parse_timestamp(_str(d.get("contentcreated")), received_at)
    )
    status = _str(d.get("pubstatus")).lower()
    draft.pub_status = _STATUS.get(status, PubStatus.USABLE)
    if not draft.headline and not draft.paragraphs and draft.pub_status is PubStatus.USABLE:
        raise ParseError("no_text", "ninjs item has no headline and no body text")
    draft.language_hint = normalise_hint(d.get("language"))
    draft.slug = _str(d.get("slugline")) or None
    _source(d, draft)
    return draft


def _str(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""


def _headline(d: dict[str, Any]) -> str:
    single = _str(d.get("headline"))
    if single:
        return clean_inline(single)
    return clean_inline(_pick(d.get("headlines"), prefer_plain=False)[0])


def _body(d: dict[str, Any]) -> list[str]:
    plain = _str(d.get("body_text"))
    if plain:
        return split_paragraphs(plain)
    for key in ("body_html", "body_xhtml"):
        markup = _str(d.get(key))
        if markup:
            return html_to_paragraphs(markup)
    value, contenttype = _pick(d.get("bodies"), prefer_plain=True)
    if not value:
        return []
    if "html" in contenttype or "xml" in contenttype:
        return html_to_paragraphs(value)
    return split_paragraphs(value)


def _pick(items: Any, *, prefer_plain: bool) -> tuple[str, str]:
    """(value, contenttype) of the best entry of a ninjs 2.x/3.x ``headlines``/``bodies`` list."""
    if not isinstance(items, list):
        return "", ""
    entries: list[tuple[str, str, str]] = []
    for item in items:
        if not isinstance(item, dict):
            continue
        lowered = {str(k).lower(): v for k, v in item.items()}
        value = _str(lowered.get("value"))
        if value:
            entries.append(
                (value, _str(lowered.get("contenttype")).lower(), _str(lowered.get("role")).lower())
            )
    if not entries:
        return "", ""

    def rank(entry: tuple[str, str, str]) -> tuple[int, int]:
        main = 0 if entry[2] in ("", "main") else 1
        plain = 0 if (not prefer_plain or "html" not in entry[1]) else 1
        return (main, plain)

    best = min(entries, key=rank)
    return best[0], best[1]


def _version(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value if value >= 1 else None
    if isinstance(value, str) and value.strip().isdigit():
        number = int(value.strip())
        return number if number >= 1 else None
    return None


def _source(d: dict[str, Any], draft: Draft) -> None:
    candidates: list[str] = []
    for key in ("copyrightholder", "provider", "by", "byline", "infosource"):
        value = d.get(key)
        if isinstance(value, dict):
            value = value.get("name") or value.get("literal")
        if isinstance(value, str) and value.strip():
            candidates.append(value.strip())
    for value in candidates:
        agency = canonical(value)
        if agency:
            draft.source = agency
            return
    if candidates:
        draft.source_label = candidates[0]
