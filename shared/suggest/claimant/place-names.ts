// Seats of government and capitals that stand for a state's government in news copy ("Kyiv has
// denied", "Washington warned"); the country names themselves come from the platform's own list.
const SEATS_OF_GOVERNMENT = [
  'Abu Dhabi',
  'Amman',
  'Ankara',
  'Athens',
  'Baghdad',
  'Baku',
  'Beijing',
  'Beirut',
  'Berlin',
  'Bern',
  'Brussels',
  'Budapest',
  'Cairo',
  'Canberra',
  'Caracas',
  'Damascus',
  'Delhi',
  'Dhaka',
  'Doha',
  'Downing Street',
  'Dublin',
  'Dushanbe',
  'Hanoi',
  'Havana',
  'Islamabad',
  'Jakarta',
  'Jerusalem',
  'Kabul',
  'Khartoum',
  'Kyiv',
  'Kiev',
  'Lisbon',
  'London',
  'Madrid',
  'Manila',
  'Minsk',
  'Moscow',
  'Nairobi',
  'New Delhi',
  'Ottawa',
  'Paris',
  'Pretoria',
  'Pyongyang',
  'Riyadh',
  'Rome',
  'Seoul',
  'Stockholm',
  'Taipei',
  'Tashkent',
  'Tbilisi',
  'Tehran',
  'Tel Aviv',
  'Tokyo',
  'Tripoli',
  'Vienna',
  'Warsaw',
  'Washington',
  'Westminster',
  'Whitehall',
  'Yerevan',
  // Short and older names the platform's list spells otherwise.
  'Britain',
  'Great Britain',
  'America',
  'US',
  'U.S.',
  'USA',
  'UK',
  'Turkey',
  'Burma',
  'Ivory Coast',
  'Czech Republic',
  'Palestine',
  'Gaza',
  'Congo',
  'Macedonia',
  'Swaziland',
];

let known: Set<string> | undefined;

function knownPlaces(): Set<string> {
  if (known) return known;
  known = new Set(SEATS_OF_GOVERNMENT.map((name) => name.toLowerCase()));
  const regions = new Intl.DisplayNames('en', { type: 'region', fallback: 'none' });
  for (let first = 65; first <= 90; first++) {
    for (let second = 65; second <= 90; second++) {
      const name = regions.of(String.fromCharCode(first, second));
      if (name !== undefined) known.add(name.toLowerCase());
    }
  }
  return known;
}

/**
 * Whether `name` is, as a whole, a country or a seat of government ("Russia", "the United States",
 * "Kyiv", "Downing Street"): a place that speaks in news copy only through its government, so a
 * claimant of that name is an organisation, never a person. "Michael Jordan" is not a place.
 */
export function isPlaceName(name: string): boolean {
  return knownPlaces().has(name.replace(/^the\s+/i, '').toLowerCase());
}
