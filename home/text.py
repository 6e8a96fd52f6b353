"""Text helpers shared by pages and search."""

import unicodedata

from anyascii import anyascii


def strip_marks(text):
    """Lower case without combining marks, as SQLite's FTS5 folds it: "Kėdės" -> "kedes", "Łódź" -> "łodz"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def fold(text):
    """Lower case in plain Latin letters: "Kėdės" -> "kedes", "Łódź" -> "lodz"."""
    stripped = strip_marks(text)
    return stripped if stripped.isascii() else anyascii(stripped)


def alternative_spellings(text):
    """The words of `text` whose plain spelling differs from their mark-stripped one, in plain spelling."""
    words = {strip_marks(word) for word in text.split()}
    return " ".join(sorted({fold(word) for word in words if not word.isascii()} - words))
