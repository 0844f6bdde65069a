/*
 * A bar chart in SVG: one bar per row, its length the score in percent. Decorative for screen
 * readers (aria-hidden): the dashboard shows the same data as a table.
 */
(() => {
  const PS = (window.PlaybookSocial = window.PlaybookSocial || {});
  const SVG = "http://www.w3.org/2000/svg";
  const LABEL_WIDTH = 180;
  const BAR_WIDTH = 360;
  const ROW = 34;

  const node = (name, attributes, text) => {
    const element = document.createElementNS(SVG, name);
    for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
    if (text !== undefined) element.textContent = text;
    return element;
  };

  /* rows: [{label, percent (number or null), caption}] */
  const bars = (rows) => {
    const height = rows.length * ROW + 30;
    const width = LABEL_WIDTH + BAR_WIDTH + 130;
    const svg = node("svg", { viewBox: `0 0 ${width} ${height}`, class: "pb-chart", "aria-hidden": "true", focusable: "false" });
    for (const tick of [0, 25, 50, 75, 100]) {
      const x = LABEL_WIDTH + (BAR_WIDTH * tick) / 100;
      svg.append(node("line", { x1: x, x2: x, y1: 0, y2: rows.length * ROW, class: "pb-chart__grid" }));
      svg.append(node("text", { x, y: rows.length * ROW + 20, "text-anchor": "middle", class: "pb-chart__tick" }, `${tick} %`));
    }
    rows.forEach((row, index) => {
      const y = index * ROW;
      svg.append(node("text", { x: LABEL_WIDTH - 10, y: y + 22, "text-anchor": "end", class: "pb-chart__label" }, row.label));
      svg.append(node("rect", { x: LABEL_WIDTH, y: y + 8, width: BAR_WIDTH, height: 18, rx: 3, class: "pb-chart__track" }));
      if (row.percent !== null) {
        svg.append(
          node("rect", { x: LABEL_WIDTH, y: y + 8, width: Math.max(2, (BAR_WIDTH * row.percent) / 100), height: 18, rx: 3, class: "pb-chart__bar" }),
        );
      }
      svg.append(node("text", { x: LABEL_WIDTH + BAR_WIDTH + 10, y: y + 22, class: "pb-chart__value" }, row.caption));
    });
    return svg;
  };

  PS.chart = { bars };
})();
