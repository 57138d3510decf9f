"""The numbers a counter's command consumed travel with it (issue 21, part 1).

``outbox.numbers``: the counter's next receipt and Z numbers before and after the command
(and, for the first command of a run the counter had to number again, where it came from).
The server sets its copy of the counter's numbers from them whatever its verdict, so a
command it refuses never leaves it a receipt number behind the counter. Counter-only: the
outbox does not replicate. Null on commands recorded before this revision.

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-18 10:00:00.000000
"""

import sqlalchemy as sa
from alembic import op

revision = '0017'
down_revision = '0016'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.add_column(sa.Column('numbers', sa.JSON(), nullable=True))


def downgrade() -> None:
    op.execute('ALTER TABLE outbox DROP COLUMN numbers')
