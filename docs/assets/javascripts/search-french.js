/*
 * French search that forgives: the rules shared by the search worker (workers/search-fr.js, built
 * from playbook/templates/search-worker.js) and by the page that highlights what was found.
 *
 * - Accents and case are folded on both sides: « Réclamations » and « reclamation » meet.
 * - A word is indexed under two stems when accents change the stemmer's answer (« données »:
 *   « don » stemmed then folded, « donne » folded then stemmed), so a query with or without
 *   accents finds it; a query word becomes the shorter stem, searched as a prefix.
 * - Stop words and single letters are left out of a query (unless it has nothing else), so
 *   « ton de la marque » searches « ton » and « marque », and nothing highlights « de ».
 *
 * Pure logic: the stemmer is given (lunr.fr's in the worker). Under
 * Node it exports its functions for tests/js/search-french.test.js.
 */
((root, factory) => {
  const api = factory();
  if (typeof module === "object" && module.exports) {
    module.exports = api;
    return;
  }
  const PS = (root.PlaybookSocial = root.PlaybookSocial || {});
  PS.searchFrench = api;
})(typeof self !== "undefined" ? self : this, () => {
  const COMBINING_MARKS = /[\u0300-\u036f]/g;
  const LIGATURES = { œ: "oe", æ: "ae" };
  // Lunr's query syntax: a word with one of these is the reader's own query, left as typed.
  const QUERY_SYNTAX = /^[+-]|[*:^~"]/;
  const MARK = /<mark>([^<]*)<\/mark>/g;
  // Words that carry no topic in a French query (folded). Not lunr.fr's list: it drops « ton »,
  // which here is the tone of a brand, so every word stays indexed and only queries drop these.
  const STOP_WORDS = new Set(
    (
      "a ai au aux avec c ca car ce ces cet cette ceci cela chez comme d dans de des du donc dont elle elles en entre est et etc " +
      "etre eu il ils j je l la le les leur leurs lui m ma mais me mes moi mon meme n ne ni nos notre nous on ont ou par pas " +
      "pour qu que quel quelle quels quelles qui quoi s sa sans se ses si son sont sur t ta te tes toi tu un une vos votre " +
      "vous y"
    ).split(" "),
  );

  /* « Œuvre Réclamée » → « oeuvre reclamee »: lower case, no accents, no ligatures. */
  const fold = (text) =>
    text
      .toLowerCase()
      .normalize("NFD")
      .replace(COMBINING_MARKS, "")
      .replace(/[œæ]/g, (letter) => LIGATURES[letter]);

  /* The stems a word is indexed under: stemmed then folded, and folded then stemmed. */
  const stems = (word, stem) => {
    const first = fold(stem(word));
    const second = stem(fold(word));
    return first === second ? [first] : [first, second];
  };

  /* What a query word is searched as (each as a prefix): the shorter stem when it starts the other. */
  const queryStems = (word, stem) => {
    const [first, second] = stems(word, stem);
    if (second === undefined) return [first];
    if (first.startsWith(second)) return [second];
    if (second.startsWith(first)) return [first];
    return [first, second];
  };

  /* A word left out of a query: a single letter, or a word that carries no topic. */
  const isStopWord = (word) => [...word].length < 2 || STOP_WORDS.has(fold(word));

  /*
   * The query as the index reads it, and which typed word each searched term stands for:
   * {query: "reclam equip", terms: {reclam: "réclamations", equip: "équipe"}}. A query of nothing
   * but stop words (« de », the start of « demande » being typed) searches nothing yet.
   * `separator` is the search's word separator (a RegExp source), `stem` the French stemmer.
   */
  const rewrite = (query, { separator, stem }) => {
    const words = [];
    for (const part of query.split(/\s+/).filter(Boolean)) {
      if (QUERY_SYNTAX.test(part)) words.push({ typed: part, own: true });
      else for (const word of part.split(new RegExp(separator, "u")).filter(Boolean)) words.push({ typed: word, own: false });
    }
    const terms = {};
    const parts = [];
    for (const { typed, own } of words.filter((word) => word.own || !isStopWord(word.typed))) {
      const searched = own ? [typed] : queryStems(typed, stem);
      for (const term of searched) {
        terms[term] = typed.toLowerCase();
        parts.push(term);
      }
    }
    return { query: parts.join(" "), terms };
  };

  /* The words a search result marked (« <mark>Réclamations</mark> »), once each, as written; no stop word. */
  const markedWords = (...htmls) => {
    const found = new Set();
    for (const html of htmls) {
      for (const [, word] of (html || "").matchAll(MARK)) if (!isStopWord(word)) found.add(word.toLowerCase());
    }
    return [...found];
  };

  return { fold, isStopWord, stems, queryStems, rewrite, markedWords };
});
