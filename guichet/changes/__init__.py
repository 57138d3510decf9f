"""The change log: every row the server writes, in order, as counters replay it.

On the server, a flush listener appends one entry per row inserted, updated or deleted, in
the same transaction as the write, so the log can never miss a committed change nor hold one
that was rolled back (:mod:`.capture`, written by :mod:`.journal`). On a counter,
:func:`.apply.apply_entries` writes the server's rows over its cache (upserts by primary key,
deletions as tombstones). :mod:`.snapshot` reads a whole database as entries (a standalone
counter bringing its data to an empty server).

It sits below the services, sync and the server (it knows only the tables): a handler that
inserts rows in bulk logs them, the counter applies what it pulls, and the server installs
the capture on its sessions, each without depending on the others (docs/ARCHITECTURE.md).
"""
