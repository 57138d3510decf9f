"""A person's role title in the feminine or the masculine (issue 16, part 6).

French titles agree with the person: « Caissière : Sophie Gagnon » on her receipts,
« Superviseure » beside her name at log-in. ``title_form`` is "feminine", "masculine" or ""
(not said: the masculine, what every title read before). A replicated column of
``user_account``: the server and the counters carry it like the person's name.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-16 09:00:00.000000
"""

from alembic import op
import sqlalchemy as sa


revision = '0014'
down_revision = '0013'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('user_account', schema=None) as batch_op:
        batch_op.add_column(
            sa.Column('title_form', sa.String(length=12), nullable=False, server_default='')
        )


def downgrade() -> None:
    # A plain ALTER TABLE (SQLite 3.35+, PostgreSQL): batch mode would copy and drop the
    # user_account table, which orders and shifts reference.
    op.execute('ALTER TABLE user_account DROP COLUMN title_form')
