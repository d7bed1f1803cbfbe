"""One email model per reader: intro, subject, preheader, footer, quiet fields, also-in, trend."""

from __future__ import annotations

import re

import pytest

from newsletter.curate import default_intro
from newsletter.editorial import EditorialConfig
from newsletter.models import FieldVerdict, Issue, PastVerdict, Verdict
from newsletter.render import Renderer
from newsletter.render.renderer import imprint
from newsletter.render.sample import sample_issue
from newsletter.render.text import counted
from newsletter.render.trend import trend_view
from newsletter.render.views import field_view
from newsletter.render.wording import (
    PREHEADER_MAX,
    SUBJECT_MAX,
    cut_phrase,
    cut_words,
    distinct_reports,
    intro_line,
    subject_line,
)
from tests.factories import make_article, make_issue, make_scored, make_verdict

POSTAL = "Troy-Technical, 1 Example Street, 10115 Berlin, Germany"


@pytest.fixture
def renderer(editorial: EditorialConfig) -> Renderer:
    """A renderer over the built-in templates."""
    return Renderer(editorial, base_url="https://news.example.com", postal_address=POSTAL)


def flat(text: str) -> str:
    """Collapse the text part's wrapping."""
    return " ".join(text.split())


def shared_issue() -> Issue:
    """AI and HPC share report r2; Space is quiet; HPC has one report more than it shows."""
    r1 = make_article(id="r1", title="Chip deal worth $10 billion", fields=("ai",))
    r2 = make_article(id="r2", title="Shared exascale AI machine", fields=("ai", "hpc"))
    r3 = make_article(id="r3", title="Green500 record", fields=("hpc",))
    verdicts = (
        make_verdict(
            "ai", score=90, top=(make_scored(r1), make_scored(r2)), report_ids=("r1", "r2")
        ),
        make_verdict(
            "hpc",
            score=55,
            top=(make_scored(r2), make_scored(r3)),
            report_count=3,
            report_ids=("r2", "r3", "r4"),
        ),
        make_verdict("space", score=0, top=(), report_count=0, reason="No reports this week"),
    )
    return make_issue(verdicts=verdicts)


def test_intro_names_only_the_readers_fields_with_quiet_ones(renderer: Renderer) -> None:
    """ "Your 2 fields this week: AI must read, Space quiet." in HTML and text, nothing of HPC."""
    email = renderer.render_variant(shared_issue(), frozenset({"ai", "space"}))
    sentence = "Your 2 fields this week: AI must read, Space quiet."
    assert sentence in email.html
    assert sentence in flat(email.text)
    assert "Advanced Computing" not in email.html
    assert "HPC" not in email.html + email.text + email.subject + email.preheader
    assert "Nothing new in Space this week." in email.html
    assert "SPACE:" not in email.text  # quiet: one line, no section
    assert 'data-field="space"' not in email.html


def test_footer_names_exactly_the_readers_fields_and_stops_each(renderer: Renderer) -> None:
    """Footer names every followed field, quiet ones too, with one stop link each."""
    email = renderer.render_variant(shared_issue(), frozenset({"ai", "space"}))
    assert "because you follow Artificial Intelligence and Space on" in flat(email.text)
    for body in (email.html, email.text):
        assert "?field=ai" in body
        assert "?field=space" in body
        assert "?field=hpc" not in body
    assert "Stop\u00a0Space</a>" in email.html  # link text that makes sense alone
    assert "Stop\u00a0Artificial\u00a0Intelligence</a>" in email.html  # and never wraps


def test_footer_stop_links_do_not_wrap_in_a_narrow_window(editorial: EditorialConfig) -> None:
    """Each stop link's text is one unbreakable run ("Stop Advanced Computing"), in HTML only."""
    renderer = Renderer(editorial, base_url="https://news.example.com", postal_address=POSTAL)
    issue = sample_issue(editorial)
    email = renderer.render_variant(issue, frozenset(editorial.field_slugs))
    labels = re.findall(r'\?field=[a-z]+" [^>]*>([^<]+)</a>', email.html)
    assert len(labels) == len(editorial.field_slugs)
    for label in labels:
        assert label.startswith("Stop\u00a0")
        assert " " not in label
    assert "Stop Advanced Computing: " in email.text  # the text part keeps plain spaces


def test_distinct_report_count_counts_a_shared_report_once(renderer: Renderer) -> None:
    """AI (r1, r2) and HPC (r2, r3, r4) hold 4 distinct reports, not 5."""
    issue = shared_issue()
    assert distinct_reports(issue.verdicts) == 4
    email = renderer.render_variant(issue, frozenset({"ai", "hpc"}))
    assert "4 reports · " in email.html
    assert "4 reports · " in email.text
    only_ai = renderer.render_variant(issue, frozenset({"ai"}))
    assert "2 reports · " in only_ai.text


def test_distinct_count_falls_back_for_issues_frozen_without_report_ids() -> None:
    """Without report_ids the shown reports count by id and the unshown by number."""
    r1, r2 = make_article(id="r1"), make_article(id="r2")
    old = (
        make_verdict("ai", top=(make_scored(r1), make_scored(r2)), report_count=3),
        make_verdict("hpc", top=(make_scored(r2),), report_count=1),
    )
    assert distinct_reports(old) == 3


def test_a_shared_report_is_shown_once_and_referenced_after(renderer: Renderer) -> None:
    """r2 reads in full under AI (first) and as "also in AI ↑" under HPC, linking up to it."""
    email = renderer.render_variant(shared_issue(), frozenset({"ai", "hpc"}))
    assert email.html.count('id="ai-2"') == 1
    assert re.search(r'<a href="#ai-2"[^>]*>Shared exascale AI machine</a>', email.html)
    assert "also in AI" in email.html
    assert "Also in AI, above." in email.text
    alone = renderer.render_variant(shared_issue(), frozenset({"hpc"}))
    assert "also in" not in alone.html.lower()  # without AI, HPC shows it in full
    assert 'id="hpc-1"' in alone.html


def test_more_reports_link_to_the_web_version(renderer: Renderer) -> None:
    """HPC shows 2 of its 3 reports: "+1 more … report" links to the archive's section."""
    email = renderer.render_variant(shared_issue(), frozenset({"hpc"}))
    assert 'href="https://news.example.com/archive/2026-W48#reports-hpc"' in email.html
    assert "+1 more Advanced Computing report on the web" in email.html
    assert "https://news.example.com/archive/2026-W48#reports-hpc" in email.text


def test_rows_link_to_their_sections(renderer: Renderer) -> None:
    """Each at-a-glance row's name links to the heading of its field's section."""
    email = renderer.render_variant(shared_issue(), frozenset({"ai", "hpc"}))
    for slug in ("ai", "hpc"):
        assert f'href="#field-{slug}"' in email.html
        assert f'<h2 id="field-{slug}"' in email.html


@pytest.mark.parametrize(
    "fields", [{"ai"}, {"ai", "hpc"}, {"hpc", "space"}, {"ai", "hpc", "space"}]
)
def test_subject_leads_with_the_top_story_within_78_characters(
    renderer: Renderer, fields: set[str]
) -> None:
    """The subject opens with the lead field's verdict and story, no ISO week, ≤ 78 chars."""
    email = renderer.render_variant(shared_issue(), frozenset(fields))
    assert len(email.subject) <= SUBJECT_MAX
    assert "W48" not in email.subject
    lead = "AI must-read: Chip deal worth $10 billion" if "ai" in fields else "HPC worth a skim: "
    assert email.subject.startswith(lead)


def test_sample_subjects_and_preheaders_fit_for_every_field_set(
    renderer: Renderer, editorial: EditorialConfig
) -> None:
    """All 255 field-sets of the sample week: subject ≤ 78, preheader ≤ 110, no cut figure."""
    issue = sample_issue(editorial)
    slugs = editorial.field_slugs
    for mask in range(1, 2 ** len(slugs)):
        fields = frozenset(s for i, s in enumerate(slugs) if mask >> i & 1)
        if issue.fields_with_content.isdisjoint(fields):
            continue
        email = renderer.render_variant(issue, fields)
        assert len(email.subject) <= SUBJECT_MAX, email.subject
        assert len(email.preheader) <= PREHEADER_MAX, email.preheader
        for line in (email.subject, email.preheader):
            assert not re.search(r"\d…", line), line  # never "HPC 8…"


@pytest.mark.parametrize(
    ("text", "limit", "expected"),
    [
        ("Stratus signs a $2.5 billion deal with Arcadia", 22, "Stratus signs…"),
        ("HPC 84, AI 92 and more", 8, "HPC…"),
        ("Short enough", 40, "Short enough"),
        ("Qubits: 48 logical qubits below threshold", 30, "Qubits: 48 logical qubits…"),
    ],
)
def test_cut_words_never_ends_on_a_figure(text: str, limit: int, expected: str) -> None:
    """Cuts fall between words, never right after a word holding a digit."""
    assert cut_words(text, limit) == expected
    assert len(cut_words(text, limit)) <= limit


def test_the_automatic_intro_gives_way_to_the_personal_one(renderer: Renderer) -> None:
    """curate's whole-issue summary is not shown; an editor's intro is, to every reader."""
    issue = shared_issue()
    automatic = make_issue(verdicts=issue.verdicts, intro=default_intro(issue.verdicts))
    email = renderer.render_variant(automatic, frozenset({"ai"}))
    assert default_intro(issue.verdicts) not in flat(email.text)
    assert "Your field this week: AI must read." in flat(email.text)
    edited = make_issue(
        verdicts=issue.verdicts, intro="A word from the editor.", intro_by_editor=True
    )
    assert "A word from the editor." in renderer.render_variant(edited, frozenset({"ai"})).html


@pytest.mark.parametrize(
    ("publisher", "postal", "expected"),
    [
        ("Troy-Technical", "Troy-Technical, 1 Example Street", "Troy-Technical, 1 Example Street"),
        ("Acme", "1 Example Street", "Acme · 1 Example Street"),
        ("Acme", "", "Acme"),
    ],
)
def test_imprint_names_the_publisher_once(publisher: str, postal: str, expected: str) -> None:
    """ "Troy-Technical · Troy-Technical, 1 Example Street" is never printed."""
    assert imprint(publisher, postal) == expected


def past(*values: tuple[Verdict, int]) -> tuple[PastVerdict, ...]:
    """Build a history from (verdict, score) pairs, oldest first."""
    return tuple(PastVerdict(f"2026-W{44 + i}", v, s) for i, (v, s) in enumerate(values))


@pytest.mark.parametrize(
    ("history", "now", "marker", "words"),
    [
        ((), Verdict.MUST_READ, "", ""),
        (
            past((Verdict.SKIP, 20), (Verdict.MUST_READ, 80), (Verdict.MUST_READ, 75)),
            Verdict.MUST_READ,
            "",
            "must read 3 weeks running",
        ),
        (past((Verdict.WORTH_A_SKIM, 50)), Verdict.MUST_READ, "▲", "up from worth a skim"),
        (past((Verdict.MUST_READ, 90)), Verdict.SKIP, "▼", "down from must read"),
    ],
)
def test_trend_against_earlier_issues(
    history: tuple[PastVerdict, ...], now: Verdict, marker: str, words: str
) -> None:
    """The trend compares with the last frozen issue and counts the verdict's streak."""
    verdict: FieldVerdict = make_verdict("ai", verdict=now, history=history)
    trend = trend_view(verdict)
    assert (trend.marker, trend.words) == (marker, words)


def test_trend_shows_in_row_and_section_with_the_arrow_hidden(renderer: Renderer) -> None:
    """ "▲ up from worth a skim" is in the row and the section; the arrow is aria-hidden."""
    verdicts = (
        make_verdict("ai", score=90, history=past((Verdict.WORTH_A_SKIM, 50))),
        make_verdict(
            "hpc", score=80, history=past((Verdict.MUST_READ, 80), (Verdict.MUST_READ, 90))
        ),
    )
    email = renderer.render_variant(make_issue(verdicts=verdicts), frozenset({"ai", "hpc"}))
    assert email.html.count('<span aria-hidden="true">▲</span>') == 2
    assert "up from worth a skim" in email.html
    assert "must read 3 weeks running" in email.html
    assert "▲ up from worth a skim" in email.text


def test_one_field_preheader_uses_the_editors_reason_over_the_finding(renderer: Renderer) -> None:
    """A draft's reason line is the editor's voice: the preheader carries it, not the finding."""
    article = make_article(id="r1", title="Big deal", key_finding="Finding of the report.")
    plain_verdict = make_verdict("ai", score=90, top=(make_scored(article),), reason="A fact.")
    automatic = renderer.render_variant(make_issue(verdicts=(plain_verdict,)), frozenset({"ai"}))
    assert automatic.preheader.startswith("Finding of the report.")
    edited = make_verdict(
        "ai", score=90, top=(make_scored(article),), reason="Read this one.", reason_overridden=True
    )
    email = renderer.render_variant(make_issue(verdicts=(edited,)), frozenset({"ai"}))
    assert email.preheader.startswith("Read this one.")


def test_sparkline_cells_follow_the_last_four_scores(renderer: Renderer) -> None:
    """Four cells (three earlier weeks, then this one), heights by score, hidden from readers."""
    history = past(
        (Verdict.SKIP, 10), (Verdict.SKIP, 0), (Verdict.WORTH_A_SKIM, 50), (Verdict.MUST_READ, 100)
    )
    verdict = make_verdict("ai", score=75, history=history)
    cells = trend_view(verdict).spark
    assert [c.height for c in cells] == [2, 10, 18, 14]  # W45 dropped: four weeks shown
    assert all(c.height + c.gap == 18 for c in cells)
    assert [c.is_now for c in cells] == [False, False, False, True]
    assert trend_view(make_verdict("ai")).spark == ()  # no history, no sparkline
    email = renderer.render_variant(make_issue(verdicts=(verdict,)), frozenset({"ai"}))
    assert email.html.count('<tr aria-hidden="true"><td style="vertical-align:bottom') == 1
    assert "height:14px;margin-top:4px" in email.html


@pytest.mark.parametrize(
    ("text", "limit", "expected"),
    [
        # Before a preposition rather than inside its phrase.
        (
            "Regulator clears the first agentic AI system for clinical documentation",
            58,
            "Regulator clears the first agentic AI system…",
        ),
        # Never on "a" / "with": the phrase before them is whole.
        (
            "Frontier AI lab signs $2.5 billion compute partnership with a cloud provider",
            63,
            "Frontier AI lab signs $2.5 billion compute partnership…",
        ),
        # At a clause end when it keeps most of the room.
        (
            "Kestrel publishes its qubit data; outside groups confirm the error rates",
            50,
            "Kestrel publishes its qubit data…",
        ),
        # Before a conjunction: "AI and semiconductor…" would read as a broken compound.
        (
            "Japan approves a ¥10 trillion AI and semiconductor package",
            52,
            "Japan approves a ¥10 trillion AI…",
        ),
        # No boundary in the last 40%: the plain word cut, still never on a figure.
        ("Stratus signs a $2.5 billion deal", 20, "Stratus signs…"),
        ("Fits whole", 10, "Fits whole"),
    ],
)
def test_cut_phrase_prefers_clause_and_phrase_boundaries(
    text: str, limit: int, expected: str
) -> None:
    """A cut title ends at a clause or before a phrase, never on a function word or a figure."""
    assert cut_phrase(text, limit) == expected
    assert len(cut_phrase(text, limit)) <= limit


@pytest.mark.parametrize(
    ("title", "others"),
    [
        ("Japan approves a ¥10 trillion AI and semiconductor package to 2030", 5),
        ("Frontier AI lab signs $2.5 billion compute partnership with a cloud provider", 0),
        ("Regulator clears the first agentic AI system for clinical documentation", 1),
        ("EU and Japan commit €2bn to a joint quantum networks and computing programme", 2),
    ],
)
def test_subject_never_ends_a_cut_on_a_dangling_word(
    editorial: EditorialConfig, title: str, others: int
) -> None:
    """Long lead titles are cut at a boundary: no "… with a…", "… and…", "… for clinical…"."""
    lead = make_verdict("ai", score=90, top=(make_scored(make_article(id="lead", title=title)),))
    rest = [
        make_verdict(slug, score=50, top=(make_scored(make_article(id=f"r-{slug}")),))
        for slug in ("quantum", "hpc", "energy", "biotech", "space")[:others]
    ]
    views = [field_view(v, editorial, personal=True) for v in (lead, *rest)]
    subject = subject_line(views)
    assert len(subject) <= SUBJECT_MAX
    assert subject.startswith("AI must-read: ")
    if others:
        assert subject.endswith(f" · +{others} field{'s' if others > 1 else ''}")
    story = subject.removeprefix("AI must-read: ").split(" · ")[0]
    if story != title:
        assert story.endswith("…")
        last = story.removesuffix("…").split()[-1].lower()
        assert last not in {"a", "an", "the", "and", "with", "for", "of", "to", "clinical"}
        assert title.startswith(story.removesuffix("…"))


@pytest.mark.parametrize(
    ("slugs", "personal", "expected"),
    [
        (("ai",), True, "Your field this week: AI must read."),
        (("ai",), False, "This week's field: AI must read."),
        (("ai", "space"), True, "Your 2 fields this week: AI must read, Space quiet."),
        (("space",), True, "Your field this week: Space quiet."),
        (("ai", "hpc", "space"), False, "3 fields this week: AI and HPC must read, Space quiet."),
    ],
)
def test_intro_counts_read_naturally(
    editorial: EditorialConfig, slugs: tuple[str, ...], personal: bool, expected: str
) -> None:
    """One field is not counted ("Your field this week"), several are ("Your 2 fields")."""
    verdicts = [
        make_verdict(slug, score=0, top=(), report_count=0)
        if slug == "space"
        else make_verdict(slug, score=90)
        for slug in slugs
    ]
    views = [field_view(v, editorial, personal=personal) for v in verdicts]
    assert intro_line(views, personal=personal) == expected


@pytest.mark.parametrize(
    ("count", "noun", "plural_form", "expected"),
    [
        (1, "message", None, "1 message"),
        (0, "message", None, "0 messages"),
        (2, "subscriber", None, "2 subscribers"),
        (1200, "report", None, "1,200 reports"),
        (1, "reply", "replies", "1 reply"),
        (3, "reply", "replies", "3 replies"),
    ],
)
def test_counted_never_says_1_reports(
    count: int, noun: str, plural_form: str | None, expected: str
) -> None:
    """Counts in the demo's and send's lines take the right number: "1 message", "2 messages"."""
    assert counted(count, noun, plural_form) == expected
