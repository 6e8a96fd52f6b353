"""The interface is fully translated, and the compiled catalogues match their sources."""

from pathlib import Path

import polib
import pytest

LOCALE = Path(__file__).resolve().parents[2] / "locale"


@pytest.mark.parametrize("language", ["lt", "lv", "pl", "it", "pt"])
def test_catalogue_is_complete_and_compiled(language):
    po = polib.pofile(LOCALE / language / "LC_MESSAGES" / "django.po")
    assert [entry.msgid for entry in po.untranslated_entries()] == []
    assert [entry.msgid for entry in po.fuzzy_entries()] == []
    compiled = {entry.msgid: entry for entry in polib.mofile(LOCALE / language / "LC_MESSAGES" / "django.mo")}
    stale = [
        entry.msgid
        for entry in po.translated_entries()
        if entry.msgid not in compiled
        or (entry.msgstr or entry.msgstr_plural)
        != (compiled[entry.msgid].msgstr or compiled[entry.msgid].msgstr_plural)
    ]
    assert stale == [], "run: python manage.py compilemessages --ignore=.venv"
