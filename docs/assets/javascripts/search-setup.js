/*
 * French search: the page starts the site's search worker (workers/search-fr.js: Material's own
 * with the French layer in front, see playbook/search.py) where Material's bundle would start its
 * own. Loaded after the polyfills (the iframe stand-in for a worker from file://) and before
 * Material's bundle creates its search worker.
 */
(() => {
  const MATERIAL_WORKER = /\/workers\/search\.[0-9a-f]+\.min\.js$/;
  const FRENCH_WORKER = new URL("workers/search-fr.js", document.currentScript.src).href;

  const BaseWorker = window.Worker;
  window.Worker = class extends BaseWorker {
    constructor(url, options) {
      super(MATERIAL_WORKER.test(new URL(url, location.href).pathname) ? FRENCH_WORKER : url, options);
    }
  };
})();
