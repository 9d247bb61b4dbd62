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

/**
 * Words that make the number before them a percentage, in the languages claims arrive in, as
 * `foldCase` writes them (one word, or two joined by a space).
 */
export const PERCENT_AFTER: ReadonlySet<string> = new Set([
  'percent',
  'pct',
  'pc',
  'per cent',
  'por ciento',
  'porcentaje',
  'pour cent',
  'pourcent',
  'prozent',
  'por cento',
  'per cento',
  'procent',
  'процент',
  'процента',
  'процентов',
  'проц',
  'відсотків',
  'відсотка',
  'في المئة',
  'في المائة',
  'بالمئة',
  'بالمائة',
  'प्रतिशत',
  'फीसदी',
  'फीसद',
  'パーセント',
  '퍼센트',
  'เปอรเซนต',
  'เปอร์เซ็นต์',
]);

/** Words that make the number after them a percentage ("ร้อยละ 15", "yüzde 15"). */
export const PERCENT_BEFORE: ReadonlySet<string> = new Set(['ร้อยละ', 'yuzde', '%']);

const CJK_DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  兩: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const CJK_SMALL: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1_000 };
const CJK_LARGE: Readonly<Record<string, number>> = { 万: 10_000, 萬: 10_000, 亿: 100_000_000, 億: 100_000_000 };

/**
 * A number written in Chinese or Japanese inside a run of text: "百分之十五" (15%), "十五パーセント",
 * "一万五千", "1.5万", "二十". A lone 一 or 两 is left alone: it is part of too many words.
 */
export const CJK_NUMBER =
  /百分之[零〇一二两兩三四五六七八九十百千万萬亿億点點\d.]+|[\d.]*[零〇一二两兩三四五六七八九十百千万萬亿億\d]*[十百千万萬亿億][零〇一二两兩三四五六七八九十百千万萬亿億\d]*(?:パーセント|％|%)?|[零〇一二三四五六七八九\d]{2,}(?:パーセント|％|%)|[三四五六七八九](?:パーセント|％|%)/gu;

/**
 * The term of a number matched by CJK_NUMBER ("百分之十五" → `15%`, "一万五千" → `15000`), or
 * undefined when it does not read as one (a lone 十 or 百, which words contain).
 */
export function readCjkNumber(written: string): string | undefined {
  // 十, 百, 千 alone are parts of words ("十分", "百姓") more often than numbers.
  if ([...written].length < 2) return undefined;
  const percent = written.startsWith('百分之') || /(?:パーセント|％|%)$/u.test(written);
  const body = written.replace(/^百分之/u, '').replace(/(?:パーセント|％|%)$/u, '');
  const value = readCjkValue(body);
  if (value === undefined) return undefined;
  const rounded = Math.round(value * 1000) / 1000;
  return percent ? `${rounded}%` : String(rounded);
}

function readCjkValue(body: string): number | undefined {
  if (/^\d+(?:\.\d+)?$/u.test(body)) return Number(body);
  let total = 0;
  let section = 0;
  let digit: number | undefined;
  let rest = body;
  const leading = /^\d+(?:\.\d+)?/u.exec(rest);
  if (leading) {
    digit = Number(leading[0]);
    rest = rest.slice(leading[0].length);
  }
  for (const ch of rest) {
    if (ch in CJK_DIGITS) digit = (digit ?? 0) * 10 + CJK_DIGITS[ch]!;
    else if (/\d/u.test(ch)) digit = (digit ?? 0) * 10 + Number(ch);
    else if (ch in CJK_SMALL) {
      section += (digit ?? 1) * CJK_SMALL[ch]!;
      digit = undefined;
    } else if (ch in CJK_LARGE) {
      total += (section + (digit ?? 0) || 1) * CJK_LARGE[ch]!;
      section = 0;
      digit = undefined;
    } else return undefined;
  }
  const value = total + section + (digit ?? 0);
  return Number.isFinite(value) && value > 0 ? value : undefined;
}
