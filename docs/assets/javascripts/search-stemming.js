/*
 * French stemming for Material's search.
 *
 * Material appends "*" to every word of a query, and lunr skips its pipeline (so the French
 * stemmer) for a word with a wildcard: « réclamation* » never meets the indexed stem « réclam ».
 * This wraps the search worker and sends each plain word twice: as typed, for prefix matches
 * while typing, and with a neutral boost (« réclamation^1 »), which Material leaves without "*"
 * so that lunr stems it. The page's Worker is wrapped before Material's bundle creates its own.
 */
(() => {
  const SEARCH_WORKER = /\/workers\/search\.[^/]*\.js/;
  const PLAIN_WORD = /^[\p{L}\p{N}][\p{L}\p{N}’'-]*$/u;
  const QUERY = 2; // Material's message type for a search query

  const withStems = (query) =>
    query
      .split(/\s+/)
      .filter(Boolean)
      .map((word) => (PLAIN_WORD.test(word) ? `${word} ${word}^1` : word))
      .join(" ");

  const BaseWorker = window.Worker;
  window.Worker = class extends BaseWorker {
    constructor(url, options) {
      super(url, options);
      this.stemsQueries = SEARCH_WORKER.test(String(url));
    }

    postMessage(message, ...rest) {
      if (this.stemsQueries && message && message.type === QUERY && typeof message.data === "string") {
        message = { ...message, data: withStems(message.data) };
      }
      super.postMessage(message, ...rest);
    }
  };
})();
