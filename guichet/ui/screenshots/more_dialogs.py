"""Screenshots of dialogs (issue 16 part 5: every window is walked for cut text).

The reserves' two dialogs (defining a reserve, and the history of a show's reserves), the
pairing of a new counter with the server, and the naming of a guest for seats assigned at the
seat desk, each built on the demo as a supervisor meets it on the evening of the pictures,
with the long names and notes of a real evening.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QWidget

from guichet.domain import codes
from guichet.services.counter import Counter
from guichet.services.views import CategoryPrice, OccurrenceView
from guichet.ui.screenshots.registry import (
    ScreenshotContext,
    _login,
    _user,
    demo_dates,
    screenshot,
)


def _said(ctx: ScreenshotContext, french: str, english: str) -> str:
    """What the person typed, in the language of the picture."""
    return english if ctx.lang == "en" else french


@dataclass
class _Reserves:
    show: OccurrenceView
    press: str  # « Médias et chroniqueurs culturels », with access, all users
    artists: str  # « Artistes et invités de la troupe », with access, chosen users
    producers: str  # « Producteurs », without access


def _reserve_evening(ctx: ScreenshotContext) -> _Reserves:
    """Luc (supervisor) on tonight's theatre: three reserves, their quantities for the show,
    tickets drawn for the press and the troupe's guests, one draw cancelled, the producers'
    places released to the general sale."""
    counter = ctx.counter
    _login(counter, "supervisor")
    counter.open_shift(20000)
    desk = counter.reserves
    show = demo_dates(counter, counter.today(), "Le Malade imaginaire")[0]
    adult = counter.categories(show.id)[0].category_id
    luc = _user(counter, "supervisor")
    press = desk.save_reserve(
        _said(ctx, "Médias et chroniqueurs culturels", "Press and arts columnists"),
        "with_access",
        category_id=adult,
    )
    artists = desk.save_reserve(
        _said(ctx, "Artistes et invités de la troupe", "Artists and the troupe's guests"),
        "with_access",
        category_id=adult,
        access="selected",
        user_ids=(luc,),
    )
    producers = desk.save_reserve(_said(ctx, "Producteurs", "Producers"), "without_access")
    for reserve_id, held in ((press, 12), (artists, 8), (producers, 6)):
        desk.set_quantity(show.id, reserve_id, held)
    desk.set_held_back(show.id, 4)
    for reserve_id, quantity, participant in (
        (press, 2, {"name": "Julie Côté", "email": "jcote@lesoleil.ca", "note": "Le Soleil"}),
        (press, 2, {"name": "Marc-André Roy", "phone": "418 555-0142", "note": "Radio-Canada"}),
        (artists, 4, {"name": "Famille Lavoie-Bergeron", "note": "Invités de la troupe"}),
    ):
        desk.draw(show.id, reserve_id, quantity, participant)
    family = next(d for d in desk.drawn(show.id) if d.participant_name.startswith("Famille"))
    desk.cancel_draw(
        family.order_line_id,
        1,
        _said(ctx, "Un enfant malade, place rendue à la troupe", "A sick child, seat given back"),
    )
    desk.release(show.id, producers)
    desk.set_quantity(show.id, press, 10)
    return _Reserves(show, press, artists, producers)


@screenshot("reserve-edit")
def _reserve_edit_window(ctx: ScreenshotContext) -> QWidget:
    """Luc (supervisor) changes the artists' reserve (« Modifier la réserve… »): with access
    at the Adulte tariff, for two chosen users only."""
    from guichet.ui.reserves import ReserveEditDialog

    counter = ctx.counter
    evening = _reserve_evening(ctx)
    desk = counter.reserves
    reserve = next(r for r in desk.reserves() if r.id == evening.artists)
    categories = [(c.category_id, c.name) for c in counter.categories(evening.show.id)]
    dialog = ReserveEditDialog(desk, categories, list(desk.users()), reserve, counter)
    dialog.check_user(_user(counter, "owner"))
    return dialog


@screenshot("reserve-history")
def _reserve_history_window(ctx: ScreenshotContext) -> QWidget:
    """Luc (supervisor) reads the history of tonight's reserves (« Historique »): quantities
    set, tickets drawn and one of them cancelled, the producers' places released."""
    from guichet.ui.reserves import ReserveHistoryDialog

    counter = ctx.counter
    evening = _reserve_evening(ctx)
    entries = list(counter.reserves.history(evening.show.id))
    return ReserveHistoryDialog(counter, evening.show, entries)


@screenshot("pair")
def _pair_window(ctx: ScreenshotContext) -> QWidget:
    """A new counter being paired, as it opens alone: the server checked, the code typed from
    the supervisor's screen and refused because it was already used on another counter."""
    from guichet.sync.engine import SyncError
    from guichet.sync.preflight import local_schema_revision as head_revision
    from guichet.ui.sync import PairDialog

    # Never used: pairing only happens when « Jumeler » is clicked.
    dialog = PairDialog(ctx.runtime.data_dir / "jumelage" / "guichet.sqlite3")
    dialog.url_edit.setText("http://billetterie.local:8765")
    dialog.show_health({"status": "ok", "schema": head_revision(), "api": "1"}, head_revision())
    body = "K7M2QX9PT"
    code = body + codes.check_symbol_for(body)
    dialog.code_edit.setText(f"{code[:5]}-{code[5:]}")
    dialog.name_edit.setText(
        _said(ctx, "Caisse 2 — hall d'entrée, côté billetterie", "Till 2 — lobby, box office side")
    )
    dialog._pair_failed(SyncError("pairing_code_used"))  # as the server answers
    return dialog


def _categories_of_tonight(counter: Counter) -> list[CategoryPrice]:
    show = demo_dates(counter, counter.today(), "Le Malade imaginaire")[0]
    return list(counter.categories(show.id))


@screenshot("assign-seats")
def _assign_seats_window(ctx: ScreenshotContext) -> QWidget:
    """Luc (supervisor) at the seat desk assigns six seats on two rows to a guest
    (« Attribuer… »): the seats said in words, the guest's name typed, Adulte tickets."""
    from guichet.domain.seating import demo_theatre_map, seat_labels
    from guichet.ui.seatdesk import AssignSeatsDialog

    counter = ctx.counter
    _login(counter, "supervisor")
    seat_map = demo_theatre_map("venue")
    wanted = [("B", n) for n in ("9", "11", "13", "15")] + [("C", n) for n in ("10", "12")]
    seats = [seat_map.find("Parterre", row, number) for row, number in wanted]
    dialog = AssignSeatsDialog(
        _categories_of_tonight(counter),
        seat_labels((s for s in seats if s is not None), ctx.lang),
    )
    dialog.name_edit.setText("Marie-Ève Tremblay-Desrosiers")
    return dialog
