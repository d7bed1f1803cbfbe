"""``Renderer``: Jinja2 -> MJML -> HTML plus the text part, once per (issue, field-set)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from pathlib import Path

import jinja2
from markupsafe import Markup

from newsletter.editorial import EditorialConfig
from newsletter.errors import TemplateError
from newsletter.models import (
    FEEDBACK_URL_PLACEHOLDER,
    PREFERENCES_URL_PLACEHOLDER,
    UNSUBSCRIBE_URL_PLACEHOLDER,
    Issue,
    RenderedEmail,
)
from newsletter.render.budgets import HTML_BUDGET_BYTES, html_size, is_over_budget
from newsletter.render.environment import make_environment
from newsletter.render.mjml import check_mjml_tags, compile_mjml
from newsletter.render.palette import BAR_TRACK_COLOR, DARK_TRACK
from newsletter.render.views import (
    FieldView,
    field_view,
    ordered_verdicts,
    placed,
    placement_key,
    week_label,
)
from newsletter.render.wording import build_wording

HTML_TEMPLATE = "email/layout.mjml.j2"
TEXT_TEMPLATE = "email/email.txt.j2"
HEADER_TEMPLATE = "email/header.mjml.j2"
# Per-field fragments: rendered once per (issue, field), then shared by every variant, so a
# variant costs one small layout render plus the MJML compile (benchmarks/render.py).
FRAGMENTS = {
    "rows": "email/overview_row.mjml.j2",
    "bare_rows": "email/overview_row.mjml.j2",  # without the reason: for one-field emails
    "sections": "email/field_section.mjml.j2",
    "text_sections": "email/field_section.txt.j2",
}


@dataclass
class _IssueMemo:
    """What a renderer derived from one Issue value; replaced whole when the issue changes."""

    issue: Issue
    variants: dict[frozenset[str], RenderedEmail] = dataclasses.field(default_factory=dict)
    views: dict[tuple[bool, str], FieldView] = dataclasses.field(default_factory=dict)
    fragments: dict[tuple[bool, str], dict[tuple[str, tuple[str, ...]], str]] = dataclasses.field(
        default_factory=dict
    )
    contexts: dict[bool, dict[str, object]] = dataclasses.field(default_factory=dict)


class Renderer:
    """Compile an issue for each distinct field-set, caching the result.

    ``compiles`` counts MJML compilations, so callers (and tests) can see the cache work.
    The HTML and text carry the link placeholders of ``newsletter.models``; delivery fills them.
    """

    def __init__(
        self,
        editorial: EditorialConfig,
        *,
        base_url: str,
        postal_address: str,
        templates_dir: Path | None = None,
        html_budget: int = HTML_BUDGET_BYTES,
        verdict_feedback: bool = True,
        zone: dt.tzinfo = dt.UTC,
    ) -> None:
        """``verdict_feedback`` adds the "Was this call right?" line (NEWSLETTER_VERDICT_FEEDBACK);
        ``zone`` is NEWSLETTER_TIMEZONE (``newsletter.weeks.load_zone``): report dates are
        printed as days in it, the zone weeks are cut in."""
        self.editorial = editorial
        self.zone = zone
        self.verdict_feedback = verdict_feedback
        self.base_url = base_url.rstrip("/")
        self.postal_address = postal_address
        self.html_budget = html_budget
        self.compiles = 0
        self._env = make_environment(templates_dir, editorial.templates_dir)
        self._memos: dict[str, _IssueMemo] = {}
        self._templates_checked = False
        # The environment never re-reads templates (no auto_reload), so a looked-up template
        # stays valid for this renderer's life; keeping it skips Jinja's cache lookup per render.
        self._templates: dict[str, jinja2.Template] = {}

    def render_variant(self, issue: Issue, field_set: frozenset[str]) -> RenderedEmail:
        """Return the email for subscribers of ``field_set`` (compiled once, then cached).

        ``field_set`` is what the reader follows: fields with reports get a row and a
        section (by verdict, then score), quiet ones one line and their stop link. Raises
        TemplateError when no field of the set has a report this week (such a reader gets
        no email), a template fails, or the HTML breaks the size budget (naming the field
        that pushed it over).
        """
        chosen = ordered_verdicts(issue, field_set, self.editorial)
        slugs = frozenset(v.slug for v in chosen)
        if not any(v.has_content for v in chosen):
            known = ", ".join(v.slug for v in issue.verdicts if v.has_content) or "none"
            message = f"Issue {issue.id} has no report in the fields {', '.join(sorted(field_set))}, so their readers get no email this week; fields with reports: {known}."
            raise TemplateError(message)
        variants = self._memo(issue).variants
        cached = variants.get(slugs)
        if cached is not None:
            return cached
        email = variants[slugs] = self.build_variant(issue, slugs)
        return email

    def build_variant(self, issue: Issue, slugs: frozenset[str]) -> RenderedEmail:
        """Compile the variant of exactly ``slugs`` (fields of the issue), bypassing the cache.

        ``render_variant`` is what callers want; this is its uncached core, used by the
        benchmark to time Jinja + MJML + text per variant.
        """
        fields = self._fields(issue, slugs, personal=True)
        context = self._context(issue, fields, personal=True)
        html = self._compile(context)
        if is_over_budget(html, self.html_budget):
            self._raise_over_budget(issue, fields, html)
        subject, preheader = str(context["subject"]), str(context["preheader"])
        text = self._render_text(issue, fields, context)
        return RenderedEmail(
            issue_id=issue.id,
            field_set=slugs,
            subject=subject,
            preheader=preheader,
            html=html,
            text=text,
        )

    def render_archive(self, issue: Issue) -> str:
        """Return the all-fields HTML for the web archive: no personal links at all."""
        fields = self._fields(issue, frozenset(v.slug for v in issue.verdicts), personal=False)
        html = self._compile_html(issue, fields, personal=False)
        if any(
            placeholder in html
            for placeholder in (
                UNSUBSCRIBE_URL_PLACEHOLDER,
                PREFERENCES_URL_PLACEHOLDER,
                FEEDBACK_URL_PLACEHOLDER,
            )
        ):
            message = f"Template {HTML_TEMPLATE} put a personal link into the archive of {issue.id}; guard personal links with `{{% if personal %}}`."
            raise TemplateError(message)
        return html

    def _memo(self, issue: Issue) -> _IssueMemo:
        # Memos are keyed by issue id; an edited issue (a new draft) reuses the id, so a
        # different Issue value under a known id starts a fresh memo.
        memo = self._memos.get(issue.id)
        if memo is None or (memo.issue is not issue and memo.issue != issue):
            memo = self._memos[issue.id] = _IssueMemo(issue)
        memo.issue = issue  # an equal copy: later calls with it take the identity shortcut
        return memo

    def _fields(
        self, issue: Issue, field_set: frozenset[str], *, personal: bool
    ) -> tuple[FieldView, ...]:
        """Return the views of ``field_set`` in display order, each report in full once."""
        views = self._memo(issue).views
        fields = []
        for verdict in ordered_verdicts(issue, field_set, self.editorial):
            view = views.get((personal, verdict.slug))
            if view is None:
                view = views[(personal, verdict.slug)] = field_view(
                    verdict, self.editorial, personal=personal, zone=self.zone
                )
            fields.append(view)
        return placed(tuple(fields))

    def _fragment_map(
        self, issue: Issue, fields: tuple[FieldView, ...], kind: str, *, personal: bool
    ) -> dict[str, str]:
        """Return slug -> rendered fragment of ``kind``, rendering only the missing ones.

        A fragment depends on its field and on which of its reports an earlier section of
        the variant already shows (``placement_key``): few combinations, each rendered once.
        """
        done = self._memo(issue).fragments.setdefault((personal, kind), {})
        template = FRAGMENTS[kind]
        result = {}
        for field in fields:
            key = (field.slug, placement_key(field))
            fragment = done.get(key)
            if fragment is None:
                context = self._issue_context(issue, personal=personal)
                context["field"] = field
                context["with_reason"] = kind != "bare_rows"
                fragment = self._render_template(template, context)
                # Already escaped by its own (autoescaped) template: not to be escaped again.
                if template.endswith(".mjml.j2"):
                    fragment = Markup(fragment)
                done[key] = fragment
            result[field.slug] = fragment
        return result

    def _context(
        self, issue: Issue, fields: tuple[FieldView, ...], *, personal: bool
    ) -> dict[str, object]:
        context = self._issue_context(issue, personal=personal)
        active = tuple(field for field in fields if not field.is_quiet)
        verdicts = [v for v in issue.verdicts if v.slug in {field.slug for field in fields}]
        wording = build_wording(fields, verdicts, personal=personal)
        context.update(
            header=self._header(issue, personal=personal),
            fields=fields,
            active=active,
            # One field: its section, right below the glance, gives the reason; say it once.
            glance_reasons=len(active) > 1,
            quiet=tuple(field for field in fields if field.is_quiet),
            wording=wording,
            followed_names=wording.followed_names,
            subject=wording.subject,
            preheader=wording.preheader,
            dark_fills=Markup("\n".join(f"        {f.dark_rule()}" for f in active)),
            ogsc_fills=Markup("\n".join(f"      {f.dark_rule('[data-ogsc] ')}" for f in active)),
            rows=self._fragment_map(
                issue, active, "rows" if len(active) > 1 else "bare_rows", personal=personal
            ),
            sections=self._fragment_map(issue, active, "sections", personal=personal),
        )
        return context

    def _header(self, issue: Issue, *, personal: bool) -> Markup:
        """Return the issue's header MJML, rendered once per issue (it names no field)."""
        done = self._memo(issue).fragments.setdefault((personal, "header"), {})
        key = ("", ())
        if key not in done:
            done[key] = Markup(
                self._render_template(
                    HEADER_TEMPLATE, self._issue_context(issue, personal=personal)
                )
            )
        return Markup(done[key])

    def _issue_context(self, issue: Issue, *, personal: bool) -> dict[str, object]:
        """Return what every template of an issue sees, whatever the field-set."""
        contexts = self._memo(issue).contexts
        known = contexts.get(personal)
        if known is None:
            known = contexts[personal] = self._new_issue_context(issue, personal=personal)
        return dict(known)  # callers add the variant's own keys

    def _new_issue_context(self, issue: Issue, *, personal: bool) -> dict[str, object]:
        return {
            "issue": issue,
            "personal": personal,
            "title": self.editorial.title,
            "publisher": self.editorial.publisher,
            "lang": self.editorial.language,
            "week_label": week_label(issue.week_start),
            "base_url": self.base_url,
            "archive_url": f"{self.base_url}/archive/{issue.id}",
            "subscribe_url": f"{self.base_url}/subscribe",
            "postal_address": self.postal_address,
            "bar_track": BAR_TRACK_COLOR,
            "bar_track_dark": DARK_TRACK,
            "editor_intro": editor_intro(issue),
            "imprint": imprint(self.editorial.publisher, self.postal_address),
            "unsubscribe_url": UNSUBSCRIBE_URL_PLACEHOLDER if personal else "",
            "preferences_url": PREFERENCES_URL_PLACEHOLDER if personal else "",
            # The reader's feedback base; field_feedback templates add /<field>/yes or /no.
            "feedback_url": FEEDBACK_URL_PLACEHOLDER if personal and self.verdict_feedback else "",
        }

    def render_mjml(self, issue: Issue, fields: tuple[FieldView, ...], *, personal: bool) -> str:
        """Return the MJML source of a variant (Jinja only; used by tests and the benchmark)."""
        return self._render_template(HTML_TEMPLATE, self._context(issue, fields, personal=personal))

    def _compile_html(self, issue: Issue, fields: tuple[FieldView, ...], *, personal: bool) -> str:
        return self._compile(self._context(issue, fields, personal=personal))

    def _compile(self, context: dict[str, object]) -> str:
        self._check_templates()
        source = self._render_template(HTML_TEMPLATE, context)
        self.compiles += 1
        return compile_mjml(source, HTML_TEMPLATE, check_source=False)

    def _check_templates(self) -> None:
        """Check every MJML template file's tags once (feed text is escaped, so only template
        files can bring an mj-* tag); the error names the file that has the unknown tag."""
        if self._templates_checked:
            return
        loader = self._env.loader
        if loader is not None:  # make_environment always sets one
            for name in loader.list_templates():
                if name.endswith(".mjml.j2"):
                    check_mjml_tags(loader.get_source(self._env, name)[0], name)
        self._templates_checked = True

    def _render_text(
        self, issue: Issue, fields: tuple[FieldView, ...], html_context: dict[str, object]
    ) -> str:
        context = dict(html_context)
        active = tuple(field for field in fields if not field.is_quiet)
        context["text_sections"] = self._fragment_map(issue, active, "text_sections", personal=True)
        return self._render_template(TEXT_TEMPLATE, context)

    def _render_template(self, name: str, context: dict[str, object]) -> str:
        try:
            template = self._templates.get(name)
            if template is None:
                template = self._templates[name] = self._env.get_template(name)
            return template.render(context)
        except jinja2.TemplateSyntaxError as exc:
            message = (
                f"Template {exc.name or name} line {exc.lineno}: {exc.message}. Fix the template."
            )
            raise TemplateError(message) from exc
        except jinja2.TemplateNotFound as exc:
            message = f"Template {exc.name} was not found in any templates folder; check templates_dir in the editorial config."
            raise TemplateError(message) from exc
        except jinja2.UndefinedError as exc:
            message = f"Template {name} uses an undefined value: {exc.message}. Fix the template."
            raise TemplateError(message) from exc

    def _raise_over_budget(self, issue: Issue, fields: tuple[FieldView, ...], html: str) -> None:
        # Add the sections one at a time, in order, to find the one that crossed the limit.
        culprit = fields[-1]
        for count in range(1, len(fields) + 1):
            partial = self._compile_html(issue, fields[:count], personal=True)
            if is_over_budget(partial, self.html_budget):
                culprit = fields[count - 1]
                break
        size_kb = html_size(html) / 1024
        limit_kb = self.html_budget / 1024
        message = f"Issue {issue.id}: the HTML for fields {', '.join(f.slug for f in fields)} is {size_kb:.1f} KB, over the {limit_kb:.0f} KB budget (Gmail clips larger mail); field {culprit.slug!r} pushed it over. Drop or shorten its reports in the draft, or lower top_reports."
        raise TemplateError(message)


def editor_intro(issue: Issue) -> str:
    """Return the editor's intro, or "" when the issue carries curate's automatic summary.

    The summary speaks of the whole issue (every field); each email says instead what its
    own reader's fields hold (``render.wording.intro_line``).
    """
    return issue.intro if issue.intro_by_editor else ""


def imprint(publisher: str, postal_address: str) -> str:
    """Return the footer's sender line, naming the publisher once.

    ``Troy-Technical · Troy-Technical, 1 Example Street`` becomes the address alone when it
    already starts with the publisher's name.
    """
    if not postal_address:
        return publisher
    if not publisher or postal_address.casefold().startswith(publisher.casefold()):
        return postal_address
    return f"{publisher} · {postal_address}"
