"""Counter-side sync with the central server (issue 6), Qt-free."""
