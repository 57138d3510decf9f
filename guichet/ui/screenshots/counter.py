"""The counter's own windows as screenshots: login, shift, sales, payment, receipt, Z report,
promotions, reserves and reserved seating."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from guichet.domain.cart import Cart
from guichet.domain.promotions import Promotion, Targeting, percent_off
from guichet.services import demo_scenes
from guichet.services.counter import Counter
from guichet.ui.screenshots.registry import (
    SIZE,
    ScreenshotContext,
    _busy_evening,
    _login,
    _standard_cart,
    _user,
    demo_dates,
    demo_events,
    on_sale,
    screenshot,
    settle,
)

if TYPE_CHECKING:
    from guichet.services.promotions import PromotionAdmin


@screenshot("login")
def _login_window(ctx: ScreenshotContext) -> QWidget:
    from guichet.ui.main_window import MainWindow

    return MainWindow(ctx.counter)


@screenshot("shift")
def _shift_window(ctx: ScreenshotContext) -> QWidget:
    from guichet.ui.main_window import MainWindow

    _login(ctx.counter)
    return MainWindow(ctx.counter)  # someone logged in, no shift: the open-shift page


@screenshot("sales")
def _sales_window(ctx: ScreenshotContext) -> QWidget:
    from guichet.ui.main_window import MainWindow

    _login(ctx.counter, "supervisor")
    admin = _promotion_admin(ctx.counter)
    events = demo_events(ctx.counter)
    theatre = [events["Le Malade imaginaire"], events["Les Belles-sœurs"]]
    offer = admin.save(
        Promotion(
            "",
            "Mardis découverte",
            percent_off(20),
            name_en="Discovery Tuesdays",
            targeting=Targeting(event_ids=frozenset(theatre)),
        )
    )
    admin.add_custom_code(offer, "DECOUVERTE", 200)
    _login(ctx.counter)
    ctx.counter.open_shift(20000)
    _busy_evening(ctx.counter)
    window = MainWindow(ctx.counter)
    window.resize(*SIZE)
    window.show()
    settle()
    # The cashier's own keys: 2 adults, 1 child, on the preselected next show, then the
    # customer's promo code (F6), so the struck-through prices show.
    for key in (Qt.Key.Key_2, Qt.Key.Key_F1, Qt.Key.Key_F2, Qt.Key.Key_F6):
        QTest.keyClick(QApplication.focusWidget() or window, key)
    QTest.keyClicks(QApplication.focusWidget() or window, "decouverte")
    QTest.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Return)
    settle()
    return window


@screenshot("sales-supervisor")
def _sales_window_of_a_supervisor(ctx: ScreenshotContext) -> QWidget:
    """A supervisor's counter: every window of the tool bar (back office, conflicts, seats)."""
    from guichet.ui.main_window import MainWindow

    _login(ctx.counter, "supervisor")
    ctx.counter.open_shift(20000)
    _busy_evening(ctx.counter)
    window = MainWindow(ctx.counter)
    window.resize(*SIZE)
    window.show()
    settle()
    for key in (Qt.Key.Key_3, Qt.Key.Key_F1):
        QTest.keyClick(QApplication.focusWidget() or window, key)
    settle()
    return window


@screenshot("payment")
def _payment_window(ctx: ScreenshotContext) -> QWidget:
    from guichet.ui.payment import PaymentDialog

    _login(ctx.counter)
    ctx.counter.open_shift(20000)
    return PaymentDialog(ctx.counter, _standard_cart(ctx.counter))


@screenshot("receipt")
def _receipt_window(ctx: ScreenshotContext) -> QWidget:
    from guichet.ui.receipt_view import ReceiptDialog

    _login(ctx.counter)
    ctx.counter.open_shift(20000)
    cart = _standard_cart(ctx.counter)
    payment = ctx.counter.payment_session(cart)
    payment.add_cash(15000)
    sale = ctx.counter.sell(cart, payment)
    return ReceiptDialog(ctx.counter, sale.receipt_id, change_due=sale.change)


@screenshot("zreport")
def _zreport_window(ctx: ScreenshotContext) -> QWidget:
    from guichet.ui.zreport import ZReportDialog

    _login(ctx.counter)
    ctx.counter.open_shift(20000)
    _busy_evening(ctx.counter)
    cart = _standard_cart(ctx.counter)
    payment = ctx.counter.payment_session(cart)
    payment.add_card(payment.balance, "APPROB 381204")
    ctx.counter.sell(cart, payment)
    summary = ctx.counter.shift_summary()
    counts = {2000: summary.expected_cash // 2000}
    rest = summary.expected_cash % 2000
    for denomination in (1000, 500, 200, 100, 25, 10, 5):
        counts[denomination], rest = divmod(rest, denomination)
    closed = ctx.counter.close_shift(counts)
    return ZReportDialog(ctx.counter, closed.shift_id)


def _promotion_admin(counter: Counter) -> PromotionAdmin:
    from guichet.services.promotions import PromotionAdmin

    return PromotionAdmin(
        counter.session_factory,
        counter.terminal_id,
        lambda: counter.actor,
        lang=counter.lang,
        clock=counter.clock,
    )


def _demo_promotions(counter: Counter) -> tuple[PromotionAdmin, dict[str, str]]:
    """A supervisor's evening in the back office: tags, a members' price list and six offers
    (a code, random codes, a price-list switch, two automatic ones that overlap)."""
    from guichet.domain.payments import PaymentSession
    from guichet.domain.promotions import (
        CustomerRule,
        Promotion,
        Targeting,
        TargetKind,
        TargetLimit,
        amount_off_cart,
        amount_off_each,
        has,
        percent_off,
        switch_price_list,
    )

    _login(counter, "supervisor")
    admin = _promotion_admin(counter)
    choices = admin.choices()
    events = demo_events(counter)
    # Tariffs in their list order (adult, child, senior, student): names depend on the language.
    adult_id, child_id, senior_id, student_id = (c.id for c in choices.categories[:4])
    lists = {c.name: c.id for c in choices.price_lists}
    members_id = demo_scenes.add_price_list(
        counter.session_factory,
        counter.organisation.id,
        "Théâtre — abonnés",
        {adult_id: 3400, child_id: 1600, senior_id: 2900, student_id: 2400},
    )
    theatre = [events["Le Malade imaginaire"], events["Les Belles-sœurs"]]
    leisure = [events["Bain libre"], events["Patin libre"], events["Escalade — initiation"]]
    admin.set_tags("event", theatre, add=["théâtre"])
    admin.set_tags("event", leisure, add=["loisirs"])
    admin.set_tags("category", [child_id], add=["enfant"])
    admin.set_tags("price_list", [lists["Théâtre — régulier"]], add=["régulier"])

    ids: dict[str, str] = {}
    ids["decouverte"] = admin.save(
        Promotion(
            "",
            "Mardis découverte",
            percent_off(20),
            name_en="Discovery Tuesdays",
            description_fr="20 % sur le théâtre avec le code DECOUVERTE.",
            starts=date(2026, 11, 1),
            expires=date(2027, 3, 31),
            position=1,
            targeting=Targeting(event_control=has("théâtre")),
        )
    )
    admin.add_custom_code(ids["decouverte"], "DECOUVERTE", 200)
    ids["famille"] = admin.save(
        Promotion(
            "",
            "Famille",
            amount_off_each(500),
            name_en="Family",
            automatic=True,
            enabled=False,
            position=2,
            max_tickets_per_order=6,
            targeting=Targeting(category_control=has("enfant")),
        )
    )
    ids["infolettre"] = admin.save(
        Promotion(
            "",
            "Abonnés infolettre",
            switch_price_list(members_id),
            name_en="Newsletter subscribers",
            starts=date(2026, 9, 1),
            position=3,
            targeting=Targeting(event_ids=frozenset(theatre), customers=CustomerRule.NEWSLETTER),
        )
    )
    admin.add_custom_code(ids["infolettre"], "INFOLETTRE", None)
    ids["carnaval"] = admin.save(
        Promotion(
            "",
            "Carnaval — partenaires",
            amount_off_cart(1000),
            name_en="Carnival partners",
            starts=date(2027, 1, 15),
            expires=date(2027, 2, 28),
            position=4,
            max_tickets=400,
            targeting=Targeting(
                limits=(TargetLimit(TargetKind.EVENT, events["Patin libre"], 150, 4),)
            ),
        )
    )
    admin.generate_codes(ids["carnaval"], 500, 1)
    ids["fetes"] = admin.save(
        Promotion(
            "",
            "Fêtes au centre récréatif",
            percent_off(15),
            name_en="Holidays at the centre",
            automatic=True,
            starts=date(2026, 12, 19),
            expires=date(2027, 1, 4),
            position=5,
            targeting=Targeting(event_control=has("loisirs")),
        )
    )
    ids["patin"] = admin.save(
        Promotion(
            "",
            "Patin en famille",
            amount_off_each(300),
            name_en="Family skating",
            automatic=True,
            starts=date(2026, 12, 21),
            expires=date(2027, 3, 31),
            position=6,
            targeting=Targeting(
                event_ids=frozenset([events["Patin libre"]]), category_control=has("enfant")
            ),
        )
    )
    # A few sales with the code, so "Utilisation / Permis" shows real use.
    counter.open_shift(20000)
    occurrence = demo_dates(counter, counter.today(), "Le Malade imaginaire")[0]
    adult = counter.categories(occurrence.id)[0].category_id
    for quantity in (2, 1, 4):
        cart = Cart()
        counter.add_to_cart(cart, occurrence.id, adult, quantity)
        counter.apply_code(cart, "decouverte")
        payment: PaymentSession = counter.payment_session(cart)
        payment.add_cash(payment.cash_due)
        counter.sell(cart, payment)
    return admin, ids


@screenshot("promotions")
def _promotions_window(ctx: ScreenshotContext) -> QWidget:
    from guichet.ui.backoffice.promotions import PromotionsWindow

    admin, _ids = _demo_promotions(ctx.counter)
    window = PromotionsWindow(admin, ctx.lang)
    window.select_promotion(_ids["decouverte"])
    return window


@screenshot("promotion-edit")
def _promotion_edit_window(ctx: ScreenshotContext) -> QWidget:
    from guichet.ui.backoffice.promotion_edit import PromotionEditDialog

    admin, ids = _demo_promotions(ctx.counter)
    dialog = PromotionEditDialog(admin, ctx.lang, ids["decouverte"])
    dialog.tabs.setCurrentIndex(1)  # Réduction: what the offer does
    return dialog


@screenshot("reserves")
def _reserves_window(ctx: ScreenshotContext) -> QWidget:
    """Luc (supervisor) at the counter on the 20 h theatre show: three reserves (Médias and
    Artistes with access, Producteurs without), quantities set and a few tickets drawn."""
    from guichet.domain.payments import PaymentSession
    from guichet.ui.reserves import ReservesWindow

    counter = ctx.counter
    _login(counter, "supervisor")
    counter.open_shift(20000)
    for occ in on_sale(counter):  # a few sales (seated shows sell seats)
        if getattr(occ, "seated", False):
            continue
        cart = Cart()
        counter.add_to_cart(cart, occ.id, counter.categories(occ.id)[0].category_id, 3)
        payment: PaymentSession = counter.payment_session(cart)
        payment.add_cash(payment.cash_due)
        counter.sell(cart, payment)
    desk = counter.reserves
    show = demo_dates(counter, counter.today(), "Le Malade imaginaire")[0]
    adult = counter.categories(show.id)[0].category_id
    luc = _user(counter, "supervisor")
    medias = desk.save_reserve("Médias", "with_access", category_id=adult)
    artists = desk.save_reserve(
        "Artistes", "with_access", category_id=adult, access="selected", user_ids=(luc,)
    )
    producers = desk.save_reserve("Producteurs", "without_access")
    for reserve_id, held in ((medias, 10), (artists, 6), (producers, 8)):
        desk.set_quantity(show.id, reserve_id, held)
    desk.set_held_back(show.id, 4)
    for reserve_id, quantity, participant in (
        (medias, 2, {"name": "Julie Côté", "email": "jcote@lesoleil.ca", "note": "Le Soleil"}),
        (medias, 2, {"name": "Marc-André Roy", "phone": "418 555-0142", "note": "Radio-Canada"}),
        (artists, 3, {"name": "Famille Lavoie", "note": "Invités de la troupe"}),
    ):
        desk.draw(show.id, reserve_id, quantity, participant)
    payment = desk.draw_payment(show.id, medias, 1)
    payment.add_card(payment.balance, "APPROB 118204")
    desk.draw(
        show.id,
        medias,
        1,
        {"name": "Nadia Bélanger", "note": "CHYZ"},
        charged=True,
        payment=payment,
    )
    window = ReservesWindow(counter)
    window.select_occurrence(show.id)
    window.select_reserve(medias)
    # The cashier's last draw, as typed: 2 free tickets for a journalist (green confirmation).
    window.name_edit.setText("Olivier Gagnon")
    window.email_edit.setText("ogagnon@ledevoir.com")
    window.note_edit.setText("Le Devoir")
    window.quantity_spin.setValue(2)
    window.draw()
    return window


@screenshot("seatmap")
def _seatmap_window(ctx: ScreenshotContext) -> QWidget:
    """The demo theatre (800 seats) on a busy evening: a block of sold seats in the centre, the
    last two Balcon rows held, a few seats blocked, another counter's cart; the cashier chose
    Parterre row J with the keyboard (↓ to the row, Entrée: its free seats)."""
    import random

    from guichet.domain.seating import SeatInventory, demo_theatre_map
    from guichet.ui.seatmap import SeatMapPanel

    seat_map = demo_theatre_map("venue")
    inventory = SeatInventory(seat_map, occurrence_id="demo")
    parterre = [s for s in seat_map if s.section == "Parterre"]
    balcon = [s for s in seat_map if s.section == "Balcon"]
    centre = [s.id for s in parterre if "C" <= s.row <= "J" and int(s.number) <= 10]
    centre += [s.id for s in balcon if s.row <= "C" and 14 <= int(s.number) <= 27]
    inventory.sell_direct(centre, order_id="demo")
    inventory.hold([s.id for s in balcon if s.row == "G"], note="Médias")
    inventory.hold([s.id for s in balcon if s.row == "H"], note="Producteur")
    camera = [seat_map.find("Balcon", "F", n) for n in ("20", "21")]
    inventory.block([s.id for s in camera if s is not None], note="Caméra")
    broken = [seat_map.find("Parterre", "P", n) for n in ("23", "25")]
    inventory.block([s.id for s in broken if s is not None], note="Siège brisé")
    cart = [seat_map.find("Parterre", "B", n) for n in ("11", "13", "15")]
    inventory.add_to_cart([s.id for s in cart if s is not None], "caisse-2")
    rng = random.Random(5)
    others = [s.id for s in seat_map if inventory.state(s.id).value == "free" and s.row != "J"]
    inventory.sell_direct(rng.sample(others, 90), order_id="web")
    panel = SeatMapPanel(seat_map, inventory, ctx.lang)
    for _ in range(10):  # ↓ ten times: Parterre row J
        panel.view.move_row(1)
    panel.view.select_row("Parterre", "J")
    return panel


def _seated_evening(counter: Counter) -> str:
    """Cyrano de Bergerac at 19 h 30 on a busy evening, as a supervisor set it up: seats sold
    in the centre of the Parterre and the front of the Balcon, Balcon row H held for the
    media, two seats blocked for the camera, two assigned to a guest. Returns the show's id."""
    import random

    from guichet.domain.payments import PaymentSession

    show = next(o for o in counter.occurrences(counter.today()) if o.seated)
    seating = counter.seating(show.id)
    assert seating is not None
    seat_map = seating.seat_map
    categories = counter.categories(show.id)
    rng = random.Random(5)
    sold = [
        s.id
        for s in seat_map
        if (s.section == "Parterre" and "C" <= s.row <= "H" and int(s.number) <= 8)
        or (s.section == "Balcon" and s.row <= "B" and 15 <= int(s.number) <= 26)
    ]
    sold += rng.sample([s.id for s in seat_map if s.id not in sold and s.row > "K"], 60)
    for first in range(0, len(sold), 4):  # sales of four seats
        cart = Cart()
        category = categories[(first // 4) % len(categories)]
        counter.pick_seats(cart, show.id, category.category_id, sold[first : first + 4])
        payment: PaymentSession = counter.payment_session(cart)
        payment.add_cash(payment.cash_due)
        counter.sell(cart, payment)

    def row(section: str, name: str) -> list[str]:
        return [s.id for s in seat_map.row_seats(section, name)]

    counter.seat_action(show.id, "hold", row("Balcon", "H"), note="Médias")
    counter.seat_action(show.id, "block", row("Balcon", "E")[19:21], note="Caméra")
    guests = [s for s in row("Parterre", "B") if s not in sold][:2]
    counter.seat_action(
        show.id,
        "assign",
        guests,
        participant="Édith Butler",
        category_id=categories[0].category_id,
    )
    return show.id


@screenshot("seatdesk")
def _seatdesk_window(ctx: ScreenshotContext) -> QWidget:
    """Luc (supervisor) at the seat desk on Cyrano de Bergerac: the evening above, and
    Parterre row K chosen with the keyboard, "Producteurs" typed as the note, ready to hold."""
    from guichet.ui.seatdesk import SeatDeskWindow

    counter = ctx.counter
    _login(counter, "supervisor")
    counter.open_shift(20000)
    show_id = _seated_evening(counter)
    window = SeatDeskWindow(counter)
    window.select_occurrence(show_id)
    view = window.view
    assert view is not None
    for _ in range(11):  # ↓ eleven times: Parterre row K
        view.move_row(1)
    view.select_row("Parterre", "K")
    window.note_edit.setText("Producteurs")
    window.show_info(
        window.tr("Attribués à {name} ({count})\u00a0: {seats}").format(
            name="Édith Butler",
            count=2,
            seats="Parterre, rangée B, sièges 9, 11"
            if ctx.lang == "fr"
            else "Parterre, row B, seats 9, 11",
        )
    )
    return window


@screenshot("seatpicker")
def _seatpicker_window(ctx: ScreenshotContext) -> QWidget:
    """Sophie (cashier) sells 2 Adulte seats for Cyrano de Bergerac: "2", F1, two seats
    clicked in Parterre row J."""
    from guichet.ui.sales import SalesPage
    from guichet.ui.seatpicker import SeatPickerDialog

    counter = ctx.counter
    _login(counter, "supervisor")
    counter.open_shift(20000)
    show_id = _seated_evening(counter)
    counter.logout()
    _login(counter, "cashier")  # the terminal's shift is already open
    page = SalesPage(counter)
    page.resize(*SIZE)
    page.select_occurrence(show_id)
    category = counter.categories(show_id)[0]
    dialog = SeatPickerDialog(counter, show_id, category.category_id, page, quantity=2)
    seating = counter.seating(show_id)
    assert seating is not None
    wanted = [seating.seat_map.find("Parterre", "J", n) for n in ("1", "2")]
    dialog.view.set_selection([s.id for s in wanted if s is not None])
    return dialog
