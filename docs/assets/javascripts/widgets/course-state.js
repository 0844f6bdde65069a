/*
 * The learner's course state and profile in storage (their JSON Schemas in playbook/schemas/):
 *   playbook-social/course/<courseId>              the whole course state, one value
 *   playbook-social/course/<courseId>/attestation  {schema: 1, name, issuedAt}, once printed
 *   playbook-social/learner/profile                {schema: 1, id, name?, includeTexts, updatedAt}
 * Each value is checked on read by its JSON Schema (playbook/schemas/, ajv's validators); an
 * unreadable value is set aside by the storage module, never dropped. The validators (9 KB) are
 * loaded only when there is something to check (widgets.json, "checks"): the loader adds them to
 * this script's widgets when storage holds, under these keys, a value this page did not write
 * (an earlier visit's); what this page wrote itself is trusted until then; and a value another
 * tab writes (a "storage" event) waits for them: the event reaches the page's widgets once they
 * are loaded. Every write of the course
 * state tells the page (event "pb-course-change" on document), so that the widgets of a module
 * page follow each other.
 *
 *   PS.courseState.read(courseId) → {state (or null), notice}
 *   PS.courseState.update(courseId, version, (state) => void) → {ok, notice}: read, change, write
 *   PS.courseState.learner(course) → {course: state, checklists: {id: stored}}: what course-progress reads
 *   PS.courseState.attestation(courseId) / saveAttestation(courseId, name)
 *   PS.courseState.empty(version) → a new state, nothing done
 *   PS.courseState.day(iso) → « 20 novembre 2026 »
 *   PS.courseState.checks() → a promise, once the validators are loaded
 *   PS.learner.profile() → the profile, its id drawn the first time; PS.learner.save(changes)
 */
(() => {
  const PS = (window.PlaybookSocial = window.PlaybookSocial || {});
  const CHANGE = "pb-course-change";

  const SCHEMAS = ["learner-profile", "course-state", "course-attestation"];
  const KEYS = [PS.storage.keyOf("course", ""), PS.storage.keyOf("learner", "")];
  const validator = (schema) => PS.validators && PS.validators[schema];
  const checks = () => PS.loadAll(SCHEMAS.map((schema) => `validators/${schema}.js`));

  /* Checked by its schema; before the validators are loaded, only what this page wrote can be stored here. */
  const isValid = (schema) => (value, ownWrite) => {
    const validate = validator(schema);
    if (validate) return validate(value);
    if (ownWrite) return true;
    throw new Error(`validator "${schema}" not loaded for a value this page did not write`); // typographie: code
  };

  /* Another tab stored a value: this page's widgets hear of it once it can be checked. Capture
     runs before the widgets' own listeners on window, whenever they were added. */
  window.addEventListener(
    "storage",
    (event) => {
      if (!event.key || !KEYS.some((prefix) => event.key.startsWith(prefix)) || SCHEMAS.every(validator)) return;
      event.stopImmediatePropagation();
      const { key, oldValue, newValue, url, storageArea } = event;
      checks().then(
        () => window.dispatchEvent(new StorageEvent("storage", { key, oldValue, newValue, url, storageArea })),
        (error) => console.error("Playbook social: the course validators failed to load.", error), // typographie: code
      );
    },
    { capture: true },
  );
  const now = () => new Date().toISOString();

  const empty = (version) => ({ schema: 1, version, sections: {}, quizzes: {}, scenarios: {}, reflections: {}, updatedAt: now() });

  const read = (courseId) => {
    const stored = PS.storage.read("course", courseId, isValid("course-state"));
    return { state: stored.value, notice: stored.notice };
  };

  const update = (courseId, version, change) => {
    const state = read(courseId).state || empty(version);
    change(state);
    state.version = version;
    state.updatedAt = now();
    const written = PS.storage.write("course", courseId, state);
    document.dispatchEvent(new CustomEvent(CHANGE, { detail: { courseId } }));
    return written;
  };

  /* The stored checklists the course uses, as course-progress reads them. */
  const checklistsOf = (course) => {
    const found = {};
    for (const module of course.modules) {
      for (const step of module.steps) {
        if (step.kind !== "checklist") continue;
        const stored = PS.storage.read("checklist", step.id, (value) => value !== null && typeof value === "object");
        if (stored.value) found[step.id] = stored.value;
      }
    }
    return found;
  };

  const learner = (course) => ({ course: read(course.id).state, checklists: checklistsOf(course) });

  const attestation = (courseId) => PS.storage.read("course", `${courseId}/attestation`, isValid("course-attestation")).value;

  const saveAttestation = (courseId, name) => {
    const previous = attestation(courseId);
    const value = { schema: 1, name, issuedAt: previous && previous.name === name ? previous.issuedAt : now() };
    return PS.storage.write("course", `${courseId}/attestation`, value);
  };

  /* 16 random lowercase letters and digits: how two exports of one person are told apart from others'. */
  const drawId = () => {
    const bytes = new Uint8Array(16);
    crypto.getRandomValues(bytes);
    return [...bytes].map((byte) => (byte % 36).toString(36)).join("");
  };

  const profile = () => {
    const stored = PS.storage.read("learner", "profile", isValid("learner-profile")).value;
    if (stored) return stored;
    const created = { schema: 1, id: drawId(), includeTexts: false, updatedAt: now() };
    PS.storage.write("learner", "profile", created);
    return created;
  };

  const save = (changes) => {
    const next = { ...profile(), ...changes, updatedAt: now() };
    if (!next.name) delete next.name;
    return PS.storage.write("learner", "profile", next);
  };

  const day = (iso) => new Date(iso).toLocaleDateString("fr-FR", { day: "numeric", month: "long", year: "numeric" });

  PS.courseState = { CHANGE, read, update, learner, attestation, saveAttestation, empty, day, checks, isValid };
  PS.learner = { profile, save };
})();
