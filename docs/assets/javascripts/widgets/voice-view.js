/*
 * The generator's frame: the step list (where you are, what is complete), the « Formulaire » /
 * « Aperçu » tabs a phone shows, the step being edited with its error summary (GOV.UK Design
 * System: every problem listed, each a link to its field), and the preview beside it.
 */
(() => {
  const PS = (window.PlaybookSocial = window.PlaybookSocial || {});
  const h = PS.h;
  const M = PS.voiceModel;

  class VoiceView {
    constructor(say) {
      this.say = say;
      this.message = h("p", { class: "pb-voice__message", role: "status", "aria-live": "polite" });
      this.notice = h("p", { class: "pb-voice__notice", role: "status", hidden: true });
      this.offer = h("div", { class: "pb-voice__offer", role: "region", hidden: true }); // named and filled by voice-io.js
      this.importInput = h("input", { type: "file", id: "pb-voix-import", accept: ".json,.yml,.yaml,application/json,application/yaml,text/yaml" });
      this.toolbar = h(
        "div",
        { class: "pb-voice__toolbar" },
        h("div", { class: "pb-voice__import" }, h("label", { for: "pb-voix-import" }, say("toolbar.import")), this.importInput),
        h("button", { type: "button", class: "md-button", "data-start": "example" }, say("toolbar.example")),
        h("button", { type: "button", class: "md-button", "data-start": "blank" }, say("toolbar.blank")),
      );
      this.steps = h("ol", { class: "pb-voice__steps" });
      this.tabs = this.tabList();
      this.step = h("form", { class: "pb-voice__step", id: "pb-voix-formulaire", role: "tabpanel", "aria-labelledby": "pb-voix-onglet-formulaire", novalidate: true });
      this.preview = h("div", { class: "pb-voice__preview", "data-preview": true }, h("p", { class: "pb-field__hint" }, say("preview.loading")));
      this.previewPanel = h(
        "section",
        { class: "pb-voice__preview-panel", id: "pb-voix-apercu", role: "tabpanel", "aria-labelledby": "pb-voix-onglet-apercu", tabindex: 0, "data-tab-hidden": true },
        h("h2", { class: "pb-voice__preview-title" }, say("preview.title")),
        this.preview,
      );
    }

    /* Everything, in reading order. */
    layout() {
      return [
        this.notice,
        this.offer,
        this.toolbar,
        this.message,
        h("nav", { class: "pb-voice__nav", "aria-label": this.say("steps.label") }, this.steps),
        this.tabs,
        h("div", { class: "pb-voice__columns" }, this.step, this.previewPanel),
      ];
    }

    tabList() {
      const tab = (name, controls, selected) =>
        h("button", { type: "button", role: "tab", id: `pb-voix-onglet-${name}`, "aria-controls": controls, "aria-selected": String(selected), tabindex: selected ? 0 : -1, "data-tab": name }, this.say(`tabs.${name === "formulaire" ? "form" : "preview"}`));
      return h("div", { class: "pb-voice__tabs", role: "tablist", "aria-label": this.say("tabs.label") }, tab("formulaire", "pb-voix-formulaire", true), tab("apercu", "pb-voix-apercu", false));
    }

    /* Show the tab `name` ("formulaire" or "apercu"); on a wide screen both stay visible. */
    selectTab(name) {
      for (const tab of this.tabs.querySelectorAll("[role=tab]")) {
        const selected = tab.dataset.tab === name;
        tab.setAttribute("aria-selected", String(selected));
        tab.tabIndex = selected ? 0 : -1;
      }
      this.step.toggleAttribute("data-tab-hidden", name !== "formulaire");
      this.previewPanel.toggleAttribute("data-tab-hidden", name !== "apercu");
    }

    /* The step list: each step's number, title and state; the current one marked. */
    renderSteps(current, grouped) {
      this.steps.replaceChildren(
        ...M.STEPS.map((step, index) => {
          const last = index === M.STEPS.length - 1;
          const complete = last ? Object.values(grouped).every((found) => !found.length) : !grouped[step.id].length;
          return h(
            "li",
            { class: `pb-voice__steps-item${complete ? " is-complete" : ""}` },
            h(
              "button",
              { type: "button", class: "pb-voice__steps-button", "data-step": index, "aria-current": index === current ? "step" : false },
              h("span", { class: "pb-voice__steps-number", "aria-hidden": "true" }, String(index + 1)),
              h("span", { class: "pb-voice__steps-title" }, this.say(`steps.${step.id}.title`)),
              h("span", { class: "pb-voice__steps-state" }, this.say(complete ? "steps.complete" : "steps.incomplete")),
            ),
          );
        }),
      );
    }

    /* The frame of step `index`: caption and title, the error summary's place, its fields, the way on. */
    renderStep(index, content) {
      const step = M.STEPS[index];
      const last = index === M.STEPS.length - 1;
      this.summary = h("div", { class: "pb-voice__errors", tabindex: -1, hidden: true });
      this.heading = h("h2", { class: "pb-voice__step-title", tabindex: -1 }, h("span", { class: "pb-voice__caption" }, this.say("steps.caption", { number: index + 1, total: M.STEPS.length })), " ", this.say(`steps.${step.id}.title`));
      const buttons = h(
        "div",
        { class: "pb-voice__buttons pb-voice__buttons--steps" },
        last ? null : h("button", { type: "button", class: "md-button md-button--primary", "data-go": "next" }, this.say("next")),
        index > 0 ? h("button", { type: "button", class: "md-button", "data-go": "previous" }, this.say("previous")) : null,
      );
      this.step.replaceChildren(this.heading, this.summary, h("p", { class: "pb-voice__intro" }, this.say(`steps.${step.id}.intro`)), ...content, buttons);
    }

    /* The GOV.UK error summary: a title, then one link per problem to its field. */
    showSummary(problems, describe, note, skip) {
      if (!problems.length) {
        this.summary.hidden = true;
        this.summary.replaceChildren();
        return;
      }
      this.summary.replaceChildren(
        h("h3", { class: "pb-voice__errors-title" }, this.say("errors.title", { count: problems.length })),
        h(
          "ul",
          { class: "pb-voice__errors-list" },
          problems.map((problem) => h("li", {}, h("a", { href: `#${M.idOf(problem.path)}`, "data-focus": M.keyOf(problem.path) }, describe(problem)))),
        ),
        h("p", {}, note),
        skip ? h("button", { type: "button", class: "md-button", "data-go": "skip" }, this.say("skip")) : null,
      );
      this.summary.hidden = false;
    }

    /* Each field's own error, the same sentence as in the summary, next to it. */
    showFieldErrors(messages) {
      for (const field of this.step.querySelectorAll("[data-field]")) {
        const key = field.dataset.field;
        const error = field.querySelector(`#${CSS.escape(M.idOf(M.parsePath(key)))}-erreur`);
        const control = field.querySelector(`[data-path="${CSS.escape(key)}"]`);
        const text = messages.get(key);
        if (error) {
          error.replaceChildren(...(text ? [h("span", { class: "pb-visually-hidden" }, this.say("errors.prefix")), text] : []));
          error.hidden = !text;
        }
        if (control) {
          const described = (control.getAttribute("aria-describedby") || "").split(" ").filter((id) => id && id !== error?.id);
          if (text) described.unshift(error.id);
          if (described.length) control.setAttribute("aria-describedby", described.join(" "));
          else control.removeAttribute("aria-describedby");
          if (text) control.setAttribute("aria-invalid", "true");
          else control.removeAttribute("aria-invalid");
        }
      }
    }

    /* « à compléter » on each folded panel that still has a problem inside (`keys`: the problems' paths). */
    markPanels(keys) {
      for (const status of this.step.querySelectorAll("[data-status]")) {
        const inside = keys.some((key) => key === status.dataset.status || key.startsWith(`${status.dataset.status}.`));
        status.textContent = inside ? this.say("steps.incomplete") : "";
      }
    }

    /* The guide's HTML, rendered by nunjucks with autoescape: every value of the guide is text. */
    showPreview(html) {
      this.preview.innerHTML = html;
      this.previewShown = true;
    }

    /* Scroll the preview to the first section titled one of `titles` (to its top for none). */
    follow(titles) {
      if (!this.previewShown) return;
      const panel = this.previewPanel;
      const heading = [...panel.querySelectorAll(".pb-guide__section")].find((element) => titles.includes(element.textContent.trim()));
      panel.scrollTo({ top: heading ? heading.offsetTop - panel.querySelector(".pb-voice__preview-title").offsetHeight : 0 });
    }

    notify(text) {
      this.notice.textContent = text;
      this.notice.hidden = false;
    }

    announce(text) {
      this.message.textContent = text;
    }
  }

  PS.VoiceView = VoiceView;
})();
