/**
 * Words that turn a claim into its opposite, as folded words (see `foldWord`) mapped to a
 * marker: `not` for negation, `up`/`down` for the direction of a change, and `<pair>:+` /
 * `<pair>:-` for the two sides of an antonym pair. Two claims whose markers disagree say
 * different things however many words they share ("unemployment rose" / "unemployment fell").
 */
const MARKERS: ReadonlyMap<string, string> = new Map([
  ...words('not no never none nothing nobody without neither nor cannot nunca nicht kein', 'not'),
  ...words(
    'rise rose risen rising increase increased increasing grew grow grown growing higher more up doubled tripled soar soared surged surge jump jumped gain gained climb climbed boost boosted exceed exceeded above',
    'up',
  ),
  ...words(
    'fall fell fallen falling decrease decreased decreasing decline declined drop dropped lower less fewer down cut halved shrank shrunk plunge plunged slump slumped reduce reduced below',
    'down',
  ),
  ...pair('legal', 'legal lawful allowed permitted approved', 'illegal unlawful banned forbidden prohibited rejected'),
  ...pair('safe', 'safe harmless', 'unsafe dangerous harmful deadly'),
  ...pair('win', 'win won winning victory', 'lose lost losing defeat'),
  ...pair('support', 'support supported supports favour favor backed', 'oppose opposed opposes against'),
  ...pair('before', 'before earlier', 'after later'),
  ...pair('most', 'most highest largest biggest best', 'least lowest smallest worst'),
  ...pair('true', 'true real genuine', 'false fake hoax'),
]);

function words(list: string, marker: string): [string, string][] {
  return list.split(' ').map((word) => [word, marker]);
}

function pair(name: string, plus: string, minus: string): [string, string][] {
  return [...words(plus, `${name}:+`), ...words(minus, `${name}:-`)];
}

/** The polarity marker of a folded word, or undefined; any "…n't" negates. */
export function polarityMarker(folded: string): string | undefined {
  return folded.endsWith("n't") ? 'not' : MARKERS.get(folded);
}

/**
 * The way two claims' polarity markers disagree, as a short phrase for a reason
 * ("one says not", "rose vs fell"), or undefined when they agree. Negation disagrees when one
 * text negates an odd number of times and the other an even number; a direction or antonym side
 * disagrees when each text holds only the side the other lacks.
 */
export function polarityConflict(a: readonly string[], b: readonly string[]): string | undefined {
  const negated = (markers: readonly string[]): boolean => markers.filter((m) => m === 'not').length % 2 === 1;
  if (negated(a) !== negated(b)) return 'one of them negates';
  const sides = new Set([...a, ...b].filter((m) => m !== 'not').map((m) => m.replace(/:[+-]$/u, '')));
  for (const side of sides) {
    const [plus, minus] = side === 'up' || side === 'down' ? ['up', 'down'] : [`${side}:+`, `${side}:-`];
    const aSide = sideOf(a, plus, minus);
    const bSide = sideOf(b, plus, minus);
    if (aSide !== undefined && bSide !== undefined && aSide !== bSide)
      return side === 'up' || side === 'down' ? 'opposite directions' : 'opposite words';
  }
  return undefined;
}

function sideOf(markers: readonly string[], plus: string, minus: string): string | undefined {
  const hasPlus = markers.includes(plus);
  const hasMinus = markers.includes(minus);
  return hasPlus === hasMinus ? undefined : hasPlus ? plus : minus;
}
