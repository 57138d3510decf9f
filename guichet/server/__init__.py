"""The central server (issue 6): FastAPI over PostgreSQL or SQLite."""
