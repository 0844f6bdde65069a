/*
 * After a search, the page highlights the words its result marked (the link's ?h=…, written by
 * the search worker): whole words only, compared without accents or case, never a stop word.
 * Loaded by playbook.js only on a page opened with ?h=…, after search-french.js.
 */
(() => {
  const PS = window.PlaybookSocial;
  const WORD = /[\p{L}\p{N}]+/gu;
  const SKIPPED = "mark, script, style, textarea, .md-search, .headerlink";

  const textNodes = (root) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
      acceptNode: (node) => (node.parentElement.closest(SKIPPED) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
    });
    const nodes = [];
    while (walker.nextNode()) nodes.push(walker.currentNode);
    return nodes;
  };

  /* Wrap each wanted word of `node` in <mark>; the number of words marked. */
  const markWords = (node, wanted) => {
    const text = node.textContent;
    const parts = [];
    let last = 0;
    for (const match of text.matchAll(WORD)) {
      if (!wanted.has(PS.searchFrench.fold(match[0]))) continue;
      parts.push(text.slice(last, match.index), PS.h("mark", { "data-md-highlight": true }, match[0]));
      last = match.index + match[0].length;
    }
    if (!parts.length) return 0;
    node.replaceWith(...parts, text.slice(last));
    return parts.length / 2;
  };

  /* Highlight `words` (as the link gave them) in `root`; the number of words marked. */
  const highlight = (root, words) => {
    const { fold, isStopWord } = PS.searchFrench;
    const wanted = new Set(words.filter((word) => !isStopWord(word)).map(fold));
    if (!root || !wanted.size) return 0;
    return textNodes(root).reduce((count, node) => count + markWords(node, wanted), 0);
  };

  PS.searchHighlight = { highlight };
})();
