"""The deal ledger as a pure function of the latest ``DealReported`` of each story.

``apply`` keeps, per story, the newest report (a withdrawal or an empty report stays as the
story's latest word, so a late older version cannot bring its figures back). ``entries``
re-derives every real-world deal from scratch by clustering all current story deals, so a
replay of the topic gives the same ledger and a correction moves the totals.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime

from shared.ledger.figures import Figure, Tolerances, agree, distance
from shared.ledger.model import UNIT_FAMILY, LedgerEntry, MatchRules, StoryRef
from shared.ledger.parties import PartyKey
from shared.models.events import DealReported
from shared.models.tagging import Deal, Qualifier, Unit

LedgerState = Mapping[str, DealReported]


def accepts(current: DealReported | None, report: DealReported) -> bool:
    """Does ``report`` replace ``current`` as its story's latest word?

    A newer version wins; the same version again replaces (an idempotent redelivery, or a
    re-tag of the same version); an older version arriving late is ignored.
    """
    return current is None or report.story_version >= current.story_version


def apply(state: LedgerState, report: DealReported) -> dict[str, DealReported]:
    """The state after ``report``: a new mapping, ``state`` is left as it was."""
    if not accepts(state.get(report.story_id), report):
        return dict(state)
    return {**state, report.story_id: report}


def apply_all(state: LedgerState, reports: Iterable[DealReported]) -> dict[str, DealReported]:
    """``apply`` over many reports, in order (what a replay of the topic does)."""
    result = dict(state)
    for report in reports:
        if accepts(result.get(report.story_id), report):
            result[report.story_id] = report
    return result


@dataclass(frozen=True)
class Mention:
    """One sized deal as one story states it, with its parties resolved."""

    report: DealReported
    deal: Deal
    vendor_key: str | None
    party: PartyKey
    family: str | None
    quantity: Figure | None
    money: Figure | None
    ordinal: int
    published_at: datetime | None

    @property
    def story_id(self) -> str:
        return self.report.story_id


def _utc(value: datetime | None) -> datetime | None:
    """Naive times are taken as UTC, so that naive and aware ones compare."""
    if value is None:
        return None
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _figures(deal: Deal) -> tuple[Figure | None, Figure | None]:
    qualifier = deal.qualifier or Qualifier.EXACT
    quantity = Figure(float(deal.quantity), qualifier) if deal.quantity else None
    money = None
    if deal.amount_usd:
        # A qualifier describes the money figure only when no count is stated.
        money = Figure(deal.amount_usd, qualifier if quantity is None else Qualifier.EXACT)
    return quantity, money


def mentions(report: DealReported, rules: MatchRules) -> list[Mention]:
    """The sized deals a report states; none for a withdrawn story."""
    if report.withdrawn:
        return []
    published = _utc(report.published_at)
    found: list[Mention] = []
    seen: set[tuple[object, ...]] = set()
    parties = rules.parties
    for deal in report.deals:
        quantity, money = _figures(deal)
        if quantity is None and money is None:
            continue
        vendor_key = parties.company_key(deal.vendor)
        party = parties.buyer_key(deal.buyer, deal.buyer_country)
        family = UNIT_FAMILY.get(deal.unit) if deal.unit and quantity else None
        identity = (vendor_key, party, family, quantity, money)
        if identity in seen:  # the same deal stated twice in one story
            continue
        seen.add(identity)
        found.append(
            Mention(report, deal, vendor_key, party, family, quantity, money, 0, published)
        )
    # Ordinal: tells apart two deals of one story between the same parties (for deal_id).
    counts: dict[tuple[object, ...], int] = {}
    ordered = sorted(found, key=_size_key)
    result = []
    for m in ordered:
        group = (m.vendor_key, m.party, m.family, m.quantity is None)
        counts[group] = counts.get(group, -1) + 1
        result.append(
            Mention(m.report, m.deal, m.vendor_key, m.party, m.family, m.quantity, m.money,
                    counts[group], published)
        )
    return result


def _size_key(m: Mention) -> tuple[float, float]:
    return (m.quantity.value if m.quantity else 0.0, m.money.value if m.money else 0.0)


def _families_agree(a: Mention, b: Mention) -> bool:
    return a.family is None or b.family is None or a.family == b.family


def _within(a: datetime | None, b: datetime | None, rules: MatchRules) -> bool:
    if a is None or b is None:
        return True
    return abs(a - b) <= rules.window


def _figures_agree(a: Figure | None, b: Figure | None, tol: Tolerances) -> bool | None:
    """None when the dimension is not stated by both."""
    if a is None or b is None:
        return None
    return agree(a, b, tol)


def same_deal(a: Mention, b: Mention, rules: MatchRules) -> bool:
    """The matching rule for two mentions (see docs/ledger.md)."""
    if a.story_id == b.story_id:
        return False  # a story states each deal once: two of its deals are two deals
    if a.vendor_key != b.vendor_key or a.party != b.party:
        return False
    if not _within(a.published_at, b.published_at, rules):
        return False
    units = _figures_agree(a.quantity, b.quantity, rules.units)
    if units is not None and not _families_agree(a, b):
        return False
    money = _figures_agree(a.money, b.money, rules.money)
    if units is None and money is None:
        return False  # a count and a money figure alone are different families
    return units is not False and money is not False


def _sort_time(m: Mention) -> tuple[float, str, int]:
    ts = m.published_at.timestamp() if m.published_at else float("inf")
    return (ts, m.story_id, m.ordinal)


def cluster(all_mentions: Iterable[Mention], rules: MatchRules) -> list[list[Mention]]:
    """Group mentions into deals: complete linkage, so every pair in a deal matches.

    Deterministic: mentions are taken oldest first (then by story id); each joins the
    matching deal whose best figure is closest, or starts a new one. Complete linkage keeps
    chains from forming (at-least 250k ~ 260k ~ 290k does not make 250k ~ 290k).
    """
    blocks: dict[tuple[str | None, PartyKey], list[list[Mention]]] = {}
    clusters: list[list[Mention]] = []
    for m in sorted(all_mentions, key=_sort_time):
        candidates = blocks.setdefault((m.vendor_key, m.party), [])
        best: list[Mention] | None = None
        best_gap = float("inf")
        for group in candidates:
            if all(same_deal(m, other, rules) for other in group):
                gap = _gap(m, _best(group, _quantity) or group[0])
                if gap < best_gap:
                    best, best_gap = group, gap
        if best is None:
            best = []
            candidates.append(best)
            clusters.append(best)
        best.append(m)
    return clusters


def _gap(a: Mention, b: Mention) -> float:
    if a.quantity and b.quantity:
        return distance(a.quantity, b.quantity)
    if a.money and b.money:
        return distance(a.money, b.money)
    return 1.0


def _recency(m: Mention) -> tuple[float, int, str]:
    ts = m.published_at.timestamp() if m.published_at else float("-inf")
    return (ts, m.report.story_version, m.story_id)


def _quantity(m: Mention) -> Figure | None:
    return m.quantity


def _money(m: Mention) -> Figure | None:
    return m.money


def _best(group: list[Mention], figure: Callable[[Mention], Figure | None]) -> Mention | None:
    """The most precise statement of a figure (exact > about > bounds), the newest of those."""
    having = [(f, m) for m in group if (f := figure(m)) is not None]
    if not having:
        return None
    return max(having, key=lambda fm: (fm[0].precision, *_recency(fm[1])))[1]


def deal_id(anchor: Mention) -> str:
    """Stable id: the earliest mention's story and its parties, not the figure.

    So a correction of the figure keeps the deal's id (its document is updated, not
    replaced), and more stories joining a deal leave the id as it was.
    """
    kind = "units" if anchor.quantity is not None else "money"
    text = "|".join(
        (
            "v1",
            anchor.story_id,
            anchor.vendor_key or "",
            ":".join(anchor.party),
            anchor.family or kind,
            str(anchor.ordinal),
        )
    )
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:20]


def _entry(group: list[Mention], rules: MatchRules) -> LedgerEntry:
    parties = rules.parties
    anchor = min(group, key=_sort_time)
    by_quantity = _best(group, _quantity)
    by_money = _best(group, _money)
    lead = by_quantity or by_money or anchor
    newest_first = sorted(group, key=_recency, reverse=True)
    vendor = next((m.deal.vendor for m in [lead, *newest_first] if m.deal.vendor), None)
    buyer = next((m.deal.buyer for m in [lead, *newest_first] if m.deal.buyer), None)
    country = next(
        (m.deal.buyer_country for m in [lead, *newest_first] if m.deal.buyer_country), None
    )
    if country is None and lead.party[0] == "country":
        country = lead.party[1]
    if country is None:
        country = parties.country_of(buyer)
    unit: Unit | None = None
    if by_quantity is not None:
        unit = by_quantity.deal.unit
    dates = [m.published_at for m in group if m.published_at is not None]
    stories = tuple(
        StoryRef(
            story_id=m.story_id,
            version=m.report.story_version,
            source=m.report.source,
            language=m.report.language,
            published_at=m.published_at,
            quantity=m.deal.quantity,
            qualifier=m.deal.qualifier,
            amount_usd=m.deal.amount_usd,
        )
        for m in sorted(group, key=_sort_time)
    )
    return LedgerEntry(
        deal_id=deal_id(anchor),
        vendor=parties.display(vendor),
        buyer=parties.display(buyer),
        buyer_country=country.upper() if country else None,
        unit=unit,
        quantity=by_quantity.deal.quantity if by_quantity else None,
        qualifier=_qualifier(by_quantity, by_money),
        amount_usd=by_money.deal.amount_usd if by_money else None,
        first_reported=min(dates) if dates else None,
        last_reported=max(dates) if dates else None,
        stories=stories,
    )


def _qualifier(by_quantity: Mention | None, by_money: Mention | None) -> Qualifier | None:
    """Of the count; of the money figure when no count is stated (as in ``Deal``)."""
    if by_quantity is not None and by_quantity.quantity is not None:
        return by_quantity.quantity.qualifier
    if by_money is not None and by_money.money is not None:
        return by_money.money.qualifier
    return None


# ---- a stated total and its stated parts --------------------------------------------------


def _country(m: Mention, rules: MatchRules) -> str | None:
    """The buyer's country: as stated, else that of a country party or a known buyer."""
    if m.deal.buyer_country:
        return m.deal.buyer_country.upper()
    if m.party[0] == "country":
        return m.party[1]
    country = rules.parties.country_of(m.deal.buyer)
    return country.upper() if country else None


def _size(m: Mention) -> tuple[tuple[str, str | None], Figure] | None:
    """What a deal's size is (a count of one unit family, or US dollars) and the figure."""
    if m.quantity is not None:
        return ("units", m.family), m.quantity
    if m.money is not None:
        return ("money", None), m.money
    return None


def _room(total: Figure, tol: Tolerances) -> float:
    """The most the parts of ``total`` may add up to: the figure and its qualifier's slack
    ("at least 250,000" may hold parts adding up to 250,000 + 15 %; "up to" none)."""
    slack = {
        Qualifier.EXACT: tol.exact,
        Qualifier.ABOUT: tol.about,
        Qualifier.AT_LEAST: tol.bound,
        Qualifier.UP_TO: 0.0,
    }[total.qualifier]
    return total.value * (1 + slack)


def story_parts(story: list[Mention], rules: MatchRules) -> dict[int, int]:
    """Within one story's deals: index of a part -> index of the stated total it is part of.

    A deal A (its buyer a country, its government, or an unnamed buyer of that country) is
    the total of the story's other deals B1..Bn of the same vendor, the same kind of size
    (count of one unit family, or US dollars), a smaller size and a buyer of A's country,
    when their sizes add up to at most A's (with the slack of A's qualifier). Largest totals
    first; a deal already a part is not a total or a part again. Parts adding up to more
    than the total: no relation (they are not its parts, or the story is not a breakdown).
    """
    sized = {i: s for i, m in enumerate(story) if (s := _size(m)) is not None}
    order = sorted(sized, key=lambda i: (-sized[i][1].value, i))
    result: dict[int, int] = {}
    for a in order:
        total = story[a]
        kind, figure = sized[a]
        country = _country(total, rules)
        if a in result or total.party[0] != "country" or country is None:
            continue
        parts = [
            b
            for b in order
            if b != a
            and b not in result
            and sized[b][0] == kind
            and sized[b][1].value < figure.value
            and story[b].vendor_key == total.vendor_key
            and _country(story[b], rules) == country
        ]
        tol = rules.units if kind[0] == "units" else rules.money
        if parts and sum(sized[b][1].value for b in parts) <= _room(figure, tol):
            result.update(dict.fromkeys(parts, a))
    return result


def _part_of(
    found: list[Mention], groups: list[list[Mention]], ids: list[str], rules: MatchRules
) -> dict[str, str]:
    """deal_id of a part -> deal_id of its total, across stories.

    An entry is a part when any of its reports marks its deal as part of a deal that
    belongs to another entry (the largest such total, then the smallest id, if several).
    A relation that would close a loop is dropped.
    """
    where = {id(m): k for k, group in enumerate(groups) for m in group}
    sizes = [_entry_size(group) for group in groups]
    by_story: dict[str, list[Mention]] = {}
    for m in found:
        by_story.setdefault(m.story_id, []).append(m)
    totals: dict[int, set[int]] = {}
    for story in by_story.values():
        for b, a in story_parts(story, rules).items():
            kb, ka = where[id(story[b])], where[id(story[a])]
            if kb != ka:
                totals.setdefault(kb, set()).add(ka)
    chosen = {
        k: min(ts, key=lambda t: (-sizes[t], ids[t])) for k, ts in sorted(totals.items())
    }
    result: dict[str, str] = {}
    for k in sorted(chosen, key=lambda k: ids[k]):
        seen, t = {k}, chosen[k]
        while t in chosen and t not in seen:  # a loop: this relation is not kept
            seen.add(t)
            t = chosen[t]
        if t not in seen:
            result[ids[k]] = ids[chosen[k]]
    return result


def _entry_size(group: list[Mention]) -> float:
    best = _best(group, _quantity) or _best(group, _money)
    size = _size(best) if best is not None else None
    return size[1].value if size is not None else 0.0


def entries(state: LedgerState, rules: MatchRules | None = None) -> list[LedgerEntry]:
    """Every real-world deal the current reports state, oldest first; a deal that a story
    states as part of a stated total has ``part_of`` = that total's ``deal_id``."""
    rules = rules or MatchRules()
    found = [m for sid in sorted(state) for m in mentions(state[sid], rules)]
    groups = cluster(found, rules)
    made = [_entry(group, rules) for group in groups]
    part_of = _part_of(found, groups, [e.deal_id for e in made], rules)
    result = [
        e.model_copy(update={"part_of": part_of[e.deal_id]}) if e.deal_id in part_of else e
        for e in made
    ]
    return sorted(result, key=lambda e: (_ts(e.first_reported), e.deal_id))


def _ts(value: datetime | None) -> float:
    return value.timestamp() if value else float("inf")
