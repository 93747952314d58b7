from __future__ import annotations

from datetime import UTC, datetime

import pytest

from shared.errors import ParseError
from shared.parsing import parse_story
from shared.parsing.split import split_feed

RSS = b"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Test wire</title><language>en</language>
<item><title>Chipmaker opens a fab</title><guid>urn:t:1</guid>
<description>A memory maker in Korea opened a new fab for AI chips on Monday.</description></item>
<item><title>Second story</title><link>https://example.org/2</link>
<description>Another item with enough words to be a story about accelerators.</description></item>
</channel></rss>"""

ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom wire</title><id>urn:feed</id>
<updated>2026-03-01T00:00:00Z</updated>
<entry><title>One</title><id>urn:a:1</id><updated>2026-03-01T00:00:00Z</updated>
<summary>First entry text about GPUs shipped to Seoul.</summary></entry>
<entry><title>Two</title><id>urn:a:2</id><updated>2026-03-02T00:00:00Z</updated>
<summary>Second entry text about HBM memory stacks.</summary></entry>
</feed>"""


@pytest.mark.parametrize(
    ("raw", "guids"), [(RSS, ["urn:t:1", "https://example.org/2"]), (ATOM, ["urn:a:1", "urn:a:2"])]
)
def test_each_item_becomes_a_one_item_document_that_parses(raw: bytes, guids: list[str]) -> None:
    items = split_feed(raw)
    assert [i.guid for i in items] == guids
    headlines = []
    for item in items:
        story = parse_story(item.payload, received_at=datetime.now(UTC))
        headlines.append(story.headline)
        assert item.payload.count(b"<item") + item.payload.count(b"<entry") == 1
    assert len(set(headlines)) == 2


def test_not_a_feed_is_refused() -> None:
    with pytest.raises(ParseError):
        split_feed(b"<html><body>nope</body></html>")
