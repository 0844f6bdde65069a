/*
 * The draft checker in the browser: the rules of playbook/voice/checker.py, with the thresholds
 * of playbook/schemas/voice-checker.json and the sentences of the catalogue (`voice.checker`).
 * Positions are counted in characters (code points), lines and columns from 1, as in Python.
 * Words to avoid are found by their Snowball French stems: the stemmer is @orama/stemmers'
 * French one, the same Snowball 2 algorithm as Python's snowballstemmer (pinned <3 in
 * pyproject.toml), vendored and loaded the first time a draft is checked (`ready`).
 * tests/fixtures/voice/checker-cases.json holds both to the same findings and stems.
 */
((root, factory) => {
  const api = factory();
  if (typeof module === "object" && module.exports) {
    module.exports = api;
    return;
  }
  const PS = (root.PlaybookSocial = root.PlaybookSocial || {});
  const STEMMER = "../vendor/orama-stemmers/french.js";
  const stemmer = () => PS.vendor["orama-stemmers/french"].stemmer;
  PS.voiceChecker = {
    ready: () => PS.load(STEMMER),
    check: (draft, spec, rules) => api.check(draft, spec, rules, { stem: stemmer(), text: PS.text }),
    counts: api.counts,
  };
})(typeof self !== "undefined" ? self : this, () => {
  const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
  const PART = /[\p{L}\p{N}]+/gu;
  const TERMINATOR = /[.!?…]+|\n/gu;
  const EXCLAMATIONS = /[!?]{2,}/gu;

  const normalise = (text) => text.normalize("NFC").replace(/'/g, "’");

  /* Positions in code points, whatever the UTF-16 length of what comes before. */
  const positions = (text) => {
    const chars = [...text];
    const offsets = new Map();
    let unit = 0;
    chars.forEach((char, index) => {
      offsets.set(unit, index);
      unit += char.length;
    });
    offsets.set(unit, chars.length);
    return { chars, point: (utf16) => offsets.get(utf16) };
  };

  const lineColumn = (chars, point) => {
    let line = 1;
    let start = 0;
    for (let index = 0; index < point; index += 1) {
      if (chars[index] === "\n") {
        line += 1;
        start = index + 1;
      }
    }
    return { line, column: point - start + 1 };
  };

  const isShouting = (word, letters) => {
    const alphabetic = [...word].filter((char) => /\p{L}/u.test(char));
    return alphabetic.length >= letters && word === word.toUpperCase() && word !== word.toLowerCase();
  };

  /* One remark per stretch of the draft whose stems are an entry's; of two entries on the same
     stretch, the one written exactly so wins, then the first (as checker.py). */
  const avoided = (text, entries, stem) => {
    const partsOf = (value) => [...value.matchAll(PART)].map((match) => ({ stem: stem(match[0].toLowerCase()), start: match.index, end: match.index + match[0].length }));
    const parts = partsOf(text);
    const chosen = new Map();
    for (const entry of entries) {
      const written = normalise(String(entry.mot || ""));
      const target = partsOf(written).map((part) => part.stem);
      for (let start = 0; target.length && start + target.length <= parts.length; start += 1) {
        if (!target.every((value, index) => parts[start + index].stem === value)) continue;
        const span = [parts[start].start, parts[start + target.length - 1].end];
        const exact = text.slice(...span).toLowerCase() === written.trim().toLowerCase();
        const key = span.join();
        if (!chosen.has(key) || (exact && !chosen.get(key).exact)) chosen.set(key, { span, exact, entry });
      }
    }
    return [...chosen.values()];
  };

  const check = (draft, spec, rules, { stem, text: say }) => {
    const text = normalise(draft);
    const { chars, point } = positions(text);
    const words = [...text.matchAll(WORD)].map((match) => ({ text: match[0], start: match.index, end: match.index + match[0].length }));
    const found = [];
    const finding = (rule, start, end, params, replacement = null) => {
      const where = lineColumn(chars, point(start));
      const message = say(`voice.checker.messages.${rule}`, params);
      found.push({ rule, line: where.line, column: where.column, text: text.slice(start, end), message, replacement, start: point(start), end: point(end) });
    };

    for (const { span, entry } of avoided(text, (spec.lexique && spec.lexique.a_eviter) || [], stem)) {
      finding("mot-a-eviter", span[0], span[1], { mot: text.slice(...span), remplacement: entry.remplacement }, entry.remplacement);
    }

    // Shouting capitals: a run of words in capitals within one sentence, or one long word.
    const caps = rules.majuscules;
    let run = [];
    const close = () => {
      const longWord = run.length === 1 && isShouting(run[0].text, caps.single_word_letters);
      if (run.length >= caps.run_words || longWord) {
        const begin = run[0].start;
        const end = run[run.length - 1].end;
        finding("majuscules", begin, end, { texte: text.slice(begin, end) });
      }
    };
    const hasTerminator = (between) => new RegExp(TERMINATOR.source, "u").test(between);
    for (const word of words) {
      const between = run.length ? text.slice(run[run.length - 1].end, word.start) : "";
      if (isShouting(word.text, caps.word_letters) && (!run.length || !hasTerminator(between))) {
        run.push(word);
        continue;
      }
      if (run.length) close();
      run = isShouting(word.text, caps.word_letters) ? [word] : [];
    }
    if (run.length) close();

    // Exclamation runs.
    for (const match of text.matchAll(EXCLAMATIONS)) {
      if (match[0].includes("!") && match[0].length >= rules.exclamations.run) {
        finding("exclamations", match.index, match.index + match[0].length, { texte: match[0] });
      }
    }

    // Sentences longer than the guide allows.
    const limit = spec.phrase_max;
    if (Number.isInteger(limit)) {
      const boundaries = [...text.matchAll(TERMINATOR)].map((match) => match.index);
      let sentence = [];
      let index = 0;
      const closeSentence = () => {
        if (sentence.length > limit) {
          finding("phrase-longue", sentence[0].start, sentence[sentence.length - 1].end, { mots: sentence.length, max: limit });
        }
      };
      for (const word of words) {
        while (index < boundaries.length && boundaries[index] < word.start) {
          if (sentence.length) closeSentence();
          sentence = [];
          index += 1;
        }
        sentence.push(word);
      }
      if (sentence.length) closeSentence();
    }

    return found.sort((a, b) => a.line - b.line || a.column - b.column || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0));
  };

  const counts = (findings, rules) => Object.fromEntries(Object.keys(rules).map((rule) => [rule, findings.filter((f) => f.rule === rule).length]));

  return { check, counts };
});
