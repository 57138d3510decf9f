"""The server's request budgets (issue 21, part 4): ``rate_limit``, one token bucket per
route and caller, shared by every server process. Counters carry the empty table.

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-20 12:00:00.000000
"""

from alembic import op
import sqlalchemy as sa


revision = '0019'
down_revision = '0018'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'rate_limit',
        sa.Column('key', sa.String(length=200), nullable=False),
        sa.Column('tokens', sa.Float(), nullable=False),
        sa.Column('stamp', sa.Float(), nullable=False),
        sa.PrimaryKeyConstraint('key', name=op.f('pk_rate_limit')),
    )


def downgrade() -> None:
    op.drop_table('rate_limit')
