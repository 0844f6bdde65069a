/*
 * The voice guide rendered in the browser from the same templates as `playbook voice build`
 * (nunjucks reads what Jinja reads). The filters are those of playbook/voice/guide.py, alike.
 */
(() => {
  const PS = (window.PlaybookSocial = window.PlaybookSocial || {});
  const MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];

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
    return `${Number(match[3])} ${MONTHS[Number(match[2]) - 1]} ${match[1]}`;
  };

  const environments = {};
  const environment = (autoescape) => {
    if (!environments[autoescape]) {
      const env = new window.nunjucks.Environment(null, { autoescape, trimBlocks: true, lstripBlocks: true, throwOnUndefined: false });
      env.addFilter("md", md);
      env.addFilter("datefr", datefr);
      env.addFilter("capfirst", capfirst);
      environments[autoescape] = env;
    }
    return environments[autoescape];
  };

  /* kind: "md" or "html"; templates: {md, html} sources; schema: the voice schema. */
  const render = (templates, schema, spec, kind, fragment = false) =>
    environment(kind === "html").renderString(templates[kind], { spec, schema, fragment });

  PS.voiceRender = { md, capfirst, datefr, render };
})();
