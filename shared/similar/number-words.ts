const UNITS: Readonly<Record<string, number>> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const SCALES: Readonly<Record<string, number>> = {
  hundred: 100,
  thousand: 1_000,
  million: 1_000_000,
  billion: 1_000_000_000,
  trillion: 1_000_000_000_000,
  k: 1_000,
  m: 1_000_000,
  mn: 1_000_000,
  bn: 1_000_000_000,
  tn: 1_000_000_000_000,
};
const DIGITS = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:[.,]\d+)?$/u;

/** True for an English number word ("fifteen") or a scale word ("million", "bn"). */
export function isNumberWord(word: string): boolean {
  return word in UNITS || word in SCALES;
}

/** True for a scale word that multiplies the number before it ("million", "bn", "k"). */
export function isScaleWord(word: string): boolean {
  return word in SCALES;
}

/**
 * The value of a run of lower-case number words and digits ("twenty five", "1.5 million",
 * "3,000", "two hundred thousand"); undefined when the run is not a number. A bare scale word
 * ("million") is not a number, and "k", "m" count only after digits.
 */
export function readNumberWords(words: readonly string[]): number | undefined {
  let total = 0;
  let current: number | undefined;
  for (const word of words) {
    if (DIGITS.test(word)) {
      if (current !== undefined) return undefined;
      current = parseDigits(word);
    } else if (word in UNITS) {
      current = (current ?? 0) + UNITS[word]!;
    } else if (word in SCALES) {
      if (current === undefined) return undefined;
      const scale = SCALES[word]!;
      if (scale === 100) current *= scale;
      else {
        total += current * scale;
        current = 0;
      }
    } else return undefined;
  }
  if (current === undefined && total === 0) return undefined;
  return total + (current ?? 0);
}

// "3,000" groups thousands; "3,5" (a European decimal comma) is three and a half.
function parseDigits(word: string): number {
  if (/^\d{1,3}(?:,\d{3})+/u.test(word)) return Number(word.replaceAll(',', ''));
  return Number(word.replace(',', '.'));
}
