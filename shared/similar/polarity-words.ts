import { foldCase } from './fold-word';

/**
 * Words that make a claim a different one from its twin: lower-case words mapped to a marker
 * `<group>:<value>`. Within a group the values exclude one another: `dir:up` / `dir:down` (the
 * direction of a change), `times:2` / `times:3` / `times:1/2` (doubled, tripled, halved),
 * `legal:+` / `legal:-` and the other antonym pairs. Negation is the marker `not`.
 */
const MARKER_LIST: readonly [string, string][] = [
  ...words('not no never none nothing nobody without neither nor cannot nunca nicht kein zero lack lacks lacking', 'not'),
  ...words(
    'rise rose risen rising rises increase increased increases increasing grew grow grown growing grows higher more up soar soared surged surge jump jumped gain gained gains climb climbed boost boosted exceed exceeded above raise raised raises win won wins winning expand expanded expansion create created',
    'dir:up',
  ),
  ...words(
    'fall fell fallen falling falls decrease decreased decreasing decline declined drop dropped lower less fewer down cut cuts halved shrank shrunk plunge plunged slump slumped reduce reduced below lose lost loses losing shrink shrinking closure close closed',
    'dir:down',
  ),
  ...words('上升 增加 增长 提高 上涨 升高 翻倍', 'dir:up'),
  ...words('下降 减少 降低 下跌 减半', 'dir:down'),
  ...words('不 没有 没 未 从未', 'not'),
  ...words('翻了 一倍', 'times:2'),
  ...words('一半', 'times:1/2'),
  ...words('上昇 増加 上がった 上がる 増えた 升至 涨至', 'dir:up'),
  ...words('低下 減少 下がった 下がる 減った 降至 跌至', 'dir:down'),
  ...words(
    'subio sube aumento aumenta subiu aumentou augmente augmenta hausse grimpe gestiegen stieg steigt wuchs выросла вырос выросли растет рост увеличилась увеличился ارتفعت ارتفع زادت زاد बढ़ बढ बढ़ी बढ़कर बढ़ा เพิ่ม ขึ้น',
    'dir:up',
  ),
  ...words(
    'bajo baja cayo disminuyo caiu diminuiu baisse chute diminue gesunken sank sinkt gefallen снизилась снизился снизились упала упал сократилась انخفضت انخفض تراجعت تراجع घट घटी घटकर घटा ลด ลง',
    'dir:down',
  ),
  ...words('nao pas jamais aucun nie не нет никогда لم لن ليس لا नहीं कभी ไม่', 'not'),
  ...words('doubled double doubling twice', 'times:2'),
  ...words('doubled doubling tripled tripling quadrupled', 'dir:up'),
  ...words('tripled triple tripling thrice', 'times:3'),
  ...words('quadrupled quadruple', 'times:4'),
  ...words('halved half halving', 'times:1/2'),
  ...words('third thirds', 'times:1/3'),
  ...words('quarter quarters', 'times:1/4'),
  ...words('fifth fifths', 'times:1/5'),
  ...words('week weekly', 'period:week'),
  ...words('month monthly', 'period:month'),
  ...words('year yearly annually annual', 'period:year'),
  ...words('decade decades', 'period:decade'),
  ...words('day daily', 'period:day'),
  ...pair('legal', 'legal lawful allowed permitted approved', 'illegal unlawful banned forbidden prohibited rejected'),
  ...pair('safe', 'safe harmless', 'unsafe dangerous harmful deadly'),
  ...pair('support', 'support supported supports favour favor backed for', 'oppose opposed opposes against'),
  ...pair('time', 'before earlier', 'after later'),
  ...pair('most', 'most highest largest biggest best', 'least lowest smallest worst'),
  ...pair('true', 'true real genuine', 'false fake hoax'),
  ...pair('build', 'build built building construct constructed', 'demolish demolished demolishing destroy destroyed'),
  ...pair('save', 'save saves saved saving', 'cost costs costing'),
  ...pair('recruit', 'recruit recruited recruiting hired hire', 'release released releasing fired'),
  ...pair('move', 'left leave leaving emigrated', 'arrived moved immigrated came'),
  ...pair('extinct', 'extinct vanished disappeared', 'thriving flourishing booming'),
  ...pair('only', 'only just merely', 'most majority all'),
  ...pair('tenure', 'this current incumbent', 'previous former'),
];
/** A word may carry several markers: "doubled" goes up, and by two. */
const MARKERS: ReadonlyMap<string, readonly string[]> = MARKER_LIST.reduce(
  (map, [word, marker]) => map.set(word, [...(map.get(word) ?? []), marker]),
  new Map<string, string[]>(),
);

function words(list: string, marker: string): [string, string][] {
  return list.split(' ').map((word) => [foldCase(word), marker]);
}

function pair(name: string, plus: string, minus: string): [string, string][] {
  return [...words(plus, `${name}:+`), ...words(minus, `${name}:-`)];
}

/** The markers of a lower-case word (none for most words); any "…n't" negates. */
export function polarityMarkers(lower: string): readonly string[] {
  return lower.endsWith("n't") ? ['not'] : (MARKERS.get(lower) ?? []);
}

/**
 * How two claims' markers disagree, as a short phrase for a reason, or undefined when they agree.
 * Negation disagrees when one text negates an odd number of times and the other an even number;
 * a group disagrees when both texts use it and share none of its values ("rose" / "fell",
 * "doubled" / "tripled", "legal" / "illegal").
 */
export function polarityConflict(a: readonly string[], b: readonly string[]): string | undefined {
  const negated = (markers: readonly string[]): boolean => markers.filter((m) => m === 'not').length % 2 === 1;
  if (negated(a) !== negated(b)) return 'one of them negates';
  const groups = new Set([...a, ...b].filter((m) => m !== 'not').map((m) => m.slice(0, m.indexOf(':'))));
  for (const group of groups) {
    const aValues = valuesOf(a, group);
    const bValues = valuesOf(b, group);
    if (aValues.size > 0 && bValues.size > 0 && ![...aValues].some((v) => bValues.has(v))) return DESCRIBE[group] ?? 'opposite words';
  }
  return undefined;
}

/**
 * The opposition groups (support, legality, direction…) one text takes a side in and the other
 * says nothing of: "The senator opposed the bill" against "The senator wrote the bill". Not a
 * conflict, but a claim that shares the stance is the likelier twin. Negation and periods are
 * left out: a rewording drops or adds them freely.
 */
export function oneSidedGroups(a: readonly string[], b: readonly string[]): string[] {
  const groups = (markers: readonly string[]): Set<string> =>
    new Set(markers.filter((m) => m !== 'not' && !m.startsWith('period:')).map((m) => m.slice(0, m.indexOf(':'))));
  const [aGroups, bGroups] = [groups(a), groups(b)];
  return [...aGroups].filter((g) => !bGroups.has(g)).concat([...bGroups].filter((g) => !aGroups.has(g)));
}

const DESCRIBE: Readonly<Record<string, string>> = {
  dir: 'opposite directions',
  times: 'different multiples',
  period: 'different periods',
};

function valuesOf(markers: readonly string[], group: string): Set<string> {
  return new Set(markers.filter((m) => m.startsWith(`${group}:`)));
}
