"""Errors the site layer raises for problems a user can fix."""

from __future__ import annotations

from collections.abc import Sequence

from newsdesk.site.model import LegalFooter


class IncompleteFooterError(ValueError):
    """The legal footer (신문법 §21, §9-2) has empty fields, so nothing may be published.

    ``missing`` lists the Korean labels so the UI can show them as they are.
    """

    def __init__(self, missing: Sequence[str]) -> None:
        self.missing: list[str] = list(missing)
        super().__init__("법정 표기 항목이 비어 있습니다: " + ", ".join(self.missing))


def require_complete_footer(footer: LegalFooter) -> None:
    """Raise :class:`IncompleteFooterError` unless every legal field is filled in."""
    missing = footer.missing_fields()
    if missing:
        raise IncompleteFooterError([LegalFooter.LABELS[name] for name in missing])
