/*
 * The SCORM API of the LMS, found the standard way (pipwerks' discovery: the parent frames, then
 * the opener's), through the vendored wrapper (@gamestdio/scorm), loaded only when an LMS is likely:
 * this page is in a frame or was opened by another window.
 *
 *   PS.scormBridge.connect(version) → a session {version, get, set, commit, finish} or null.
 *   `version`: "1.2" or "2004" (look for that API only) or "auto" (2004 first, then 1.2).
 */
(() => {
  const PS = (window.PlaybookSocial = window.PlaybookSocial || {});
  const WRAPPER = "../vendor/scorm/scorm-wrapper.js";

  const likely = () => {
    try {
      return window.parent !== window || Boolean(window.opener);
    } catch (error) {
      return true; // a cross-origin parent: the wrapper will tell
    }
  };

  const connect = async (version) => {
    if (!likely()) return null;
    await PS.load(WRAPPER);
    const scorm = PS.vendor["scorm-wrapper"].scorm;
    // Configured by its fields: the wrapper's configure() reads its boolean options inverted.
    scorm.isDebugActive = false;
    scorm.handleCompletionStatus = false; // the launcher sets « incomplete » itself, on first launch
    scorm.handleExitMode = false; // and always leaves with exit = suspend, so the LMS keeps the attempt
    scorm.version = version === "auto" ? undefined : version;
    let started = false;
    try {
      started = scorm.initialize();
    } catch (error) {
      started = false; // an LMS frame from another origin cannot be searched
    }
    if (!started) return null;
    return {
      version: scorm.version,
      get: (element) => scorm.get(element),
      set: (element, value) => scorm.set(element, value),
      commit: () => scorm.commit(),
      finish: () => scorm.terminate(),
    };
  };

  PS.scormBridge = { connect };
})();
