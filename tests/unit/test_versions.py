"""Version numbers as the server's minimum and the counters compare them (issue 19, part 8)."""

from __future__ import annotations

import pytest

from guichet import __version__
from guichet.domain import versions
from guichet.domain.errors import DomainError
from guichet.domain.versions import Version, VersionError, older_than, parse
from guichet.server.updates import UpdatePolicy, check_counter


def test_numbers_compare_as_numbers_not_as_text() -> None:
    assert parse("0.10.0") > parse("0.9.0")
    assert parse("1.0.0") > parse("0.99.99")
    assert parse("0.2.10") > parse("0.2.9")
    assert older_than("0.9.0", "0.10.0") and not older_than("0.10.0", "0.9.0")
    assert not older_than("0.2.0", "0.2.0")


def test_a_prerelease_comes_before_its_release_in_stage_order() -> None:
    order = ["0.2.0a1", "0.2.0a2", "0.2.0b1", "0.2.0rc1", "0.2.0rc2", "0.2.0", "0.2.1a1"]
    parsed = [parse(text) for text in order]
    assert parsed == sorted(parsed) and len(set(parsed)) == len(parsed)
    # As people type them: the same versions.
    assert parse("0.2.0-rc.1") == parse("0.2.0rc1") == parse("0.2.0-RC1")
    assert parse("0.2.0-beta.2") == parse("0.2.0b2")
    assert parse("0.2.0-alpha") == parse("0.2.0a0")
    assert parse("v1.4.0") == parse(" 1.4.0 ") == Version(1, 4, 0)
    assert str(parse("0.2.0-rc.1")) == "0.2.0rc1" and str(parse("1.4.0")) == "1.4.0"
    assert parse("0.2.0rc1").is_prerelease and not parse("0.2.0").is_prerelease


@pytest.mark.parametrize(
    "garbage",
    ["", "abc", "1", "1.2", "1.2.3.4", "01.2.3", "1.2.3-", "1.2.3x1", "1.2.3 rc1", "-1.2.3",
     "1.2.3;drop", "１.２.３", "1.2.3" + "0" * 40, "1.2.9999999", "0.2.0-rc.1.2"],
)  # fmt: skip
def test_garbage_is_refused(garbage: str) -> None:
    with pytest.raises(VersionError):
        parse(garbage)
    assert not versions.is_valid(garbage)


def test_this_release_is_a_version() -> None:
    assert versions.is_valid(__version__)


def test_the_server_refuses_a_counter_below_its_minimum_with_what_to_say() -> None:
    policy = UpdatePolicy("0.2.0", "https://quai.example/downloads")
    check_counter(policy, "0.2.0")
    check_counter(policy, "0.10.0")
    check_counter(UpdatePolicy(), None)  # no minimum: every counter, even one without header
    check_counter(UpdatePolicy(), "0.0.1")
    with pytest.raises(DomainError) as refused:
        check_counter(policy, "0.2.0rc1")
    assert refused.value.code == "counter_too_old"
    assert refused.value.params == {
        "version": "0.2.0rc1",
        "minimum": "0.2.0",
        "download_url": "https://quai.example/downloads",
    }
    with pytest.raises(DomainError) as no_header:
        check_counter(policy, None)  # a counter from before versions were sent
    assert no_header.value.code == "counter_too_old" and no_header.value.params["version"] == ""
    with pytest.raises(DomainError) as malformed:
        check_counter(UpdatePolicy(), "x" * 500)
    assert malformed.value.code == "counter_version_malformed"
    assert len(malformed.value.params["version"]) == versions.MAX_LENGTH
