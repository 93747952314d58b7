"""Folding restatements: one deal stated twice (headline and body, a bracketed conversion,
"more than a quarter of a million" beside 260,000) is reported once."""

from __future__ import annotations

from shared.models.tagging import Deal, Qualifier

Keyed = tuple[Deal, str | None]


def _same_buyer(a: Keyed, b: Keyed) -> bool:
    """Same party, or one side unnamed (a restatement need not repeat the buyer)."""
    (da, ca), (db, cb) = a, b
    if not ca or not cb:
        return not (da.buyer_country and db.buyer_country) or da.buyer_country == db.buyer_country
    if ca == cb or ca in cb or cb in ca:
        return True
    # a joint buyer ("Naver Cloud and KT Cloud") and one of its members told the same size
    na, nb = sorted((da.buyer or "", db.buyer or ""), key=len)
    return len(na) >= 3 and na in nb


def _same_size(a: Deal, b: Deal) -> bool:
    if a.quantity is not None and a.quantity == b.quantity:
        return True
    x, y = a.amount_usd, b.amount_usd
    return bool(x and y and abs(x - y) <= 0.02 * max(x, y))


def _rounded(a: Deal, b: Deal) -> bool:
    """a is b's size rounded down ('more than a quarter of a million' for 260,000)."""
    return (
        a.quantity is not None
        and b.quantity is not None
        and a.qualifier in (Qualifier.AT_LEAST, Qualifier.ABOUT)
        and b.qualifier is Qualifier.EXACT
        and 0.9 * b.quantity <= a.quantity < b.quantity
    )


def fold(deals: list[Keyed]) -> list[Deal]:
    """Drop restatements: the same size for the same party, or a rounded restatement."""
    out: list[Keyed] = []
    for d in deals:
        same = next(
            (i for i, k in enumerate(out) if _same_buyer(d, k) and _same_size(d[0], k[0])), None
        )
        if same is None:
            out.append(d)
            continue
        kept, canon = out[same]
        if kept.vendor is None and d[0].vendor not in (None, kept.buyer):
            # the restatement names the seller the first statement left out
            kept = kept.model_copy(update={"vendor": d[0].vendor})
        if canon is None and d[1] is not None:
            # ... or the buyer ("3 Korean cloud firms" in the lead, their names later)
            kept = kept.model_copy(update={"buyer": d[0].buyer,
                                           "buyer_country": d[0].buyer_country})
            canon = d[1]
        out[same] = (kept, canon)
    return [
        d for d, c in out
        if not any(k is not d and _rounded(d, k) and _same_buyer((d, c), (k, kc)) for k, kc in out)
    ]


