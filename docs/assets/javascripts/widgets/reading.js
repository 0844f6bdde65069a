/*
 * Reading progress, for the readers who began the course (playbook.js loads this only when a
 * course state is stored): the end-of-section markers of the chapters and the navigation marks.
 *
 * A section counts as read when the reader reached its end — its marker has come into view once
 * the reader has moved through the page, not on opening it — or when they press « Marquer cette
 * section comme lue » (a toggle: pressed again, the section is unread, and stays so for this visit).
 * The navigation shows a mark before a chapter whose sections are all read and a module done.
 * Data: PS.readingData (assets/javascripts/reading-data.js, links from the site's root).
 */
(() => {
  const PS = (window.PlaybookSocial = window.PlaybookSocial || {});
  const SITE = new URL("../../../", document.currentScript.src);
  // What the reader does to move through a page (the page's own scrolling to an anchor is not it).
  const MOVES = ["wheel", "touchmove", "keydown", "mousedown"];
  let observer = null;
  let unmarked = new Set(); // sections the reader unmarked by hand on this page
  let styled = false;

  const data = () => PS.readingData;
  const now = () => new Date().toISOString();
  const page = (href) => new URL(href, SITE).href.split("#")[0];

  const sectionsRead = () => {
    const { state } = PS.courseState.read(data().course.id);
    return (state && state.sections) || {};
  };

  const setRead = (key, read) => {
    PS.courseState.update(data().course.id, data().course.version, (state) => {
      if (read) state.sections[key] = state.sections[key] || now();
      else delete state.sections[key];
    });
  };

  const stylesheets = () => {
    if (styled) return;
    styled = true;
    for (const name of ["widgets", "reading"]) {
      if (document.querySelector(`link[data-pb-reading="${name}"]`)) continue; // typographie: code
      const link = PS.h("link", { rel: "stylesheet", href: new URL(`assets/stylesheets/${name}.css`, SITE).href, "data-pb-reading": name });
      document.head.append(link);
    }
  };

  /* The markers of this page, pressed for the sections already read. */
  const showMarkers = (read) => {
    for (const marker of document.querySelectorAll("[data-read]")) {
      marker.hidden = false;
      const pressed = Boolean(read[marker.dataset.read]);
      marker.querySelector("[data-read-toggle]").setAttribute("aria-pressed", String(pressed));
      marker.classList.toggle("is-read", pressed);
      const next = marker.querySelector("[data-read-next]");
      if (next) next.hidden = false;
    }
  };

  const markNavigation = (read) => {
    const { course, chapters } = data();
    const learner = PS.courseState.learner(course);
    const progress = PS.courseProgress.progress(course, learner);
    const marks = new Map();
    for (const chapter of Object.values(chapters)) {
      if (chapter.sections.every((key) => read[key])) marks.set(page(chapter.href), PS.text("reading.chapterRead"));
    }
    course.modules.forEach((module, index) => {
      if (progress.modules[index].status === "done") marks.set(page(module.href), PS.text("reading.moduleDone"));
    });
    for (const link of document.querySelectorAll(".md-nav--primary a.md-nav__link[href]")) {
      const old = link.querySelector(".pb-nav-mark");
      if (old) old.remove();
      const target = new URL(link.getAttribute("href"), location.href);
      const label = !target.hash && marks.get(target.href); // pages, not the headings of this one
      if (!label) continue;
      link.append(PS.h("span", { class: "pb-nav-mark" }, PS.h("span", { class: "pb-visually-hidden" }, ` (${label})`)));
    }
  };

  const refresh = () => {
    const read = sectionsRead();
    showMarkers(read);
    markNavigation(read);
  };

  const onClick = (event) => {
    const toggle = event.target.closest("[data-read-toggle]");
    if (!toggle) return;
    const key = toggle.closest("[data-read]").dataset.read;
    const read = toggle.getAttribute("aria-pressed") !== "true";
    if (read) unmarked.delete(key);
    else unmarked.add(key);
    setRead(key, read);
  };

  let stopMoves = () => {};
  /* Watch the markers; one counts as reached when it is in view after the reader moved through
     the page (wheel, touch, keys, scroll bar), never just because the page opened there. */
  const watch = () => {
    if (observer) observer.disconnect();
    stopMoves();
    unmarked = new Set();
    const markers = [...document.querySelectorAll("[data-read]")];
    if (!markers.length || !("IntersectionObserver" in window)) return;
    let moved = false;
    const visible = new Set();
    const reach = (marker) => {
      const key = marker.dataset.read;
      if (moved && !unmarked.has(key) && !sectionsRead()[key]) setRead(key, true);
    };
    observer = new IntersectionObserver((entries) => {
      for (const entry of entries) {
        if (entry.isIntersecting) visible.add(entry.target);
        else visible.delete(entry.target);
        if (entry.isIntersecting) reach(entry.target);
      }
    });
    markers.forEach((marker) => observer.observe(marker));
    const onMove = () => {
      stopMoves();
      moved = true;
      // The markers in view once the move has scrolled the page (the observer reports later ones).
      requestAnimationFrame(() => requestAnimationFrame(() => visible.forEach(reach)));
    };
    MOVES.forEach((type) => window.addEventListener(type, onMove, { passive: true }));
    stopMoves = () => MOVES.forEach((type) => window.removeEventListener(type, onMove));
  };

  let listening = false;
  /* Called by playbook.js on every page the reader opens (instant navigation included). */
  const mount = () => {
    stylesheets();
    refresh();
    watch();
    if (listening) return;
    listening = true;
    document.addEventListener("click", onClick);
    document.addEventListener(PS.courseState.CHANGE, refresh);
    window.addEventListener("storage", (event) => event.key && event.key.startsWith("playbook-social/") && refresh());
  };

  PS.reading = { mount };
})();
