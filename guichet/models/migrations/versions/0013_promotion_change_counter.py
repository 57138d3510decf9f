"""A change counter for the promotions a counter caches (issue 16, part 10).

The counter's price cache used to key on ``count(*)`` and ``max(updated_at)`` of the
promotions: an edit pulled from the server whose time (written by another counter's clock)
was not later than the newest one here left the cache stale, and a promotion disabled
elsewhere kept applying on this counter's screen. ``change_counter`` holds one number per
name, raised by a trigger on every insert, delete and edit of a promotion's definition
(not its usage counts, which every sale moves) and on every code enabled or disabled, from
whatever writes them (a handler, or the rows pulled from the server). Counters only
(SQLite): the server caches no promotions; the table is local bookkeeping, never replicated.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-15 09:00:00.000000
"""

from alembic import op
import sqlalchemy as sa


revision = '0013'
down_revision = '0012'
branch_labels = None
depends_on = None

#: The columns of a promotion's definition (an edit of any of them changes prices).
DEFINITION = (
    "name_fr, name_en, description_fr, description_en, effect_kind, effect_percent, "
    "effect_amount, effect_price_list_id, starts_on, expires_on, max_tickets, "
    "max_tickets_per_order, automatic, enabled, position, rules, organisation_id"
)
BUMP = "UPDATE change_counter SET value = value + 1 WHERE name = 'promotions'"
TRIGGERS = {
    "promotion_inserted": "AFTER INSERT ON promotion",
    "promotion_deleted": "AFTER DELETE ON promotion",
    "promotion_edited": f"AFTER UPDATE OF {DEFINITION} ON promotion",
    "promo_code_switched": "AFTER UPDATE OF enabled ON promo_code",
}


def upgrade() -> None:
    op.create_table(
        'change_counter',
        sa.Column('name', sa.String(length=40), nullable=False),
        sa.Column('value', sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint('name', name=op.f('pk_change_counter')),
    )
    op.execute("INSERT INTO change_counter (name, value) VALUES ('promotions', 0)")
    if op.get_bind().dialect.name != "sqlite":
        return
    for name, when in TRIGGERS.items():
        op.execute(f"CREATE TRIGGER {name} {when} BEGIN {BUMP}; END")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name in TRIGGERS:
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.drop_table('change_counter')
