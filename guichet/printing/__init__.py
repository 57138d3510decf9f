"""Receipts and reports: one document model, rendered to ESC/POS bytes and to PDF (Qt-free)."""
