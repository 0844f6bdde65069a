/*
 * A horizontal bar chart in HTML: one row per checklist, its label in real text (readable at any
 * width, 390 px included), a bar as long as the score, and a caption. A partly answered row is
 * hatched and says so in its caption: not told by colour alone. Decorative for screen readers
 * (aria-hidden): « Mon bilan » gives the same data as a table.
 */
(() => {
  const PS = window.PlaybookSocial;

  /* rows: [{label, percent (number or null), caption, partial (boolean)}] */
  const bars = (rows) =>
    PS.h(
      "ul",
      { class: "pb-chart", "aria-hidden": "true" },
      rows.map((row) =>
        PS.h(
          "li",
          { class: `pb-chart__row${row.partial ? " pb-chart__row--partial" : ""}`, "data-partial": row.partial ? "true" : null },
          PS.h("span", { class: "pb-chart__label" }, row.label),
          PS.h(
            "span",
            { class: "pb-chart__track" },
            row.percent === null ? null : PS.h("span", { class: "pb-chart__bar", style: `width: ${Math.max(1, row.percent)}%` }),
          ),
          PS.h("span", { class: "pb-chart__value" }, row.caption),
        ),
      ),
    );

  PS.chart = { bars };
})();
