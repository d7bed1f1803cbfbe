"""``Renderer``: Jinja2 -> MJML -> HTML plus the text part, once per (issue, field-set)."""

from __future__ import annotations

from pathlib import Path

import jinja2

from newsletter.editorial import EditorialConfig
from newsletter.errors import TemplateError
from newsletter.models import (
    PREFERENCES_URL_PLACEHOLDER,
    UNSUBSCRIBE_URL_PLACEHOLDER,
    Issue,
    RenderedEmail,
)
from newsletter.render.budgets import HTML_BUDGET_BYTES, html_size, is_over_budget
from newsletter.render.environment import make_environment
from newsletter.render.mjml import compile_mjml
from newsletter.render.views import (
    FieldView,
    field_view,
    ordered_verdicts,
    preheader_line,
    subject_line,
    week_label,
)

HTML_TEMPLATE = "email/layout.mjml.j2"
TEXT_TEMPLATE = "email/email.txt.j2"


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
    ) -> None:
        self.editorial = editorial
        self.base_url = base_url.rstrip("/")
        self.postal_address = postal_address
        self.html_budget = html_budget
        self.compiles = 0
        self._env = make_environment(templates_dir, editorial.templates_dir)
        self._cache: dict[tuple[str, frozenset[str]], RenderedEmail] = {}
        self._cached_issues: dict[str, Issue] = {}

    def render_variant(self, issue: Issue, field_set: frozenset[str]) -> RenderedEmail:
        """Return the email for subscribers of ``field_set`` (compiled once, then cached).

        Only fields of ``field_set`` that the issue has are shown, in the editor's order.
        Raises TemplateError when no such field exists, a template fails, or the HTML
        breaks the size budget (naming the field that pushed it over).
        """
        slugs = frozenset(v.slug for v in ordered_verdicts(issue, field_set, self.editorial))
        if not slugs:
            known = ", ".join(v.slug for v in issue.verdicts)
            message = f"Issue {issue.id} has none of the fields {sorted(field_set)}; it has: {known}. Render a field-set that overlaps the issue."
            raise TemplateError(message)
        self._forget_if_changed(issue)
        key = (issue.id, slugs)
        cached = self._cache.get(key)
        if cached is not None:
            return cached
        fields = self._fields(issue, slugs, personal=True)
        html = self._compile_html(issue, fields, personal=True)
        if is_over_budget(html, self.html_budget):
            self._raise_over_budget(issue, fields, html)
        subject = subject_line(issue, fields, self.editorial.title)
        preheader = preheader_line(fields)
        text = self._render_text(issue, fields, subject=subject, preheader=preheader)
        email = RenderedEmail(
            issue_id=issue.id,
            field_set=slugs,
            subject=subject,
            preheader=preheader,
            html=html,
            text=text,
        )
        self._cache[key] = email
        return email

    def render_archive(self, issue: Issue) -> str:
        """Return the all-fields HTML for the web archive: no personal links at all."""
        fields = self._fields(issue, frozenset(v.slug for v in issue.verdicts), personal=False)
        html = self._compile_html(issue, fields, personal=False)
        if UNSUBSCRIBE_URL_PLACEHOLDER in html or PREFERENCES_URL_PLACEHOLDER in html:
            message = f"Template {HTML_TEMPLATE} put a personal link into the archive of {issue.id}; guard personal links with `{{% if personal %}}`."
            raise TemplateError(message)
        return html

    def render_text(self, issue: Issue, field_set: frozenset[str]) -> str:
        """Return only the text part of a variant (cached with the variant)."""
        return self.render_variant(issue, field_set).text

    def _forget_if_changed(self, issue: Issue) -> None:
        # The cache key is (issue id, field-set); an edited issue (a new draft) reuses the
        # id, so a different Issue value under a known id drops that id's variants.
        known = self._cached_issues.get(issue.id)
        if known is not None and known is not issue and known != issue:
            self._cache = {k: v for k, v in self._cache.items() if k[0] != issue.id}
        self._cached_issues[issue.id] = issue

    def _fields(
        self, issue: Issue, field_set: frozenset[str], *, personal: bool
    ) -> tuple[FieldView, ...]:
        verdicts = ordered_verdicts(issue, field_set, self.editorial)
        return tuple(field_view(v, self.editorial, personal=personal) for v in verdicts)

    def _context(
        self, issue: Issue, fields: tuple[FieldView, ...], *, personal: bool
    ) -> dict[str, object]:
        subject = subject_line(issue, fields, self.editorial.title)
        return {
            "issue": issue,
            "fields": fields,
            "personal": personal,
            "subject": subject,
            "preheader": preheader_line(fields),
            "title": self.editorial.title,
            "publisher": self.editorial.publisher,
            "lang": self.editorial.language,
            "week_label": week_label(issue.week_start),
            "base_url": self.base_url,
            "archive_url": f"{self.base_url}/archive/{issue.id}",
            "subscribe_url": f"{self.base_url}/subscribe",
            "postal_address": self.postal_address,
            "unsubscribe_url": UNSUBSCRIBE_URL_PLACEHOLDER if personal else "",
            "preferences_url": PREFERENCES_URL_PLACEHOLDER if personal else "",
        }

    def render_mjml(self, issue: Issue, fields: tuple[FieldView, ...], *, personal: bool) -> str:
        """Return the MJML source of a variant (Jinja only; used by tests and the benchmark)."""
        return self._render_template(HTML_TEMPLATE, self._context(issue, fields, personal=personal))

    def _compile_html(self, issue: Issue, fields: tuple[FieldView, ...], *, personal: bool) -> str:
        source = self.render_mjml(issue, fields, personal=personal)
        self.compiles += 1
        return compile_mjml(source, HTML_TEMPLATE)

    def _render_text(
        self, issue: Issue, fields: tuple[FieldView, ...], *, subject: str, preheader: str
    ) -> str:
        context = self._context(issue, fields, personal=True)
        context.update(subject=subject, preheader=preheader)
        return self._render_template(TEXT_TEMPLATE, context)

    def _render_template(self, name: str, context: dict[str, object]) -> str:
        try:
            return self._env.get_template(name).render(context)
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
