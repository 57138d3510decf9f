"""The back office (issue 14): halls of venues, what events' dates inherit, tags and price
lists per date, accounting accounts, withdrawn venues, lists and categories, the counter's
venue, and the back office's history.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-07 09:00:00.000000
"""

from alembic import op
import sqlalchemy as sa
import guichet.models.base


revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('hall',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('organisation_id', sa.String(length=36), nullable=False),
    sa.Column('venue_id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('capacity', sa.Integer(), nullable=False),
    sa.Column('seat_map_id', sa.String(length=36), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.CheckConstraint('capacity >= 0', name=op.f('ck_hall_hall_capacity_not_negative')),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisation.id'], name=op.f('fk_hall_organisation_id_organisation')),
    sa.ForeignKeyConstraint(['seat_map_id'], ['seat_map.id'], name=op.f('fk_hall_seat_map_id_seat_map')),
    sa.ForeignKeyConstraint(['venue_id'], ['venue.id'], name=op.f('fk_hall_venue_id_venue')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_hall'))
    )
    with op.batch_alter_table('hall', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_hall_venue_id'), ['venue_id'], unique=False)

    op.create_table('catalogue_change',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('organisation_id', sa.String(length=36), nullable=False),
    sa.Column('entity', sa.String(length=32), nullable=False),
    sa.Column('entity_id', sa.String(length=36), nullable=False),
    sa.Column('action', sa.String(length=32), nullable=False),
    sa.Column('user_id', sa.String(length=36), nullable=True),
    sa.Column('terminal_id', sa.String(length=36), nullable=True),
    sa.Column('at', guichet.models.base.UTCDateTime(), nullable=False),
    sa.Column('details', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisation.id'], name=op.f('fk_catalogue_change_organisation_id_organisation')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_catalogue_change'))
    )
    with op.batch_alter_table('catalogue_change', schema=None) as batch_op:
        batch_op.create_index('ix_catalogue_change_entity', ['entity', 'entity_id'], unique=False)
        batch_op.create_index('ix_catalogue_change_at', ['at'], unique=False)

    with op.batch_alter_table('terminal', schema=None) as batch_op:
        batch_op.add_column(sa.Column('venue_id', sa.String(length=36), nullable=True))
        batch_op.create_foreign_key(batch_op.f('fk_terminal_venue_id_venue'), 'venue', ['venue_id'], ['id'])

    with op.batch_alter_table('venue', schema=None) as batch_op:
        batch_op.add_column(sa.Column('active', sa.Boolean(), nullable=False, server_default=sa.true()))

    with op.batch_alter_table('ticket_category', schema=None) as batch_op:
        batch_op.add_column(sa.Column('accounting_account', sa.String(length=40), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('active', sa.Boolean(), nullable=False, server_default=sa.true()))

    with op.batch_alter_table('price_list', schema=None) as batch_op:
        batch_op.add_column(sa.Column('active', sa.Boolean(), nullable=False, server_default=sa.true()))

    with op.batch_alter_table('event', schema=None) as batch_op:
        batch_op.add_column(sa.Column('name_en', sa.String(length=200), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('description', sa.Text(), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('kind', sa.String(length=12), nullable=False, server_default='show'))
        batch_op.add_column(sa.Column('hall_id', sa.String(length=36), nullable=True))
        batch_op.add_column(sa.Column('accounting_account', sa.String(length=40), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('active', sa.Boolean(), nullable=False, server_default=sa.true()))
        batch_op.add_column(sa.Column('duration_minutes', sa.Integer(), nullable=False, server_default='120'))
        batch_op.add_column(sa.Column('default_capacity', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('default_alacarte_places', sa.Integer(), nullable=False, server_default='0'))
        batch_op.add_column(sa.Column('default_alacarte_price', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('default_alacarte_pass_only', sa.Boolean(), nullable=False, server_default=sa.false()))
        batch_op.add_column(sa.Column('default_registration_opens_minutes', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('default_registration_closes_minutes', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('default_cancel_minutes', sa.Integer(), nullable=True))
        batch_op.create_foreign_key(batch_op.f('fk_event_hall_id_hall'), 'hall', ['hall_id'], ['id'])

    with op.batch_alter_table('occurrence', schema=None) as batch_op:
        batch_op.add_column(sa.Column('tags', sa.JSON(), nullable=False, server_default='[]'))
        batch_op.add_column(sa.Column('price_list_id', sa.String(length=36), nullable=True))
        batch_op.add_column(sa.Column('edited', sa.JSON(), nullable=False, server_default='{}'))
        batch_op.create_foreign_key(batch_op.f('fk_occurrence_price_list_id_price_list'), 'price_list', ['price_list_id'], ['id'])


def downgrade() -> None:
    with op.batch_alter_table('occurrence', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_occurrence_price_list_id_price_list'), type_='foreignkey')
        batch_op.drop_column('edited')
        batch_op.drop_column('price_list_id')
        batch_op.drop_column('tags')

    with op.batch_alter_table('event', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_event_hall_id_hall'), type_='foreignkey')
        for column in ('default_cancel_minutes', 'default_registration_closes_minutes',
                       'default_registration_opens_minutes', 'default_alacarte_pass_only',
                       'default_alacarte_price', 'default_alacarte_places', 'default_capacity',
                       'duration_minutes', 'active', 'accounting_account', 'hall_id', 'kind',
                       'description', 'name_en'):
            batch_op.drop_column(column)

    with op.batch_alter_table('price_list', schema=None) as batch_op:
        batch_op.drop_column('active')

    with op.batch_alter_table('ticket_category', schema=None) as batch_op:
        batch_op.drop_column('active')
        batch_op.drop_column('accounting_account')

    with op.batch_alter_table('venue', schema=None) as batch_op:
        batch_op.drop_column('active')

    with op.batch_alter_table('terminal', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_terminal_venue_id_venue'), type_='foreignkey')
        batch_op.drop_column('venue_id')

    with op.batch_alter_table('catalogue_change', schema=None) as batch_op:
        batch_op.drop_index('ix_catalogue_change_at')
        batch_op.drop_index('ix_catalogue_change_entity')
    op.drop_table('catalogue_change')

    with op.batch_alter_table('hall', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_hall_venue_id'))
    op.drop_table('hall')
