"""How an organisation prints its tickets (issue 17, part 2).

``organisation.ticket_printing``: "separate" (each ticket its own print job after the
receipt, cut apart: what every organisation did so far) or "combined" (the receipt and its
tickets as one job on one strip, a partial cut between them). A replicated column: the server
and the counters carry it like the receipt's footer.

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-17 15:00:00.000000
"""

from alembic import op
import sqlalchemy as sa


revision = '0016'
down_revision = '0015'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('organisation', schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                'ticket_printing', sa.String(length=12), nullable=False,
                server_default='separate',
            )
        )


def downgrade() -> None:
    # A plain ALTER TABLE (SQLite 3.35+, PostgreSQL): batch mode would copy and drop the
    # organisation table, which every other table references.
    op.execute('ALTER TABLE organisation DROP COLUMN ticket_printing')
