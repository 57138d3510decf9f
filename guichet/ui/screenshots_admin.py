"""Screenshot builders of the back office (issue 14): each section of the Administration
window, as the demo's owner sees it, at 1366×768."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from guichet.ui.screenshots import ScreenshotContext, _login, screenshot

#: Sections shown by ``guichet --screenshot FILE --window NAME`` (their keys).
ADMIN_SCREENSHOTS = (
    "staff",
    "events",
    "schedule",
    "prices",
    "venues",
    "organisation",
    "counters",
    "programme",
    "history",
)


def _admin(key: str) -> object:
    def build(ctx: ScreenshotContext) -> QWidget:
        from guichet.ui.admin import AdminWindow

        _login(ctx.counter, "owner")
        PREPARE[key](ctx)
        return AdminWindow(ctx.counter.back_office(), start=key)

    return build


# What a section's picture needs beyond the demo (a series of dates, a file to import...),
# one function per section, run as the owner before the window is made.


def _prepare_staff(ctx: ScreenshotContext) -> None:
    """Two more cashiers: one locked out after five wrong PINs, one deactivated (a
    student who left at the end of the summer), and a second supervisor."""
    from guichet.domain.auth import Role
    from guichet.domain.errors import DomainError

    staff = ctx.counter.back_office().staff
    locked = staff.add("Émilie Côté", Role.CASHIER, "4321", "4321")
    left = staff.add("Thomas Lavoie", Role.CASHIER, "5678", "5678")
    staff.add("Nadia Bélanger", Role.SUPERVISOR, "8642", "8642")
    staff.set_active(left, False)
    for _attempt in range(5):
        try:
            ctx.counter.login(locked, "0000")
        except DomainError:
            pass


def _prepare_events(ctx: ScreenshotContext) -> None:
    pass


def _prepare_schedule(ctx: ScreenshotContext) -> None:
    pass


def _prepare_prices(ctx: ScreenshotContext) -> None:
    pass


def _prepare_venues(ctx: ScreenshotContext) -> None:
    pass


def _prepare_organisation(ctx: ScreenshotContext) -> None:
    pass


def _prepare_counters(ctx: ScreenshotContext) -> None:
    """The counter stands in the theatre's lobby."""
    office = ctx.counter.back_office()
    venue = office.venues.all()[0]
    this = office.terminals.this()
    office.terminals.save(this.name, this.profile, venue.id)


def _prepare_programme(ctx: ScreenshotContext) -> None:
    pass


def _prepare_history(ctx: ScreenshotContext) -> None:
    pass


PREPARE = {key: globals()[f"_prepare_{key}"] for key in ADMIN_SCREENSHOTS}

for _key in ADMIN_SCREENSHOTS:
    screenshot(_key)(_admin(_key))  # type: ignore[arg-type]
