"""Tickets, one per admission, and the door's check-in lists and scans (issue 17).

Every admission already sold gets its ticket here: one per unit of each order line that
admits someone (not a card sold), the last ``refunded_quantity`` of a line refunded (a refund
takes a line's last units, as it frees its last seats), and one per booking made with a card
(cancelled with it). The codes are derived as the handlers derive them; the function is
frozen here so that a later change of the handlers' cannot change what this migration wrote.

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-17 09:00:00.000000
"""

import hashlib
import uuid
from datetime import datetime, timezone

from alembic import op
import sqlalchemy as sa


revision = '0015'
down_revision = '0014'
branch_labels = None
depends_on = None

ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"


def _check_symbol(body: str) -> str:
    partial = sum((i + 1) * ALPHABET.index(ch) for i, ch in enumerate(body))
    weight = len(body) + 1
    for value in range(len(ALPHABET)):
        if (partial + weight * value) % len(ALPHABET) == 0:
            return ALPHABET[value]
    raise AssertionError("31 is prime")


def _ticket_code(source_code: str, line_id: str, rank: int) -> str:
    digest = hashlib.sha256(f"guichet-ticket:{source_code}:{line_id}:{rank}".encode()).digest()
    number = int.from_bytes(digest, "big")
    body = []
    for _ in range(14):
        number, symbol = divmod(number, len(ALPHABET))
        body.append(ALPHABET[symbol])
    text = "".join(body)
    return text + _check_symbol(text)


def upgrade() -> None:
    op.create_table(
        'ticket',
        sa.Column('id', sa.String(length=36), nullable=False),
        sa.Column('code', sa.String(length=32), nullable=False),
        sa.Column('organisation_id', sa.String(length=36), nullable=False),
        sa.Column('order_id', sa.String(length=36), nullable=True),
        sa.Column('order_line_id', sa.String(length=36), nullable=True),
        sa.Column('booking_id', sa.String(length=36), nullable=True),
        sa.Column('rank', sa.Integer(), nullable=False),
        sa.Column('occurrence_id', sa.String(length=36), nullable=False),
        sa.Column('category_id', sa.String(length=36), nullable=True),
        sa.Column('seat_id', sa.String(length=120), nullable=True),
        sa.Column('holder', sa.String(length=200), nullable=False),
        sa.Column('status', sa.String(length=12), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('voided_at', sa.DateTime(), nullable=True),
        sa.Column('replaced_by', sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(['category_id'], ['ticket_category.id'], name=op.f('fk_ticket_category_id_ticket_category')),
        sa.ForeignKeyConstraint(['occurrence_id'], ['occurrence.id'], name=op.f('fk_ticket_occurrence_id_occurrence')),
        sa.ForeignKeyConstraint(['order_id'], ['sale_order.id'], name=op.f('fk_ticket_order_id_sale_order')),
        sa.ForeignKeyConstraint(['order_line_id'], ['order_line.id'], name=op.f('fk_ticket_order_line_id_order_line')),
        sa.ForeignKeyConstraint(['organisation_id'], ['organisation.id'], name=op.f('fk_ticket_organisation_id_organisation')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_ticket')),
        sa.UniqueConstraint('code', name=op.f('uq_ticket_code')),
    )
    op.create_index(op.f('ix_ticket_booking_id'), 'ticket', ['booking_id'], unique=False)
    op.create_index(op.f('ix_ticket_occurrence_id'), 'ticket', ['occurrence_id'], unique=False)
    op.create_index(op.f('ix_ticket_order_line_id'), 'ticket', ['order_line_id'], unique=False)
    op.create_table(
        'check_in_list',
        sa.Column('id', sa.String(length=36), nullable=False),
        sa.Column('organisation_id', sa.String(length=36), nullable=False),
        sa.Column('name', sa.String(length=80), nullable=False),
        sa.Column('event_ids', sa.JSON(), nullable=False),
        sa.Column('category_ids', sa.JSON(), nullable=False),
        sa.Column('minutes_before', sa.Integer(), nullable=True),
        sa.Column('active', sa.Boolean(), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(['organisation_id'], ['organisation.id'], name=op.f('fk_check_in_list_organisation_id_organisation')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_check_in_list')),
    )
    op.create_table(
        'check_in',
        sa.Column('id', sa.String(length=36), nullable=False),
        sa.Column('organisation_id', sa.String(length=36), nullable=False),
        sa.Column('terminal_id', sa.String(length=36), nullable=False),
        sa.Column('user_id', sa.String(length=36), nullable=True),
        sa.Column('command_id', sa.String(length=36), nullable=False),
        sa.Column('ticket_id', sa.String(length=36), nullable=True),
        sa.Column('occurrence_id', sa.String(length=36), nullable=True),
        sa.Column('list_id', sa.String(length=36), nullable=True),
        sa.Column('code', sa.String(length=64), nullable=False),
        sa.Column('verdict', sa.String(length=16), nullable=False),
        sa.Column('admitted', sa.Boolean(), nullable=False),
        sa.Column('occurred_at', sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(['organisation_id'], ['organisation.id'], name=op.f('fk_check_in_organisation_id_organisation')),
        sa.ForeignKeyConstraint(['terminal_id'], ['terminal.id'], name=op.f('fk_check_in_terminal_id_terminal')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_check_in')),
        sa.UniqueConstraint('command_id', name=op.f('uq_check_in_command_id')),
    )
    op.create_index('ix_check_in_ticket', 'check_in', ['ticket_id', 'admitted'], unique=False)
    op.create_index('ix_check_in_occurrence', 'check_in', ['occurrence_id', 'admitted'], unique=False)
    _issue_tickets_already_sold()


def _issue_tickets_already_sold() -> None:
    bind = op.get_bind()
    now = datetime.now(timezone.utc).replace(tzinfo=None)
    ticket = sa.table(
        'ticket', *(sa.column(name) for name in (
            'id', 'code', 'organisation_id', 'order_id', 'order_line_id', 'booking_id', 'rank',
            'occurrence_id', 'category_id', 'seat_id', 'holder', 'status', 'created_at',
            'voided_at', 'replaced_by'))
    )
    lines = bind.execute(sa.text(
        "SELECT l.id, l.order_id, l.occurrence_id, l.category_id, l.quantity, "
        "l.refunded_quantity, l.seat_ids, o.code, o.organisation_id, o.participant, "
        "o.created_at FROM order_line l JOIN sale_order o ON o.id = l.order_id "
        "WHERE l.kind <> 'card' AND l.occurrence_id IS NOT NULL"
    )).mappings().all()
    rows = []
    for line in lines:
        seats = _json(line['seat_ids']) or []
        participant = _json(line['participant']) or {}
        kept = line['quantity'] - line['refunded_quantity']
        for rank in range(1, line['quantity'] + 1):
            rows.append({
                'id': str(uuid.uuid4()),
                'code': _ticket_code(line['code'], line['id'], rank),
                'organisation_id': line['organisation_id'],
                'order_id': line['order_id'],
                'order_line_id': line['id'],
                'booking_id': None,
                'rank': rank,
                'occurrence_id': line['occurrence_id'],
                'category_id': line['category_id'],
                'seat_id': seats[rank - 1] if rank <= len(seats) else None,
                'holder': str(participant.get('name', ''))[:200],
                'status': 'valid' if rank <= kept else 'refunded',
                'created_at': line['created_at'] or now,
                'voided_at': None if rank <= kept else now,
                'replaced_by': None,
            })
    bookings = bind.execute(sa.text(
        "SELECT id, organisation_id, occurrence_id, participant, status, created_at "
        "FROM booking"
    )).mappings().all()
    for booking in bookings:
        cancelled = booking['status'] == 'cancelled'
        rows.append({
            'id': str(uuid.uuid4()),
            'code': _ticket_code(booking['id'], 'booking', 1),
            'organisation_id': booking['organisation_id'],
            'order_id': None,
            'order_line_id': None,
            'booking_id': booking['id'],
            'rank': 1,
            'occurrence_id': booking['occurrence_id'],
            'category_id': None,
            'seat_id': None,
            'holder': (booking['participant'] or '')[:200],
            'status': 'cancelled' if cancelled else 'valid',
            'created_at': booking['created_at'] or now,
            'voided_at': now if cancelled else None,
            'replaced_by': None,
        })
    for start in range(0, len(rows), 1000):
        op.bulk_insert(ticket, rows[start:start + 1000])


def _json(value):  # type: ignore[no-untyped-def]
    import json

    if value is None or isinstance(value, (list, dict)):
        return value
    return json.loads(value)


def downgrade() -> None:
    op.drop_index('ix_check_in_occurrence', table_name='check_in')
    op.drop_index('ix_check_in_ticket', table_name='check_in')
    op.drop_table('check_in')
    op.drop_table('check_in_list')
    op.drop_index(op.f('ix_ticket_order_line_id'), table_name='ticket')
    op.drop_index(op.f('ix_ticket_occurrence_id'), table_name='ticket')
    op.drop_index(op.f('ix_ticket_booking_id'), table_name='ticket')
    op.drop_table('ticket')
