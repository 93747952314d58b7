"""Mangled payloads: parse_story returns a Story or raises ParseError, never anything else."""

from __future__ import annotations

import random

from shared.errors import ParseError
from shared.parsing import parse_story

from .parsing_fixtures import FIXTURES, RECEIVED

SPLICES = (b"<", b">", b"&", b"{", b"}", b"\n\n", b"\r", b"&amp;", b"<!DOCTYPE x>", b"\x00")


def _mangle(rng: random.Random, data: bytes) -> bytes:
    b = bytearray(data)
    op = rng.randrange(4)
    if op == 0:
        return bytes(b[: rng.randrange(len(b) + 1)])
    if op == 1:
        for _ in range(rng.randrange(1, 8)):
            b[rng.randrange(len(b))] = rng.randrange(256)
        return bytes(b)
    k = rng.randrange(len(b))
    if op == 2:
        return bytes(b[:k]) + rng.choice(SPLICES) + bytes(b[k:])
    j = rng.randrange(len(b))
    return bytes(b[: min(k, j)] + b[max(k, j) :])


def test_mangled_fixtures_never_crash() -> None:
    rng = random.Random(20251031)
    seeds = [path.read_bytes() for path in sorted(FIXTURES.iterdir())]
    outcomes = {"story": 0, "error": 0}
    for _ in range(1500):
        payload = _mangle(rng, rng.choice(seeds))
        try:
            parse_story(payload, received_at=RECEIVED)
            outcomes["story"] += 1
        except ParseError:
            outcomes["error"] += 1
    assert outcomes["story"] and outcomes["error"]
