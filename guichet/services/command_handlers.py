"""Which handler applies which command: one table, read by the bus
(:func:`guichet.services.bus.apply_envelope`) on a counter and on the server alike.

A new command gets its line here (and its handler a plain function in a ``handlers_*``
module, which knows nothing of the bus). The handlers stand on
:mod:`guichet.services.context`; the bus stands on this table, so nothing goes round in a
circle.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy.orm import Session

from guichet.domain.commands import (
    AddPromoCodes,
    BookWithCard,
    CancelBooking,
    CancelDraw,
    CheckInTicket,
    CloseShift,
    Command,
    ConvertPlaces,
    DeletePromoCode,
    DeletePromotion,
    DrawFromReserve,
    ExchangeTickets,
    GenerateCards,
    ImportSeatMap,
    MarkBookingUsed,
    OpenShift,
    RefundOrder,
    ReleaseReserve,
    ResolveConflict,
    SaveCardType,
    SaveCheckInList,
    SaveCustomer,
    SaveMember,
    SavePromotion,
    SaveReserve,
    SeatsAction,
    SellOrder,
    SetAlacarte,
    SetCardStatus,
    SetEventSeatMap,
    SetHeldBack,
    SetPromotionEnabled,
    SetReserveQuantity,
    SetTags,
    SetTerminalProfile,
    UpdatePromoCode,
)
from guichet.domain.commands_backoffice import (
    AddDates,
    BulkEditDates,
    CancelDates,
    DeletePriceList,
    EditDate,
    ImportProgramme,
    OrderCategories,
    SaveCategory,
    SaveEvent,
    SaveHall,
    SaveOrganisation,
    SavePriceList,
    SaveTerminal,
    SaveUser,
    SaveVenue,
    SetUpOrganisation,
    SetUserActive,
    SetUserPin,
    UnlockUser,
)
from guichet.models.tables import Terminal
from guichet.services import (
    handlers,
    handlers_cards,
    handlers_catalogue,
    handlers_conflicts,
    handlers_exchange,
    handlers_programme,
    handlers_promotions,
    handlers_reserves,
    handlers_schedule,
    handlers_seat_actions,
    handlers_seating,
    handlers_staff,
    handlers_tickets,
)
from guichet.services.context import HandlerContext

Handler = Callable[[HandlerContext, Any], Any]
#: Per command type, whether one command's handler reads only rows that the commands before
#: it in a server's batch do not write, or that it finds in the session's memory: its rows
#: may then wait for the batch's (see :func:`guichet.services.bus.apply_envelope`).
Deferrable = Callable[[HandlerContext, Any], bool]
#: Per command type, what a batch of such commands will read, read at once for the batch.
Prefetch = Callable[[Session, Terminal, list[Any]], None]

COMMAND_HANDLERS: dict[type[Command], Handler] = {
    OpenShift: handlers.open_shift,
    CloseShift: handlers.close_shift,
    SellOrder: handlers.sell_order,
    RefundOrder: handlers.refund_order,
    SaveCardType: handlers_cards.save_card_type,
    GenerateCards: handlers_cards.generate_cards,
    SetCardStatus: handlers_cards.set_card_status,
    BookWithCard: handlers_cards.book_with_card,
    CancelBooking: handlers_cards.cancel_booking,
    MarkBookingUsed: handlers_cards.mark_booking_used,
    SetAlacarte: handlers_cards.set_alacarte,
    ConvertPlaces: handlers_cards.convert_session_places,
    SaveMember: handlers_cards.save_member,
    SaveVenue: handlers_catalogue.save_venue,
    SaveHall: handlers_catalogue.save_hall,
    SaveEvent: handlers_catalogue.save_event,
    SaveCategory: handlers_catalogue.save_category,
    OrderCategories: handlers_catalogue.order_categories,
    SavePriceList: handlers_catalogue.save_price_list,
    DeletePriceList: handlers_catalogue.delete_price_list,
    ResolveConflict: handlers_conflicts.resolve_conflict,
    ExchangeTickets: handlers_exchange.exchange_tickets,
    ImportProgramme: handlers_programme.import_programme,
    SavePromotion: handlers_promotions.save_promotion,
    SetPromotionEnabled: handlers_promotions.set_promotion_enabled,
    DeletePromotion: handlers_promotions.delete_promotion,
    AddPromoCodes: handlers_promotions.add_promo_codes,
    UpdatePromoCode: handlers_promotions.update_promo_code,
    DeletePromoCode: handlers_promotions.delete_promo_code,
    SetTags: handlers_promotions.set_tags,
    SaveCustomer: handlers_promotions.save_customer,
    SetTerminalProfile: handlers_promotions.set_terminal_profile,
    SaveReserve: handlers_reserves.save_reserve,
    SetReserveQuantity: handlers_reserves.set_reserve_quantity,
    ReleaseReserve: handlers_reserves.release_reserve,
    SetHeldBack: handlers_reserves.set_occurrence_held_back,
    DrawFromReserve: handlers_reserves.draw_from_reserve,
    CancelDraw: handlers_reserves.cancel_drawn,
    AddDates: handlers_schedule.add_dates,
    EditDate: handlers_schedule.edit_date,
    BulkEditDates: handlers_schedule.bulk_edit_dates,
    CancelDates: handlers_schedule.cancel_dates,
    ImportSeatMap: handlers_seating.import_seat_map,
    SetEventSeatMap: handlers_seating.set_event_seat_map,
    SeatsAction: handlers_seat_actions.seats_action,
    SetUpOrganisation: handlers_staff.set_up_organisation,
    SaveOrganisation: handlers_staff.save_organisation,
    SaveUser: handlers_staff.save_user,
    SetUserPin: handlers_staff.set_user_pin,
    SetUserActive: handlers_staff.set_user_active,
    UnlockUser: handlers_staff.unlock_user,
    SaveTerminal: handlers_staff.save_terminal,
    CheckInTicket: handlers_tickets.check_in_ticket,
    SaveCheckInList: handlers_tickets.save_check_in_list,
}

DEFERRABLE: dict[type[Command], Deferrable] = {
    SellOrder: handlers._plain_sale,
}

PREFETCH: dict[type[Command], Prefetch] = {
    SellOrder: handlers._prefetch_sales,
}
