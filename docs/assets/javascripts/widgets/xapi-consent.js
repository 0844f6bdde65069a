/*
 * The path page's consent to xAPI statements (data-widget="xapi-consent"): a checkbox, off by
 * default. Ticking it lets the sender (xapi.js) start from the next change; unticking stops it and
 * drops what was waiting. The status line says what happened.
 */
(() => {
  const PS = (window.PlaybookSocial = window.PlaybookSocial || {});

  class XapiConsent extends PS.Component {
    static messages = "xapi";

    constructor(root) {
      super(root);
      this.box = this.find("[data-consent]");
      this.status = this.find("[data-status]");
      this.find("[data-fallback]").hidden = true;
      this.box.checked = PS.xapiStore.consented();
      this.box.disabled = false;
      this.listen(this.box, "change", () => this.change());
    }

    change() {
      const given = this.box.checked;
      const written = PS.xapiStore.setConsent(given);
      this.status.textContent = written.ok ? this.message(given ? "given" : "withdrawn") : written.notice;
    }
  }

  PS.register("xapi-consent", XapiConsent);
})();
