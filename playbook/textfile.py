"""Read an author's text file as UTF-8, or say in French how to re-save it.

Editors used by comms and HR teams often save as Windows-1252 or UTF-16: instead of a traceback,
one `file:line: message` naming the encoding found and the one to use.
"""

from __future__ import annotations

import codecs
from pathlib import Path

from playbook.errors import ContentError, ContentErrors

RESAVE = "ré-enregistrez-le en UTF-8 (dans votre éditeur : « Enregistrer sous », encodage « UTF-8 »)"


def read_text(path: Path, shown_as: str) -> str:
    """The text of `path`; a UTF-8 byte-order mark is dropped. Raises ContentErrors when not UTF-8."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ContentErrors([ContentError(shown_as, 1, f"fichier illisible ({exc.strerror or exc})")]) from None
    return decode(data, shown_as)


def decode(data: bytes, shown_as: str) -> str:
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise ContentErrors([ContentError(shown_as, 1, f"ce fichier est enregistré en UTF-16 : {RESAVE}")])
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        encoding = "Windows-1252 (ou Latin-1)" if _is_cp1252(data) else "un encodage autre que UTF-8"
        message = f"ce fichier est enregistré en {encoding} (caractère illisible ligne {line}) : {RESAVE}"
        raise ContentErrors([ContentError(shown_as, line, message)]) from None


def _is_cp1252(data: bytes) -> bool:
    try:
        data.decode("cp1252")
    except UnicodeDecodeError:
        return False
    return True
