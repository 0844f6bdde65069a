"""What a page costs the reader: bytes transferred (gzip), by kind and by owner, once its widgets are ready."""

from __future__ import annotations

import re
from collections import Counter

from playbook.search import WORKER
from tools.bench.pages import kind, owner
from tools.bench.server import compressed_size

FRENCH_WORKER = f"/{WORKER}"  # our French search worker, Material's inside it
READY = "() => [...document.querySelectorAll('[data-widget]')].every(root => root.dataset.ready)"
# Our scripts and stylesheets the build writes into the pages (playbook/headscripts.py,
# playbook/widgetstyles.py): ours, though not fetched.
INLINED = re.compile(r"<(script|style) data-inlined=[^>]*>(.*?)</\1>", re.DOTALL)


def weigh(browser, url: str, material_worker: int = 0) -> dict[str, int]:
    """{"html", "css", "js", "other", "ours_js_css", "vendor", "total"} of a first visit, in
    compressed bytes (ours_js_css: our scripts and stylesheets, those written into the page too),
    and "ours_js_css_again": the same page opened again in the same browser (a returning reader:
    what the first visit stored is there, so a learner's page checks it).
    `material_worker`: the compressed size of Material's search worker, which our French worker
    (workers/search-fr.js) holds after our own part: that much of it is Material's."""
    context = browser.new_context()
    page = context.new_page()
    first = _visit(page, url, material_worker)
    again = _visit(page, url, material_worker)
    context.close()
    return {**first, "ours_js_css_again": again.get("ours_js_css", 0)}


def _visit(page, url: str, material_worker: int) -> dict[str, int]:
    responses = []
    listener = lambda response: responses.append(response)
    page.on("response", listener)
    page.goto(url, wait_until="load")
    page.wait_for_function(READY, timeout=30_000)
    page.wait_for_timeout(500)  # a bench, not a test: let lazy loads started on load finish
    page.remove_listener("response", listener)
    sizes: Counter[str] = Counter()
    for response in responses:
        if not response.ok or response.request.method != "GET":
            continue
        try:
            body = response.body()
        except Exception:  # a redirect or a response the browser discarded
            continue
        name = response.url.split("?")[0].split("#")[0]
        size = compressed_size(body, name + "index.html" if name.endswith("/") else name)  # a page is its folder's index.html
        content_type = response.headers.get("content-type", "")
        what, who = kind(response.url, content_type), owner(response.url)
        sizes[what] += size
        sizes["total"] += size
        if who == "ours" and what in ("css", "js"):
            sizes["ours_js_css"] += size - (material_worker if response.url.endswith(FRENCH_WORKER) else 0)
        if what == "html":
            for element, code in INLINED.findall(body.decode("utf-8", "replace")):
                sizes["ours_js_css"] += compressed_size(code.encode("utf-8"), "inline.js" if element == "script" else "inline.css")
        if who == "vendor":
            sizes["vendor"] += size
    return dict(sizes)
