"""The editorial config: feeds, the field taxonomy, scoring thresholds (a TOML file)."""

from __future__ import annotations

import tomllib
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from newsletter.errors import ConfigError

EMBEDDED_CONFIG = Path(__file__).parent / "defaults" / "newsletter.toml"


class FeedConfig(BaseModel):
    """One feed to collect: a URL, a local path or a file:// URL."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    url: str
    name: str = ""
    weight: float = Field(default=1.0, ge=0.0, le=5.0)


class FieldConfig(BaseModel):
    """One field of the taxonomy readers subscribe to."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    slug: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")
    name: str
    color: str = Field(pattern=r"^#[0-9a-fA-F]{6}$")
    description: str = ""
    aliases: tuple[str, ...] = ()


class ScoringConfig(BaseModel):
    """Thresholds that turn a 0-100 score into a verdict, and the weight of each report kind.

    ``kinds`` maps a kind name (see ``newsletter.curate.kinds.Kind``) to its importance
    points; kinds left out keep their default (``newsletter.curate.importance``).
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    must_read: int = Field(default=70, ge=0, le=100)
    worth_a_skim: int = Field(default=45, ge=0, le=100)
    top_reports: int = Field(default=3, ge=1, le=20)
    kinds: dict[str, float] = Field(default_factory=dict)

    @field_validator("kinds")
    @classmethod
    def _known_kinds(cls, kinds: dict[str, float]) -> dict[str, float]:
        from newsletter.curate.kinds import Kind

        known = {kind.value for kind in Kind}
        unknown = sorted(set(kinds) - known)
        if unknown:
            message = (
                f"unknown report kind(s) {', '.join(unknown)}; known: {', '.join(sorted(known))}"
            )
            raise ValueError(message)
        bad = sorted(name for name, points in kinds.items() if not 0 <= points <= 100)
        if bad:
            message = f"kind weights must be between 0 and 100; fix {', '.join(bad)}"
            raise ValueError(message)
        return kinds


class EditorialConfig(BaseModel):
    """Everything an editor configures about the publication."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    title: str = "Weekly Tech Intelligence"
    publisher: str = "Troy-Technical"
    language: str = "en"
    templates_dir: Path | None = None
    drafts_dir: Path = Path("drafts")
    feeds: tuple[FeedConfig, ...] = ()
    fields: tuple[FieldConfig, ...]
    scoring: ScoringConfig = ScoringConfig()

    @field_validator("fields")
    @classmethod
    def _unique_slugs(cls, fields: tuple[FieldConfig, ...]) -> tuple[FieldConfig, ...]:
        slugs = [field.slug for field in fields]
        duplicates = sorted({slug for slug in slugs if slugs.count(slug) > 1})
        if duplicates:
            message = f"field slugs must be unique; repeated: {', '.join(duplicates)}"
            raise ValueError(message)
        if not fields:
            message = "at least one [[fields]] entry is needed"
            raise ValueError(message)
        return fields

    def field(self, slug: str) -> FieldConfig:
        """Return the field with this slug, or raise ConfigError naming the known ones."""
        for candidate in self.fields:
            if candidate.slug == slug:
                return candidate
        known = ", ".join(field.slug for field in self.fields)
        message = f"Unknown field {slug!r}; known fields: {known}."
        raise ConfigError(message)

    @property
    def field_slugs(self) -> tuple[str, ...]:
        """Field slugs in the editor's order."""
        return tuple(field.slug for field in self.fields)


def load_editorial(path: Path | None) -> EditorialConfig:
    """Load the editorial TOML file (the embedded default when ``path`` is None).

    Relative feed paths and folders resolve against the config file's folder, except in the
    embedded default, whose sample feeds resolve against the working directory (the repo).
    """
    source = path or EMBEDDED_CONFIG
    try:
        raw = tomllib.loads(source.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        message = f"Editorial config {source} does not exist; fix NEWSLETTER_CONFIG or create it."
        raise ConfigError(message) from exc
    except tomllib.TOMLDecodeError as exc:
        message = f"Editorial config {source} is not valid TOML: {exc}. Fix the file."
        raise ConfigError(message) from exc
    try:
        config = EditorialConfig.model_validate(raw)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(part) for part in first["loc"])
        message = f"Editorial config {source}: {where}: {first['msg']}. Fix the file."
        raise ConfigError(message) from exc
    base = Path.cwd() if path is None else source.parent
    return _resolve_paths(config, base)


def _resolve_paths(config: EditorialConfig, base: Path) -> EditorialConfig:
    feeds = tuple(
        feed.model_copy(update={"url": resolve_feed_url(feed.url, base)}) for feed in config.feeds
    )
    update: dict[str, object] = {"feeds": feeds}
    if config.templates_dir is not None and not config.templates_dir.is_absolute():
        update["templates_dir"] = base / config.templates_dir
    if not config.drafts_dir.is_absolute():
        update["drafts_dir"] = base / config.drafts_dir
    return config.model_copy(update=update)


def resolve_feed_url(url: str, base: Path) -> str:
    """Return a feed's URL with a relative local path made absolute against ``base``.

    A feed is known by this string (its stored reports' source, its conditional-GET state),
    so one file must be spelled one way whether it comes from the config or ``--feed``.
    URLs and absolute paths come back as given.
    """
    if "://" in url or Path(url).is_absolute():
        return url
    return str((base / url).resolve())
