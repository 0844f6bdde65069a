/*
 * Playbook social: the one script every page loads. It finds widget roots ([data-widget]) in the
 * page, loads the scripts and message namespaces of those widgets only, constructs each widget's
 * component (PS.components[name], see widgets/component.js), marks the root `data-ready`, and
 * destroys the components that Material's instant navigation takes off the page. Pages without
 * widgets load nothing more. Each widget's stylesheet is linked by its own HTML (the build).
 *
 * Classic scripts rather than ES modules: the offline zip is opened from file://, where Chromium
 * refuses module scripts.
 */
(() => {
  const scriptsDir = new URL(".", document.currentScript.src);
  const BASE = ["widgets/text.js", "widgets/dom.js", "widgets/component.js", "widgets/storage.js", "widgets/download.js"];
  /* A checklist's answers and their score. */
  const ANSWERS = [...BASE, "widgets/scoring.js", "widgets/answers.js"];
  /* The learner's profile and course state, each checked on read by its JSON Schema. */
  const LEARNER = [
    ...BASE,
    "widgets/closest.js",
    "widgets/validation.js",
    "validators/learner-profile.js",
    "validators/course-state.js",
    "validators/course-attestation.js",
    "widgets/course-state.js",
    "widgets/course-progress.js",
  ];
  /* The xAPI statements a page sends, queued until the store answers. */
  const XAPI = ["widgets/xapi-statements.js", "widgets/xapi-queue.js", "widgets/xapi-store.js"];
  /* Widget → the scripts it needs (in order) and the catalogue namespaces its sentences come from. */
  const WIDGETS = {
    checklist: { scripts: [...ANSWERS, "widgets/checklist.js"], messages: ["checklist"] },
    dashboard: { scripts: [...ANSWERS, "widgets/chart.js", "widgets/dashboard.js"], messages: ["checklist", "dashboard"] },
    quiz: { scripts: [...LEARNER, "widgets/shuffle.js", "widgets/quiz.js"], messages: ["validation", "quiz"] },
    scenario: { scripts: [...LEARNER, "widgets/scenario.js"], messages: ["validation", "scenario"] },
    reflection: { scripts: [...LEARNER, "widgets/reflection.js"], messages: ["validation", "scenario"] },
    course: { scripts: [...LEARNER, "widgets/course.js"], messages: ["validation", "course"] },
    "course-module": { scripts: [...LEARNER, "widgets/course.js"], messages: ["validation", "course"] },
    "course-next": { scripts: [...LEARNER, "widgets/course.js"], messages: ["validation", "course"] },
    attestation: { scripts: [...LEARNER, "widgets/attestation.js"], messages: ["validation", "course", "attestation"] },
    record: {
      // The record's own validators (11 KB) are loaded by an import, when first needed (PS.validation.ready).
      scripts: [
        ...LEARNER,
        "widgets/scoring.js",
        "widgets/answers.js",
        "widgets/record.js",
        "widgets/record-view.js",
      ],
      messages: ["validation", "record"],
    },
    cohort: {
      scripts: [
        ...BASE,
        "widgets/closest.js",
        "widgets/validation.js",
        "widgets/scoring.js",
        "widgets/cohort-figures.js",
        "widgets/cohort-tables.js",
        "widgets/cohort-view.js",
        "widgets/cohort.js",
      ],
      messages: ["validation", "cohort"],
    },
    /* SCORM and xAPI: only in builds that ask for them (playbook/lms/). */
    scorm: { scripts: [...LEARNER, "course-data.js", "widgets/lms-state.js", "widgets/scorm-bridge.js", "widgets/scorm.js"], messages: ["lms"] },
    xapi: { scripts: [...LEARNER, "course-data.js", "xapi-config.js", "widgets/scoring.js", ...XAPI, "widgets/xapi.js"], messages: [] },
    "xapi-consent": { scripts: [...BASE, ...XAPI, "widgets/xapi-consent.js"], messages: ["xapi"] },
    "voice-generator": {
      // nunjucks, js-yaml, the stemmer and the validator are loaded when first needed (PS.load).
      scripts: [
        ...BASE,
        "widgets/closest.js",
        "widgets/validation.js",
        "widgets/voice-model.js",
        "widgets/voice-render.js",
        "widgets/voice-share.js",
        "widgets/voice-checker.js",
        "widgets/voice-store.js",
        "widgets/voice-fields.js",
        "widgets/voice-view.js",
        "widgets/voice-io.js",
        "widgets/voice-checker-panel.js",
        "widgets/voice-generator.js",
      ],
      messages: ["validation", "voice"],
    },
    copy: { scripts: [...BASE, "widgets/copy.js"], messages: ["copy"] },
  };
  /* Reading progress (markers at the end of chapter sections, marks in the navigation): only for
     readers who began the course — opened one of its modules. Others pay one storage lookup a page. */
  const READING = { scripts: [...LEARNER, "course-data.js", "widgets/reading.js"], messages: ["validation", "reading"] };
  const courseBegun = () => {
    try {
      // A key test only, before loading anything: reading the value is storage.js's job.
      return Object.keys(window.localStorage).some((key) => key.startsWith("playbook-social/course/"));
    } catch (error) {
      return false; // storage refused: nothing was recorded, nothing to show
    }
  };
  const PS = (window.PlaybookSocial = window.PlaybookSocial || {});
  const loading = new Map();

  const load = (path) => {
    if (!loading.has(path)) {
      loading.set(
        path,
        new Promise((resolve, reject) => {
          const script = document.createElement("script");
          // Scripts added together download together and still run in the order they were added.
          script.async = false;
          script.src = new URL(path, scriptsDir).href;
          script.onload = resolve;
          script.onerror = () => reject(new Error(`script not found: ${path}`)); // typographie: code
          document.head.appendChild(script);
        }),
      );
    }
    return loading.get(path);
  };

  /* Scripts a widget needs: the message namespaces first (common, then its own), then its code. */
  const scriptsOf = (widget) => [
    ...["common", ...(widget.messages || [])].map((namespace) => `messages/${namespace}.js`),
    ...widget.scripts,
  ];

  /* Scripts loaded on demand by the widgets (a validator, a third-party library), at most once. */
  PS.load = load;
  const loadAll = (paths) => Promise.all(paths.map(load));

  let mounted = []; // [{root, destroy}] of the widgets on the page now

  const construct = (name, root) => {
    const Component = PS.components && PS.components[name];
    if (Component) {
      const component = new Component(root);
      return () => component.destroy();
    }
    return PS.widgets[name].mount(root); // widgets not yet rewritten as components
  };

  /* Mount every widget not mounted yet; destroy those instant navigation took off the page. */
  const mountPage = async () => {
    mounted = mounted.filter(({ root, destroy }) => {
      if (document.contains(root)) return true;
      if (typeof destroy === "function") destroy();
      return false;
    });
    for (const root of document.querySelectorAll("[data-widget]:not([data-mounted])")) {
      const name = root.dataset.widget;
      const widget = WIDGETS[name];
      // Another pass may have taken this root while this one waited for a script.
      if (!widget || root.hasAttribute("data-mounted")) continue;
      root.dataset.mounted = "";
      try {
        await loadAll(scriptsOf(widget));
        mounted.push({ root, destroy: construct(name, root) });
        root.dataset.ready = "true";
      } catch (error) {
        root.dataset.ready = "error";
        console.error(`Playbook social: widget "${name}" failed to start.`, error); // typographie: code
      }
    }
    if (courseBegun()) {
      try {
        await loadAll(scriptsOf(READING));
        PS.reading.mount();
      } catch (error) {
        console.error("Playbook social: reading progress failed to start.", error); // typographie: code
      }
    }
  };

  /* A page opened from a search result (?h=…): highlight the words the result marked. */
  const highlightSearch = async () => {
    const words = new URL(location.href).searchParams.get("h");
    if (!words) return;
    await loadAll(["widgets/dom.js", "search-french.js", "search-highlight.js"]);
    PS.searchHighlight.highlight(document.querySelector(".md-content article"), words.split(/\s+/));
  };

  const showPage = () => {
    mountPage();
    highlightSearch().catch((error) => console.error("Playbook social: search highlight failed.", error)); // typographie: code
  };

  // The first page: from the document itself (Material's document$ does not replay it from
  // file://); the next ones: from Material's instant navigation.
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", showPage);
  else showPage();
  if (window.document$) window.document$.subscribe(showPage);
})();
