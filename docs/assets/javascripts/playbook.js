/*
 * Playbook social: the one script every page loads. It finds widget roots ([data-widget]) in the
 * page, loads the scripts of those widgets only, mounts them, and unmounts them when Material's
 * instant navigation swaps the page. Pages without widgets load nothing more.
 *
 * Classic scripts rather than ES modules: the offline zip is opened from file://, where Chromium
 * refuses module scripts.
 */
(() => {
  const scriptsDir = new URL(".", document.currentScript.src);
  const BASE = ["widgets/dom.js", "widgets/strings.js", "widgets/storage.js", "widgets/download.js"];
  const ANSWERS = [...BASE, "widgets/scoring.js", "widgets/answers.js", "widgets/record.js"];
  const SCRIPTS = {
    checklist: [...ANSWERS, "widgets/checklist.js"],
    dashboard: [...ANSWERS, "widgets/chart.js", "widgets/dashboard.js"],
    copy: ["widgets/dom.js", "widgets/copy.js"],
    "voice-generator": [
      ...BASE,
      "../vendor/nunjucks/nunjucks.min.js",
      "../vendor/js-yaml/js-yaml.min.js",
      "widgets/schema.js",
      "widgets/voice-render.js",
      "widgets/voice-checker.js",
      "widgets/voice-generator.js",
    ],
  };
  const loading = new Map();

  const load = (path) => {
    if (!loading.has(path)) {
      loading.set(
        path,
        new Promise((resolve, reject) => {
          const script = document.createElement("script");
          script.src = new URL(path, scriptsDir).href;
          script.onload = resolve;
          script.onerror = () => reject(new Error(`script introuvable : ${path}`));
          document.head.appendChild(script);
        }),
      );
    }
    return loading.get(path);
  };

  let mounted = []; // [{root, unmount}] of the widgets on the page now

  /* Mount every widget not mounted yet; unmount those instant navigation took off the page. */
  const mountPage = async () => {
    mounted = mounted.filter(({ root, unmount }) => {
      if (document.contains(root)) return true;
      if (typeof unmount === "function") unmount();
      return false;
    });
    for (const root of document.querySelectorAll("[data-widget]:not([data-mounted])")) {
      const scripts = SCRIPTS[root.dataset.widget];
      // Another pass may have taken this root while this one waited for a script.
      if (!scripts || root.hasAttribute("data-mounted")) continue;
      root.dataset.mounted = "";
      for (const path of scripts) await load(path);
      mounted.push({ root, unmount: window.PlaybookSocial.widgets[root.dataset.widget].mount(root) });
    }
  };

  // The first page: from the document itself (Material's document$ does not replay it from
  // file://); the next ones: from Material's instant navigation.
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", () => mountPage());
  else mountPage();
  if (window.document$) window.document$.subscribe(() => mountPage());
})();
