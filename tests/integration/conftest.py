"""The real ``guichet server`` fixtures (SQLite and PostgreSQL, a memory keyring), shared
by every test that syncs counters with one."""

from tests.integration.test_sync_server import (  # noqa: F401
    memory_keyring,
    pg_demo_template,
    pg_server,
    server,
    server_demo_file,
)
