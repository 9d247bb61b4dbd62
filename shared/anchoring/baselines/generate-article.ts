import { seededRandom } from '../../random/seeded-random';

/** A generated article and the span of every sentence in it. */
export type GeneratedArticle = { text: string; sentences: { start: number; end: number }[] };

// About 375 common news words: enough variety that phrases rarely repeat by chance.
const WORDS = (
  'the council said on monday that its budget for roads and schools would rise by four percent ' +
  'next year although critics argued figures did not add up officials had ignored warnings from ' +
  'auditors about rising costs in health service where waiting lists grew while ministers promised ' +
  'reform residents told reporters they were worried prices housing jobs crime their city a ' +
  'spokesperson mayor denied claims contracts awarded without fair tender police confirmed an ' +
  'investigation was opened after documents seen this newspaper showed payments to companies ' +
  'linked senior ruling party during last election campaign experts say evidence remains ' +
  'inconclusive but several witnesses described meetings held private government minister ' +
  'announced plan cut taxes small businesses farmers families pensioners opposition leader called ' +
  'inquiry into spending defence signed months ago report published tuesday found hospital staff ' +
  'shortages worsened across northern regions analysts warned inflation could climb higher unless ' +
  'central bank raised interest rates again protesters gathered outside parliament demanding ' +
  'answers over delayed railway project court heard company executives knew safety problems years ' +
  'before factory fire statement issued late wednesday insisted all procedures followed law ' +
  'journalists obtained emails suggesting advisers lobbied regulators change rules quietly ' +
  'environmental groups criticised decision approve new coal mine near river valley prime ' +
  'president secretary general chief executive director professor doctor lawyer judge january ' +
  'february march april may june july august september october november december thursday friday ' +
  'saturday sunday morning evening week weekend decade century million billion thousand hundred ' +
  'dozen half third quarter many few most water energy electricity gas oil food wheat grain steel ' +
  'cars trucks ships aircraft border army soldiers troops ceasefire talks agreement treaty ' +
  'sanctions embassy school teachers pupils students university exams grades funding scholarship ' +
  'doctors nurses patients vaccine virus outbreak clinic treatment surgery drugs market shares ' +
  'investors profits losses revenue debt loans bonds currency exchange voters ballot polls turnout ' +
  'candidates seats coalition majority referendum result storm flood drought wildfire earthquake ' +
  'heatwave rainfall damage rescue shelter scientists study data research results survey sample ' +
  'model estimate trend online social media platform users accounts posts video messages network ' +
  'however meanwhile instead therefore because since until whether old large high low early major ' +
  'minor public local national increase decrease fall grow shrink double halve reach exceed miss ' +
  'meet according sources familiar matter speaking condition anonymity declined comment'
).split(' ');

/**
 * Generates a deterministic English-like article of at least `length`
 * characters: sentences of 6 to 20 words, paragraphs of 3 to 7 sentences
 * separated by a blank line. The same `seed` always gives the same text, so
 * tests and benchmarks see identical input.
 */
export function generateArticle(length: number, seed = 1): GeneratedArticle {
  const random = seededRandom(seed);
  const pick = (n: number) => Math.floor(random() * n);
  const parts: string[] = [];
  const sentences: { start: number; end: number }[] = [];
  let offset = 0;
  while (offset < length) {
    const count = 3 + pick(5);
    for (let s = 0; s < count; s++) {
      const words = Array.from({ length: 6 + pick(15) }, () => WORDS[pick(WORDS.length)]!);
      const sentence = words.join(' ').replace(/^./, (c) => c.toUpperCase()) + '.';
      const separator = s === 0 ? (offset === 0 ? '' : '\n\n') : ' ';
      parts.push(separator, sentence);
      offset += separator.length;
      sentences.push({ start: offset, end: offset + sentence.length });
      offset += sentence.length;
    }
  }
  return { text: parts.join(''), sentences };
}
