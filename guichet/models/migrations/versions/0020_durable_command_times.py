"""The counter's time beside the server's on each command the server answered (issue 21,
part 10): ``applied_command.occurred_at`` (the counter's clock when it recorded the command;
``applied_at`` is the server's when it answered). Rows from before stay without it.

Revision ID: 0020
Revises: 0019
Create Date: 2026-12-21 12:00:00.000000
"""

from alembic import op
import sqlalchemy as sa

import guichet.models.base


revision = '0020'
down_revision = '0019'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('applied_command', schema=None) as batch_op:
        batch_op.add_column(
            sa.Column('occurred_at', guichet.models.base.UTCDateTime(), nullable=True)
        )


def downgrade() -> None:
    op.execute('ALTER TABLE applied_command DROP COLUMN occurred_at')
