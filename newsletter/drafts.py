"""The editor's draft file of an issue: ``<drafts_dir>/<issue id>.toml``.

A draft overrides what curation decided, and nothing else::

    intro = "A paragraph at the top of the email."
    pin = ["<article id or URL>"]      # first in every field the report is filed under
    drop = ["<article id or URL>"]     # out of the issue entirely

    [fields.quantum]
    verdict = "must-read"              # or "worth-a-skim" or "skip"
    reason = "The one line shown beside the verdict (email, text part, preheader, archive)."
    note = "Why the editor says so."
    pin = ["<article id or URL>"]      # first in this field (added to it if filed elsewhere)
    drop = ["<article id or URL>"]     # out of this field only

Validation is strict: any mistake raises DraftError naming the key and its line, and the
draft is not used until the file is fixed.
"""

from __future__ import annotations

import json
import re
import tomllib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import NoReturn

from newsletter.editorial import EditorialConfig
from newsletter.errors import DraftError
from newsletter.models import Article, Issue, Verdict

_TOP_KEYS = ("intro", "pin", "drop", "fields")
_FIELD_KEYS = ("verdict", "reason", "note", "pin", "drop")
_VERDICTS = ", ".join(f'"{verdict.value}"' for verdict in Verdict)
_HEADER_RE = re.compile(r"^\s*\[(?!\[)\s*([^\]]*?)\s*\]\s*(?:#.*)?$")
_TOML_LINE_RE = re.compile(r"line (\d+)")
_ANY_KEY_RE = re.compile(r"^\s*[A-Za-z0-9_\"'.-]+\s*=")


@dataclass(frozen=True, slots=True)
class DraftRef:
    """One article reference in a draft (an id or URL), with where it was written."""

    value: str
    key: str  # dotted key, e.g. "fields.quantum.pin"
    line: int  # 1-based; 0 when it could not be located

    def matches(self, article: Article) -> bool:
        """Tell whether this reference names the article (by id or by URL)."""
        return self.value in (article.id, article.url)


@dataclass(frozen=True, slots=True)
class FieldDraft:
    """The editor's overrides for one field."""

    slug: str
    verdict: Verdict | None = None
    note: str = ""
    pin: tuple[DraftRef, ...] = ()
    drop: tuple[DraftRef, ...] = ()
    reason: str = ""  # replaces the computed reason when not empty (one line)


@dataclass(frozen=True, slots=True)
class Draft:
    """The editor's overrides for one issue, validated against the editorial config."""

    path: Path | None = None
    intro: str = ""
    pin: tuple[DraftRef, ...] = ()
    drop: tuple[DraftRef, ...] = ()
    fields: tuple[FieldDraft, ...] = ()

    def field(self, slug: str) -> FieldDraft | None:
        """Return the overrides of one field, or None when the draft has none."""
        return next((field for field in self.fields if field.slug == slug), None)

    @property
    def refs(self) -> tuple[DraftRef, ...]:
        """Every article reference in the draft, in file order of keys."""
        nested = tuple(ref for field in self.fields for ref in (*field.pin, *field.drop))
        return (*self.pin, *self.drop, *nested)

    def check_refs(self, articles: Iterable[Article]) -> None:
        """Raise DraftError for the first reference that names no article of the week."""
        known = list(articles)
        for ref in self.refs:
            if not any(ref.matches(article) for article in known):
                problem = f"{ref.key} names {ref.value!r}, which is not a report of this week (use an id or URL listed in the comments of the draft)"
                raise DraftError(_message(self.path, ref.line, problem))


def draft_path(drafts_dir: Path, issue_id: str) -> Path:
    """Return where the draft of an issue lives."""
    return drafts_dir / f"{issue_id}.toml"


def load_draft(
    path: Path, editorial: EditorialConfig, *, articles: Sequence[Article] | None = None
) -> Draft | None:
    """Read and validate a draft file; None when the file does not exist.

    With ``articles`` (the week's reports) every pin and drop must name one of them. Raises
    DraftError naming the key and line of the first mistake.
    """
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError) as exc:
        message = f"Cannot read draft {path}: {exc}. Fix the file or delete it; the draft is not used until fixed."
        raise DraftError(message) from exc
    draft = parse_draft(text, editorial, path=path)
    if articles is not None:
        draft.check_refs(articles)
    return draft


def parse_draft(text: str, editorial: EditorialConfig, *, path: Path | None = None) -> Draft:
    """Validate the text of a draft file; raise DraftError naming the key and line of a mistake."""
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        found = _TOML_LINE_RE.search(str(exc))
        line = int(found.group(1)) if found else 0
        raise DraftError(_message(path, line, f"invalid TOML: {exc}")) from exc
    locate = _Locator(text, path)
    for key in sorted(raw):
        if key not in _TOP_KEYS:
            locate.fail(None, key, f"unknown key {key!r}; allowed: {', '.join(_TOP_KEYS)}")
    intro = _string(raw, None, "intro", locate)
    fields_raw = raw.get("fields", {})
    if not isinstance(fields_raw, dict):
        locate.fail(None, "fields", "fields must be tables like [fields.quantum]")
    fields: list[FieldDraft] = []
    known = editorial.field_slugs
    for slug in known:  # editorial order, so the result does not depend on file order
        if slug in fields_raw:
            fields.append(_field_draft(slug, fields_raw[slug], locate))
    for slug in sorted(set(fields_raw) - set(known)):
        problem = f"unknown field {slug!r} in [fields.{slug}]; known fields: {', '.join(known)}"
        locate.fail("fields", slug, problem)
    return Draft(
        path=path,
        intro=intro.strip(),
        pin=_refs(raw, None, "pin", locate),
        drop=_refs(raw, None, "drop", locate),
        fields=tuple(fields),
    )


def _field_draft(slug: str, raw: object, locate: _Locator) -> FieldDraft:
    section = f"fields.{slug}"
    if not isinstance(raw, dict):
        locate.fail("fields", slug, f"{section} must be a table like [{section}]")
    for key in sorted(raw):
        if key not in _FIELD_KEYS:
            problem = f"unknown key {section}.{key}; allowed: {', '.join(_FIELD_KEYS)}"
            locate.fail(section, key, problem)
    verdict: Verdict | None = None
    if "verdict" in raw:
        value = raw["verdict"]
        try:
            verdict = Verdict(value)
        except (ValueError, TypeError):
            problem = f"{section}.verdict is {value!r}; use one of {_VERDICTS}"
            locate.fail(section, "verdict", problem)
    reason = " ".join(_string(raw, section, "reason", locate).split())
    return FieldDraft(
        slug=slug,
        verdict=verdict,
        reason=reason,
        note=_string(raw, section, "note", locate).strip(),
        pin=_refs(raw, section, "pin", locate),
        drop=_refs(raw, section, "drop", locate),
    )


def _string(raw: Mapping[str, object], section: str | None, key: str, locate: _Locator) -> str:
    value = raw.get(key, "")
    if not isinstance(value, str):
        locate.fail(section, key, f"{_dotted(section, key)} must be a string in quotes")
    return value


def _refs(
    raw: Mapping[str, object], section: str | None, key: str, locate: _Locator
) -> tuple[DraftRef, ...]:
    values = raw.get(key, [])
    dotted = _dotted(section, key)
    if not isinstance(values, list) or not all(isinstance(v, str) and v.strip() for v in values):
        problem = f'{dotted} must be a list of article ids or URLs, like ["id-1", "https://…"]'
        locate.fail(section, key, problem)
    refs: list[DraftRef] = []
    for value in values:
        ref = DraftRef(value.strip(), dotted, locate.line(section, key, value))
        if ref.value not in {existing.value for existing in refs}:
            refs.append(ref)
    return tuple(refs)


def _dotted(section: str | None, key: str) -> str:
    return key if section is None else f"{section}.{key}"


def _message(path: Path | None, line: int, problem: str) -> str:
    where = f"Draft {path}" if path is not None else "Draft"
    at = f", line {line}" if line else ""
    return f"{where}{at}: {problem}. Fix it; the draft is not used until it is fixed."


class _Locator:
    """Find the line of a key in the draft text (tomllib keeps no positions)."""

    def __init__(self, text: str, path: Path | None) -> None:
        self._lines = text.splitlines()
        self._path = path

    def fail(self, section: str | None, key: str, problem: str) -> NoReturn:
        """Raise DraftError for ``key`` in ``section`` with the line where it is written."""
        raise DraftError(_message(self._path, self.line(section, key), problem))

    def line(self, section: str | None, key: str, value: str | None = None) -> int:
        """Return the 1-based line of ``key`` (or of ``value`` after it); 0 if not found.

        ``key`` in ``section`` may be written under its table header, as a dotted key at the
        top, or be a table itself (``[fields.quantum]``).
        """
        key_re = re.compile(rf"^\s*[\"']?{re.escape(key)}[\"']?\s*=")
        dotted_re = re.compile(rf"^\s*{re.escape(_dotted(section, key))}\s*=")
        quoted = (f'"{value}"', f"'{value}'")
        current: str | None = None
        key_line = 0
        for number, text in enumerate(self._lines, start=1):
            header = _HEADER_RE.match(text)
            if header:
                if key_line:
                    break  # the key's table ended before the value turned up
                current = _normalise_header(header.group(1))
                if value is None and current == _dotted(section, key):
                    return number
                continue
            if not key_line:
                in_section = current == section and key_re.match(text)
                if not (in_section or (current is None and dotted_re.match(text))):
                    continue
                key_line = number
            elif _ANY_KEY_RE.match(text):
                break  # the next key started
            if value is None or any(q in text for q in quoted):
                return number
        return key_line


def _normalise_header(header: str) -> str:
    return ".".join(part.strip().strip("\"'") for part in header.split("."))


def ensure_draft_file(
    drafts_dir: Path, issue: Issue, *, articles: Sequence[Article] | None = None
) -> Path:
    """Create the commented draft template of an issue unless a draft already exists.

    The template lists every field with its computed verdict and the week's report ids and
    titles (``articles``, or else the issue's top reports and unfiled ones) as comments, so an
    editor can copy them. An existing file is never touched. Returns the draft's path.
    """
    path = draft_path(drafts_dir, issue.id)
    if path.exists():
        return path
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("x", encoding="utf-8") as handle:
            handle.write(draft_template(issue, articles=articles))
    except FileExistsError:
        return path  # another preview created it between the check and the write
    except OSError as exc:
        message = f"Cannot create draft {path}: {exc}. Check that {drafts_dir} is writable (drafts_dir in the editorial config)."
        raise DraftError(message) from exc
    return path


def draft_template(issue: Issue, *, articles: Sequence[Article] | None = None) -> str:
    """Return the fully commented draft template of an issue."""
    lines = [
        f"# Editor's draft for {_comment(issue.title)} (week of {issue.week_start:%a %d %b %Y}).",
        "# Everything is optional: uncomment and edit what you need, then preview again.",
        "# A mistake is reported with its key and line, and the draft is not used until fixed.",
        "# Articles are named by id or URL; copy them from the lists below.",
        "",
        '# intro = "A paragraph shown at the top of the email, above the overview."',
        "",
        "# Pin a report first in every field it is filed under; drop reports from the whole issue.",
        "# pin = []",
        "# drop = []",
    ]
    for verdict in issue.verdicts:
        reports = _field_reports(issue, verdict.slug, articles)
        lines += [
            "",
            f"# {_comment(verdict.name)}: score {verdict.score}, {verdict.verdict.value} — {_comment(verdict.reason)}",
            f"# [fields.{verdict.slug}]",
            f'# verdict = "{verdict.verdict.value}"   # one of {_VERDICTS}',
            '# note = "Shown under the verdict."',
            "# pin = []    # first in this field (a report filed elsewhere is added to it)",
            "# drop = []   # out of this field only",
        ]
        if reports:
            lines.append(f"#   {len(reports)} report{'s' if len(reports) != 1 else ''}:")
            lines += [_report_line(article) for article in reports]
        else:
            lines.append("#   no reports this week")
        # After the list: still in this field's table once uncommented, and a list reader
        # (curation-dev's from_draft.py) has finished with the field's ids by then.
        lines.append('# reason = "One line shown beside the verdict, instead of the computed one."')
    unfiled = list(issue.unfiled) if articles is None else [a for a in articles if not a.fields]
    if unfiled:
        lines += ["", "# Unfiled reports (no tag matched a field; pin one into a field to use it):"]
        lines += [_report_line(article) for article in sorted(unfiled, key=_report_order)]
    return "\n".join(lines) + "\n"


def _field_reports(issue: Issue, slug: str, articles: Sequence[Article] | None) -> list[Article]:
    verdict = issue.verdict(slug)
    top = [scored.article for scored in verdict.top] if verdict else []
    if articles is None:
        return top
    top_ids = [article.id for article in top]
    rest = [a for a in articles if slug in a.fields and a.id not in top_ids]
    return [a for a in top if slug in a.fields] + sorted(rest, key=_report_order)


def _report_order(article: Article) -> tuple[float, str]:
    return (-article.published_at.timestamp(), article.id)


def _report_line(article: Article) -> str:
    return f"#     {json.dumps(article.id, ensure_ascii=False)},  # {_comment(article.title)}"


def _comment(text: str) -> str:
    """Make text safe inside a one-line TOML comment."""
    return " ".join("".join(ch if ch.isprintable() else " " for ch in text).split())
