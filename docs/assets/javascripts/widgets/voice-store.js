/*
 * The guide being edited, kept in the browser (storage.js, key playbook-social/voice/brouillon):
 * read on arrival, written as the reader types, set aside — never dropped — when it cannot be
 * read or when a whole guide replaces it (an import, the example, a share link).
 */
(() => {
  const PS = (window.PlaybookSocial = window.PlaybookSocial || {});
  const M = PS.voiceModel;
  const KIND = "voice";
  const ID = "brouillon";

  class VoiceStore {
    /* notify(text): tell the reader (storage refused, full, or a value set aside). */
    constructor({ schema, suggestions, notify }) {
      Object.assign(this, { schema, suggestions, notify });
    }

    /* A new guide, dated today. */
    fresh() {
      return M.starter(this.schema, this.suggestions, PS.download.today());
    }

    /* The saved guide with every field the form shows, or a new one (then `isNew`). */
    load() {
      const stored = PS.storage.read(KIND, ID, (value) => M.isObject(value) && value.schema === 1 && M.isObject(value.spec));
      if (stored.notice) this.notify(stored.notice);
      this.isNew = !stored.value;
      return stored.value ? M.filled(this.schema, stored.value.spec) : this.fresh();
    }

    save(guide) {
      const written = PS.storage.write(KIND, ID, { schema: 1, spec: guide, updatedAt: new Date().toISOString() });
      if (!written.ok) this.notify(written.notice);
    }

    /* Keep what is saved now under a side key; returns that key (or null when nothing was saved). */
    keepAside() {
      const raw = PS.storage.rawOf(KIND, ID);
      return raw === null ? null : PS.storage.setAside(PS.storage.keyOf(KIND, ID), raw);
    }

    /* A saved guide of the wrong shape (not even a draft: `problems` from the validator) is set
       aside and a new guide takes its place; otherwise the guide itself. */
    checked(guide, problems) {
      if (M.opensAsDraft(problems)) return guide;
      const aside = this.keepAside();
      if (aside) this.notify(PS.text("common.storage.unreadable", { key: aside }));
      const fresh = this.fresh();
      this.save(fresh);
      return fresh;
    }
  }

  PS.VoiceStore = VoiceStore;
})();
