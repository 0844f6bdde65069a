/*
 * The parts of « Définir notre voix » loaded when first needed, not with the page: files and links
 * (voice-io.js) and the draft checker (voice-checker-panel.js, with voice-checker.js). They are
 * needed by the review step, a file to import, or a guide received in the address (#guide=…,
 * read by voice-share.js, which loads with the page).
 */
(() => {
  const PS = (window.PlaybookSocial = window.PlaybookSocial || {});
  const SCRIPTS = ["widgets/voice-checker.js", "widgets/voice-io.js", "widgets/voice-checker-panel.js"];

  class VoiceExtras {
    constructor(generator) {
      this.generator = generator;
      this.io = null;
      this.checker = null;
      this.loading = null;
    }

    /* Load and build them once, then `task()`; a failure is said, and tried again next time. */
    whenLoaded(task) {
      const generator = this.generator;
      this.loading =
        this.loading ||
        PS.loadAll(SCRIPTS).then(() => {
          this.io = new PS.VoiceIO(generator);
          this.checker = new PS.VoiceCheckerPanel(generator);
          this.io.showState(generator.problems);
        });
      return this.loading.then(task, (error) => {
        this.loading = null;
        console.error("Playbook social: the generator's files and checker failed to load.", error); // typographie: code
        generator.view.announce(generator.say("notLoaded"));
      });
    }

    /* A guide in the address: taken out of it at once (before instant navigation sees the new
       address), then opened or offered by voice-io.js. */
    receiveShared() {
      const payload = PS.voiceShare.payloadOf(location.hash);
      if (payload === null) return;
      history.replaceState(null, "", location.href.split("#")[0]);
      this.whenLoaded(() => this.io.receiveShared(payload));
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
