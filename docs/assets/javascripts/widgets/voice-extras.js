/*
 * The parts of « Définir notre voix » loaded when first needed, not with the page (groups of
 * widgets.json's « later »): the validator and its French sentences (an edit, a check, a saved
 * guide to check; until then a new guide's problems are those the build gave, `starterProblems`);
 * the fields of the steps after the first (scales, lists, panels: « voice-fields »); files and
 * links (voice-io.js, with voice-share.js) and the draft checker (voice-checker-panel.js, with
 * voice-checker.js), « voice-tools », for the review step, a file to import, or a guide received
 * in the address (#guide=…).
 */
(() => {
  const PS = (window.PlaybookSocial = window.PlaybookSocial || {});
  const SHARED = "#guide="; // how voice-share.js's links begin (tests/browser/test_voice_sharing.py opens them)
  // The guide last received in the address, until a generator still on the page has taken it:
  // instant navigation may replace the page, and its generator, while the tools load.
  let received = null;

  class VoiceExtras {
    constructor(generator) {
      this.generator = generator;
      this.io = null;
      this.checker = null;
      this.loading = {}; // what → the promise of its scripts
      this.canValidate = false;
    }

    /* The validator, then `task()`; false when it could not load (said). */
    whenValidated(task) {
      return this.after(this.validator(), task);
    }

    /* The guide changed before the validator came: its problems once it is there. */
    revalidate() {
      if (!this.canValidate) this.whenValidated(() => this.generator.refresh());
    }

    /* Whether `step` can be shown now: the review needs files, links and the checker; another
       step with scales, groups or lists needs their code (voice-fields-more.js). */
    canShow(step) {
      return step.id === "relecture" ? Boolean(this.io) : this.generator.fields.canDraw(step.fields);
    }

    /* What `step` needs, then `task()`; false when it could not load (said). */
    whenShown(step, task) {
      return step.id === "relecture" ? this.whenLoaded(task) : this.after(this.fields(), task);
    }

    /* Files, links and the checker, then `task()`; false when they could not load (said). */
    whenLoaded(task) {
      return this.after(this.tools(), task);
    }

    validator() {
      return this.once("validator", () =>
        Promise.all([PS.loadLater("validation"), PS.load("validators/voice.js")]).then(() => {
          this.canValidate = true;
        }),
      );
    }

    fields() {
      return this.once("fields", () => PS.loadLater("voice-fields"));
    }

    tools() {
      const generator = this.generator;
      // With the validator (the review step says what the guide still lacks) and every field (its
      // list of problems leads to each one).
      return this.once("tools", () =>
        Promise.all([PS.loadLater("voice-tools"), this.fields(), this.validator()]).then(() => {
          this.io = new PS.VoiceIO(generator);
          this.checker = new PS.VoiceCheckerPanel(generator);
          generator.refresh();
        }),
      );
    }

    /* `load()` once; after a failure, again at the next call. */
    once(what, load) {
      this.loading[what] =
        this.loading[what] ||
        load().catch((error) => {
          this.loading[what] = null;
          throw error;
        });
      return this.loading[what];
    }

    after(loaded, task) {
      return loaded.then(task, (error) => {
        console.error("Playbook social: part of the generator failed to load.", error); // typographie: code
        this.generator.view.announce(this.generator.say("notLoaded"));
        return false;
      });
    }

    /* A guide in the address: taken out of it at once (before instant navigation sees the new
       address), then opened or offered by voice-io.js, here or by the generator of the page that
       replaced this one meanwhile. */
    receiveShared() {
      if (location.hash.startsWith(SHARED)) {
        received = location.hash;
        history.replaceState(null, "", location.href.split("#")[0]);
      }
      if (received === null) return;
      this.whenLoaded(async () => {
        const hash = received;
        if (hash !== null && (await this.io.receiveShared(PS.voiceShare.payloadOf(hash))) && received === hash) received = null;
      });
    }

    showState(problems) {
      if (this.io) this.io.showState(problems);
    }

    runChecker() {
      if (this.checker) this.checker.run();
    }

    destroy() {
      if (this.checker) this.checker.destroy();
    }
  }

  PS.VoiceExtras = VoiceExtras;
})();
