"""How long and what kind of text a command may carry: one table, for the counter and the
server alike.

Every text field of every command is bounded by the column it is stored in (``"table.column"``
and its length, written out here because the domain imports no SQLAlchemy;
``tests/unit/test_limits.py`` checks each against :mod:`guichet.models.tables`), or, for text
that is not stored in a column of its own (a JSON list, a rule applied by its handler), by an
explicit rule named here. An id is 36 characters (a uuid) unless listed.

The counter parses what it records through the same converter as the server
(:func:`guichet.domain.payloads.command_from_payload`): a customer name of 201 characters is
refused at the counter, in words, before anything is written, exactly as the server would.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from guichet.domain.errors import DomainError

ID = 36
#: A Text column (notes, reasons, descriptions, a receipt's header): long, but not a novel.
FREE_TEXT = 4000
#: Any text inside a free-form JSON part of a command (a promotion, a date's changes).
NESTED_TEXT = 4000
#: A date or a time as ISO text ("2025-06-01T20:00:00-04:00").
DATE_TEXT = 40
#: A seat map's CSV (a stadium is a few thousand lines of ~40 characters).
CSV_TEXT = 2_000_000
#: How deep a free-form JSON part of a command may nest.
NESTED_DEPTH = 16
#: Integers fit a 64-bit signed column.
INT_MIN, INT_MAX = -(2**63), 2**63 - 1


@dataclass(frozen=True)
class Text:
    """The limit of one text field: the column it goes to (``None`` for a rule of its own),
    its length, and how the field is named in a refusal (guichet.i18n.errors.FIELDS)."""

    column: str | None
    length: int
    words: str = ""


def _col(column: str, length: int, words: str = "") -> Text:
    return Text(column, length, words)


def _rule(length: int, words: str = "") -> Text:
    return Text(None, length, words)


#: ``"DataclassName.field"`` -> its limit. Ids (``*_id``, ``*_ids``, ``ids``) are 36 unless
#: listed. Every other text field of every command must be here (tests/unit/test_limits.py).
TEXTS: dict[str, Text] = {
    # shifts, sales, refunds
    "CloseShift.note": _col("shift.note", FREE_TEXT, "note"),
    "SaleLine.kind": _col("order_line.kind", 12, "kind"),
    "SaleLine.card_code": _col("card.code", 32, "code"),
    "SaleLine.card_holder": _col("card.holder_name", 200, "card_holder"),
    "SaleLine.seat_ids": _col("seat.id", 120, "seat"),
    "SalePayment.method": _col("payment.method", 16, "method"),
    "SalePayment.reference": _col("payment.reference", 120, "reference"),
    "SellOrder.order_code": _col("sale_order.code", 32, "code"),
    "SellOrder.promo_code": _col("promo_code.code", 64, "code"),
    "SellOrder.quoted_at": _rule(DATE_TEXT),
    "SellOrder.override_reason": _rule(200, "reason"),
    "RefundOrder.method": _col("payment.method", 16, "method"),
    "RefundOrder.reason": _col("refund.reason", FREE_TEXT, "reason"),
    # customers and members
    "SaveCustomer.code": _col("customer.code", 32, "code"),
    "SaveCustomer.name": _col("customer.name", 200, "customer_name"),
    "SaveCustomer.email": _col("customer.email", 200, "email"),
    "SaveCustomer.phone": _col("customer.phone", 40, "phone"),
    "SaveMember.name": _col("customer_member.name", 200, "person_name"),
    "SaveMember.birth_date": _rule(DATE_TEXT),
    # promotions and tags (tags are a JSON list: domain.catalogue.TAG_MAX)
    "SavePromotion.promotion": _rule(NESTED_TEXT),
    "AddPromoCodes.codes": _col("promo_code.code", 64, "code"),
    "AddPromoCodes.kind": _col("promo_code.kind", 16, "kind"),
    "SetTags.kind": _rule(16, "kind"),
    "SetTags.add": _rule(40, "tags"),
    "SetTags.remove": _rule(40, "tags"),
    "SetTerminalProfile.profile": _col("terminal.profile", 80, "profile"),
    # reserves
    "SaveReserve.name": _col("reserve.name", 120, "reserve_name"),
    "SaveReserve.kind": _col("reserve.kind", 16, "kind"),
    "SaveReserve.access": _col("reserve.access", 16, "kind"),
    "DrawFromReserve.order_code": _col("sale_order.code", 32, "code"),
    "DrawFromReserve.participant": _rule(200, "participant"),  # a JSON mapping of the order
    "DrawFromReserve.override_reason": _rule(200, "reason"),
    "CancelDraw.reason": _col("refund.reason", FREE_TEXT, "reason"),
    # seating
    "ImportSeatMap.name": _col("seat_map.name", 200, "seat_map_name"),
    "ImportSeatMap.csv_text": _rule(CSV_TEXT, "file"),
    "SeatsAction.action": _rule(16, "kind"),
    "SeatsAction.seat_ids": _col("seat.id", 120, "seat"),
    "SeatsAction.note": _col("occurrence_seat.note", 200, "note"),
    "SeatsAction.participant": _col("occurrence_seat.participant", 120, "participant"),
    "SeatsAction.order_code": _col("sale_order.code", 32, "code"),
    # cards and bookings
    "SaveCardType.kind": _col("card_type.kind", 12, "kind"),
    "SaveCardType.name": _col("card_type.name", 200, "card_type_name"),
    "SaveCardType.description": _col("card_type.description", FREE_TEXT, "description"),
    "SaveCardType.starts_on": _rule(DATE_TEXT),
    "SaveCardType.expires_on": _rule(DATE_TEXT),
    "SaveCardType.shop_categories": _rule(80, "tags"),  # a JSON list
    "GenerateCards.codes": _col("card.code", 32, "code"),
    "SetCardStatus.status": _col("card.status", 12, "kind"),
    "SetCardStatus.note": _col("card.status_note", 200, "note"),
    "BookingRequest.name": _col("booking.participant", 200, "participant"),
    # the door
    "CheckInTicket.code": _col("check_in.code", 64, "code"),
    "CheckInTicket.verdict": _col("check_in.verdict", 16, "kind"),
    "SaveCheckInList.name": _col("check_in_list.name", 80, "check_in_list_name"),
    "ExchangeTickets.reason": _rule(200, "reason"),
    "ExchangeTickets.seat_ids": _col("seat.id", 120, "seat"),
    "ExchangeTickets.override_reason": _rule(200, "reason"),
    "ResolveConflict.resolution": _col("sync_conflict.resolution", 24, "kind"),
    "ResolveConflict.note": _col("sync_conflict.note", FREE_TEXT, "note"),
    # the back office (domain.commands_backoffice)
    "SaveOrganisation.name": _col("organisation.name", 200, "organisation_name"),
    "SaveOrganisation.address": _col("organisation.address", FREE_TEXT, "address"),
    "SaveOrganisation.timezone": _col("organisation.timezone", 64, "timezone"),
    "SaveOrganisation.locale": _col("organisation.locale", 16, "locale"),
    "SaveOrganisation.gst_number": _col("organisation.gst_number", 40, "gst_number"),
    "SaveOrganisation.qst_number": _col("organisation.qst_number", 40, "qst_number"),
    "SaveOrganisation.gst_rate": _rule(16, "rate"),
    "SaveOrganisation.qst_rate": _rule(16, "rate"),
    "SaveOrganisation.receipt_header": _col(
        "organisation.receipt_header", FREE_TEXT, "receipt_header"
    ),
    "SaveOrganisation.receipt_footer": _col(
        "organisation.receipt_footer", FREE_TEXT, "receipt_footer"
    ),
    "SaveOrganisation.ticket_printing": _col("organisation.ticket_printing", 12, "kind"),
    "SetUpOrganisation.name": _col("organisation.name", 200, "organisation_name"),
    "SetUpOrganisation.owner_name": _col("user_account.name", 120, "person_name"),
    "SetUpOrganisation.owner_pin_hash": _col("user_account.pin_hash", 200, "pin"),
    "SetUpOrganisation.owner_title_form": _col("user_account.title_form", 12, "kind"),
    "SetUpOrganisation.address": _col("organisation.address", FREE_TEXT, "address"),
    "SetUpOrganisation.timezone": _col("organisation.timezone", 64, "timezone"),
    "SetUpOrganisation.locale": _col("organisation.locale", 16, "locale"),
    "SetUpOrganisation.gst_number": _col("organisation.gst_number", 40, "gst_number"),
    "SetUpOrganisation.qst_number": _col("organisation.qst_number", 40, "qst_number"),
    "SetUpOrganisation.gst_rate": _rule(16, "rate"),
    "SetUpOrganisation.qst_rate": _rule(16, "rate"),
    "SetUpOrganisation.receipt_header": _col(
        "organisation.receipt_header", FREE_TEXT, "receipt_header"
    ),
    "SetUpOrganisation.receipt_footer": _col(
        "organisation.receipt_footer", FREE_TEXT, "receipt_footer"
    ),
    "SaveUser.name": _col("user_account.name", 120, "person_name"),
    "SaveUser.role": _col("user_account.role", 16, "kind"),
    "SaveUser.pin_hash": _col("user_account.pin_hash", 200, "pin"),
    "SaveUser.title_form": _col("user_account.title_form", 12, "kind"),
    "SetUserPin.pin_hash": _col("user_account.pin_hash", 200, "pin"),
    "SaveTerminal.name": _col("terminal.name", 80, "terminal_name"),
    "SaveTerminal.profile": _col("terminal.profile", 80, "profile"),
    "SaveVenue.name": _col("venue.name", 200, "venue_name"),
    "SaveVenue.address": _col("venue.address", FREE_TEXT, "address"),
    "SaveHall.name": _col("hall.name", 200, "hall_name"),
    "SaveEvent.kind": _col("event.kind", 12, "kind"),
    "SaveEvent.name_fr": _col("event.name", 200, "event_name"),
    "SaveEvent.name_en": _col("event.name_en", 200, "event_name_en"),
    "SaveEvent.description": _col("event.description", FREE_TEXT, "description"),
    "SaveEvent.tags": _rule(40, "tags"),
    "SaveEvent.accounting_account": _col("event.accounting_account", 40, "accounting_account"),
    "SaveEvent.activity_name": _col("activity.name", 200, "activity_name"),
    "SaveCategory.code": _col("ticket_category.code", 32, "code"),
    "SaveCategory.name_fr": _col("ticket_category.name_fr", 80, "category_name"),
    "SaveCategory.name_en": _col("ticket_category.name_en", 80, "category_name_en"),
    "SaveCategory.tags": _rule(40, "tags"),
    "SaveCategory.accounting_account": _col(
        "ticket_category.accounting_account", 40, "accounting_account"
    ),
    "SavePriceList.name": _col("price_list.name", 120, "price_list_name"),
    "SavePriceList.prices": _rule(ID, "price_list_id"),  # keys: category ids
    "SavePriceList.tags": _rule(40, "tags"),
    "SavePriceList.copied_from": _rule(ID),
    "SavePromotion.copied_from": _rule(ID),
    "NewDate.starts_at": _rule(DATE_TEXT, "starts_at"),
    "NewDate.ends_at": _rule(DATE_TEXT, "ends_at"),
    "AddDates.tags": _rule(40, "tags"),
    "EditDate.changes": _rule(NESTED_TEXT, "changes"),
    "EditDate.before": _rule(NESTED_TEXT, "changes"),
    "EditDate.add_tags": _rule(40, "tags"),
    "EditDate.remove_tags": _rule(40, "tags"),
    "BulkEditDates.changes": _rule(NESTED_TEXT, "changes"),
    "BulkEditDates.add_tags": _rule(40, "tags"),
    "BulkEditDates.remove_tags": _rule(40, "tags"),
    "CancelDates.reason": _rule(200, "reason"),
    "ProgrammeEvent.name": _col("event.name", 200, "event_name"),
    "ProgrammeEvent.kind": _col("event.kind", 12, "kind"),
    "ProgrammeDate.starts_at": _rule(DATE_TEXT, "starts_at"),
    "ProgrammeDate.ends_at": _rule(DATE_TEXT, "ends_at"),
    "ProgrammeDate.tags": _rule(40, "tags"),
    "ImportProgramme.file_name": _rule(200, "file"),
    "SellOrder.override_by": _rule(ID),
    "DrawFromReserve.override_by": _rule(ID),
    "ExchangeTickets.override_by": _rule(ID),
}

# C0 controls other than tab, line feed and carriage return (an ESC reaches the receipt
# printer as a command), DEL, and lone surrogates (no one types them; PostgreSQL refuses them
# and so does UTF-8).
_UNFIT = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")


def is_id(field: str) -> bool:
    return field.endswith(("_id", "_ids")) or field in ("id", "ids")


def text_limit(owner: str, field: str) -> Text:
    """The limit of ``owner.field`` (``owner``: the dataclass's name)."""
    found = TEXTS.get(f"{owner}.{field}")
    if found is not None:
        return found
    if is_id(field):
        return Text(None, ID, field)
    return Text(None, NESTED_TEXT, field)  # (every such field is listed: see the test)


def unfit(text: str) -> bool:
    """A character no text of Guichet may hold (see ``_UNFIT``)."""
    return _UNFIT.search(text) is not None


def check_text(text: str, limit: Text) -> str:
    """``text`` if it fits ``limit``, else the refusal the counter and the server both give."""
    if len(text) > limit.length:
        raise DomainError(
            "text_too_long", field=limit.words, length=len(text), maximum=limit.length
        )
    if _UNFIT.search(text) is not None:
        raise DomainError("text_invalid", field=limit.words)
    return text


def check_int(value: int, field: str) -> int:
    if not INT_MIN <= value <= INT_MAX:
        raise DomainError("number_out_of_range", field=field)
    return value
