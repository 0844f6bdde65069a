/*
 * French search: the page starts the site's search worker (workers/search-fr.js: Material's own
 * with the French layer in front, see playbook/search.py) where Material's bundle would start its
 * own. Loaded after the polyfills (the iframe stand-in for a worker from file://) and before
 * Material's bundle creates its search worker.
 *
 * The search index (search/search_index.json, 0.6 MB) is downloaded when the reader first turns to
 * the search (the field focused, its label pressed, the search opened), not with every page:
 * Material's bundle asks for it at once, and this holds the request until then. From file://,
 * Material already waits for the search to open (search_index.js).
 */
(() => {
  const MATERIAL_WORKER = /\/workers\/search\.[0-9a-f]+\.min\.js$/;
  const FRENCH_WORKER = new URL("workers/search-fr.js", document.currentScript.src).href;
  const INDEX = new URL("../../search/search_index.json", document.currentScript.src).pathname;

  const BaseWorker = window.Worker;
  window.Worker = class extends BaseWorker {
    constructor(url, options) {
      super(MATERIAL_WORKER.test(new URL(url, location.href).pathname) ? FRENCH_WORKER : url, options);
    }
  };

  const INTENT_EVENTS = ["focusin", "pointerdown", "change"];
  const SEARCH_PARTS = "[data-md-component=search-query], #__search, label[for=__search], label[for=__search] *";
  const whenWanted = new Promise((resolve) => {
    const intent = (event) => {
      if (!(event.target instanceof Element) || !event.target.matches(SEARCH_PARTS)) return;
      INTENT_EVENTS.forEach((type) => document.removeEventListener(type, intent, true));
      resolve();
    };
    INTENT_EVENTS.forEach((type) => document.addEventListener(type, intent, true));
  });

  const { open, send } = XMLHttpRequest.prototype;
  const held = new WeakSet();
  XMLHttpRequest.prototype.open = function (method, url, ...rest) {
    if (new URL(String(url), location.href).pathname === INDEX) held.add(this);
    return open.call(this, method, url, ...rest);
  };
  XMLHttpRequest.prototype.send = function (...body) {
    if (!held.has(this)) return send.apply(this, body);
    held.delete(this);
    whenWanted.then(() => send.apply(this, body));
    return undefined;
  };
})();
