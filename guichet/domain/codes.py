"""Codes given to customers: unguessable, easy to read aloud, typo-detecting.

Alphabet: 31 symbols (digits 2-9 and A-Z without I, L, O), so 0/O and 1/I/L can never be
confused. 31 is prime, so a position-weighted sum modulo 31 as the check character catches
every single-character substitution and every swap of two adjacent characters.
Codes have 14 random symbols (about 69 bits from :mod:`secrets`) plus the check symbol and
are shown in groups of five: ``K7M2Q-X9PTR-4HWC8``.

Codes are typed the way people type them: :func:`normalize` is the one form every code (promo
code, card, pass, pairing code) is stored, looked up and compared in, here, in the services and
on the server.
"""

from __future__ import annotations

import secrets
import unicodedata

from guichet.domain.errors import DomainError

ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
_INDEX = {c: i for i, c in enumerate(ALPHABET)}
_BASE = len(ALPHABET)  # 31, prime
RANDOM_LENGTH = 14
GROUP = 5
#: What people type for what the alphabet leaves out (O for 0, I or L for 1, and back).
AMBIGUOUS = "01ILO"
_TYPABLE = frozenset(ALPHABET + AMBIGUOUS)
# ASCII (the usual case, a few hundred nanoseconds): spaces, tabs, underscores, dashes dropped.
_ASCII_DROP = str.maketrans("", "", "".join(c for c in map(chr, range(128)) if c.isspace()) + "_-")
# Beyond ASCII, also dropped: dashes (Pd), the minus sign, connector punctuation such as the
# underscore (Pc), invisible format characters (Cf: soft hyphen, zero-width space, BOM).
_DROP_CATEGORIES = frozenset({"Pd", "Pc", "Cf", "Mn", "Me", "Mc"})


def _checksum(code: str) -> int:
    return sum((i + 1) * _INDEX[c] for i, c in enumerate(code)) % _BASE


def new_code(length: int = RANDOM_LENGTH) -> str:
    body = "".join(secrets.choice(ALPHABET) for _ in range(length))
    return body + check_symbol_for(body)


def check_symbol_for(body: str) -> str:
    # Choose c so that sum((i+1)*v_i) over body+c == 0 (mod 31).
    partial = sum((i + 1) * _INDEX[ch] for i, ch in enumerate(body))
    weight = len(body) + 1
    for value in range(_BASE):
        if (partial + weight * value) % _BASE == 0:
            return ALPHABET[value]
    raise AssertionError("31 is prime: a check symbol always exists")


def normalize(text: str) -> str:
    """A code as typed or scanned -> the one form it is stored and looked up in.

    Upper case without accents (« été » -> ``ETE``; compatibility forms too: full-width
    letters, ligatures); every space (including the no-break U+00A0 and U+202F), underscore,
    dash (hyphen, en and em dashes, minus sign) and invisible format character dropped.
    Idempotent: ``normalize(normalize(t)) == normalize(t)``.
    """
    if text.isascii():
        return text.translate(_ASCII_DROP).upper()
    decomposed = unicodedata.normalize("NFKD", text)
    kept = "".join(
        ch
        for ch in decomposed
        if not ch.isspace() and ch != "\u2212" and unicodedata.category(ch) not in _DROP_CATEGORIES
    )
    # Upper case may compose or decompose again (ß -> SS, ŉ -> ʼN): one more pass.
    upper = unicodedata.normalize("NFKD", kept.upper())
    return "".join(
        ch
        for ch in upper
        if not ch.isspace() and unicodedata.category(ch) not in _DROP_CATEGORIES
    )


def misread_characters(text: str) -> str:
    """The characters of a code of the generated shape that the generator never produces.

    ``text`` is normalised first. A code of the generated shape is 15 symbols (14 random and
    the check symbol) of the alphabet or of :data:`AMBIGUOUS` (a 0 typed for an O...). The
    answer is those ambiguous characters in order of appearance, without repeats — "" when the
    text does not have the shape or holds none: such a code can never be valid.
    """
    code = normalize(text)
    if len(code) != RANDOM_LENGTH + 1 or not _TYPABLE.issuperset(code):
        return ""
    return "".join(dict.fromkeys(ch for ch in code if ch in AMBIGUOUS))


def check_characters(text: str) -> None:
    """Raise ``code_check_characters`` ("check the code") when ``text`` has the shape of a
    generated code but holds a character the generator never produces (O, I, L, 0, 1)."""
    misread = misread_characters(text)
    if misread:
        raise DomainError(
            "code_check_characters", text=display(normalize(text)), characters=misread
        )


def validate(text: str) -> str:
    """Return the normalised code, or raise ``code_malformed`` ("check the code")."""
    code = normalize(text)
    if len(code) < 2 or any(ch not in _INDEX for ch in code) or _checksum(code) != 0:
        raise DomainError("code_malformed", text=text)
    return code


def is_well_formed(text: str) -> bool:
    try:
        validate(text)
    except DomainError:
        return False
    return True


def display(code: str) -> str:
    return "-".join(code[i : i + GROUP] for i in range(0, len(code), GROUP))
