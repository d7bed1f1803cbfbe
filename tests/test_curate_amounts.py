"""Amounts: every spelling, currency and scale, read once by curation, with roles."""

from __future__ import annotations

import datetime as dt
import random

import pytest

from newsletter.collect.digest import DigestJob, digest_feed
from newsletter.collect.taxonomy import FieldMatcher
from newsletter.curate import amounts
from newsletter.curate.amounts import (
    FX_TO_USD,
    PREFIXES,
    SUFFIXES,
    Role,
    find_amounts,
    find_money,
    roled_amounts,
    usd_value,
)
from newsletter.curate.importance import assess
from newsletter.editorial import load_editorial
from newsletter.models import Money
from tests.conftest import require_shared


@pytest.mark.parametrize(
    ("text", "currency", "amount"),
    [
        ("passes $3T after a rally", "USD", 3e12),
        ("a $3 trillion market value", "USD", 3e12),
        ("about $1.2tn of spending", "USD", 1.2e12),
        ("raises $120M", "USD", 1.2e8),
        ("for US$450M in cash", "USD", 4.5e8),
        ("valued at $2.45B", "USD", 2.45e9),
        ("an $18M round", "USD", 1.8e7),
        ("a $45k grant", "USD", 4.5e4),
        ("a $45K grant", "USD", 4.5e4),
        ("a seed of $500,000", "USD", 5e5),
        ("could reach 2.3 billion dollars by 2031", "USD", 2.3e9),
        ("USD 2 billion", "USD", 2e9),
        ("€1.2bn of subsidies", "EUR", 1.2e9),
        ("a €6m seed", "EUR", 6e6),
        ("EUR 300m", "EUR", 3e8),
        ("500 million euros", "EUR", 5e8),
        ("£700m of financing", "GBP", 7e8),
        ("£2.5 billion", "GBP", 2.5e9),
        ("¥85 billion in grants", "JPY", 8.5e10),
        ("10 trillion yen", "JPY", 1e13),
        ("₩3 trillion", "KRW", 3e12),
        ("₹76,000 crore", "INR", 7.6e11),
        ("Rs 500 crore", "INR", 5e9),
        ("A$500 million", "AUD", 5e8),
        ("C$2.4 billion", "CAD", 2.4e9),
        ("HK$8bn", "HKD", 8e9),
        ("S$500 million", "SGD", 5e8),
        ("NT$40 billion", "TWD", 4e10),
        ("RM1.2 billion", "MYR", 1.2e9),
        ("CHF 1.35 billion", "CHF", 1.35e9),
        ("1.1 billion Swiss francs", "CHF", 1.1e9),
        ("5 billion CHF", "CHF", 5e9),
        ("1.2 billion ringgit", "MYR", 1.2e9),
        ("$2-3 billion", "USD", 2e9),
    ],
)
def test_every_spelling_is_read(text: str, currency: str, amount: float) -> None:
    """Each prefix, suffix, scale letter and scale word gives the currency and value in units."""
    (money,) = find_money(text)
    assert (money.currency, money.amount) == (currency, pytest.approx(amount))
    assert money.text in text


@pytest.mark.parametrize(
    ("text", "currency"),
    [
        ("¥85 billion yuan", "CNY"),
        ("¥2bn (about 2 billion yuan) for the fab", "CNY"),
        ("China's fund of ¥300 billion, paid in renminbi, backs chipmakers.", "CNY"),
        ("Japan's ¥10 trillion package", "JPY"),
        ("¥1 billion yen", "JPY"),
        ("CN¥5 billion", "CNY"),
        ("RMB 5bn", "CNY"),
    ],
)
def test_yen_and_yuan_are_told_apart_where_the_text_says(text: str, currency: str) -> None:
    """The ¥ sign is the yen unless the words after it or its sentence say yuan."""
    assert find_money(text)[0].currency == currency


@pytest.mark.parametrize(
    "text",
    [
        "USD and EUR both fell",
        "a 3 T-shirt deal",
        "$3 Tbps of bandwidth is not money of 3 trillion",
        "RM 5 is a code with a bare small number",
        "CHFs are not amounts",
        "the 2030 target",
    ],
)
def test_words_that_only_look_like_amounts_are_not_scaled_wrongly(text: str) -> None:
    """Codes without a figure, unit letters apart from the number and bare years are no money."""
    found = find_money(text)
    assert all(m.amount < 1e12 for m in found)
    assert not any(m.currency in ("EUR", "CHF", "MYR") for m in found)


def test_every_currency_read_has_an_fx_rate() -> None:
    """Every currency the amounts vocabulary reads has an FX rate."""
    for currency in {*PREFIXES.values(), *SUFFIXES.values()}:
        assert currency in FX_TO_USD, currency


def test_usd_value_uses_the_fixed_table() -> None:
    """Amounts convert to USD with the fixed table; unknown currencies are worth 0."""
    (chf,) = find_money("CHF 1 billion")
    (aud,) = find_money("A$1 billion")
    assert usd_value(chf) == pytest.approx(1.13e9)
    assert usd_value(aud) == pytest.approx(0.66e9)


def test_positions_point_at_the_written_amount() -> None:
    """find_amounts gives each amount's place in the text, repeats included."""
    text = "A $1 billion fund; $500 million each; the $1 billion fund again."
    found = find_amounts(text)
    assert [text[f.start : f.end] for f in found] == ["$1 billion", "$500 million", "$1 billion"]
    assert len(find_money(text)) == 2


_PIECES = (
    *PREFIXES,
    *(mark.upper() for mark in PREFIXES),
    *SUFFIXES,
    "ſ$",
    "\u212a",
    "1",
    "12",
    "1,234",
    "1,234,567.5",
    "3.5",
    "2-3",
    "4 to 5",
    "12–15",
    "billion",
    "bn",
    "M",
    "T",
    "k",
    "crore",
    " ",
    "  ",
    "\n",
    ".",
    ",",
    "-",
    "x",
    "a",
    "(",
    "٣",
)


@pytest.mark.parametrize("seed", range(8))
def test_amount_scan_finds_what_a_full_scan_finds(seed: int) -> None:
    """Trying the amount patterns only near numbers finds exactly what finditer finds."""
    rng = random.Random(seed)
    for _ in range(400):
        text = "".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 14)))
        runs = [run.start() for run in amounts._DIGIT_RUN.finditer(text)]
        for pattern, reach in ((amounts._PREFIXED, amounts._PREFIX_REACH), (amounts._SUFFIXED, 0)):
            fast = [match.group(0) for match in amounts._scan(pattern, text, runs, reach)]
            full = [match.group(0) for match in pattern.finditer(text)]
            assert (text, fast) == (text, full)
    text = "US$ 450M and ¥2bn"
    spans = amounts._scan(amounts._PREFIXED, text, [4, 14], amounts._PREFIX_REACH)
    assert [match.group(0) for match in spans] == ["US$ 450M", "¥2bn"]


def test_case_21_market_value_in_trillions() -> None:
    """Case 21: "$3T" is three trillion dollars, "$120M" is 120 million (collected from the feed)."""
    feed = require_shared("cases/21-money-T-suffix") / "feed.xml"
    matcher = FieldMatcher.from_fields(load_editorial(None).fields)
    fetched = dt.datetime(2026, 11, 30, tzinfo=dt.UTC)
    outcome = digest_feed(DigestJob(str(feed), str(feed), feed.read_bytes(), {}, fetched, matcher))
    # Curation reads the collected reports' amounts (title first, then Key Findings).
    money = {a.title: [found.money for found in assess(a).amounts] for a in outcome.articles}
    value = next(v for t, v in money.items() if "$3T" in t)
    raised = next(v for t, v in money.items() if "$120M" in t)
    assert (value[0].currency, value[0].amount, value[0].text) == ("USD", 3e12, "$3T")
    assert (raised[0].currency, raised[0].amount, raised[0].text) == ("USD", 1.2e8, "$120M")


def _role(sentence: str, written: str, *, headline_part: bool = True) -> Role:
    found = [
        a
        for a in roled_amounts(sentence, "title", headline_part=headline_part)
        if a.money.text == written
    ]
    assert found, f"{written!r} not read in {sentence!r}"
    return found[0].role


@pytest.mark.parametrize(
    ("sentence", "written", "role"),
    [
        (
            "Cloud firm signs $7.5 billion, six-year deal for accelerators",
            "$7.5 billion",
            Role.HEADLINE,
        ),
        ("Start-up raises $6.5 billion at a $95 billion valuation", "$6.5 billion", Role.HEADLINE),
        ("Start-up raises $6.5 billion at a $95 billion valuation", "$95 billion", Role.VALUATION),
        (
            "Robotics firm raises $1.1 billion, valuing it at $8 billion",
            "$8 billion",
            Role.VALUATION,
        ),
        ("Survey: revenues could reach US$18bn by 2035", "US$18bn", Role.FORECAST),
        ("Fab equipment spending could hit $152 billion in 2028", "$152 billion", Role.FORECAST),
        ("The market for sensors will grow to €4bn by 2030", "€4bn", Role.FORECAST),
        ("Ransomware gang demands $25 million from a logistics firm", "$25 million", Role.RANSOM),
        ("Compliance will cost operators €1.9bn over five years", "€1.9bn", Role.COST_ESTIMATE),
        ("It raised $220 million in a Series C round in March 2025", "$220 million", Role.PAST),
        (
            "The designer, which signed a $7.5 billion supply deal this month, opens an office",
            "$7.5 billion",
            Role.PAST,
        ),
        ("The deal includes a $1.2 billion prepayment", "$1.2 billion", Role.DEAL_COMPONENT),
        (
            "Signs $2.5 billion compute deal, including a $600 million prepayment",
            "$600 million",
            Role.DEAL_COMPONENT,
        ),
        (
            "Private fusion companies have raised roughly $9 billion in total",
            "$9 billion",
            Role.SECTOR_TOTAL,
        ),
        ("The firm reported annual revenue of $4 billion", "$4 billion", Role.REVENUE),
        ("Transfers are capped at €10,000 each", "€10,000", Role.COMPARISON),
        ("Solvane prices SLV-201 at $2.9 million per patient", "$2.9 million", Role.HEADLINE),
        ("The therapy's list price was set in 2024 at $2 million", "$2 million", Role.PRICE),
        ("Chip designer's market value passes $3T after AI rally", "$3T", Role.VALUATION),
    ],
)
def test_each_amount_gets_its_role_from_its_clause(sentence: str, written: str, role: Role) -> None:
    """Valuations, forecasts, ransoms, cost estimates, past rounds, components are not headlines."""
    assert _role(sentence, written) is role


def test_amounts_outside_title_and_key_findings_are_never_headline() -> None:
    """A deal value in the Background section is background, not the report's news."""
    sentence = "The company signed a $6 billion partnership with a cloud provider."
    assert _role(sentence, "$6 billion", headline_part=False) is Role.BACKGROUND
    assert _role(sentence, "$6 billion", headline_part=True) is Role.HEADLINE


@pytest.mark.parametrize(
    "title",
    [
        "UK regulator fines Harwick Water £6.5m over its 2025 sewage spills",
        "Watchdog fines Pell Bank €9m for the 2024 outage of its app",
        "Orsk pays $30m to settle claims about its 2023 data leak",
    ],
)
def test_a_year_of_another_thing_does_not_date_the_amount(title: str) -> None:
    """'£6.5m over its 2025 spills': the year dates the spills, the fine is this week's."""
    roles = [a.role for a in roled_amounts(title, "title", headline_part=True, year=2026)]
    assert roles == [Role.HEADLINE]


@pytest.mark.parametrize(
    ("sentence", "written"),
    [
        ("Grid software: the next $80 billion market?", "$80 billion"),
        ("Why chiplets are a $30bn opportunity for small foundries", "$30bn"),
        ("Inside the £4bn UK drone industry", "£4bn"),
        ("Lab signs deal to tap a $200 billion AI inference market", "$200 billion"),
    ],
)
def test_an_amount_that_sizes_a_market_is_never_the_headline(sentence: str, written: str) -> None:
    """'$X market', '$X opportunity', '$X industry' size a market: never the report's own money."""
    assert _role(sentence, written) is Role.MARKET_SIZE


def test_a_market_entry_deal_is_not_a_market_size() -> None:
    """'market-entry' after an amount is not a market's size."""
    assert _role("Chipmaker signs a $500 million market-entry deal in India", "$500 million") is (
        Role.HEADLINE
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a $1 billion deal", Money("USD", 1e9, "$1 billion")),
        ("each adds $500 million", Money("USD", 5e8, "$500 million")),
        ("a ¥10 trillion plan", Money("JPY", 1e13, "¥10 trillion")),
        ("funds of €2bn", Money("EUR", 2e9, "€2bn")),
        ("10 trillion yen over ten years", Money("JPY", 1e13, "10 trillion yen")),
        ("US$1.2bn raised", Money("USD", 1.2e9, "US$1.2bn")),
        ("£300m for fabs", Money("GBP", 3e8, "£300m")),
        ("a $1,250,000 grant", Money("USD", 1.25e6, "$1,250,000")),
    ],
)
def test_money_amounts_carry_currency_and_scale(text: str, expected: Money) -> None:
    """Amounts are read with their currency and scale, as written."""
    assert find_money(text) == (expected,)


@pytest.mark.parametrize(
    "text", ["2bn users signed up", "prices in USD are shown", "version 2.5 million lines"]
)
def test_numbers_without_a_currency_are_not_money(text: str) -> None:
    """A scale without a currency, or a bare currency code, is not an amount."""
    assert find_money(text) == ()


def test_repeated_amounts_are_listed_once_in_order() -> None:
    """The same amount mentioned twice is one signal; order follows first mention."""
    found = find_money("A $1 billion fund; $500 million each; the $1 billion fund again.")
    assert [money.text for money in found] == ["$1 billion", "$500 million"]


@pytest.mark.parametrize(
    "text",
    [
        "US$1.2BN raised; €2BN more; £300M for fabs and 10 TRILLION YEN over ten years",
        "A ¥10 Trillion plan, CHF 40 Million, INR 500 crore and RMB 3bn",
        "Funds: USD 5 billion. Prices in USD. 2bn users.",
    ],
)
def test_upper_case_amounts_read_alike_on_both_scanning_paths(text: str) -> None:
    """Amounts in capitals are read, and a text that needs the case-folding scan ("ſ") reads the same."""
    plain = find_money(text)
    assert plain
    # "ſ" folds to "s" but lower-cases to itself: it sends the whole text down the slower scan.
    assert find_money(text + " ſ") == plain


def test_a_currency_prefix_matched_by_case_folding_is_read() -> None:
    """A prefix the regex matches only by case folding ("ſ$" for "S$") is an amount, not a crash."""
    (money,) = find_money("ſ$1 billion for the fab")
    assert (money.currency, money.amount) == ("SGD", 1e9)


@pytest.mark.parametrize(
    ("text", "currency", "amount"),
    [
        ("Ardent has raised two billion euros in a round", "EUR", 2e9),
        ("a deal worth half a billion dollars", "USD", 5e8),
        ("One and a half billion pounds for the grid", "GBP", 1.5e9),
        ("twenty-five million dollars of seed money", "USD", 2.5e7),
        ("a hundred million dollars", "USD", 1e8),
        ("some three hundred million yen", "JPY", 3e8),
        ("a quarter of a billion Swiss francs", "CHF", 2.5e8),
        ("Two Billion Euros For Ardent", "EUR", 2e9),
    ],
)
def test_amounts_written_in_words_are_read(text: str, currency: str, amount: float) -> None:
    """A count word, a scale word and a currency word make an amount, as in British copy."""
    (found,) = find_amounts(text)
    assert (found.money.currency, found.money.amount) == (currency, amount)
    assert text[found.start : found.end] == found.money.text


@pytest.mark.parametrize(
    "text",
    [
        "two million people signed up",
        "a billion users",
        "one billion usd in prose",
        "won a billion",
    ],
)
def test_counts_in_words_without_a_currency_are_no_amount(text: str) -> None:
    """A scale word needs a currency word after it; a lower-case code is prose."""
    assert find_amounts(text) == ()


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("a $40-$50 million round", 4e7),
        ("from $2 to $3 billion", 2e9),
        ("$5-10bn of orders", 5e9),
        ("€2-3 billion", 2e9),
    ],
)
def test_a_range_with_the_currency_repeated_keeps_its_scale(text: str, amount: float) -> None:
    """'$40-$50 million' is forty million at the low end, never forty dollars."""
    (found,) = find_amounts(text)
    assert found.money.amount == amount


@pytest.mark.parametrize(
    ("sentence", "written", "role"),
    [
        ("Marsk prices its IPO at $18 a share, raising $420M", "$18", Role.PRICE),
        ("Marsk prices its IPO at $18 a share, raising $420M", "$420M", Role.HEADLINE),
        ("Shares rose 30% to $23.40 on debut", "$23.40", Role.PRICE),
        ("Activist Pellham builds a stake in Quillon (market cap: $12B)", "$12B", Role.VALUATION),
        ("Quillon lifts its full-year outlook to $4.1B", "$4.1B", Role.REVENUE),
        ("Commerce awards Koru up to $775M in preliminary grant terms", "$775M", Role.HEADLINE),
    ],
)
def test_share_prices_market_caps_and_guidance_are_not_the_news(
    sentence: str, written: str, role: Role
) -> None:
    """A share price, a market cap or revenue guidance beside the news is never its figure."""
    assert _role(sentence, written) is role
