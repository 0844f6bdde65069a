"""`{{ organisation.… }}` in pages and plays: checked when the content loads, filled when a page builds.

Two kinds of values. A phrase (`{{ organisation.de_nom }}` → « des Jardins du Coin ») goes
anywhere in a line of prose. A fragment (`{{ organisation.comptes }}` → a Markdown table) stands
alone on its line, and takes that line's indentation. Neither goes in a heading: the section's
anchor would change from one organisation to the next.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from playbook import french
from playbook.chapters import FENCE, HEADING, Chapter
from playbook.docpages import DocPage
from playbook.errors import ContentError, ContentErrors, did_you_mean
from playbook.organisation import Contact, Organisation
from playbook.render import render

PLACEHOLDER = re.compile(r"\{\{\s*([^{}\s]*)\s*\}\}")
ROOT = "organisation"
CONTACT_ROLES = ("politique", "escalade", "crise", "juridique", "donnees")
DELAY_KEYS = ("question", "reclamation", "escalade", "crise")


@dataclass(frozen=True)
class Placeholder:
    """`{{ name }}` as written at `line` (1-based, in the file), with the whole line it stands on."""

    name: str
    line: int
    text: str


def scan(text: str, first_line: int = 1) -> list[Placeholder]:
    """Every `{{ … }}` of a Markdown or YAML text, code fences skipped."""
    found: list[Placeholder] = []
    in_fence = False
    for index, line in enumerate(text.splitlines()):
        if FENCE.match(line):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        found += [Placeholder(match.group(1), first_line + index, line) for match in PLACEHOLDER.finditer(line)]
    return found


def phrases(organisation: Organisation) -> dict[str, str]:
    """Name → the text it stands for, for the placeholders that go inside a sentence."""
    values = {
        "nom": organisation.le_nom,
        "Nom": french.capitalised(organisation.le_nom),
        "de_nom": organisation.de_nom,
        "a_nom": organisation.a_nom,
        "nom_seul": organisation.nom,
        "horaires": organisation.horaires,
    }
    for role in CONTACT_ROLES:
        contact: Contact = getattr(organisation.contacts, role)
        key = f"contacts.{role}"
        values[key] = _contact_phrase(contact)
        values[f"{key}.qui"] = contact.qui
        values[f"{key}.a_qui"] = contact.a_qui
        values[f"{key}.de_qui"] = contact.de_qui
        values[f"{key}.Qui"] = french.capitalised(contact.qui)
        values[f"{key}.courriel"] = _mail_link(contact.courriel)
        values[f"{key}.telephone"] = contact.telephone or "—"
    for key in DELAY_KEYS:
        values[f"delais.{key}"] = getattr(organisation.delais, key)
    return {f"{ROOT}.{name}": value for name, value in values.items()}


def fragments(organisation: Organisation) -> dict[str, str]:
    """Name → the Markdown it stands for, for the placeholders that stand alone on their line.

    Rendered once per organisation (a frozen model, held by identity): every page with a
    placeholder asks for them. Read them, do not change them."""
    if _rendered and _rendered[0] is organisation:
        return _rendered[1]
    values = {
        part: render("organisation.md.j2", part=part, o=organisation, cell=_cell, mail=_mail_link, phone=_phone).strip()
        for part in ("contacts", "comptes", "inventaire", "delais", "porte_parole")
    }
    values["note"] = fictive_note(organisation)
    _rendered[:] = [organisation, {f"{ROOT}.{name}": value for name, value in values.items()}]
    return _rendered[1]


_rendered: list = []  # [organisation, its fragments]: the last organisation rendered


def fictive_note(organisation: Organisation) -> str:
    """The note that says the organisation is an invented example (HTML), or nothing if it is real."""
    if not organisation.fictive:
        return ""
    name = french.capitalised(organisation.le_nom)
    return render("organisation_note.html", name=name, plural=organisation.article == "les").strip()


def check(file: str, placeholders: list[Placeholder], organisation: Organisation | None, *, fragments_allowed: bool = True) -> list[ContentError]:
    """Each unknown name, each fragment that does not stand alone, each placeholder in a heading."""
    known_phrases = set(phrases(organisation)) if organisation else set()
    known_fragments = set(fragments(organisation)) if organisation else set()
    errors = []
    for placeholder in placeholders:
        name = placeholder.name
        if HEADING.match(placeholder.text):
            errors.append(ContentError(file, placeholder.line, f"« {{{{ {name} }}}} » dans un titre : l’ancre de la section changerait avec l’organisation ; sortez-le du titre"))
        elif name in known_fragments:
            if not fragments_allowed:
                errors.append(ContentError(file, placeholder.line, f"« {{{{ {name} }}}} » est un bloc (tableau ou liste) : il n’a pas sa place ici"))
            elif PLACEHOLDER.sub("", placeholder.text).strip() or len(PLACEHOLDER.findall(placeholder.text)) > 1:
                errors.append(ContentError(file, placeholder.line, f"« {{{{ {name} }}}} » est un bloc (tableau ou liste) : mettez-le seul sur sa ligne"))
        elif name not in known_phrases:
            names = sorted(known_phrases | (known_fragments if fragments_allowed else set()))
            hint = did_you_mean(name, names) or f" (par exemple « {ROOT}.nom », « {ROOT}.de_nom » ou « {ROOT}.contacts.crise » ; la liste est dans le README)"
            errors.append(ContentError(file, placeholder.line, f"valeur inconnue « {{{{ {name} }}}} »{hint}"))
    return errors


def fill(text: str, organisation: Organisation) -> str:
    """`text` with every placeholder replaced; fragments take the indentation of their line."""
    inline = phrases(organisation)
    blocks = fragments(organisation)
    lines = []
    for line in text.split("\n"):
        stripped = line.strip()
        match = PLACEHOLDER.fullmatch(stripped)
        if match and match.group(1) in blocks:
            indent = line[: len(line) - len(line.lstrip())]
            fragment = blocks[match.group(1)]
            lines += ["", *[f"{indent}{row}" if row else "" for row in fragment.split("\n")], ""] if fragment else [""]
            continue
        lines.append(PLACEHOLDER.sub(lambda m: inline.get(m.group(1), m.group(0)), line))
    return "\n".join(lines)


def _contact_phrase(contact: Contact) -> str:
    phone = f", {contact.telephone}" if contact.telephone else ""
    return f"{contact.qui} ({_mail_link(contact.courriel)}{phone})"


def _phone(contact: Contact) -> str:
    return f", {contact.telephone}" if contact.telephone else ""


def _mail_link(address: str) -> str:
    return f"[{address}](mailto:{address})"


def _cell(text: str) -> str:
    """A value ready for a Markdown table cell or list item: pipes escaped, lines joined."""
    return " ".join(text.split()).replace("|", "\\|")




def check_sources(chapters: list[Chapter], doc_pages: list[DocPage], organisation: Organisation) -> None:
    """Check the placeholders of every chapter and `docs/` page (the plays' are checked as they
    load); raises ContentErrors with file and line."""
    errors: list[ContentError] = []
    for chapter in chapters:
        errors += check(chapter.src_uri, scan(chapter.body, chapter.body_first_line), organisation)
    for page in doc_pages:
        errors += check(page.file, scan(page.body, page.first_line), organisation)
    if errors:
        raise ContentErrors(errors)
