"""`playbook hr report`: the cohort report as one self-contained HTML file (inline CSS, SVG charts
each followed by its table, printable) and as CSV, from the figures of `playbook.hr.figures`.

The page « Rapport de cohorte » draws the same charts and tables in the browser (cohort-view.js).
"""

from __future__ import annotations

import datetime
from pathlib import Path

from playbook.atomic import write_text_atomically
from playbook.hr.tables import capitalised, cell_text, csv_rows, csv_text, tables
from playbook.messages import text
from playbook.render import render

LABEL_HEIGHT = 18
BAR_HEIGHT = 16
ROW = 46
BAR_WIDTH = 520
WIDTH = 660


def stacked_chart(rows: list[tuple[str, list[int], str]], classes: list[str]) -> dict:
    """Horizontal bars, each cut into segments in proportion to its values; a label above each
    bar and a caption after it. Geometry only: the template draws it."""
    drawn = []
    for index, (label, values, caption) in enumerate(rows):
        total = sum(values)
        y = index * ROW
        x, segments = 0.0, []
        for value, css in zip(values, classes):
            width = BAR_WIDTH * value / total if total else 0
            if width:
                segments.append({"x": round(x, 2), "width": round(width, 2), "class": css})
            x += width
        drawn.append({"label": label, "label_y": y + 13, "bar_y": y + LABEL_HEIGHT + 4, "segments": segments, "caption": caption})
    return {"width": WIDTH, "height": max(1, len(rows)) * ROW, "bar_width": BAR_WIDTH, "bar_height": BAR_HEIGHT, "rows": drawn}


def charts(data: dict, figures: dict) -> dict:
    modules = {module["id"]: module for module in data["course"]["modules"]}
    quizzes = {quiz["id"]: quiz for quiz in data["quizzes"]}
    learners = lambda count: text("cohort.chart.learners", count=count)  # noqa: E731
    return {
        "modules": stacked_chart(
            [
                (text("cohort.module", number=modules[row["id"]]["number"], title=modules[row["id"]]["title"]),
                 [row["done"], row["started"], row["todo"]], text("cohort.chart.done", done=row["done"], count=figures["learners"]))
                for row in figures["modules"]
            ],
            ["done", "started", "todo"],
        ),
        "quizzes": stacked_chart(
            [(quizzes[row["id"]]["title"], row["bands"], learners(row["attempted"])) for row in figures["quizzes"]],
            [f"band{index}" for index in range(len(data["bands"]))],
        ),
        "domains": stacked_chart(
            [
                (capitalised(row["domaine"]), [row["mean"] or 0, 100 - (row["mean"] or 0)],
                 cell_text("percent", row["mean"]) if row["mean"] is not None else learners(0))
                for row in figures["domains"]
            ],
            ["score", "rest"],
        ),
    }


def report_html(data: dict, figures: dict, cohort: str | None, today: datetime.date) -> str:
    tables_by_id = {table["id"]: table for table in tables(data, figures)}
    return render(
        "cohort-report.html",
        data=data,
        figures=figures,
        tables=tables_by_id,
        charts=charts(data, figures),
        bands_legend=[(f"band{index}", column["label"]) for index, column in enumerate(tables_by_id["quizzes"]["columns"][3 : 3 + len(data["bands"])])],
        cell_text=cell_text,
        text=text,
        heading=text("cohort.report.cohort", cohort=cohort) if cohort is not None else text("cohort.report.allCohorts"),
        generated=text("cohort.report.generated", date=today.strftime("%d/%m/%Y"), count=figures["learners"]),
    )


def write_report(data: dict, figures: dict, cohort: str | None, html_path: Path, csv_path: Path | None) -> None:
    """Both files written whole or not at all (the HTML first)."""
    write_text_atomically(html_path, report_html(data, figures, cohort, datetime.date.today()))
    if csv_path is not None:
        write_text_atomically(csv_path, csv_text(csv_rows(tables(data, figures))))
