/*
 * The voice guide rendered in the browser from the same templates as `playbook voice build`
 * (nunjucks reads what Jinja reads). The filters are those of playbook/voice/filters.py, alike:
 * tests/fixtures/voice/filter-cases.json holds the two together (tests/js/voice-render.test.js).
 * nunjucks is heavy: the page loads it the first time a guide is rendered (`ready`).
 */
((root, factory) => {
  const api = factory();
  if (typeof module === "object" && module.exports) {
    module.exports = api;
    return;
  }
  const PS = (root.PlaybookSocial = root.PlaybookSocial || {});
  PS.voiceRender = {
    filters: api.filters,
    ready: () => PS.load("../vendor/nunjucks/nunjucks.min.js"),
    render: (templates, schema, spec, kind, fragment = false) => api.render(root.nunjucks, templates, schema, spec, kind, fragment),
  };
})(typeof self !== "undefined" ? self : this, () => {
  const MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];
  // « de » before a name: contracted with its article, elided before a vowel (see filters.py).
  const ARTICLES = [
    ["les ", "des "],
    ["le ", "du "],
    ["la ", "de la "],
    ["l’", "de l’"],
    ["l'", "de l’"], // typographie: code
  ];
  const ELIDING = "aàâäeéèêëiîïoôöuùûüyÿæœ";

  /* Text for Markdown: one line, markup characters escaped, so it renders as the same text. */
  const md = (value) => {
    let text = String(value).replace(/[ \t\r\n]+/g, " ").replace(/^[ \t\r\n]+|[ \t\r\n]+$/g, "");
    text = text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
    text = text.replace(/([\\`*_{}[\]|])/g, "\\$1");
    return text.replace(/^([#+-])/, "\\$1").replace(/^(\d+)\./, "$1\\.");
  };

  const capfirst = (value) => {
    const text = String(value);
    return text.slice(0, 1).toUpperCase() + text.slice(1);
  };

  const datefr = (value) => {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(String(value));
    if (!match || Number(match[2]) < 1 || Number(match[2]) > 12) return String(value);
    const day = Number(match[3]);
    return `${day === 1 ? "1er" : day} ${MONTHS[Number(match[2]) - 1]} ${match[1]}`;
  };

  /* Python's str.strip(): the same whitespace as JavaScript's trim for the texts a guide holds. */
  const preposition_de = (value) => {
    const name = String(value).trim();
    const lowered = name.toLowerCase();
    for (const [article, joined] of ARTICLES) {
      if (lowered.startsWith(article) && name.length > article.length) return joined + name.slice(article.length);
    }
    return ELIDING.includes(name.slice(0, 1).toLowerCase()) && name ? `d’${name}` : `de ${name}`;
  };

  const filters = { md, datefr, capfirst, preposition_de };

  const environments = new Map();
  const environment = (nunjucks, autoescape) => {
    if (!environments.has(autoescape)) {
      const env = new nunjucks.Environment(null, { autoescape, trimBlocks: true, lstripBlocks: true, throwOnUndefined: false });
      for (const [name, filter] of Object.entries(filters)) env.addFilter(name, filter);
      environments.set(autoescape, env);
    }
    return environments.get(autoescape);
  };

  /* kind: "md" or "html"; templates: {md, html} sources; schema: the voice schema. */
  const render = (nunjucks, templates, schema, spec, kind, fragment = false) =>
    environment(nunjucks, kind === "html").renderString(templates[kind], { spec, schema, fragment });

  return { filters, render };
});
