"""French grammar the site needs: a name with its article, « de » and « à » contracted, dates.

« de » + « les Jardins du Coin » is « des Jardins du Coin », « à » + « le service client » is
« au service client »: French contracts de/à with le/les, never with la or l’.
"""

from __future__ import annotations

import datetime
import re
import unicodedata

APOSTROPHE = "\u2019"
ARTICLES = ("le", "la", "les", f"l{APOSTROPHE}")
NO_ARTICLE = "aucun"
# (preposition, article) → the contracted form; a pair absent here keeps both words.
CONTRACTIONS = {("de", "le"): "du", ("de", "les"): "des", ("à", "le"): "au", ("à", "les"): "aux"}
LEADING_ARTICLE = re.compile(r"^(les|le|la|l[’'])(\s*)(?=\S)", re.IGNORECASE)
MONTHS = (
    "janvier", "février", "mars", "avril", "mai", "juin",
    "juillet", "août", "septembre", "octobre", "novembre", "décembre",
)  # fmt: skip


def split_article(text: str) -> tuple[str, str]:
    """« Les Jardins du Coin » → (« les », « Jardins du Coin »); (« », text) when it has no article.

    « le », « la » and « les » count only as whole words (« Lebrun » has none); « l’ » or « l' »
    counts when a word follows it directly (« L’Atelier »).
    """
    match = LEADING_ARTICLE.match(text)
    if not match:
        return "", text
    article = match.group(1).lower().replace("'", APOSTROPHE)
    if article != f"l{APOSTROPHE}" and not match.group(2):
        return "", text
    return article, text[match.end() :]


def with_article(article: str, name: str) -> str:
    """« les » + « Jardins du Coin » → « les Jardins du Coin »; « l’ » joins without a space."""
    if not article or article == NO_ARTICLE:
        return name
    return f"{article}{name}" if article.endswith(APOSTROPHE) else f"{article} {name}"


def contract(preposition: str, article: str, name: str) -> str:
    """« de » or « à » before a name and its article: « des Jardins du Coin », « à la Poste »."""
    if not article or article == NO_ARTICLE:
        elided = preposition == "de" and _starts_with_vowel(name)
        return f"d{APOSTROPHE}{name}" if elided else f"{preposition} {name}"
    contracted = CONTRACTIONS.get((preposition, article))
    if contracted:
        return f"{contracted} {name}"
    return f"{preposition} {with_article(article, name)}"


def de(phrase: str) -> str:
    """« de » before a phrase that carries its own article: « Les Jardins du Coin » → « des Jardins du Coin »."""
    phrase = str(phrase).strip()
    article, rest = split_article(phrase)
    if not article:
        return contract("de", "", phrase)
    return contract("de", article, rest)


def a(phrase: str) -> str:
    """« à » before a phrase that carries its own article: « le service client » → « au service client »."""
    phrase = str(phrase).strip()
    article, rest = split_article(phrase)
    return contract("à", article, rest) if article else contract("à", "", phrase)


def capitalised(text: str) -> str:
    """The same text with its first letter in upper case (for the start of a sentence)."""
    return text[:1].upper() + text[1:]


def long_date(day: datetime.date) -> str:
    """2026-11-28 → « 28 novembre 2026 »; the first of the month is « 1er »."""
    number = "1er" if day.day == 1 else str(day.day)
    return f"{number} {MONTHS[day.month - 1]} {day.year}"


def sort_key(text: str) -> str:
    """Alphabetical order the French way: case and accents ignored (« écoute » between « CRM » and « ROI »)."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def _starts_with_vowel(word: str) -> bool:
    # No elision before « h »: it is muet in « Hermès » but aspiré in « Hachette », and only a
    # dictionary could tell; « de » is never wrong enough to mislead.
    return bool(word) and word[0].lower() in "aâàäeéèêëiîïoôöuùûüyÿæœ"
