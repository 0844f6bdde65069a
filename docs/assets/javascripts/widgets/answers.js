/*
 * A checklist's answers as they are stored under playbook-social/checklist/<id>:
 * {schema: 1, version, items, answers: {itemId: index | "na"}, updatedAt}, where `items` lists the
 * ids of that version's items (so a later version can tell what was added). Restoring answers
 * saved for another version of the checklist keeps those that still apply. Pure logic, tested
 * under Node (tests/js/answers.test.js).
 */
((root, factory) => {
  const api = factory();
  if (typeof module === "object" && module.exports) {
    module.exports = api;
    return;
  }
  const PS = (root.PlaybookSocial = root.PlaybookSocial || {});
  PS.answers = api;
})(typeof self !== "undefined" ? self : this, () => {
  const SCHEMA = 1;
  const NOT_APPLICABLE = "na";

  const isPlainObject = (value) => value !== null && typeof value === "object" && !Array.isArray(value);

  const isChoice = (choice) => choice === NOT_APPLICABLE || (Number.isInteger(choice) && choice >= 0);

  const isStored = (value) =>
    isPlainObject(value) &&
    value.schema === SCHEMA &&
    Number.isInteger(value.version) &&
    value.version >= 1 &&
    isPlainObject(value.answers) &&
    Object.values(value.answers).every(isChoice) &&
    (value.items === undefined || (Array.isArray(value.items) && value.items.every((id) => typeof id === "string"))) &&
    (value.updatedAt === undefined || typeof value.updatedAt === "string");

  const toStored = (checklist, answers, updatedAt = new Date().toISOString()) => ({
    schema: SCHEMA,
    version: checklist.version,
    items: checklist.items.map((item) => item.id),
    answers,
    updatedAt,
  });

  /*
   * The answers of `stored` that fit `checklist` now, and what changed since they were given:
   * {answers, changed: null | {from, to, added, removed, kept}}.
   */
  const restore = (checklist, stored) => {
    const ids = new Set(checklist.items.map((item) => item.id));
    const answers = {};
    for (const [id, choice] of Object.entries(stored.answers)) {
      if (ids.has(id) && (choice === NOT_APPLICABLE || choice < checklist.scale.length)) answers[id] = choice;
    }
    if (stored.version === checklist.version) return { answers, changed: null };
    // Without the old version's item list (an imported record), only dropped answers are known.
    const before = Array.isArray(stored.items) ? stored.items : null;
    return {
      answers,
      changed: {
        from: stored.version,
        to: checklist.version,
        added: before ? [...ids].filter((id) => !before.includes(id)).length : 0,
        removed: (before || Object.keys(stored.answers)).filter((id) => !ids.has(id)).length,
        kept: Object.keys(answers).length,
      },
    };
  };

  /* The sentence that tells a reader what `restore` changed; `text` reads the message catalogue. */
  const changeSentence = ({ from, to, added, removed, kept }, text) => {
    const changes = [
      added ? text("checklist.added", { count: added }) : "",
      removed ? text("checklist.removed", { count: removed }) : "",
      text("checklist.kept", { count: kept }),
    ].filter(Boolean);
    return text("checklist.updated", { from, to, changes: changes.join(", ") });
  };

  return { isStored, toStored, restore, changeSentence };
});
