/** Nouns naming a function a claimant speaks in ("spokesman", "minister", "chair"). */
export const ROLE_WORDS = new Set([
  'spokesman', 'spokeswoman', 'spokesperson', 'minister', 'secretary', 'director', 'chair', 'chairman', 'chairwoman',
  'chairperson', 'leader', 'governor', 'mayor', 'president', 'premier', 'chancellor', 'executive', 'chief', 'head',
  'lawyer', 'barrister', 'attorney', 'prosecutor', 'coroner', 'judge', 'officer', 'commander', 'councillor',
  'organiser', 'organizer', 'owner', 'founder', 'manager', 'official', 'adviser', 'advisor', 'economist',
  'analyst', 'professor', 'doctor', 'nurse', 'teacher', 'candidate', 'senator', 'mp', 'deputy', 'ambassador',
  'general', 'colonel', 'captain', 'inspector', 'superintendent', 'commissioner', 'researcher', 'scientist',
  'pharmacologist', 'practitioner', 'campaigner', 'activist', 'resident', 'secretary-general', 'treasurer', 'mother',
  'father', 'son', 'daughter', 'wife', 'husband', 'witness', 'patient', 'tenant', 'driver', 'worker',
]);

/** Titles written before a name that belong to neither the name nor, alone, the role. */
export const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'dr.', 'mr.', 'mrs.', 'ms.', 'sir', 'dame', 'lord', 'lady', 'prof', 'prof.', 'professor', 'judge', 'colonel', 'general', 'captain', 'mayor']);

/** Head nouns of organisations ("the ministry", "Ashby Consulting Ltd", "the Retailers' Federation"). */
export const ORGANISATION_WORDS = new Set([
  'ministry', 'office', 'council', 'authority', 'department', 'agency', 'government', 'police', 'constabulary',
  'force', 'forces', 'company', 'firm', 'group', 'union', 'association', 'federation', 'board', 'commission',
  'court', 'party', 'campaign', 'hospital', 'university', 'bank', 'mission', 'army', 'club', 'ltd', 'inc', 'plc',
  'corporation', 'corp', 'council', 'committee', 'service', 'services', 'institute', 'centre', 'center',
  'foundation', 'charity', 'trust', 'chain', 'chains', 'consortium', 'coalition', 'opposition', 'administration',
  'kremlin', 'parliament', 'cabinet', 'navy', 'military', 'watchdog', 'regulator', 'organisation', 'organization',
  'magazine', 'newspaper', 'broadcaster', 'embassy', 'presidency', 'secretariat', 'front', 'motors',
  'holdings', 'nations', 'groups', 'operator', 'contractor', 'state',
]);

/** Nouns of speakers left unnamed on purpose ("a source", "officials", "a person familiar with…"). */
export const ANONYMOUS_WORDS = new Set(['source', 'sources', 'insider', 'insiders', 'person', 'people', 'diplomat', 'diplomats', 'aide', 'aides', 'official', 'officials']);

/** Determiners that leave a speaker unidentified ("a source", "two officials"). */
export const INDEFINITE_WORDS = new Set(['a', 'an', 'one', 'two', 'three', 'several', 'some', 'many', 'other', 'senior']);

/** Words that report speaking on condition of anonymity. */
export const ANONYMITY_PHRASES = [/asked not to be (named|identified)/i, /condition of anonymity/i, /not (authori[sz]ed|allowed) to speak/i, /declined to be named/i];
