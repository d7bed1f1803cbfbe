"""Link tokens: purpose binding, key rotation, expiry, and nothing but InvalidToken on bad input."""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from subscribers.errors import InvalidToken
from subscribers.store import new_subscriber_id
from subscribers.tokens import TokenSigner

KEY = "tokens-test-key-0123456789"
SIGNER = TokenSigner([KEY])
SUBSCRIBER_ID = "Zx3v_Q-9aBcDeFgHiJkLmN"


def test_manage_token_round_trips_and_hides_nothing_personal() -> None:
    """A manage token verifies back to the id and carries only the id and a signature."""
    token = SIGNER.manage_token(SUBSCRIBER_ID)
    assert SIGNER.verify_manage(token) == SUBSCRIBER_ID
    assert token.startswith(SUBSCRIBER_ID + ".")
    assert "@" not in token


def test_manage_token_is_stable() -> None:
    """The never-expiring token is the same every time (one per subscriber)."""
    assert SIGNER.manage_token(SUBSCRIBER_ID) == SIGNER.manage_token(SUBSCRIBER_ID)


def test_confirm_token_round_trips() -> None:
    """A fresh confirm token verifies back to the id."""
    assert SIGNER.verify_confirm(SIGNER.confirm_token(SUBSCRIBER_ID), 3600) == SUBSCRIBER_ID


def test_purposes_are_bound() -> None:
    """A confirm token never verifies as manage, and a manage token never as confirm."""
    with pytest.raises(InvalidToken):
        SIGNER.verify_manage(SIGNER.confirm_token(SUBSCRIBER_ID))
    with pytest.raises(InvalidToken):
        SIGNER.verify_confirm(SIGNER.manage_token(SUBSCRIBER_ID), 3600)


def test_confirm_token_expires() -> None:
    """A confirm token older than max_age is refused."""
    token = SIGNER.confirm_token(SUBSCRIBER_ID)
    time.sleep(1.1)
    with pytest.raises(InvalidToken, match="expired"):
        SIGNER.verify_confirm(token, 0)


def test_old_keys_keep_verifying_after_rotation() -> None:
    """Tokens signed with a retired key verify while it is listed, and fail once it is removed."""
    old_token = TokenSigner(["old-key"]).manage_token(SUBSCRIBER_ID)
    old_confirm = TokenSigner(["old-key"]).confirm_token(SUBSCRIBER_ID)
    rotated = TokenSigner(["new-key", "old-key"])
    assert rotated.verify_manage(old_token) == SUBSCRIBER_ID
    assert rotated.verify_confirm(old_confirm, 3600) == SUBSCRIBER_ID
    new_token = rotated.manage_token(SUBSCRIBER_ID)
    assert new_token != old_token
    assert TokenSigner(["new-key"]).verify_manage(new_token) == SUBSCRIBER_ID
    with pytest.raises(InvalidToken):
        TokenSigner(["new-key"]).verify_manage(old_token)


def test_other_key_is_forged() -> None:
    """A token signed with another secret is refused."""
    with pytest.raises(InvalidToken):
        SIGNER.verify_manage(TokenSigner(["attacker"]).manage_token(SUBSCRIBER_ID))


@pytest.mark.parametrize(
    "mangle",
    [
        lambda t: t[:-1],
        lambda t: t[:-10],
        lambda t: t.split(".")[0],
        lambda t: "",
        lambda t: ".",
        lambda t: t + "x",
        lambda t: "X" + t[1:],
        lambda t: t.replace(".", ".."),
        lambda t: t + "é",
        lambda t: t + "\x00",
        lambda t: "a" * 5000,
        lambda t: "alice@example.com." + t.split(".")[1],
    ],
)
def test_tampered_tokens_raise_invalid_token(mangle: Callable[[str], str]) -> None:
    """Truncated, edited, empty, non-ASCII or oversize tokens raise InvalidToken."""
    token = SIGNER.manage_token(SUBSCRIBER_ID)
    bad = mangle(token)
    with pytest.raises(InvalidToken):
        SIGNER.verify_manage(bad)
    with pytest.raises(InvalidToken):
        SIGNER.verify_confirm(bad, 3600)


def test_minting_refuses_non_id_values() -> None:
    """Only id-shaped values can be put in a token (never an address)."""
    with pytest.raises(InvalidToken):
        SIGNER.manage_token("alice@example.com")


@settings(max_examples=500, deadline=None)
@given(st.text())
def test_arbitrary_strings_never_verify(text: str) -> None:
    """Arbitrary text never verifies as either token and raises nothing but InvalidToken."""
    for verify in (SIGNER.verify_manage, lambda t: SIGNER.verify_confirm(t, 3600)):
        with pytest.raises(InvalidToken):
            verify(text)


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=0, max_value=60), st.text(alphabet="ABCxyz019-_.", max_size=5))
def test_edited_real_tokens_never_verify(position: int, insert: str) -> None:
    """Splicing characters into a real token always gives InvalidToken, unless it is unchanged."""
    token = SIGNER.manage_token(new_subscriber_id())
    cut = min(position, len(token))
    edited = token[:cut] + insert + token[cut + len(insert) :]
    if edited == token:
        return
    with pytest.raises(InvalidToken):
        SIGNER.verify_manage(edited)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.from_regex(r"[A-Za-z0-9_-]{1,64}", fullmatch=True), max_size=20),
    st.text(min_size=1, max_size=100),
)
def test_bulk_minting_equals_one_by_one(ids: list[str], key: str) -> None:
    """manage_tokens (the send path's bulk HMAC) gives exactly manage_token's tokens, any key length."""
    signer = TokenSigner([key, "an-older-key"])
    assert signer.manage_tokens(ids) == [signer.manage_token(value) for value in ids]
    for token, value in zip(signer.manage_tokens(ids), ids, strict=True):
        assert signer.verify_manage(token) == value


def test_bulk_minting_refuses_non_id_values() -> None:
    """manage_tokens refuses anything but an opaque id, like manage_token."""
    signer = TokenSigner(["k"])
    with pytest.raises(InvalidToken):
        signer.manage_tokens(["good-id", "reader@example.com"])


def test_look_alike_signature_spellings_are_refused() -> None:
    """Base64 spellings that differ only in the signature's unused bits decode alike but do not verify."""
    signer = TokenSigner(["k1"])
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
    for subscriber_id in ("abc", "sub-123", "Zz_9"):
        for token, verify in (
            (signer.manage_token(subscriber_id), signer.verify_manage),
            (
                signer.confirm_token(subscriber_id),
                lambda t: signer.verify_confirm(t, max_age_seconds=60),
            ),
        ):
            assert verify(token) == subscriber_id
            last = alphabet.index(token[-1])
            look_alikes = [
                c for c in alphabet if alphabet.index(c) >> 2 == last >> 2 and c != token[-1]
            ]
            assert len(look_alikes) == 3  # the same 4 data bits, other unused bits
            for char in look_alikes:
                with pytest.raises(InvalidToken):
                    verify(token[:-1] + char)
