"""Escrowed reserve quantities and promotion quotas: an allotment may name a reserve or a
promotion (``subject_id``), and a promotion's allotment has no occurrence.

The unique (terminal, kind, occurrence) constraint goes: the primary key, derived from the
terminal, the kind, the occurrence and the subject (uuid5), already keeps them unique.

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-24 10:00:00.000000
"""

from alembic import op
import sqlalchemy as sa


revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('allotment', schema=None) as batch_op:
        batch_op.add_column(sa.Column('subject_id', sa.String(length=36), nullable=True))
        batch_op.alter_column('occurrence_id', existing_type=sa.String(length=36), nullable=True)
        batch_op.drop_constraint('uq_allotment_terminal_id_kind_occurrence_id', type_='unique')
        batch_op.create_index('ix_allotment_subject', ['subject_id', 'kind'], unique=False)


def downgrade() -> None:
    # Reserve and promotion allotments have no place in the older schema.
    op.execute("DELETE FROM allotment WHERE kind NOT IN ('places', 'alacarte')")
    with op.batch_alter_table('allotment', schema=None) as batch_op:
        batch_op.drop_index('ix_allotment_subject')
        batch_op.create_unique_constraint(
            'uq_allotment_terminal_id_kind_occurrence_id', ['terminal_id', 'kind', 'occurrence_id']
        )
        batch_op.alter_column('occurrence_id', existing_type=sa.String(length=36), nullable=False)
        batch_op.drop_column('subject_id')
