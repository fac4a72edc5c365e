"""Typography checks: unbalanced quotes and brackets, double spaces, http links.

They run on the masked prose of :mod:`newsdesk.text.checks_masking`, so code,
URLs and Markdown link syntax never count.

The quote pairing is a nesting-aware stack, reset at every paragraph (and
heading, list item, table row), so one broken paragraph is reported where it
is broken and does not spill over the rest of the article. Straight quotes
have no direction, so ``"`` and ``'`` are read as opening or closing from
their neighbours (Korean closes a quote with a particle glued on: ``"…"라고``).
Apostrophes (``don't``, ``'90s``, ``5'10"``) are told apart from quotes by
shape, and when in doubt a mark is *optional*: it may pair, but is never
reported on its own — a false error would block publishing.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from newsdesk.text.checks_masking import PreparedText, TextIssue, url_end

__all__ = ["find_double_spaces", "find_http_links", "find_unbalanced"]


_PAIRS = {
    "“": "”",
    "‘": "’",
    "「": "」",
    "『": "』",
    "《": "》",
    "〈": "〉",
    "【": "】",
    "(": ")",
    "[": "]",
    "（": "）",
    "［": "］",
}
_OPENER_OF = {close: open_ for open_, close in _PAIRS.items()}
_QUOTES = frozenset("“”‘’「」『』\"'")
_NAMES = {
    "“": "큰따옴표",
    "”": "큰따옴표",
    '"': "큰따옴표",
    "‘": "작은따옴표",
    "’": "작은따옴표",
    "'": "작은따옴표",
    "「": "홑낫표",
    "」": "홑낫표",
    "『": "겹낫표",
    "』": "겹낫표",
    "《": "겹화살괄호",
    "》": "겹화살괄호",
    "〈": "홑화살괄호",
    "〉": "홑화살괄호",
    "【": "대괄호",
    "】": "대괄호",
    "(": "괄호",
    ")": "괄호",
    "（": "괄호",
    "）": "괄호",
    "[": "대괄호",
    "]": "대괄호",
    "［": "대괄호",
    "］": "대괄호",
}
_TOKEN_RE = re.compile(r"[“”‘’「」『』《》〈〉【】()\[\]（）［］\"']")
_OPEN_CONTEXT = frozenset("([{“‘「『《〈【（［")
_CLOSE_CONTEXT = frozenset(".,!?;:)]}”’」』》〉】）］…·~")
# "1) 첫째", "가) 안건", "ii) …", "**2)**": enumerators, not a closing bracket.
_ENUMERATOR_RE = re.compile(
    r"(?:^|[\s(“\"‘'「『\[:·,*_>])(?:\d{1,3}|[가나다라마바사아자차카타파하]|[A-Za-z]|[ivxIVX]{1,4})$"
)
_EMOTICON_EYES = (":", ";", "=", ":-", ";-", "^")  # ":)", ";-)", "^^)"


class _Open(NamedTuple):
    char: str
    offset: int
    optional: bool  # may pair, never reported unpaired ('90s)


def _is_latin_alnum(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


def _two_digits_follow(text: str, i: int) -> bool:
    """``'90s`` / ``’24 시즌``: a year elided to two digits."""
    return text[i + 1 : i + 3].isdigit() and not text[i + 3 : i + 4].isdigit()


class _Pairing:
    """Pairs the marks of one block and records what stays unpaired."""

    def __init__(self, prose: str, issues: list[TextIssue]) -> None:
        self.prose = prose
        self.issues = issues
        self.stack: list[_Open] = []

    def report(self, char: str, offset: int, *, opener: bool) -> None:
        kind = "닫히지 않은" if opener else "여는 짝이 없는"
        code = "quote-unbalanced" if char in _QUOTES else "bracket-unbalanced"
        self.issues.append(TextIssue(code, True, offset, 1, f"{kind} {_NAMES[char]} {char}"))

    def close(self, opener: str) -> bool:
        """Pop to ``opener``; marks opened above it inside are unclosed."""
        for index in range(len(self.stack) - 1, -1, -1):
            if self.stack[index].char == opener:
                for inner in self.stack[index + 1 :]:
                    self.report_unclosed(inner)
                del self.stack[index:]
                return True
        return False

    def report_unclosed(self, mark: _Open) -> None:
        if mark.optional:
            return
        before = self.prose[mark.offset - 1 : mark.offset]
        after = self.prose[mark.offset + 1 : mark.offset + 2]
        if mark.char == "(" and before in (":", ";") and not after.strip():
            return  # ":(" emoticon
        self.report(mark.char, mark.offset, opener=True)

    def is_open(self, char: str) -> bool:
        return any(mark.char == char for mark in self.stack)

    def stray_closer_excused(self, char: str, i: int) -> bool:
        if char not in ")）":
            return False
        line_start = self.prose.rfind("\n", 0, i) + 1
        before = self.prose[max(line_start, i - 8) : i]
        if line_start > i - 8:
            before = "\n" + before  # let "^" see the line start
        return _ENUMERATOR_RE.search(before) is not None or before.endswith(_EMOTICON_EYES)

    def straight(self, char: str, i: int, prev: str, nxt: str) -> None:
        """Direction of a straight quote from its neighbours."""
        if char == "'" and _is_latin_alnum(prev) and (nxt.isascii() and nxt.isalpha()):
            return  # don't, O'Neill
        if prev.isdigit() and not self.is_open(char):
            return  # 5'10", 32" — feet, inches, minutes
        can_open = bool(nxt) and not nxt.isspace() and nxt not in _CLOSE_CONTEXT
        can_close = bool(prev) and not prev.isspace() and prev not in _OPEN_CONTEXT
        if can_close and not can_open:
            closing = True
        elif can_open and not can_close:
            closing = False
        else:
            closing = self.is_open(char)
        if closing:
            if not self.close(char) and not (char == "'" and _is_latin_alnum(prev)):
                self.report(char, i, opener=False)  # students' is excused
        else:
            elided = char == "'" and _two_digits_follow(self.prose, i)
            self.stack.append(_Open(char, i, elided))

    def feed(self, char: str, i: int, prev: str, nxt: str) -> None:
        if char in _PAIRS:
            self.stack.append(_Open(char, i, False))
        elif char in _OPENER_OF:
            if char == "’":
                if _is_latin_alnum(prev) and nxt.isascii() and nxt.isalpha():
                    return  # don’t
                if not prev.strip() and _two_digits_follow(self.prose, i):
                    return  # ’90s
            if self.close(_OPENER_OF[char]):
                return
            if char == "’" and _is_latin_alnum(prev):
                return  # students’
            if not self.stray_closer_excused(char, i):
                self.report(char, i, opener=False)
        else:
            self.straight(char, i, prev, nxt)

    def finish(self) -> None:
        for mark in self.stack:
            self.report_unclosed(mark)
        self.stack.clear()


def find_unbalanced(text: PreparedText) -> list[TextIssue]:
    """Unpaired quotes and brackets, block by block, in reading order."""
    prose = text.prose
    issues: list[TextIssue] = []
    pairing = _Pairing(prose, issues)
    for start, end in text.blocks:
        for match in _TOKEN_RE.finditer(prose, start, end):
            i = match.start()
            prev = prose[i - 1] if i > start else ""
            nxt = prose[i + 1] if i + 1 < end else ""
            pairing.feed(match.group(), i, prev, nxt)
        pairing.finish()
    issues.sort(key=lambda issue: issue.offset)
    return issues


# Only runs *between* characters: leading indentation is Markdown structure and
# trailing spaces are invisible (two of them are Markdown's line break).
# Patterns start with what they look for, lookbehinds after it: much faster on Hangul.
_DOUBLE_SPACE_RE = re.compile(r"(?=[ \u00a0\u3000]{2})(?<=\S)[ \u00a0\u3000]{2,}(?=\S)")
_HTTP_RE = re.compile(r"[hH](?<![\w.+-][hH])(?i:ttp://)")


def find_double_spaces(text: PreparedText) -> list[TextIssue]:
    """Two or more spaces inside a line of prose (not code, not table padding)."""
    issues: list[TextIssue] = []
    for match in _DOUBLE_SPACE_RE.finditer(text.prose):
        if any(start <= match.start() < end for start, end in text.tables):
            continue
        length = match.end() - match.start()
        issues.append(
            TextIssue("double-space", False, match.start(), length, f"공백 {length}칸이 연속됩니다")
        )
    return issues


def find_http_links(text: PreparedText) -> list[TextIssue]:
    """``http://`` addresses outside code: readers' browsers warn about them."""
    issues: list[TextIssue] = []
    for match in _HTTP_RE.finditer(text.code_free):
        end = url_end(text.code_free, match.start())
        url = text.original[match.start() : end]
        shown = url if len(url) <= 60 else url[:57] + "…"
        issues.append(
            TextIssue(
                "http-link",
                False,
                match.start(),
                end - match.start(),
                f"보안 연결이 아닌 링크 {shown} — https:// 주소인지 확인하세요",
            )
        )
    return issues
