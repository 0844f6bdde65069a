/*
 * The learner record: every checklist's answers in one JSON file the reader keeps or hands in.
 * Its schema is playbook/schemas/learner-record.schema.json; `problems` checks the same rules
 * and says, in French, where a file breaks them.
 */
(() => {
  const PS = (window.PlaybookSocial = window.PlaybookSocial || {});
  const SCHEMA = "playbook-social/learner-record";
  const VERSION = 1;
  const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
  const ENTRY_KEYS = new Set(["version", "updatedAt", "answers", "score", "level"]);
  const ROOT_KEYS = new Set(["schema", "version", "exportedAt", "checklists"]);

  const isPlainObject = (value) => value !== null && typeof value === "object" && !Array.isArray(value);
  const isDate = (value) => typeof value === "string" && !Number.isNaN(Date.parse(value));

  /* One checklist's entry: its answers, and the score and level they give (for information). */
  const entry = (checklist, answers, updatedAt) => {
    const outcome = PS.scoring.score(checklist, answers);
    return {
      version: checklist.version,
      updatedAt: updatedAt || new Date().toISOString(),
      answers,
      score: outcome.percent,
      level: outcome.level ? outcome.level.name : null,
    };
  };

  /* entries: checklist id → entry() */
  const build = (entries) => ({ schema: SCHEMA, version: VERSION, exportedAt: new Date().toISOString(), checklists: entries });

  const entryProblems = (id, entry) => {
    const at = `checklists.${id}`;
    if (!ID.test(id)) return [`« ${at} » : un id s’écrit en minuscules et tirets`];
    if (!isPlainObject(entry)) return [`« ${at} » doit être un objet`];
    const found = [];
    for (const key of Object.keys(entry)) if (!ENTRY_KEYS.has(key)) found.push(`« ${at}.${key} » : clé inconnue`);
    if (!Number.isInteger(entry.version) || entry.version < 1) found.push(`« ${at}.version » doit être un entier positif`);
    if (entry.updatedAt !== undefined && !isDate(entry.updatedAt)) found.push(`« ${at}.updatedAt » doit être une date`);
    if (!isPlainObject(entry.answers)) {
      found.push(`« ${at}.answers » doit être un objet`);
    } else {
      for (const [item, choice] of Object.entries(entry.answers)) {
        if (!ID.test(item)) found.push(`« ${at}.answers.${item} » : un id s’écrit en minuscules et tirets`);
        else if (!Number.isInteger(choice) || choice < 0) found.push(`« ${at}.answers.${item} » doit être un entier positif ou nul`);
      }
    }
    if (entry.score !== undefined && entry.score !== null && !(Number.isInteger(entry.score) && entry.score >= 0 && entry.score <= 100)) {
      found.push(`« ${at}.score » doit être un entier de 0 à 100`);
    }
    if (entry.level !== undefined && entry.level !== null && typeof entry.level !== "string") {
      found.push(`« ${at}.level » doit être un texte`);
    }
    return found;
  };

  /* [] when `data` is a valid learner record; otherwise what is wrong, most useful first. */
  const problems = (data) => {
    if (!isPlainObject(data)) return ["le fichier doit contenir un objet JSON"];
    if (data.schema !== SCHEMA) return [`« schema » doit valoir « ${SCHEMA} »`];
    if (Number.isInteger(data.version) && data.version > VERSION) {
      return [`il vient d’une version plus récente du site (version ${data.version}) : mettez le site à jour`];
    }
    const found = [];
    if (data.version !== VERSION) found.push(`« version » doit valoir ${VERSION}`);
    for (const key of Object.keys(data)) if (!ROOT_KEYS.has(key)) found.push(`« ${key} » : clé inconnue`);
    if (!isDate(data.exportedAt)) found.push("« exportedAt » doit être une date");
    if (!isPlainObject(data.checklists)) found.push("« checklists » doit être un objet");
    else for (const [id, entry] of Object.entries(data.checklists)) found.push(...entryProblems(id, entry));
    return found;
  };

  PS.record = { SCHEMA, VERSION, entry, build, problems };
})();
