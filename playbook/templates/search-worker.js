/*
 * The search worker's French layer. The build writes assets/javascripts/workers/search-fr.js as
 * search-french.js, then this file, then Material's own search worker, unchanged; the page
 * (search-setup.js) starts that worker instead of Material's. This layer:
 *
 * - puts a folding step in lunr's pipelines, in place of the French stemmer, when Material
 *   builds the index (every word under its folded stems, see search-french.js);
 * - rewrites each query before Material reads it (stop words out, each word as its stem);
 * - gives each result the words the reader typed (for « Termes manquants ») and, in its link,
 *   the words it marked, for the page to highlight (?h=…, see search-highlight.js).
 *
 * - builds the index when the reader first searches, not when the page opens: Material builds it
 *   on every page load, about a second of processor time on a laptop, for readers who mostly never
 *   search. The page is told the search is ready at once; the first query waits for the build.
 *
 * It listens to messages before Material does (it registers first) and wraps postMessage, so
 * it works alike in a worker and in the iframe that stands in for one from file://.
 */
(() => {
  const French = self.PlaybookSocial.searchFrench;
  const SETUP = 0;
  const READY = 1;
  const QUERY = 2;
  const RESULT = 3;
  let separator = "[\\s\\-]+";
  let stem = null;
  let typedTerms = {}; // searched term → the word the reader typed, for the last query

  /* lunr.fr's stemmer, once Material has loaded it (while it handles SETUP). */
  const stemmer = () => {
    if (!stem) {
      const { lunr } = self;
      stem = (word) => lunr.fr.stemmer(new lunr.Token(word)).toString();
    }
    return stem;
  };

  /* In place of lunr.fr's stemmer: a token becomes its folded stems (two tokens when they differ). */
  const foldedStems = (token) => {
    const [first, ...others] = French.stems(token.toString(), stemmer());
    return [token.update(() => first), ...others.map((other) => token.clone(() => other))];
  };

  /* Words that carry no topic (search-french.js's list) are not indexed: nothing can find or mark them. */
  const withoutStopWords = (token) => (French.isStopWord(token.toString()) ? undefined : token);

  /* Material adds the documents inside lunr's builder: fold from the first one on, in both pipelines. */
  const installPipelines = () => {
    const { lunr } = self;
    if (lunr.Builder.prototype.foldsFrench) return;
    lunr.Pipeline.registerFunction(foldedStems, "playbook-folded-stems");
    lunr.Pipeline.registerFunction(withoutStopWords, "playbook-stop-words");
    const add = lunr.Builder.prototype.add;
    lunr.Builder.prototype.foldsFrench = true;
    lunr.Builder.prototype.add = function (...args) {
      if (!this.folding) {
        this.folding = true;
        this.pipeline.before(lunr.fr.stemmer, withoutStopWords);
        for (const pipeline of [this.pipeline, this.searchPipeline]) {
          if (pipeline._stack.includes(lunr.fr.stemmer)) pipeline.after(lunr.fr.stemmer, foldedStems);
          else pipeline.add(foldedStems);
          pipeline.remove(lunr.fr.stemmer);
        }
      }
      return add.apply(this, args);
    };
  };

  const rewrite = (query) => {
    const rewritten = French.rewrite(query, { separator, stem: stemmer() });
    typedTerms = rewritten.terms;
    return rewritten.query;
  };

  /* Material's terms are the searched stems: give it back the typed words, matched if any stem was. */
  const typedWords = (terms) => {
    const typed = {};
    for (const [term, found] of Object.entries(terms)) {
      const word = typedTerms[term] || term;
      typed[word] = Boolean(typed[word] || found);
    }
    return typed;
  };

  /* A result's link carries the words it marked (?h=…): the page highlights those words, whole. */
  const withHighlight = (item) => {
    const words = French.markedWords(item.title, item.text);
    if (!words.length) return item;
    const [path, anchor] = item.location.split("#");
    const location = `${path}?h=${encodeURIComponent(words.join(" "))}${anchor === undefined ? "" : `#${anchor}`}`; // typographie: code
    return { ...item, location };
  };

  const results = (data) => ({
    ...data,
    items: data.items.map((group) => group.map((item) => withHighlight({ ...item, terms: typedWords(item.terms) }))),
  });

  let heldSetup = null; // Material's setup, held until the first query
  let building = false; // Material is building the index; queries wait for it
  let waiting = []; // those queries, in order
  let releasing = false; // a held message handed back to Material

  const release = (message) => {
    releasing = true;
    try {
      dispatchEvent(new MessageEvent("message", { data: message }));
    } finally {
      releasing = false;
    }
  };

  addEventListener("message", (event) => {
    const message = event.data;
    if (!message || releasing && message.type === SETUP) return;
    if (message.type === SETUP) {
      separator = message.data.config.separator;
      installPipelines();
      heldSetup = message;
      event.stopImmediatePropagation();
      post({ type: READY });
    } else if (message.type === QUERY && heldSetup && typeof message.data === "string" && !message.data.trim()) {
      // The empty query the page sends when it opens: no words, no results, no index needed yet.
      event.stopImmediatePropagation();
      post({ type: RESULT, data: { items: [] } });
    } else if (message.type === QUERY && (heldSetup || building)) {
      event.stopImmediatePropagation();
      waiting.push(message);
      if (heldSetup) {
        const setup = heldSetup;
        heldSetup = null;
        building = true;
        release(setup);
      }
    } else if (message.type === QUERY && typeof message.data === "string") {
      message.data = rewrite(message.data);
    }
  });

  const post = self.postMessage.bind(self);
  self.postMessage = (message, ...rest) => {
    if (message && message.type === READY && building) {
      // The index is built: the page already knows search is ready; answer what waited.
      building = false;
      const queries = waiting;
      waiting = [];
      queries.forEach(release);
      return undefined;
    }
    return post(message && message.type === RESULT && message.data && message.data.items ? { ...message, data: results(message.data) } : message, ...rest);
  };
})();
