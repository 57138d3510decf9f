"""Promo codes as people type them (issue 16, part 11): a custom code is stored without
accents, underscores or any kind of space or dash (« Été_2026 » -> ``ETE2026``), the form
``codes.normalize`` now looks codes up in; codes written before kept their accents.

A code whose new form another code of the organisation already has keeps its old text (it
stays listed, enabled or not, and can still be disabled). Row ids do not change.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-14 09:00:00.000000
"""

from alembic import op
import sqlalchemy as sa


revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None


def normalize(text: str) -> str:
    """``guichet.domain.codes.normalize`` as it was when this migration was written (frozen
    here: a migration must give the same result whatever the code becomes)."""
    import unicodedata

    drop = {"Pd", "Pc", "Cf", "Mn", "Me", "Mc"}
    if text.isascii():
        return "".join(c for c in text if not c.isspace() and c not in "_-").upper()
    kept = "".join(
        c
        for c in unicodedata.normalize("NFKD", text)
        if not c.isspace() and c != "\u2212" and unicodedata.category(c) not in drop
    )
    return "".join(
        c
        for c in unicodedata.normalize("NFKD", kept.upper())
        if not c.isspace() and unicodedata.category(c) not in drop
    )


def upgrade() -> None:
    bind = op.get_bind()
    code = sa.table(
        'promo_code',
        sa.column('id', sa.String),
        sa.column('organisation_id', sa.String),
        sa.column('code', sa.String),
    )
    # Generated codes are already in the new form: only the few custom texts with accents,
    # underscores or odd spaces change; a probe of the unique index tells a collision.
    changes = [
        (row_id, org, new)
        for row_id, org, text in bind.execute(
            sa.select(code.c.id, code.c.organisation_id, code.c.code).order_by(code.c.id)
        )
        if (new := normalize(text)) and new != text
    ]
    for row_id, org, new in changes:
        taken = bind.execute(
            sa.select(code.c.id).where(code.c.organisation_id == org, code.c.code == new)
        ).first()
        if taken is None:
            bind.execute(code.update().where(code.c.id == row_id).values(code=new))


def downgrade() -> None:
    pass  # the normalised texts are valid codes of the older version too
