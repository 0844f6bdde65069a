/*
 * Playbook social: the one script every page loads. It finds widget roots ([data-widget]) in the
 * page, loads the bundles of scripts and messages of those widgets only, constructs each widget's
 * component (PS.components[name], see widgets/component.js), marks the root `data-ready`, and
 * destroys the components that Material's instant navigation takes off the page. Pages without
 * widgets load nothing more. Each widget's stylesheet comes with its own HTML: the build links it
 * there, then writes its rules in place of the link (playbook/widgetstyles.py).
 *
 * Classic scripts rather than ES modules: the offline zip is opened from file://, where Chromium
 * refuses module scripts.
 */
(() => {
  const scriptsDir = new URL(".", document.currentScript.src);
  /* Written here by the build from widgets.json (playbook/scriptbundles.py): the bundles of
     scripts (bundles/<name>.js), each widget's bundles by number, in order, its sentences
     included, and the bundle of each bundled script. "reading" is reading progress (markers at
     the end of chapter sections, marks in the navigation): only for readers who began the
     course — opened one of its modules —, when it has something to show (readingNeeded). Others
     pay one storage lookup a page. "checks" are the validators of stored values
     (widgets/course-state.js), for the widgets that load `checks.by`. "later": groups of scripts
     widgets load when first needed (loadLater). */
  const MANIFEST = /* manifest: written by the build (playbook/scriptbundles.py) */ null;
  const PS = (window.PlaybookSocial = window.PlaybookSocial || {});
  const bundlePath = (number) => `bundles/${MANIFEST.bundles[number]}.js`;
  /* Whether storage holds a key starting with one of `prefixes`: a key test only, before loading
     anything (reading a value is storage.js's job). */
  const stored = (prefixes) => {
    try {
      return Object.keys(window.localStorage).some((key) => prefixes.some((prefix) => key.startsWith(prefix)));
    } catch (error) {
      return false; // storage refused: nothing was recorded, nothing to check or show
    }
  };
  const COURSE = "playbook-social/course/";
  const courseBegun = () => stored([COURSE]);
  /* A widget's bundles, and the validators when it reads values stored by others than this page
     (an earlier visit, another tab): what this page wrote itself needs no check. */
  const withChecks = (numbers) => {
    const { checks, bundled } = MANIFEST;
    if (!checks || !numbers.includes(bundled[checks.by])) return numbers;
    const others = PS.storage ? PS.storage.storedByOthers(checks.keys) : stored(checks.keys);
    return others ? [...numbers, ...checks.bundles] : numbers;
  };
  const loading = new Map();

  const loadFile = (path) => {
    if (!loading.has(path)) {
      loading.set(
        path,
        new Promise((resolve, reject) => {
          const script = document.createElement("script");
          // Scripts added together download together and still run in the order they were added.
          script.async = false;
          script.src = new URL(path, scriptsDir).href;
          script.onload = resolve;
          script.onerror = () => {
            loading.delete(path); // the next call tries again
            script.remove();
            reject(new Error(`script not found: ${path}`)); // typographie: code
          };
          document.head.appendChild(script);
        }),
      );
    }
    return loading.get(path);
  };

  /* A script, at most once: from the bundle that holds it, if one does. */
  const load = (path) => loadFile(Object.hasOwn(MANIFEST.bundled, path) ? bundlePath(MANIFEST.bundled[path]) : path);
  const loadAll = (paths) => Promise.all(paths.map(load));
  /* Scripts loaded on demand by the widgets (a validator, a third-party library, code for a gesture). */
  PS.load = load;
  PS.loadAll = loadAll;
  /* A `later` group of widgets.json, by name (its bundles hold nothing else). */
  PS.loadLater = (name) =>
    Object.hasOwn(MANIFEST.later, name)
      ? Promise.all(MANIFEST.later[name].map((number) => loadFile(bundlePath(number))))
      : Promise.reject(new Error(`no later group: ${name}`)); // typographie: code

  let mounted = []; // [{root, destroy}] of the widgets on the page now

  const construct = (name, root) => {
    const Component = PS.components && PS.components[name];
    if (Component) {
      const component = new Component(root);
      return () => component.destroy();
    }
    return PS.widgets[name].mount(root); // widgets not yet rewritten as components
  };

  /* Each widget starts in a task of its own: started one after the other in one task, the widgets
     of a module page held the main thread for 0.1 to 0.3 s on a slow phone, taps and scrolling
     included (Lighthouse, mobile). scheduler.yield() resumes before other waiting tasks. */
  const nextTask = () =>
    window.scheduler && typeof window.scheduler.yield === "function"
      ? window.scheduler.yield()
      : new Promise((resolve) => setTimeout(resolve, 0));

  /* Mount every widget not mounted yet; destroy those instant navigation took off the page. */
  const mountPage = async () => {
    mounted = mounted.filter(({ root, destroy }) => {
      if (document.contains(root)) return true;
      if (typeof destroy === "function") destroy();
      return false;
    });
    for (const root of document.querySelectorAll("[data-widget]:not([data-mounted])")) {
      const name = root.dataset.widget;
      const widget = Object.hasOwn(MANIFEST.widgets, name) ? MANIFEST.widgets[name] : null;
      // Another pass may have taken this root while this one waited for a script.
      if (!widget || root.hasAttribute("data-mounted")) continue;
      root.dataset.mounted = "";
      try {
        await Promise.all(withChecks(widget).map((number) => loadFile(bundlePath(number))));
        await nextTask();
        if (!document.contains(root)) continue; // instant navigation took it off the page meanwhile
        mounted.push({ root, destroy: construct(name, root) });
        root.dataset.ready = "true";
      } catch (error) {
        root.dataset.ready = "error";
        console.error(`Playbook social: widget "${name}" failed to start.`, error); // typographie: code
      }
    }
    if (readingNeeded()) await showReading();
  };

  /* Reading progress, when it has something to show: markers on this page, or marks in the
     navigation, which only values stored by others than this page can hold (an earlier visit,
     another tab, an LMS, an imported record: "storage" events); a course this page began has
     nothing read yet. */
  const readingNeeded = () =>
    courseBegun() && Boolean(PS.reading || document.querySelector("[data-read]") || !PS.storage || PS.storage.storedByOthers([COURSE]));
  const showReading = async () => {
    try {
      await Promise.all(withChecks(MANIFEST.reading).map((number) => loadFile(bundlePath(number))));
      PS.reading.mount();
    } catch (error) {
      console.error("Playbook social: reading progress failed to start.", error); // typographie: code
    }
  };
  window.addEventListener("storage", (event) => {
    if (!PS.reading && event.key && event.key.startsWith(COURSE)) showReading();
  });

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

  /* Switching palettes: colours change at once, without the transitions of links and buttons, until
     two frames later (playbook.css; Material's own rule did it on every page load too,
     playbook/palettecss.py). Capture: before Material's listener applies the palette. */
  document.addEventListener(
    "change",
    (event) => {
      if (!(event.target instanceof HTMLInputElement) || event.target.name !== "__palette") return;
      const root = document.documentElement;
      root.classList.add("pb-palette-switching");
      requestAnimationFrame(() => requestAnimationFrame(() => root.classList.remove("pb-palette-switching")));
    },
    true,
  );

  // The first page: from the document itself (Material's document$ does not replay it from
  // file://); the next ones: from Material's instant navigation. At once, not in a later task:
  // widgets' window listeners must come before Material's (a share link opened on the voice
  // generator's page, tests/browser/test_voice_sharing.py).
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", showPage);
  else showPage();
  if (window.document$) window.document$.subscribe(showPage);
})();
