// The Cyrillic languages share most letters, and on a paragraph franc's trigrams often score
// Russian, Bulgarian and Macedonian, or Ukrainian and Russian, within a few hundredths. Each
// alphabet has letters the others lack, and everyday prose of a paragraph uses them: Ukrainian
// і/ї/є, Belarusian ў, Bulgarian ъ (its most frequent vowel after а, о, е, и), Macedonian ј/ѓ/ќ/ѕ,
// Kazakh ә/ғ/қ/ң/ө/ұ/ү/һ, Serbian ј/ђ/ћ/љ/њ/џ; ы and э are written in Russian, Belarusian and Kazakh only.
const ALPHABETS: Record<string, { needs?: RegExp; lacks?: RegExp }> = {
  rus: { lacks: /[іїєґўјѓќѕәғқңөұүһ]/iu },
  ukr: { needs: /[іїє]/iu, lacks: /[ыэёъўјѓќѕ]/iu },
  bel: { needs: /ў/iu, lacks: /[ищъїєјѓќѕ]/iu },
  bul: { needs: /ъ/iu, lacks: /[ыэёіїєўјѓќѕ]/iu },
  mkd: { needs: /[јѓќѕ]/iu, lacks: /[ыэёйщъьюяіїєў]/iu },
  kaz: { needs: /[әғқңөұүһ]/iu },
  // Serbian is written in both alphabets, and each has letters of its own.
  srp: { needs: /[јђћљњџčćšžđ]/iu, lacks: /[ыэёйщъьяюіїєў]/iu },
  bos: { needs: /[јђћљњџčćšžđ]/iu, lacks: /[ыэёйщъьяюіїєў]/iu },
};

// A paragraph shorter than this may simply not reach its language's own letters.
const MIN_LETTERS_FOR_NEEDS = 60;
// Words with foreign letters above this share of the text are its own, not a quoted name ("Київ"
// in Russian news); and one such word alone never counts.
const FOREIGN_WORD_SHARE = 0.02;

/**
 * Whether the text's letters rule out a language franc proposes (ISO 639-3): two or more words,
 * and more than 2% of them, use letters that language's alphabet lacks; or, over at least 60
 * letters, no letter is one only that alphabet has. False for every language without such a rule.
 */
export function alphabetRulesOut(language: string, sample: string, letters: number): boolean {
  const alphabet = ALPHABETS[language];
  if (alphabet === undefined) return false;
  const { lacks, needs } = alphabet;
  if (lacks !== undefined) {
    const words = sample.match(/\p{L}+/gu) ?? [];
    const foreign = words.filter((word) => lacks.test(word)).length;
    if (foreign >= 2 && foreign > words.length * FOREIGN_WORD_SHARE) return true;
  }
  return needs !== undefined && letters >= MIN_LETTERS_FOR_NEEDS && !needs.test(sample);
}
