"""The cohort report's tables and CSV rows, from its figures: the same in the browser (cohort-tables.js).

A table is `{id, caption, columns: [{label, kind}], rows: [[cell…]]}`; a column's `kind` says how
its cells read: "text" (a string), "count" (an integer), "percent" (an integer or None), "link"
(`{text, href}`). The HTML report and the page show them (the table alternative of each chart);
the CSV holds them one after another, a percent as a bare number, a link as its text and its address.
"""

from __future__ import annotations

from collections.abc import Callable

from playbook.messages import text
from playbook.scoring import round_half_up

BOM = "\ufeff"


def _column(label: str, kind: str) -> dict:
    return {"label": label, "kind": kind}


def capitalised(value: str) -> str:
    return value[:1].upper() + value[1:]


def share(part: int, whole: int) -> int | None:
    return round_half_up(100 * part / whole) if whole else None


def band_labels(bands: list[int]) -> list[str]:
    """[0, 50, 70, 85] → « 0 à 49 », « 50 à 69 », « 70 à 84 », « 85 à 100 »."""
    highs = [low - 1 for low in bands[1:]] + [100]
    return [text("cohort.band", low=low, high=high) for low, high in zip(bands, highs)]


def tables(data: dict, figures: dict) -> list[dict]:
    t = lambda key: text(f"cohort.tables.{key}")  # noqa: E731
    modules = {module["id"]: module for module in data["course"]["modules"]}
    quizzes = {quiz["id"]: quiz for quiz in data["quizzes"]}
    checklists = {checklist["id"]: checklist for checklist in data["checklists"]}
    learners = figures["learners"]

    def link(section: dict) -> dict:
        return {"text": section["title"], "href": section["href"]}

    def module_label(module_id: str) -> str:
        module = modules[module_id]
        return text("cohort.module", number=module["number"], title=module["title"])

    def item(row: dict) -> dict:
        return next(entry for entry in checklists[row["checklist"]]["items"] if entry["id"] == row["item"])

    def question(row: dict) -> dict:
        return next(entry for entry in quizzes[row["quiz"]]["questions"] if entry["id"] == row["question"])

    return [
        {
            "id": "summary",
            "caption": t("summary.caption"),
            "columns": [_column(t("summary.measure"), "text"), _column(t("summary.value"), "count")],
            "rows": [[t(f"summary.{key}"), figures[key]] for key in ("learners", "started", "completed")],
        },
        {
            "id": "modules",
            "caption": t("modules.caption"),
            "columns": [_column(t(f"modules.{key}"), kind) for key, kind in
                        (("module", "text"), ("done", "count"), ("started", "count"), ("todo", "count"), ("share", "percent"))],
            "rows": [[module_label(row["id"]), row["done"], row["started"], row["todo"], share(row["done"], learners)] for row in figures["modules"]],
        },
        {
            "id": "quizzes",
            "caption": t("quizzes.caption"),
            "columns": [
                _column(t("quizzes.quiz"), "text"),
                _column(t("quizzes.passMark"), "percent"),
                _column(t("quizzes.attempted"), "count"),
                *(_column(text("cohort.tables.quizzes.band", band=label), "count") for label in band_labels(data["bands"])),
                _column(t("quizzes.passRate"), "percent"),
            ],
            "rows": [
                [quizzes[row["id"]]["title"], quizzes[row["id"]]["passMark"], row["attempted"], *row["bands"], row["passRate"]]
                for row in figures["quizzes"]
            ],
        },
        {
            "id": "domains",
            "caption": t("domains.caption"),
            "columns": [_column(t(f"domains.{key}"), kind) for key, kind in
                        (("domain", "text"), ("mean", "percent"), ("learners", "count"), ("partial", "count"))],
            "rows": [[capitalised(row["domaine"]), row["mean"], row["learners"], row["partial"]] for row in figures["domains"]],
        },
        {
            "id": "weakItems",
            "caption": t("weakItems.caption"),
            "columns": [_column(t(f"weakItems.{key}"), kind) for key, kind in
                        (("item", "text"), ("checklist", "text"), ("ratio", "percent"), ("answered", "count"), ("na", "count"), ("section", "link"))],
            "rows": [
                [item(row)["text"], checklists[row["checklist"]]["title"], row["ratio"], row["answered"], row["na"], link(item(row)["section"])]
                for row in figures["weakItems"]
            ],
        },
        {
            "id": "weakQuestions",
            "caption": t("weakQuestions.caption"),
            "columns": [_column(t(f"weakQuestions.{key}"), kind) for key, kind in
                        (("question", "text"), ("quiz", "text"), ("wrongRate", "percent"), ("answered", "count"), ("section", "link"))],
            "rows": [
                [question(row)["prompt"], quizzes[row["quiz"]]["title"], row["wrongRate"], row["answered"], link(question(row)["section"])]
                for row in figures["weakQuestions"]
            ],
        },
    ]


def cell_text(kind: str, value) -> str:
    """How a cell reads on screen and on paper: « 67 % », « — » for an unknown share."""
    if value is None:
        return text("cohort.none")
    if kind == "percent":
        return text("cohort.percent", value=value)
    if kind == "link":
        return value["text"]
    return str(value)


def csv_rows(report_tables: list[dict], absolute: Callable[[str], str] = lambda href: href) -> list[list[str]]:
    """Each table as its caption, its header and its rows, a blank row between two tables."""
    rows: list[list[str]] = []
    for table in report_tables:
        if rows:
            rows.append([])
        rows.append([table["caption"]])
        header: list[str] = []
        for column in table["columns"]:
            if column["kind"] == "percent":
                header.append(text("cohort.csv.percent", label=column["label"]))
            elif column["kind"] == "link":
                header += [column["label"], text("cohort.csv.address", label=column["label"])]
            else:
                header.append(column["label"])
        rows.append(header)
        for row in table["rows"]:
            cells: list[str] = []
            for column, value in zip(table["columns"], row):
                if column["kind"] == "link":
                    cells += [value["text"], absolute(value["href"])]
                else:
                    cells.append("" if value is None else str(value))
            rows.append(cells)
    return rows


def csv_text(rows: list[list[str]]) -> str:
    """Semicolon-separated with a BOM and CRLF line ends, quoted where needed: as widgets/download.js writes it."""

    def cell(value: str) -> str:
        return '"' + value.replace('"', '""') + '"' if any(mark in value for mark in ';"\r\n') else value

    return BOM + "".join(";".join(cell(value) for value in row) + "\r\n" for row in rows)
