/*
 * What an LMS keeps of a learner, as pure functions (no page, no SCORM API): the SCORM bridge
 * (scorm.js) calls them, tests/js/lms-state.test.js checks them under Node.
 *
 * The learner as the course stores it (course-state.md) travels in `suspend_data`:
 *   snapshot(values) → {v: 1, course, profile, checklists}: the course state, the learner profile
 *     and the stored values of the course's checklists ({id: stored}), nothing else.
 *   suspendData(snapshot, limit, course) → {data, texts} | null: the snapshot as compact JSON
 *     (dates in base 36, the course's sections by their place in the course), deflated and in
 *     base64 ("1:" + …); scenario and reflection texts are left out (`texts: false`) when they
 *     would not fit `limit` (SCORM 1.2: 4,096 characters; 2004: 64,000); null when even that does not fit.
 *   readSuspendData(data, course) → snapshot | null (null for anything this module did not write).
 *   `course` is the build's course data (course-progress.js), `version` included.
 *   restore(snapshot, local) → {course, profile, checklists}: the values to store on launch; the
 *     LMS's copy wins, except the texts it left out, taken back from this browser when they are
 *     the same answers (same `updatedAt`).
 * The figures an LMS shows, from the course's progress (course-progress.js):
 *   scormValues(version, course, learner, progress) → [[element, value]] for "1.2" or "2004".
 *   sessionTime(version, milliseconds) → "0000:12:05.00" (1.2) or "PT12M5S" (2004).
 */
((root, factory) => {
  const api = factory();
  if (typeof module === "object" && module.exports) {
    module.exports = api;
    return;
  }
  const PS = (root.PlaybookSocial = root.PlaybookSocial || {});
  PS.lmsState = api;
})(typeof self !== "undefined" ? self : this, () => {
  const FORMAT = "1:";
  const LIMITS = { "1.2": 4096, 2004: 64000 };

  const snapshot = ({ course = null, profile = null, checklists = {} }) => ({ v: 1, course, profile, checklists });

  /* The snapshot with every text written by the learner left out; what makes a step done is kept. */
  const withoutTexts = (taken) => {
    if (!taken.course) return taken;
    const course = { ...taken.course, scenarios: {}, reflections: {} };
    for (const [id, entry] of Object.entries(taken.course.scenarios || {})) {
      course.scenarios[id] = { ...entry, answer: "", ...(entry.answer.trim() ? { left: true } : {}) };
    }
    for (const [id, entry] of Object.entries(taken.course.reflections || {})) {
      const written = Object.values(entry.answers || {}).filter((text) => text.trim() !== "").length;
      course.reflections[id] = { ...entry, answers: {}, answered: Math.max(written, entry.answered || 0) };
    }
    return { ...taken, course, textsLeftOut: true };
  };

  const toBase64 = (bytes) => {
    let binary = "";
    for (let start = 0; start < bytes.length; start += 0x8000) {
      binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
    }
    return btoa(binary);
  };

  const fromBase64 = (text) => Uint8Array.from(atob(text), (character) => character.charCodeAt(0));

  const through = async (bytes, stream) => new Uint8Array(await new Response(new Blob([bytes]).stream().pipeThrough(stream)).arrayBuffer());

  /* Compact and lossless: a date as base-36 milliseconds (when it reads back the same), a section
     of the course as its place in the course's list of sections (`sectionKeys`). */
  const DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
  const packDate = (text) => (DATE.test(text) && new Date(text).toISOString() === text ? Date.parse(text).toString(36) : text);
  const unpackDate = (text) => (/^[0-9a-z]+$/.test(text) ? new Date(parseInt(text, 36)).toISOString() : text);

  const mapDates = (value, change) => {
    if (Array.isArray(value) || value === null || typeof value !== "object") return value;
    const mapped = {};
    for (const [key, inner] of Object.entries(value)) {
      mapped[key] = key === "updatedAt" && typeof inner === "string" ? change(inner) : mapDates(inner, change);
    }
    return mapped;
  };

  const sectionKeys = (course) =>
    course.modules.flatMap((module) => module.steps.filter((step) => step.kind === "section").map((step) => step.key));

  const pack = (taken, course) => {
    const packed = mapDates(taken, packDate);
    const keys = sectionKeys(course);
    packed.cv = course.version;
    if (packed.course) {
      packed.course.sections = Object.fromEntries(
        Object.entries(taken.course.sections).map(([key, date]) => {
          const place = keys.indexOf(key);
          return [place === -1 ? key : String(place), packDate(date)];
        }),
      );
    }
    return packed;
  };

  /* Sections kept by their place are dropped if the course changed version since (places moved). */
  const unpack = (packed, course) => {
    const { cv, ...taken } = mapDates(packed, unpackDate);
    const keys = cv === course.version ? sectionKeys(course) : [];
    if (taken.course) {
      const sections = Object.entries(packed.course.sections).map(([key, date]) => [/^\d+$/.test(key) ? keys[Number(key)] : key, unpackDate(date)]);
      taken.course.sections = Object.fromEntries(sections.filter(([key]) => key !== undefined));
    }
    return taken;
  };

  const encode = async (value) =>
    FORMAT + toBase64(await through(new TextEncoder().encode(JSON.stringify(value)), new CompressionStream("deflate-raw")));

  const suspendData = async (taken, limit, course) => {
    const whole = await encode(pack(taken, course));
    if (whole.length <= limit) return { data: whole, texts: true };
    const lighter = await encode(pack(withoutTexts(taken), course));
    return lighter.length <= limit ? { data: lighter, texts: false } : null;
  };

  const readSuspendData = async (data, course) => {
    if (typeof data !== "string" || !data.startsWith(FORMAT)) return null;
    try {
      const json = new TextDecoder().decode(await through(fromBase64(data.slice(FORMAT.length)), new DecompressionStream("deflate-raw")));
      const value = JSON.parse(json);
      if (!value || value.v !== 1 || typeof value.checklists !== "object") return null;
      return unpack(value, course);
    } catch (error) {
      return null;
    }
  };

  /* A scenario or reflection the LMS kept without its text gets back the one this browser has. */
  const withLocalTexts = (course, local) => {
    if (!course || !local) return course;
    const restored = { ...course, scenarios: { ...course.scenarios }, reflections: { ...course.reflections } };
    for (const [id, entry] of Object.entries(course.scenarios)) {
      const mine = (local.scenarios || {})[id];
      const { left, ...kept } = entry;
      restored.scenarios[id] = left && mine && mine.updatedAt === entry.updatedAt ? { ...kept, answer: mine.answer } : kept;
    }
    for (const [id, entry] of Object.entries(course.reflections)) {
      const mine = (local.reflections || {})[id];
      if (mine && mine.updatedAt === entry.updatedAt && Object.keys(entry.answers).length === 0) {
        restored.reflections[id] = { ...entry, answers: mine.answers };
      }
    }
    return restored;
  };

  const restore = (taken, local) => ({
    course: withLocalTexts(taken.course, local.course),
    profile: taken.profile,
    checklists: taken.checklists,
  });

  /* The best score of each of the course's quizzes, with its pass mark; null when not attempted. */
  const quizResults = (course, state) => {
    const results = [];
    for (const module of course.modules) {
      for (const step of module.steps) {
        if (step.kind !== "quiz") continue;
        const entry = ((state && state.quizzes) || {})[step.id];
        const attempted = Boolean(entry && entry.attempts > 0);
        results.push({ attempted, best: attempted ? entry.best : null, passed: attempted && entry.best >= module.passMark });
      }
    }
    return results;
  };

  const scormValues = (version, course, learner, progress) => {
    const quizzes = quizResults(course, learner.course);
    const attempted = quizzes.filter((quiz) => quiz.attempted);
    const allPassed = quizzes.every((quiz) => quiz.passed);
    const complete = progress.completedAt !== null;
    const score = attempted.length ? Math.round(attempted.reduce((sum, quiz) => sum + quiz.best, 0) / attempted.length) : null;
    const values = [];
    if (version === "1.2") {
      const success = quizzes.length === 0 ? "completed" : allPassed ? "passed" : "failed";
      values.push(["cmi.core.lesson_status", complete ? success : "incomplete"]);
      if (score !== null) values.push(["cmi.core.score.raw", String(score)], ["cmi.core.score.min", "0"], ["cmi.core.score.max", "100"]);
      return values;
    }
    const success = quizzes.length && allPassed ? "passed" : quizzes.length && attempted.length === quizzes.length ? "failed" : "unknown";
    const measure = progress.stepsTotal ? Math.round((10000 * progress.stepsDone) / progress.stepsTotal) / 10000 : 0;
    values.push(["cmi.completion_status", complete ? "completed" : "incomplete"], ["cmi.success_status", success]);
    values.push(["cmi.progress_measure", String(measure)]);
    if (score !== null) {
      values.push(["cmi.score.scaled", String(score / 100)], ["cmi.score.raw", String(score)]);
      values.push(["cmi.score.min", "0"], ["cmi.score.max", "100"]);
    }
    return values;
  };

  const sessionTime = (version, milliseconds) => {
    const total = Math.max(0, Math.round(milliseconds / 1000));
    const hours = Math.floor(total / 3600);
    const minutes = Math.floor((total % 3600) / 60);
    const seconds = total % 60;
    if (version === "1.2") {
      const two = (number) => String(number).padStart(2, "0");
      return `${String(Math.min(hours, 9999)).padStart(4, "0")}:${two(minutes)}:${two(seconds)}.00`;
    }
    return `PT${hours ? `${hours}H` : ""}${minutes ? `${minutes}M` : ""}${seconds || (!hours && !minutes) ? `${seconds}S` : ""}`; // typographie: code
  };

  return { LIMITS, snapshot, withoutTexts, suspendData, readSuspendData, restore, scormValues, sessionTime };
});
