"""Settings: the only place that reads the environment (``NEWSLETTER_*`` variables and ``.env``)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from email_validator import EmailNotValidError, validate_email
from pydantic import Field, SecretStr, ValidationError, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict
from pydantic_settings.exceptions import SettingsError

from newsletter.errors import ConfigError

DEV_SECRET_KEY = "dev-only-secret-change-me"


class Settings(BaseSettings):
    """Runtime settings. Build once at the edge (CLI, web app) and pass down."""

    model_config = SettingsConfigDict(
        env_prefix="NEWSLETTER_",
        env_file=".env",
        env_file_encoding="utf-8",
        extra="ignore",
    )

    database_url: str = "sqlite:///newsletter.db"
    base_url: str = "http://localhost:8000"
    secret_key: SecretStr = SecretStr(DEV_SECRET_KEY)
    old_secret_keys: Annotated[list[SecretStr], NoDecode] = Field(default_factory=list)
    delivery: Literal["outbox", "sendgrid", "smtp"] = "outbox"
    outbox_dir: Path = Path("outbox")
    sendgrid_api_key: SecretStr | None = None
    sendgrid_host: str = "https://api.sendgrid.com"
    sendgrid_webhook_public_key: str | None = None
    smtp_host: str | None = None
    smtp_port: int = Field(default=587, ge=1, le=65535)
    smtp_security: Literal["starttls", "tls", "none"] = "starttls"
    smtp_username: str | None = None
    smtp_password: SecretStr | None = None
    track_opens: bool = False
    track_clicks: bool = False
    # "Was this call right? Yes · No" under each field's verdict (per-recipient links).
    verdict_feedback: bool = True
    unsubscribe_mailto: str | None = None
    from_email: str = "newsletter@example.com"
    from_name: str = "Troy-Technical Weekly"
    postal_address: str = "Troy-Technical, 1 Example Street, Springfield, USA"
    privacy_policy_version: str = "2026-01"
    config: Path | None = None
    send_weekday: Literal["mon", "tue", "wed", "thu", "fri", "sat", "sun"] = "mon"
    send_time: str = "07:00"
    timezone: str = "UTC"
    send_lateness_hours: int = Field(default=48, ge=1)

    @field_validator("base_url", "sendgrid_host")
    @classmethod
    def _http_url(cls, value: str) -> str:
        if not value.startswith(("http://", "https://")):
            message = f"must start with http:// or https://, got {value!r}"
            raise ValueError(message)
        return value.rstrip("/")

    @field_validator("send_time")
    @classmethod
    def _hh_mm(cls, value: str) -> str:
        hours, _, minutes = value.partition(":")
        if not (hours.isdigit() and minutes.isdigit() and int(hours) < 24 and int(minutes) < 60):
            message = f"must be HH:MM in 24-hour time, got {value!r}"
            raise ValueError(message)
        return value

    @field_validator("timezone")
    @classmethod
    def _iana_zone(cls, value: str) -> str:
        try:
            ZoneInfo(value)  # system zone database, else the tzdata package
        except (ZoneInfoNotFoundError, ValueError) as exc:
            message = f"{value!r} is not an IANA time zone; use a name such as Europe/Paris, Asia/Shanghai or UTC"
            raise ValueError(message) from exc
        return value

    @field_validator("from_email", "unsubscribe_mailto")
    @classmethod
    def _deliverable_address(cls, value: str | None) -> str | None:
        # Checked here, not at the first send: SendGrid refuses the request (400), an SMTP relay
        # the MAIL FROM. A non-ASCII local part needs SMTPUTF8 (RFC 6531), which SendGrid and
        # many relays lack (email-validator's allow_smtputf8=False refuses it).
        if value is None:
            return None
        address = value.removeprefix("mailto:")
        try:
            validate_email(address, check_deliverability=False, allow_smtputf8=False)
        except EmailNotValidError as exc:
            message = f"{value!r} is not an address every backend can send from: {exc} Give one that is ASCII before the @, like newsletter@example.com"
            raise ValueError(message) from exc
        return value

    @field_validator(
        "sendgrid_api_key",
        "sendgrid_webhook_public_key",
        "smtp_host",
        "smtp_username",
        "smtp_password",
        "unsubscribe_mailto",
        "config",
        mode="before",
    )
    @classmethod
    def _empty_is_unset(cls, value: object) -> object:
        # `NAME=` in .env means "not set", not an empty key or the current folder.
        return None if value == "" else value

    @field_validator("old_secret_keys", mode="before")
    @classmethod
    def _comma_separated(cls, value: object) -> object:
        if isinstance(value, str):
            return [part.strip() for part in value.split(",") if part.strip()]
        return value

    def all_secret_keys(self) -> list[str]:
        """Return the current key first, then the old keys that still verify tokens."""
        return [self.secret_key.get_secret_value()] + [
            key.get_secret_value() for key in self.old_secret_keys
        ]

    def uses_dev_secret(self) -> bool:
        """Tell whether the insecure development secret is still in use."""
        return self.secret_key.get_secret_value() == DEV_SECRET_KEY

    def check_public_secret(self) -> None:
        """Raise ConfigError when a public (https) site would trust the development secret.

        The development key is in this repository for anyone to read: with it, anyone can
        mint a working unsubscribe or preferences link for any subscriber. The web app, which
        verifies those links, calls this: the key is refused as the current key and as an old
        key whenever NEWSLETTER_BASE_URL is https (a site readers reach); plain http stays
        allowed for local development, and so do local outputs (preview, outbox, demo).
        Sending through SendGrid or SMTP refuses the development key whatever the URL.
        """
        if self.base_url.startswith("https://") and DEV_SECRET_KEY in self.all_secret_keys():
            message = (
                "NEWSLETTER_SECRET_KEY (or NEWSLETTER_OLD_SECRET_KEYS) holds the development "
                "default while NEWSLETTER_BASE_URL is https; set a long random value "
                '(python -c "import secrets; print(secrets.token_urlsafe(32))").'
            )
            raise ConfigError(message)


def load_settings(**overrides: object) -> Settings:
    """Build Settings from the environment, turning validation errors into one ConfigError line."""
    try:
        settings = Settings(**overrides)  # type: ignore[arg-type]
    except SettingsError as exc:
        message = f"A setting could not be read: {exc}. Fix it in the environment or in .env."
        raise ConfigError(message) from exc
    except ValidationError as exc:
        first = exc.errors()[0]
        name = "NEWSLETTER_" + "_".join(str(part) for part in first["loc"]).upper()
        message = (
            f"Setting {name} is invalid: {first['msg']}. "
            "Fix it in the environment or in .env (see .env.example)."
        )
        raise ConfigError(message) from exc
    if settings.delivery == "sendgrid" and settings.sendgrid_api_key is None:
        message = (
            "Setting NEWSLETTER_SENDGRID_API_KEY is missing while NEWSLETTER_DELIVERY=sendgrid; "
            "set the key or use NEWSLETTER_DELIVERY=outbox."
        )
        raise ConfigError(message)
    if settings.delivery == "smtp" and not settings.smtp_host:
        message = (
            "Setting NEWSLETTER_SMTP_HOST is missing while NEWSLETTER_DELIVERY=smtp; set the "
            "relay's host name or use NEWSLETTER_DELIVERY=outbox."
        )
        raise ConfigError(message)
    if settings.delivery != "outbox" and settings.uses_dev_secret():
        message = (
            "Setting NEWSLETTER_SECRET_KEY still has the development default; set a long random "
            'value (python -c "import secrets; print(secrets.token_urlsafe(32))") before sending.'
        )
        raise ConfigError(message)
    return settings
