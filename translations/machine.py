"""Machine translation for first drafts: DeepL in production, a visible stand-in for development.

wagtail-localize saves machine output as a draft translation for an editor
to review; nothing machine-translated is published unseen.
"""

from django.utils.translation import gettext_lazy as _
from wagtail_localize.machine_translators.base import BaseMachineTranslator
from wagtail_localize.machine_translators.deepl import DeepLTranslator
from wagtail_localize.strings import StringValue

from offerings.models import Category


class DevelopmentTranslator(BaseMachineTranslator):
    """Marks each string with its target language instead of translating it, so no one mistakes it for DeepL."""

    display_name = _("Development translator (not a real translation)")

    def translate(self, source_locale, target_locale, strings):
        label = f"[{target_locale.language_code}]"
        return {string: StringValue(f"{label} {string.data}") for string in strings}

    def can_translate(self, source_locale, target_locale):
        return source_locale.language_code != target_locale.language_code


class PortalDeepLTranslator(DeepLTranslator):
    """wagtail-localize's DeepL translator, with the glossaries named in one environment variable."""

    def __init__(self, options):
        options = dict(options)
        options.setdefault("GLOSSARY_IDS", parse_glossary_ids(options.pop("GLOSSARIES", "")))
        super().__init__(options)


def glossary_entries(source_language, target_language):
    """The portal's trade terms for one language pair: each category's name in both languages."""
    names = {}
    for key, language, name in Category.objects.values_list("translation_key", "locale__language_code", "name"):
        names.setdefault(key, {})[language] = name
    return {
        terms[source_language]: terms[target_language]
        for terms in names.values()
        if source_language in terms and target_language in terms
    }


def parse_glossary_ids(value):
    """`DEEPL_GLOSSARY_IDS` ("LT:IT=id1,LT:EN=id2") as wagtail-localize's DeepL translator expects them."""
    glossaries = {}
    for item in filter(None, (part.strip() for part in (value or "").split(","))):
        pair, _sep, glossary_id = item.partition("=")
        source, _colon, target = pair.partition(":")
        if source and target and glossary_id:
            glossaries[(source.strip().upper(), target.strip().upper())] = glossary_id.strip()
    return glossaries
