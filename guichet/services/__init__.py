"""Use cases: one command handler = one transaction that also appends the outbox row."""
