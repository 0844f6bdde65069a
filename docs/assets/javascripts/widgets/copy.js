/*
 * A template to copy (data-widget="copy"): adds a « Copier » button above the text, puts the
 * template's plain text (data-copy-text, written at build time with the organisation's values)
 * on the clipboard, and says in a live region whether it worked. Without this script the page
 * still shows the template and prints it; the button exists only where it can work.
 */
(() => {
  const PS = (window.PlaybookSocial = window.PlaybookSocial || {});
  PS.widgets = PS.widgets || {};

  const STRINGS = {
    button: "Copier",
    label: (what) => `Copier le texte\u00a0: ${what}`,
    copied: (what) => `Texte copié\u00a0: ${what}. Collez-le où vous voulez.`,
    failed: "La copie n’a pas fonctionné dans ce navigateur. Sélectionnez le texte et copiez-le à la main (Ctrl+C, ou Cmd+C sur Mac).",
    table: (what, number) =>
      number ? `Tableau ${number} à faire défiler\u00a0: ${what}` : `Tableau à faire défiler\u00a0: ${what}`,
  };
  const SCROLL_AREA = ".md-typeset__scrollwrap"; // where Material puts a table that may scroll
  const CLEAR_AFTER_MS = 6000;

  class CopyButton {
    constructor(root) {
      this.root = root;
      this.text = root.dataset.copyText || "";
      this.label = root.dataset.copyLabel || "";
      this.tools = this.buildTools();
      this.onClick = () => this.copy();
      this.button.addEventListener("click", this.onClick);
      root.prepend(this.tools);
      this.reachScrollAreas();
      this.observer = new MutationObserver(() => this.reachScrollAreas());
      this.observer.observe(root, { childList: true, subtree: true });
    }

    /* A table that scrolls on a small screen must be reachable with the keyboard. */
    reachScrollAreas() {
      const areas = [...this.root.querySelectorAll(SCROLL_AREA)];
      areas.forEach((area, index) => {
        if (area.hasAttribute("tabindex")) return;
        area.tabIndex = 0;
        area.setAttribute("role", "region");
        area.setAttribute("aria-label", STRINGS.table(this.label, areas.length > 1 ? index + 1 : null));
      });
    }

    buildTools() {
      this.button = PS.h("button", { type: "button", class: "md-button pb-copy__button", "aria-label": STRINGS.label(this.label) }, STRINGS.button);
      this.status = PS.h("p", { class: "pb-copy__status", role: "status", "aria-live": "polite" });
      return PS.h("div", { class: "pb-copy__tools" }, this.button, this.status);
    }

    async copy() {
      const done = (await this.write()) ? STRINGS.copied(this.label) : STRINGS.failed;
      this.say(done);
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

    unmount() {
      clearTimeout(this.timer);
      this.observer.disconnect();
      this.button.removeEventListener("click", this.onClick);
      this.tools.remove();
    }
  }

  PS.widgets.copy = {
    mount(root) {
      const widget = new CopyButton(root);
      return () => widget.unmount();
    },
  };
})();
