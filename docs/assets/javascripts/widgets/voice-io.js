/*
 * The guide in and out of the generator: exports (Markdown, standalone HTML, PDF through the
 * browser's print — these three need a complete guide —, JSON and the share link, which keep a
 * draft too, in its envelope {"brouillon": true, "guide": …}), the import of a JSON or YAML file
 * (js-yaml loaded only then), and a guide received by a share link. Whatever would replace the
 * reader's work is checked first, and the work it replaces is kept aside (storage.js).
 */
(() => {
  const PS = (window.PlaybookSocial = window.PlaybookSocial || {});
  const h = PS.h;
  const M = PS.voiceModel;
  const YAML = "../vendor/js-yaml/js-yaml.min.js";
  const SHOWN_PROBLEMS = 3;

  class VoiceIO {
    constructor(generator) {
      this.generator = generator;
      this.say = generator.say;
      this.state = h("p", { class: "pb-voice__state" });
      this.shareOutput = h("input", { type: "text", readonly: true, class: "pb-voice__share-link", id: "pb-voix-lien", hidden: true });
      this.shareLabel = h("label", { for: "pb-voix-lien", hidden: true }, this.say("exports.shareLabel"));
      const button = (kind, primary) => h("button", { type: "button", class: `md-button${primary ? " md-button--primary" : ""}`, "data-export": kind }, this.say(`exports.${kind}`));
      this.panel = h(
        "section",
        { class: "pb-voice__exports", "aria-labelledby": "pb-voix-exports" },
        h("h3", { id: "pb-voix-exports" }, this.say("exports.title")),
        this.state,
        h("div", { class: "pb-voice__buttons" }, button("md", true), button("html", true), button("pdf", true), button("json", false), button("share", false)),
        this.shareLabel,
        this.shareOutput,
      );
      this.panel.addEventListener("click", (event) => {
        const target = event.target.closest("[data-export]");
        if (target) this.export(target.dataset.export);
      });
    }

    get guide() {
      return this.generator.guide;
    }

    /* The review step says whether the guide is complete or a draft. */
    showState(problems) {
      this.state.textContent = problems.length ? this.say("review.draft", { count: problems.length }) : this.say("review.complete");
    }

    fileName(extension, draft = false) {
      return `${draft ? "brouillon-" : ""}guide-de-voix-${M.slug(this.guide.organisation)}.${extension}`;
    }

    async export(kind) {
      await this.generator.validated;
      const draft = this.generator.problems.length > 0;
      if (kind === "json") return this.downloadJson(draft);
      if (kind === "share") return this.share(draft);
      if (!(await this.generator.check())) return;
      await PS.voiceRender.ready();
      if (kind === "pdf") {
        await this.generator.renderPreview();
        window.print();
        return;
      }
      const type = kind === "md" ? "text/markdown;charset=utf-8" : "text/html;charset=utf-8";
      const name = this.fileName(kind);
      PS.download.download(name, PS.voiceRender.render(this.generator.config.templates, this.generator.schema, this.guide, kind), type);
      this.generator.view.announce(PS.text("common.download.ready", { name }));
    }

    downloadJson(draft) {
      const name = this.fileName("json", draft);
      PS.download.download(name, `${JSON.stringify(draft ? M.asDraft(this.guide) : this.guide, null, 2)}\n`, "application/json");
      this.generator.view.announce(draft ? this.say("exports.draftReady", { name }) : PS.text("common.download.ready", { name }));
    }

    async share(draft) {
      const link = await PS.voiceShare.link(location.href, draft ? M.asDraft(this.guide) : this.guide);
      this.shareOutput.value = link;
      this.shareOutput.hidden = false;
      this.shareLabel.hidden = false;
      this.shareOutput.focus();
      this.shareOutput.select();
      if (navigator.clipboard && window.isSecureContext) navigator.clipboard.writeText(link).catch(() => {});
      this.generator.view.announce(this.say(draft ? "exports.shareDraftReady" : "exports.shareReady"));
    }

    /* « « Crise — Exemple de réponse » ne doit pas être vide ; … et 4 autres problèmes » */
    described(problems) {
      const shown = problems.slice(0, SHOWN_PROBLEMS).map((problem) => (problem.path.length ? this.generator.describe(problem) : PS.validation.describe(problem)));
      if (problems.length > SHOWN_PROBLEMS) shown.push(this.say("more", { count: problems.length - SHOWN_PROBLEMS }));
      return shown.join("\u00a0; ");
    }

    /* {guide, problems} when `data` (a guide or a draft) can open here; {refused} otherwise. */
    async examine(data) {
      await this.generator.validated;
      const guide = M.unwrap(data);
      const problems = PS.validation.problems("voice", guide);
      return M.opensAsDraft(problems) && M.isObject(guide) ? { guide, problems } : { refused: this.described(problems) };
    }

    async importFile(input) {
      const file = await PS.download.chosen(input);
      if (!file) return;
      const { text } = file;
      let data;
      try {
        if (/\.json$/i.test(file.name)) data = JSON.parse(text);
        else {
          await PS.load(YAML);
          data = window.jsyaml.load(text, { schema: window.jsyaml.CORE_SCHEMA });
        }
      } catch (error) {
        return this.generator.view.announce(this.say("import.unreadable", { reason: error.reason || error.message }));
      }
      const { guide, problems, refused } = await this.examine(data);
      if (refused !== undefined) return this.generator.view.announce(this.say("import.invalid", { problems: refused }));
      const said = problems.length ? this.say("import.draft", { name: file.name, count: problems.length }) : this.say("import.done", { name: file.name });
      this.generator.replaceWith(guide, said);
    }

    /* A guide received in the address (its `payload`, see voice-share.js); false when this
       generator left the page meanwhile (instant navigation), and the guide is not taken. */
    async receiveShared(payload) {
      const examined = await PS.voiceShare.decode(payload).then((data) => this.examine(data), () => null);
      if (!this.generator.root.isConnected) return false;
      this.takeShared(examined);
      return true;
    }

    /* A received guide: said damaged or invalid, said to be the one open, opened at once over a
       new guide, offered over work. */
    takeShared(examined) {
      const view = this.generator.view;
      if (examined === null) return view.announce(this.say("link.damaged"));
      const { guide, problems, refused } = examined;
      if (refused !== undefined) return view.announce(this.say("link.invalid", { problems: refused }));
      const name = guide.organisation || this.say("link.unnamed");
      const opened = this.say(problems.length ? "link.openedDraft" : "link.opened", { name });
      const current = JSON.stringify(this.guide);
      if (current === JSON.stringify(M.filled(this.generator.schema, guide))) return view.announce(this.say("link.same"));
      if (current === JSON.stringify({ ...this.generator.fresh(), date: this.guide.date })) return this.generator.replaceWith(guide, opened);
      view.offer.replaceChildren(
        h("p", {}, this.say("link.offer", { name })),
        h("button", { type: "button", class: "md-button md-button--primary", "data-offer": "open" }, this.say("link.open")),
        " ",
        h("button", { type: "button", class: "md-button", "data-offer": "keep" }, this.say("link.keep")),
      );
      view.offer.setAttribute("aria-label", this.say("link.label"));
      view.offer.hidden = false;
      view.offer.onclick = (event) => {
        const button = event.target.closest("[data-offer]");
        if (!button) return;
        view.offer.hidden = true;
        if (button.dataset.offer === "open") this.generator.replaceWith(guide, opened);
        else view.announce(this.say("link.kept"));
      };
      view.offer.querySelector("button").focus();
    }
  }

  PS.VoiceIO = VoiceIO;
})();
