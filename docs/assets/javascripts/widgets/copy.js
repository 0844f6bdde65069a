/*
 * A template to copy (data-widget="copy"): adds a « Copier » button above the text, puts the
 * template's plain text (data-copy-text, written at build time with the organisation's values)
 * on the clipboard, and says in a live region whether it worked. Without this script the page
 * still shows the template and prints it; the button exists only where it can work.
 */
(() => {
  const PS = (window.PlaybookSocial = window.PlaybookSocial || {});
  const SCROLL_AREA = ".md-typeset__scrollwrap"; // where Material puts a table that may scroll
  const CLEAR_AFTER_MS = 6000;

  class CopyButton extends PS.Component {
    static messages = "copy";

    constructor(root) {
      super(root);
      this.text = root.dataset.copyText || "";
      this.label = root.dataset.copyLabel || "";
      this.tools = this.buildTools();
      this.listen(this.button, "click", () => this.copy());
      root.prepend(this.tools);
      this.reachScrollAreas();
      this.observer = new MutationObserver(() => this.reachScrollAreas());
      this.observer.observe(root, { childList: true, subtree: true });
    }

    /* A table that scrolls on a small screen must be reachable with the keyboard. */
    reachScrollAreas() {
      const areas = this.findAll(SCROLL_AREA);
      areas.forEach((area, index) => {
        if (area.hasAttribute("tabindex")) return;
        area.tabIndex = 0;
        area.setAttribute("role", "region");
        area.setAttribute(
          "aria-label",
          areas.length > 1 ? this.message("tableNumbered", { what: this.label, number: index + 1 }) : this.message("table", { what: this.label }),
        );
      });
    }

    buildTools() {
      this.button = PS.h(
        "button",
        { type: "button", class: "md-button pb-copy__button", "aria-label": this.message("label", { what: this.label }) },
        this.message("button"),
      );
      this.status = PS.h("p", { class: "pb-copy__status", role: "status", "aria-live": "polite" });
      return PS.h("div", { class: "pb-copy__tools" }, this.button, this.status);
    }

    async copy() {
      this.say((await this.write()) ? this.message("copied", { what: this.label }) : this.message("failed"));
    }

    /* The clipboard API where the page may use it; the older selection command elsewhere. */
    async write() {
      try {
        if (navigator.clipboard && window.isSecureContext) {
          await navigator.clipboard.writeText(this.text);
          return true;
        }
      } catch (error) {
        // Refused (permission, focus): try the older way below.
      }
      return this.writeWithSelection();
    }

    writeWithSelection() {
      const area = PS.h("textarea", { class: "pb-visually-hidden", readonly: true, "aria-hidden": "true", tabindex: "-1" });
      area.value = this.text;
      document.body.append(area);
      area.select();
      let copied = false;
      try {
        copied = document.execCommand("copy");
      } catch (error) {
        copied = false;
      }
      area.remove();
      this.button.focus();
      return copied;
    }

    say(text) {
      this.status.textContent = text;
      clearTimeout(this.timer);
      this.timer = setTimeout(() => {
        this.status.textContent = "";
      }, CLEAR_AFTER_MS);
    }

    destroy() {
      super.destroy();
      clearTimeout(this.timer);
      this.observer.disconnect();
      this.tools.remove();
    }
  }

  PS.register("copy", CopyButton);
})();
