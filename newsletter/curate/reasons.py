"""One-line reasons, grammatical by construction (pure).

A reason describes the field's first report as the email shows it, in one of three shapes:

- with a headline figure the quoted title does not state: ``A $7.5 billion deal: Corvane
  Cloud to buy … · 3 reports``; when the title states it, the figure is not said twice:
  ``Acquisition: Zelmar to buy Brennholt for CHF 1.35 billion`` (the report's own noun, or
  the kind's label for a bare "deal" or "round"). In the first shape the
  article is chosen by how the figure is read aloud ("an $18M round", "an €8 billion deal"), the
  noun the report itself puts after the figure ("contract", "financing", "package"), else the
  kind's noun ("deal", "round", "price");
- without one: ``Record: Lumeren Solar's … hits a certified 29.2% efficiency · 2 reports``
  (the kind's label, left out when the title carries its own label such as "Study:");
- a field whose best report is minor (a skip): ``Only minor items: a webinar, a hire and an
  opinion column · 3 reports``, naming only the kinds of the reports shown.

The title is quoted whole, never spliced: when it must be shortened it is cut at a word (and
never after a function word such as "a", "of", "the"), and it is cut before any amount
that is not the report's headline figure or a valuation named as such, so no forecast,
past round or ransom is presented as the news. Every figure in a reason is therefore
written in the report's title or Key Findings. Counts are distinct reports: "1 report",
"3 reports".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsletter.curate.amounts import Role, RoledAmount, find_amounts
from newsletter.curate.importance import Assessment
from newsletter.curate.kinds import PROGRAMME, Kind
from newsletter.curate.text import read_report, story_title
from newsletter.models import Article, Money

NO_REPORTS_REASON = "No reports this week"
TITLE_MAX_CHARS = 110  # a reason stays one or two lines in the email
SEPARATOR = " · "

# Words that never end a shortened title (articles, prepositions, conjunctions, auxiliaries).
FUNCTION_WORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "for",
        "to",
        "in",
        "on",
        "at",
        "by",
        "with",
        "from",
        "and",
        "or",
        "but",
        "nor",
        "as",
        "its",
        "their",
        "his",
        "her",
        "our",
        "your",
        "my",
        "this",
        "that",
        "these",
        "those",
        "which",
        "who",
        "whom",
        "whose",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "has",
        "have",
        "had",
        "into",
        "onto",
        "than",
        "per",
        "via",
        "about",
        "after",
        "before",
        "over",
        "under",
        "up",
        "down",
        "out",
        "off",
        "so",
        "if",
        "while",
        "than",
        "then",
        "also",
        "very",
        "more",
        "most",
        "less",
        "least",
        "such",
        "own",
        "s",
        "amid",
        "against",
        "among",
        "between",
        "during",
        "without",
        "within",
        "towards",
        "toward",
        "upon",
        "across",
        "along",
        "around",
        "behind",
        "beyond",
        "despite",
        "until",
        "unlike",
        "like",
        "near",
        "plus",
        "versus",
        "vs",
        "will",
        "would",
        "could",
        "should",
        "can",
        "may",
        "might",
        "must",
        "do",
        "does",
        "did",
        "not",
        "no",
    ]
)
# Nouns a report writes right after its figure, as a reason may name the figure.
_FIGURE_NOUNS = (
    "deal",
    "deals",
    "contract",
    "contracts",
    "agreement",
    "round",
    "financing",
    "funding round",
    "acquisition",
    "takeover",
    "purchase",
    "merger",
    "package",
    "programme",
    "program",
    "fund",
    "budget",
    "grant",
    "investment",
    "order",
    "partnership",
    "loan",
    "subsidy",
    "subsidies",
    "price",
    "list price",
    "plan",
    "facility",
    "bond",
    "offering",
    "ipo",
    "award",
)
_SINGULAR = {
    "deals": "deal",
    "contracts": "contract",
    "subsidies": "subsidy",
    "program": "programme",
}
_WORD_AFTER = re.compile(r"[\w-]+")
_KIND_NOUNS = {
    Kind.DEAL: "deal",
    Kind.FUNDING_ROUND: "round",
    Kind.PROGRAMME: "programme",
    Kind.REGULATION: "programme",
    Kind.ENFORCEMENT: "fine",
    Kind.LAWSUIT: "claim",
    Kind.APPROVAL: "programme",
    Kind.FOLLOW_UP_NEWS: "figure",
    Kind.OTHER: "figure",
}
_ACQUISITION = re.compile(
    r"\b(?:buy|buys|acquire|acquires|acquisition|takeover|takes over)\b", re.IGNORECASE
)
_CONTRACT = re.compile(r"\b(?:contract|awards?|wins)\b", re.IGNORECASE)
KIND_LABELS = {
    Kind.REGULATION: "Rule in force",
    Kind.ENFORCEMENT: "Enforcement",
    Kind.LAWSUIT: "Lawsuit",
    Kind.REVIEW_STEP: "Regulatory step",
    Kind.APPROVAL: "Approval",
    Kind.RECORD: "Record",
    Kind.LAUNCH: "Launch",
    Kind.DEAL: "Deal",
    Kind.FUNDING_ROUND: "Funding round",
    Kind.PROGRAMME: "Programme",
    Kind.RESEARCH: "Research result",
    Kind.VULNERABILITY: "Exploited flaw",
    Kind.DRAFT_STANDARD: "Draft standard",
    Kind.FOLLOW_UP_NEWS: "Follow-up with news",
    Kind.FOLLOW_UP: "Follow-up",
    Kind.PRODUCT_RELEASE: "Release",
    Kind.PATCH_RELEASE: "Patch release",
    Kind.INCIDENT: "Incident",
    Kind.DELAY: "Delay",
    Kind.STATISTICS: "Statistics",
    Kind.EXPLAINER: "Explainer",
    Kind.HIRING: "People and offices",
    Kind.EVENT: "Event",
    Kind.FORECAST: "Forecast",
    Kind.OPINION: "Opinion",
    Kind.OTHER: "Report",
}
# Singular and plural of each kind as a minor item in a skip line.
_MINOR_ITEMS = {
    Kind.OPINION: ("opinion column", "opinion columns"),
    Kind.EVENT: ("event note", "event notes"),
    Kind.FORECAST: ("forecast", "forecasts"),
    Kind.PATCH_RELEASE: ("patch release", "patch releases"),
    Kind.PRODUCT_RELEASE: ("product release", "product releases"),
    Kind.FOLLOW_UP: ("follow-up with nothing new", "follow-ups with nothing new"),
    Kind.INCIDENT: ("incident report", "incident reports"),
    Kind.DELAY: ("delay", "delays"),
    Kind.STATISTICS: ("statistics report", "statistics reports"),
    Kind.EXPLAINER: ("explainer", "explainers"),
    Kind.HIRING: ("hire or office opening", "hires or office openings"),
    Kind.FUNDING_ROUND: ("small funding round", "small funding rounds"),
    Kind.DEAL: ("small deal", "small deals"),
    Kind.PROGRAMME: ("small programme", "small programmes"),
    Kind.RESEARCH: ("small research result", "small research results"),
    Kind.REGULATION: ("rule of limited scope", "rules of limited scope"),
    Kind.ENFORCEMENT: ("enforcement action", "enforcement actions"),
    Kind.LAWSUIT: ("lawsuit", "lawsuits"),
    Kind.REVIEW_STEP: ("regulatory filing", "regulatory filings"),
    Kind.APPROVAL: ("permit", "permits"),
    Kind.LAUNCH: ("small launch", "small launches"),
    Kind.RECORD: ("record claim", "record claims"),
    Kind.VULNERABILITY: ("security flaw", "security flaws"),
    Kind.DRAFT_STANDARD: ("draft", "drafts"),
    Kind.FOLLOW_UP_NEWS: ("follow-up", "follow-ups"),
}
_MINOR_DEFAULT = ("news brief", "news briefs")
_LEADING_LABEL = re.compile(r"^[^:|]{2,40}?\s?[:|]\s")

# How the start of a figure or word is read aloud decides "a" or "an".
_VOWEL_LETTER_NAMES = frozenset("AEFHILMNORSX")  # "an FDA", "an NT$", "an S-curve"
_AN_NUMBERS = re.compile(
    r"^(?:8|11|18|8\d|8\d\d|8\d\d\d|8\d,\d\d\d|11\d|11\d,\d\d\d|18\d|18\d,\d\d\d)(?![\d])"
)
_A_WORDS = re.compile(r"^(?:uni|use|usa|usu|uti|ure|eu|ewe|one|once|ouija)", re.IGNORECASE)
_AN_WORDS = re.compile(r"^(?:hour|honest|honou?r|heir)", re.IGNORECASE)
_CURRENCY_MARK = re.compile(r"^(?:[$€£¥₩₹]|CHF\s?|RM|Rs\.?\s?)")


def indefinite_article(phrase: str) -> str:
    """Return "a" or "an" for ``phrase`` as it is read aloud.

    Figures are read by their number ("an $18M round", "an €8 billion deal", "a $1 billion
    deal"); currency codes and acronyms by their letters ("a US$450M deal", "an A$500 million
    deal", "an AI model", "a UK rule"); words by their first sound ("an opinion", "a
    university", "an hour").
    """
    text = phrase.strip()
    if not text:
        return "a"
    symbol = _CURRENCY_MARK.match(text)
    if symbol and symbol.group().strip() in "$€£¥₩₹":
        return "an" if _AN_NUMBERS.match(text[symbol.end() :].lstrip()) else "a"
    if text[0].isdigit():
        return "an" if _AN_NUMBERS.match(text) else "a"
    word = re.match(r"[A-Za-z]+", text)
    if word is None:
        return "a"
    token = word.group()
    if len(token) >= 2 and token.isupper() or (len(token) == 1 and token.isupper()):
        return "an" if token[0] in _VOWEL_LETTER_NAMES else "a"
    if _A_WORDS.match(token):
        return "a"
    if _AN_WORDS.match(token):
        return "an"
    return "an" if token[0].lower() in "aeiou" else "a"


def with_article(phrase: str) -> str:
    """Return ``phrase`` with its indefinite article: ``an AI deal``, ``a $1 billion deal``."""
    return f"{indefinite_article(phrase)} {phrase}"


def plural(count: int, singular: str, plural_form: str | None = None) -> str:
    """Return "1 report", "3 reports" (or the given plural form)."""
    word = singular if count == 1 else (plural_form or f"{singular}s")
    return f"{count} {word}"


def clean_title(
    title: str,
    headline: Money | None = None,
    amounts: Sequence[RoledAmount] = (),
    *,
    limit: int = TITLE_MAX_CHARS,
) -> str:
    """Return the title as a reason quotes it: whole, or cut at a word with "…".

    The title is cut before the first amount that is neither the report's ``headline``
    figure nor a valuation named as such beside it (``amounts``: the report's amounts with
    their roles), and shortened to ``limit`` characters; a cut never ends on a function
    word or punctuation.
    """
    text = _SPELLED_CURRENCY.sub("", " ".join(title.split()))
    cut = len(text)
    valuations = {
        (a.money.currency, a.money.amount)
        for a in amounts
        if a.section == "title" and a.role is Role.VALUATION
    }
    keep = {(headline.currency, headline.amount)} if headline is not None else set()
    previous_end = -1
    previous_kept = False
    for found in find_amounts(text):
        key = (found.money.currency, found.money.amount)
        conversion = previous_kept and bool(
            _CONVERSION_GAP.fullmatch(text[previous_end : found.start])
        )
        if key not in keep and (key not in valuations or not keep) and not conversion:
            cut = min(cut, found.start)
            break
        previous_end, previous_kept = found.end, True
    if cut < len(text):
        # back off to the clause the figure sits in: "raises $1.1 billion, a year after its…"
        kept_end = max(
            (f.end for f in find_amounts(text[:cut]) if (f.money.currency, f.money.amount) in keep),
            default=0,
        )
        boundary = max(text.rfind(mark, 0, cut) for mark in (", ", "; ", ": ", " — ", " – "))
        if boundary >= max(kept_end, 20):
            cut = boundary
    if cut > limit:
        # too long: end at the last clause boundary that keeps most of the line (subject,
        # verb and object come first in a headline), else at a word
        cut = limit
        clause = max(text.rfind(mark, 0, limit) for mark in _CLAUSE_MARKS)
        if clause >= limit * 0.55:
            cut = clause
    if cut >= len(text):
        return text
    opened = text.rfind(" (", 0, cut)
    if opened > text.rfind(")", 0, cut) and opened >= limit * 0.55:
        cut = opened  # never end inside brackets: "… by Tessaline (subject to approval…"
    return _trim(text[:cut], whole_word=not text[cut : cut + 1].isalnum()) + "…"


# "¥2.6 trillion (yen)": a currency spelled out in brackets after the amount says it twice.
_SPELLED_CURRENCY = re.compile(
    r"(?<=[\d\w])\s\((?:yen|yuan|renminbi|euros?|dollars?|pounds?|won|rupees?|(?:swiss )?francs?|"
    r"ringgit|baht)\)",
    re.IGNORECASE,
)
# "$820m (£610m)": an amount in brackets right after another is its conversion.
_CONVERSION_GAP = re.compile(r"\s*\(\s*(?:about|around|roughly|approx\.?|approximately|c\.|~)?\s*")
_CLAUSE_MARKS = (
    ", ",
    "; ",
    ": ",
    " — ",
    " – ",
    " as ",
    " but ",
    " after ",
    " while ",
    " amid ",
    " while ",
    " despite ",
)


# A cut that ends on a modifier leaves its noun behind ("… systems on agentic…"): adjective
# endings, and a word ending in a hyphen. Nouns with those endings are kept.
_MODIFIER_END = re.compile(r"(?:[a-z]{3}(?:ic|ical|ous|ive|ful|able|ible)|-)$")
_NOUNS_LIKE_MODIFIERS = frozenset(
    ["clinic", "logic", "topic", "traffic", "republic", "public", "music", "graphic", "mechanic",
     "executive", "initiative", "objective", "alternative", "archive", "directive", "incentive",
     "representative", "derivative", "detective", "explosive", "cable", "table", "variable",
     "vegetable", "bible", "fossil", "automotive"]
)  # fmt: skip


def _modifier(word: str) -> bool:
    """Tell whether a reason should not end on ``word`` (an adjective whose noun was cut)."""
    lower = word.lower()
    return bool(_MODIFIER_END.search(lower)) and lower not in _NOUNS_LIKE_MODIFIERS


def _trim(text: str, *, whole_word: bool) -> str:
    words = text.split(" ")
    if not whole_word and len(words) > 1:
        words = words[:-1]  # the last word was cut in the middle
    while words:
        last = words[-1].strip(" ,;:–—-(\"'“‘")
        if (
            last
            and last.lower().rstrip("’'s") not in FUNCTION_WORDS
            and last.lower() not in FUNCTION_WORDS
            and not _modifier(last)
        ):
            break
        words.pop()
    return " ".join(words).rstrip(" ,;:–—-(\"'“‘")


def figure_noun(assessment: Assessment, title: str) -> str:
    """Return the noun a reason puts after the headline figure ("deal", "contract", ...)."""
    lead = assessment.headline
    if lead is None:
        return ""
    for amount in assessment.amounts:
        if amount.money != lead.money and (amount.money.currency, amount.money.amount) != (
            lead.money.currency,
            lead.money.amount,
        ):
            continue
        sentence = amount.sentence
        position = sentence.find(amount.money.text)
        if position < 0:
            continue
        noun = _noun_after(sentence[position + len(amount.money.text) :])
        if noun:
            return noun
        noun = _noun_before_dash(sentence[:position])
        if noun:
            return noun
    if lead.role is Role.HEADLINE and re.search(
        r"\bpric(?:e|es|ed|ing)\b", lead.sentence, re.IGNORECASE
    ):
        return "price"
    kind = assessment.kind.kind
    if kind is Kind.PROGRAMME:
        programme = PROGRAMME.search(lead.sentence)
        if programme:
            return _SINGULAR.get(programme.group("noun").lower(), programme.group("noun").lower())
    if kind is Kind.DEAL and _ACQUISITION.search(title):
        return "acquisition"
    if kind is Kind.DEAL and _CONTRACT.search(title):
        return "contract"
    return _KIND_NOUNS.get(kind, "figure")


def _noun_before_dash(text: str) -> str:
    """Return the figure noun just before a dash or colon the figure follows.

    "Helios closes its storage financing — €2.1bn" names a financing.
    """
    match = re.search(r"(\S+)\s*[—–:]\s*$", text)
    if match is None:
        return ""
    word = match.group(1).lower().strip(",;")
    return _SINGULAR.get(word, word) if word in _FIGURE_NOUNS or word in _SINGULAR else ""


def _noun_after(text: str) -> str:
    """Return the figure noun within the next four words ("$7.5 billion, six-year deal").

    The search stops at a function word other than a leading "of" ("£700m of project
    financing") or an "and" between nouns ("AI and semiconductor package"; not "and signs
    … deals"), and at any punctuation but a comma right after the figure.
    """
    rest = text.lstrip(",")
    words: list[str] = []
    position = 0
    while len(words) < 4:
        match = _WORD_AFTER.match(
            rest, position + (len(rest[position:]) - len(rest[position:].lstrip(" ")))
        )
        if match is None or rest[position : match.start()].strip():
            break
        words.append(match.group().lower())
        position = match.end()
    for index, word in enumerate(words):
        if word in _FIGURE_NOUNS or word in _SINGULAR:
            return _SINGULAR.get(word, word)
        joins_nouns = (
            word == "and" and index + 1 < len(words) and not words[index + 1].endswith("s")
        )
        if word in FUNCTION_WORDS and not (index == 0 and word == "of") and not joins_nouns:
            return ""
    return ""


def report_reason(article: Article, assessment: Assessment, count: int) -> str:
    """Return the reason of a field led by ``article`` (``count`` distinct reports)."""
    title = reason_title(article, assessment)
    lead = assessment.headline
    if lead is not None and lead.money.text.lower() in title.lower():
        # The quoted title states the figure itself: say what it is, not the figure twice
        # ("Acquisition: Zelmar to buy Brennholt for CHF 1.35 billion", not "A CHF 1.35
        # billion acquisition: Zelmar to buy Brennholt for CHF 1.35 billion").
        noun = figure_noun(assessment, article.title)
        label = KIND_LABELS[assessment.kind.kind] if noun in _BARE_NOUNS else noun
        own = _LEADING_LABEL.match(title)
        has_label = own is not None and len(own.group(0).split()) <= _LABEL_WORDS
        line = title if has_label else f"{_capitalise(label)}: {title}"
    elif lead is not None:
        noun = figure_noun(assessment, article.title)
        written = lead.money.text
        in_words = written[:1].isalpha()  # "two billion euros"
        if in_words:
            written = written[:1].lower() + written[1:]
        if _UP_TO.search(lead.sentence.split(lead.money.text, 1)[0]):
            # "a deal worth up to $620 million": the figure is a ceiling, said as one
            head = _capitalise(f"{with_article(noun)} worth up to {written}")
        elif in_words:  # "A round of two billion euros"
            head = _capitalise(f"{with_article(noun)} of {written}")
        else:
            head = _capitalise(with_article(f"{written} {noun}"))
        line = f"{head}: {title}"
    elif _LEADING_LABEL.match(title):
        line = title
    else:
        line = f"{KIND_LABELS[assessment.kind.kind]}: {title}"
    return f"{line}{SEPARATOR}{plural(count, 'report')}"


# Figure nouns too bare to stand as a label alone ("Deal:", "Round:"): the kind's label is used.
_BARE_NOUNS = frozenset({"deal", "round", "price", "amount", "figure", "package"})
_LABEL_WORDS = 3  # a title's own label is short ("Buyout:", "Tie-up worth ¥120bn:")
STUB_WORDS = 6  # a shortened title with fewer words than this says too little ("X fines Y…")


def reason_title(article: Article, assessment: Assessment) -> str:
    """Return the words a reason quotes for ``article``: its title, or its first Key Finding.

    The title (wire slugs removed) is shortened by ``clean_title``. When that leaves a stub
    (fewer than ``STUB_WORDS`` words before the "…": the title's object was an amount that
    is not the news, or the title is oblique), the first Key Findings sentence, shortened the
    same way, stands in if it says more. A title that asks a question ("Two billion euros for
    X: is Europe's lab finally funded?") asserts nothing: Key Findings' first sentence, which
    says what happened, stands in for it whenever it is not a stub.
    """
    shown = _capitalise(
        _DATELINE.sub("", _LEADING_QUESTION.sub("", _shown_title(article)), count=1)
    )
    title = clean_title(shown, assessment.money, assessment.amounts)
    asks = shown.rstrip().endswith("?")
    if not is_stub(title) and not asks:
        return title
    for sentence in read_report(article, full=False).key_findings[:1]:
        plain = _APPOSITIVE.sub(r"\1 ", sentence.rstrip("."), count=1)
        candidate = clean_title(plain, assessment.money, assessment.amounts)
        if (asks or len(candidate.split()) > len(title.split())) and not is_stub(candidate):
            return candidate
    return title


def is_stub(title: str) -> bool:
    """Tell whether a shortened title keeps too few words to say what happened."""
    return title.endswith("…") and len(title.split()) < STUB_WORDS


_UP_TO = re.compile(r"\bup to\s*$", re.IGNORECASE)
# A question before the statement in a title ("Is your IT supplier covered? UK cyber rules for
# managed service providers take effect"): the statement is the news.
_LEADING_QUESTION = re.compile(r"^[^?:]{3,80}\?\s+(?=[A-Z\d\"“‘'])(?=(?:\S+\s+){3}\S)")
# A dateline before the news ("In San Francisco, X releases …", "On Tuesday, …"): the
# reason has no room for it. "On its very first try, …" is part of the news and stays.
_DATELINE = re.compile(
    r"^(?:In|At|From|On) (?:[A-Z][\w.'’-]*,? ){0,3}(?:[A-Z][\w.'’-]*), (?=[A-Z]|(?:the|a|an) )"
)
# The aside after a sentence's subject, which a one-line reason has no room for: "Ardent, the
# Paris-based developer of the Ombre models, has raised …" reads "Ardent has raised …".
_APPOSITIVE = re.compile(
    r"^([^,]{2,60}?), (?:the|a|an|one of|its|their|which|who)\b[^,]{3,100}, (?=[a-z])"
)


def _shown_title(article: Article) -> str:
    """The report's title, else the start of its key finding, else its link (never empty)."""
    if article.title.strip():
        return story_title(article.title)
    finding = " ".join(article.key_finding.split())
    if finding:
        return clean_title(finding, limit=80).rstrip(".")
    return article.url or "Untitled report"


def has_minor_noun(assessment: Assessment) -> bool:
    """Tell whether a skip line can name this report's kind ("an opinion column")."""
    return assessment.kind.kind in _MINOR_ITEMS


def single_minor_reason(article: Article, assessment: Assessment, count: int) -> str:
    """Return the reason of a field whose only report shown is minor: what that item is.

    ``Only a minor item: Ledgerline starts a payments pilot with four banks · 1 report``
    (the kind's noun when the title is a stub: ``Only a minor item: a delay · 1 report``).
    """
    title = reason_title(article, assessment)
    if is_stub(title):
        forms = _MINOR_ITEMS.get(assessment.kind.kind, _MINOR_DEFAULT)
        title = with_article(forms[0])
    return f"Only a minor item: {title}{SEPARATOR}{plural(count, 'report')}"


def minor_reason(shown: Sequence[Assessment], count: int) -> str:
    """Return the reason of a field with only minor reports, naming the kinds shown."""
    counts: dict[tuple[str, str], int] = {}
    for assessment in shown:
        forms = _MINOR_ITEMS.get(assessment.kind.kind, _MINOR_DEFAULT)
        counts[forms] = counts.get(forms, 0) + 1
    items = [with_article(forms[0]) if n == 1 else f"{n} {forms[1]}" for forms, n in counts.items()]
    if not items:
        return NO_REPORTS_REASON
    listed = items[0] if len(items) == 1 else f"{', '.join(items[:-1])} and {items[-1]}"
    return f"Only minor items: {listed}{SEPARATOR}{plural(count, 'report')}"


def _capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]


# Patterns the grammar check flags (see ``grammar_flags``).
_FLAGS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("doubled article", re.compile(r"\b(?:a|an|the)\s+(?:a|an|the)\b(?![$\w])", re.IGNORECASE)),
    ("doubled word", re.compile(r"\b(\w+)\s+\1\b", re.IGNORECASE)),
    ("singular count", re.compile(r"(?<![\d.,])1\s+reports\b")),
    ("plural count", re.compile(r"(?<![\d.,])(?:0|[2-9]|\d{2,})\s+report\b")),
    (
        "article before mass noun",
        re.compile(
            r"\b(?:a|an)\s+(?:funding|financing|research|regulation|approval)\b(?!\s+(?:round|deal|package|programme|plan))",
            re.IGNORECASE,
        ),
    ),
    ("empty part", re.compile(r"(?:^|:\s*|·\s*)(?:·|:|$)")),
)
_ARTICLE_NEXT = re.compile(r"\b(a|an|A|An)\s+([^\s]+)")


def grammar_flags(text: str) -> list[str]:
    """Return the grammar problems of a reason line (empty when clean).

    Checks: "a"/"an" against how the next word is read ("a AI", "an $1 billion"), doubled
    articles and words, counts ("1 reports", "3 report"), an article before a mass noun ("a
    funding"), a cut after a function word ("for the…"), and empty parts.
    """
    flags: list[str] = []
    for match in _ARTICLE_NEXT.finditer(text):
        word = match.group(2)
        if word.lower() in FUNCTION_WORDS:
            continue
        want = indefinite_article(word)
        if match.group(1).lower() != want:
            flags.append(f"'{match.group(0)}' should use '{want}'")
    for name, pattern in _FLAGS:
        if pattern.search(text):
            flags.append(name)
    for cut in re.finditer(r"(\S+)…", text):
        word = cut.group(1).strip(",;:").lower()
        if word in FUNCTION_WORDS:
            flags.append(f"cut after function word '{word}'")
    return flags
