"""Screenshot builder of the set-up assistant (issue 14): a new theatre's taxes page.

The assistant works in a folder of its own inside the throw-away data folder; nothing is
created, the picture stops before « Créer ».
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from guichet.ui.screenshots.registry import ScreenshotContext, screenshot


@screenshot("setup")
def _setup_window(ctx: ScreenshotContext) -> QWidget:
    """The organisation's page filled in, then the taxes page with both registration
    numbers typed and the proposed rates (5 and 9,975) and cash rounding kept."""
    from guichet.ui.setup_wizard import ParticularsPage, SetupAssistant, TaxesPage

    assistant = SetupAssistant(ctx.runtime.data_dir / "nouvelle-organisation", ctx.lang)
    assistant.choose("create")
    particulars = assistant.page
    assert isinstance(particulars, ParticularsPage)
    particulars.name_edit.setText("Théâtre du Vieux-Port")
    particulars.address_edit.setPlainText("120, rue Saint-Paul Est\nMontréal (Québec)  H2Y 1G6")
    assistant.next()
    taxes = assistant.page
    assert isinstance(taxes, TaxesPage), "the organisation's page was refused"
    taxes.gst_number.setText("123456789 RT0001")
    taxes.qst_number.setText("1234567890 TQ0001")
    taxes.rounding_box.setFocus()  # both numbers typed, the proposed rates kept
    return assistant
