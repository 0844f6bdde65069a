/*
 * « Vérifier un brouillon »: a draft checked against the guide being edited as it is typed
 * (voice-checker.js), with a count per rule, the draft again with each remark marked (built from
 * text nodes only), and the list of remarks with their line and column.
 */
(() => {
  const PS = (window.PlaybookSocial = window.PlaybookSocial || {});
  const h = PS.h;
  const DELAY = 150;

  class VoiceCheckerPanel {
    constructor(generator) {
      this.generator = generator;
      this.say = generator.say;
      this.draft = h("textarea", { id: "pb-voix-brouillon", rows: 6, class: "pb-voice__draft", "aria-describedby": "pb-voix-brouillon-aide" });
      this.summary = h("p", { class: "pb-voice__checker-summary", role: "status", "aria-live": "polite" });
      this.highlighted = h("div", { class: "pb-voice__highlighted", "aria-hidden": "true" });
      this.findings = h("ol", { class: "pb-voice__findings" });
      this.panel = h(
        "section",
        { class: "pb-voice__checker", "aria-labelledby": "pb-voix-verifier" },
        h("h3", { id: "pb-voix-verifier" }, this.say("checker.title")),
        h("label", { for: "pb-voix-brouillon" }, this.say("checker.label")),
        h("p", { id: "pb-voix-brouillon-aide", class: "pb-field__hint" }, this.say("checker.hint")),
        this.draft,
        this.summary,
        this.highlighted,
        this.findings,
      );
      this.draft.addEventListener("input", () => this.run());
    }

    /* Check again shortly (the stemmer is loaded the first time there is something to check). */
    run() {
      clearTimeout(this.timer);
      this.timer = setTimeout(() => this.check(), DELAY);
    }

    async check() {
      const text = this.draft.value;
      if (!text.trim()) {
        this.summary.textContent = "";
        this.highlighted.replaceChildren();
        this.findings.replaceChildren();
        return;
      }
      await PS.voiceChecker.ready();
      const { guide } = this.generator;
      const { rules } = this.generator.config;
      const phraseMax = Number.isInteger(guide.phrase_max) ? guide.phrase_max : this.generator.schema.properties.phrase_max.default;
      const found = PS.voiceChecker.check(text, { phrase_max: phraseMax, lexique: guide.lexique || { a_eviter: [] } }, rules);
      const details = Object.entries(PS.voiceChecker.counts(found, rules))
        .filter(([, count]) => count)
        .map(([rule, count]) => `${count} ${this.say(`checker.labels.${rule}`, { count })}`)
        .join(", ");
      this.summary.textContent = found.length ? this.say("checker.summary", { count: found.length, details }) : this.say("checker.clean");
      this.highlighted.replaceChildren(...this.marked(text, found));
      this.findings.replaceChildren(
        ...found.map((finding) => h("li", { class: `pb-voice__finding pb-voice__finding--${finding.rule}` }, this.say("checker.finding", finding))),
      );
    }

    /* The draft as text nodes, each stretch with remarks in a <mark> titled with them. */
    marked(text, found) {
      const chars = [...text.normalize("NFC").replace(/'/g, "’")];
      const cover = chars.map(() => []);
      found.forEach((finding, index) => {
        for (let at = finding.start; at < finding.end; at += 1) cover[at].push(index);
      });
      const nodes = [];
      let start = 0;
      for (let at = 1; at <= chars.length; at += 1) {
        if (at < chars.length && cover[at].join() === cover[start].join()) continue;
        const piece = chars.slice(start, at).join("");
        if (cover[start].length) {
          const rules = [...new Set(cover[start].map((index) => found[index].rule))];
          const title = cover[start].map((index) => found[index].message).join("\u00a0; ");
          nodes.push(h("mark", { class: rules.map((rule) => `pb-mark--${rule}`).join(" "), title }, piece));
        } else nodes.push(document.createTextNode(piece));
        start = at;
      }
      return nodes;
    }

    destroy() {
      clearTimeout(this.timer);
    }
  }

  PS.VoiceCheckerPanel = VoiceCheckerPanel;
})();
