"""The real ``guichet server`` fixtures (SQLite and PostgreSQL, a memory keyring), shared
by every test that syncs counters with one."""

from tests.integration.test_sync_server import memory_keyring, pg_server, server  # noqa: F401
