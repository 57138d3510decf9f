"""The server checks people, not only devices (issue 21, part 3).

``terminal.login_roles``: whose PIN hashes the server sends a counter (existing counters keep
every role, as before; a counter paired with a plain code from now on gets cashiers only).
``pairing_code.login_roles``: what the counter a code pairs will get. ``people_secret``: per
organisation, the pepper a paired counter keeps in its keyring and the key grants are derived
from; ``person_guard``: the server's own lock-out of PINs checked online. Both server-only
(not replicated). See docs/SECURITY.md.

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-18 12:00:00.000000
"""

from alembic import op
import sqlalchemy as sa

import guichet.models.base


revision = '0018'
down_revision = '0017'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('terminal', schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                'login_roles', sa.String(length=40), nullable=False,
                server_default='cashier,supervisor,owner',
            )
        )
    with op.batch_alter_table('pairing_code', schema=None) as batch_op:
        batch_op.add_column(
            sa.Column('login_roles', sa.String(length=40), nullable=False, server_default='cashier')
        )
    op.create_table(
        'people_secret',
        sa.Column('organisation_id', sa.String(length=36), nullable=False),
        sa.Column('pepper', sa.String(length=64), nullable=False),
        sa.Column('signing_key', sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint('organisation_id'),
    )
    op.create_table(
        'person_guard',
        sa.Column('user_id', sa.String(length=36), nullable=False),
        sa.Column('failed_attempts', sa.Integer(), nullable=False),
        sa.Column('lockouts', sa.Integer(), nullable=False),
        sa.Column('locked_until', guichet.models.base.UTCDateTime(), nullable=True),
        sa.PrimaryKeyConstraint('user_id'),
    )


def downgrade() -> None:
    op.drop_table('person_guard')
    op.drop_table('people_secret')
    # Plain ALTER TABLE (SQLite 3.35+, PostgreSQL): batch mode would copy the terminal table,
    # which other tables reference.
    op.execute('ALTER TABLE pairing_code DROP COLUMN login_roles')
    op.execute('ALTER TABLE terminal DROP COLUMN login_roles')
