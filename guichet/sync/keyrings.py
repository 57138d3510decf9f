"""A keyring kept in memory, for machines with no keyring daemon (CI, benchmarks).

Counters use the OS keyring (Windows Credential Manager, macOS Keychain, Secret Service);
this backend exists so tests and benchmarks exercise the same ``keyring`` calls."""

from __future__ import annotations

from keyring.backend import KeyringBackend


class MemoryKeyring(KeyringBackend):
    priority = 1

    def __init__(self) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self.store: dict[tuple[str, str], str] = {}

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def delete_password(self, service: str, username: str) -> None:
        self.store.pop((service, username), None)
