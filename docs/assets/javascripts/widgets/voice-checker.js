/*
 * The draft checker in the browser: the rules of playbook/voice/checker.py, with the thresholds
 * and messages of playbook/schemas/voice-checker.json. Positions are counted in characters
 * (code points), lines and columns from 1, as in Python.
 */
(() => {
  const PS = (window.PlaybookSocial = window.PlaybookSocial || {});
  const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
  const TERMINATOR = /[.!?…]+|\n/gu;
  const EXCLAMATIONS = /[!?]{2,}/gu;

  const format = (template, values) => template.replace(/\{(\w+)\}/g, (all, key) => (key in values ? String(values[key]) : all));
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

  const check = (draft, spec, rules) => {
    const text = normalise(draft);
    const { chars, point } = positions(text);
    const words = [...text.matchAll(WORD)].map((match) => ({ text: match[0], start: match.index, end: match.index + match[0].length }));
    const found = [];
    const finding = (rule, start, end, message, replacement = null) => {
      const where = lineColumn(chars, point(start));
      found.push({ rule, line: where.line, column: where.column, text: text.slice(start, end), message, replacement, start: point(start), end: point(end) });
    };

    // Words to avoid: the whole entry, in order, its last word possibly in the plural.
    const lowered = words.map((word) => word.text.toLowerCase());
    for (const entry of (spec.lexique && spec.lexique.a_eviter) || []) {
      const target = [...normalise(String(entry.mot || "")).matchAll(WORD)].map((match) => match[0].toLowerCase());
      if (!target.length) continue;
      const size = target.length;
      for (let start = 0; start + size <= words.length; start += 1) {
        const window = lowered.slice(start, start + size);
        const last = window[size - 1];
        const head = target.slice(0, -1);
        const final = target[size - 1];
        if (window.slice(0, -1).every((word, index) => word === head[index]) && [final, `${final}s`, `${final}x`].includes(last)) {
          const begin = words[start].start;
          const end = words[start + size - 1].end;
          finding("mot-a-eviter", begin, end, format(rules["mot-a-eviter"].message, { mot: text.slice(begin, end), remplacement: entry.remplacement }), entry.remplacement);
        }
      }
    }

    // Shouting capitals: a run of words in capitals within one sentence, or one long word.
    const caps = rules.majuscules;
    let run = [];
    const close = () => {
      const longWord = run.length === 1 && isShouting(run[0].text, caps.single_word_letters);
      if (run.length >= caps.run_words || longWord) {
        const begin = run[0].start;
        const end = run[run.length - 1].end;
        finding("majuscules", begin, end, format(caps.message, { texte: text.slice(begin, end) }));
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
        finding("exclamations", match.index, match.index + match[0].length, format(rules.exclamations.message, { texte: match[0] }));
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
          finding("phrase-longue", sentence[0].start, sentence[sentence.length - 1].end, format(rules["phrase-longue"].message, { mots: sentence.length, max: limit }));
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

  PS.voiceChecker = { check, counts };
})();
