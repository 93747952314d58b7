"""Output models built without validation, faster than ``model_construct``.

The tagger builds its outputs from values it has checked itself; ``model_construct`` loops
over every field (aliases, defaults) for each of the many evidence spans and entities of a
story. ``construct`` sets the same attributes directly: every field must be given.
"""

from __future__ import annotations

from typing import Any, TypeVar

from pydantic import BaseModel

M = TypeVar("M", bound=BaseModel)
_set = object.__setattr__


def construct(cls: type[M], **values: Any) -> M:
    """``cls.model_construct(**values)`` for values naming every field of ``cls``."""
    m = cls.__new__(cls)
    _set(m, "__dict__", values)
    _set(m, "__pydantic_fields_set__", set(values))
    _set(m, "__pydantic_extra__", None)
    _set(m, "__pydantic_private__", None)
    return m
