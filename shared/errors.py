"""The project's error hierarchy.

Two families matter to the workers: ``BadInput`` is a property of one message (it becomes a
dead letter with its reason and the worker carries on); ``DependencyError`` is a property of
the world (a broker or Elasticsearch is down), and the worker backs off and retries rather
than dropping anything. Adapters translate library exceptions into these with ``from exc``.
"""

from __future__ import annotations


class ChipwireError(Exception):
    """Base of every error the project raises on purpose."""


class BadInput(ChipwireError):
    """A message that can never be processed as it is; ``reason`` is a short stable code."""

    def __init__(self, reason: str, detail: str = "") -> None:
        self.reason = reason
        self.detail = detail
        super().__init__(f"{reason}: {detail}" if detail else reason)


class ParseError(BadInput):
    """A payload that could not be turned into a canonical story."""


class RejectedDocument(BadInput):
    """A document that Elasticsearch refuses for good (mapping error and the like)."""


class DependencyError(ChipwireError):
    """A service we depend on failed; retrying later may succeed."""


class BrokerUnavailable(DependencyError):
    """Kafka could not be reached or refused a request."""


class SearchUnavailable(DependencyError):
    """Elasticsearch could not be reached, or answered 429/5xx."""


class ConfigError(ChipwireError):
    """A setting or data file is missing or malformed."""
