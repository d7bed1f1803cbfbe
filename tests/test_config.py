"""Settings and the editorial config."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from newsletter.config import Settings, load_settings
from newsletter.editorial import load_editorial
from newsletter.errors import ConfigError

REPO = Path(__file__).resolve().parent.parent


def test_env_example_lists_every_setting() -> None:
    """.env.example documents exactly the fields of Settings, each with a comment."""
    text = (REPO / ".env.example").read_text(encoding="utf-8")
    documented = set(re.findall(r"^#?\s*NEWSLETTER_([A-Z0-9_]+)=", text, flags=re.M))
    expected = {name.upper() for name in Settings.model_fields}
    assert documented == expected
    lines = text.splitlines()
    for index, line in enumerate(lines):
        if re.match(r"^#?\s*NEWSLETTER_", line):
            assert lines[index - 1].startswith("# "), f"no comment above {line}"


def test_invalid_setting_names_the_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    """A bad value stops with one line naming NEWSLETTER_<NAME> and how to fix it."""
    monkeypatch.setenv("NEWSLETTER_BASE_URL", "newsletter.example.com")
    with pytest.raises(ConfigError, match=r"NEWSLETTER_BASE_URL.*\.env"):
        load_settings(_env_file=None)


def test_sendgrid_needs_key_and_real_secret(monkeypatch: pytest.MonkeyPatch) -> None:
    """SendGrid delivery refuses a missing API key and the development secret."""
    monkeypatch.setenv("NEWSLETTER_DELIVERY", "sendgrid")
    with pytest.raises(ConfigError, match="NEWSLETTER_SENDGRID_API_KEY"):
        load_settings(_env_file=None)
    monkeypatch.setenv("NEWSLETTER_SENDGRID_API_KEY", "SG.test")
    with pytest.raises(ConfigError, match="NEWSLETTER_SECRET_KEY"):
        load_settings(_env_file=None)


def test_old_secret_keys_are_comma_separated(monkeypatch: pytest.MonkeyPatch) -> None:
    """Rotated keys come from one comma-separated variable, current key first."""
    monkeypatch.setenv("NEWSLETTER_SECRET_KEY", "new")
    monkeypatch.setenv("NEWSLETTER_OLD_SECRET_KEYS", "old1, old2")
    assert load_settings(_env_file=None).all_secret_keys() == ["new", "old1", "old2"]


def test_editorial_errors_name_the_key(tmp_path: Path) -> None:
    """A wrong value in the editorial TOML names the key path and the file."""
    path = tmp_path / "bad.toml"
    path.write_text('[[fields]]\nslug = "ai"\nname = "AI"\ncolor = "red"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match=r"fields\.0\.color"):
        load_editorial(path)


def test_embedded_config_has_eight_fields() -> None:
    """The embedded default ships the eight fields of the site."""
    config = load_editorial(None)
    assert len(config.field_slugs) == 8
    assert config.field("quantum").name == "Quantum Computing"


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("NEWSLETTER_FROM_EMAIL", "jörg@example.com"),
        ("NEWSLETTER_FROM_EMAIL", "not-an-address"),
        ("NEWSLETTER_UNSUBSCRIBE_MAILTO", "mailto:désabonner@example.fr"),
    ],
)
def test_a_sender_address_no_backend_can_use_stops_at_startup(
    monkeypatch: pytest.MonkeyPatch, name: str, value: str
) -> None:
    """An invalid or non-ASCII sender or unsubscribe address is one ConfigError naming the setting."""
    monkeypatch.setenv(name, value)
    with pytest.raises(ConfigError, match=name) as raised:
        load_settings()
    assert "ASCII before the @" in str(raised.value)


def test_an_idn_sender_domain_and_a_mailto_prefix_are_fine(monkeypatch: pytest.MonkeyPatch) -> None:
    """news@bücher.example (IDNA travels) and mailto:unsub@example.com are accepted as given."""
    monkeypatch.setenv("NEWSLETTER_FROM_EMAIL", "news@bücher.example")
    monkeypatch.setenv("NEWSLETTER_UNSUBSCRIBE_MAILTO", "mailto:unsub@example.com")
    settings = load_settings()
    assert (settings.from_email, settings.unsubscribe_mailto) == (
        "news@bücher.example",
        "mailto:unsub@example.com",
    )
