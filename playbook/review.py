"""When a page was last reviewed, and who keeps it true: `revise` and `responsable` in its front matter."""

from __future__ import annotations

import datetime
import re
from typing import Annotated, Any

from pydantic import BeforeValidator, StringConstraints

ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
DATE_FORMAT_HINT = "écrivez la date au format AAAA-MM-JJ, par exemple « 2026-11-28 »"


def _review_date(value: Any) -> datetime.date:
    """A date as YAML gives it (2026-11-28 unquoted) or as text; anything else is refused in French."""
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    if isinstance(value, str):
        if not ISO_DATE.match(value.strip()):
            raise ValueError(DATE_FORMAT_HINT)
        try:
            return datetime.date.fromisoformat(value.strip())
        except ValueError:
            raise ValueError(f"date illisible : {DATE_FORMAT_HINT}") from None
    raise ValueError(DATE_FORMAT_HINT)


ReviewDate = Annotated[datetime.date, BeforeValidator(_review_date)]
Owner = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=80)]
