"""Read the course's xAPI statements from a learning record store (`GET …/xAPI/statements`).

    statements(endpoint, since, auth) -> [statement]    every page, following `more`
    endpoint(url) -> the statements resource of the LRS at `url`

Raises PullError (a usage error: exit status 2) with one French line when the store cannot be
reached, refuses the credentials, or answers something that is no list of statements. Nothing is
written before every page is read.
"""

from __future__ import annotations

import base64
import json
import urllib.error
import urllib.parse
import urllib.request

from playbook.commandline import UsageError

VERSION = "1.0.3"
TIMEOUT = 30
MAX_PAGES = 100_000


class PullError(UsageError):
    """The learning record store could not be read; nothing was written."""


def endpoint(url: str) -> str:
    """`https://lrs.exemple.fr` → `https://lrs.exemple.fr/xAPI/statements` (a full address is kept)."""
    trimmed = url.rstrip("/")
    if trimmed.endswith("/xAPI/statements"):
        return trimmed
    if trimmed.endswith("/xAPI"):
        return trimmed + "/statements"
    return trimmed + "/xAPI/statements"


def authorization(auth: str | None) -> str | None:
    """`user:secret` → a Basic authorization header value."""
    if not auth:
        return None
    if ":" not in auth:
        raise UsageError("--auth (ou PLAYBOOK_LRS_AUTH) s’écrit « identifiant:secret »")
    return "Basic " + base64.b64encode(auth.encode("utf-8")).decode("ascii")


def _page(url: str, header: str | None) -> dict:
    request = urllib.request.Request(url, headers={"X-Experience-API-Version": VERSION, "Accept": "application/json"})
    if header:
        request.add_header("Authorization", header)
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT) as response:
            body = response.read()
    except urllib.error.HTTPError as exc:
        if exc.code in (401, 403):
            raise PullError(f"l’entrepôt {url} refuse l’accès ({exc.code}) : vérifiez --auth ou PLAYBOOK_LRS_AUTH") from None
        raise PullError(f"l’entrepôt {url} répond par une erreur ({exc.code} {exc.reason})") from None
    except (urllib.error.URLError, TimeoutError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        raise PullError(f"impossible de joindre l’entrepôt {url} ({reason}) : vérifiez son adresse et qu’il est démarré") from None
    try:
        page = json.loads(body)
    except ValueError:
        page = None
    if not isinstance(page, dict) or not isinstance(page.get("statements"), list):
        raise PullError(f"réponse illisible de l’entrepôt {url} : ce n’est pas une liste de déclarations xAPI")
    return page


def statements(url: str, since: str | None, auth: str | None) -> list[dict]:
    """Every statement stored after `since` (all of them when None), page after page."""
    header = authorization(auth)
    query = urllib.parse.urlencode({"since": since} if since else {})
    address = f"{url}?{query}" if query else url
    found: list[dict] = []
    for _ in range(MAX_PAGES):
        page = _page(address, header)
        found += [statement for statement in page["statements"] if isinstance(statement, dict)]
        more = page.get("more")
        if not more or not isinstance(more, str):
            return found
        address = urllib.parse.urljoin(url, more)
    raise PullError(f"l’entrepôt {url} renvoie sans fin de nouvelles pages : arrêt après {MAX_PAGES}")
