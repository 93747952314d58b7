"""Base class for every message the project exchanges: frozen, typed, JSON on the wire."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class Message(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", str_strip_whitespace=False)

    def to_bytes(self) -> bytes:
        return self.model_dump_json(exclude_none=False).encode("utf-8")
