/** A block of English news text and the sentences it must split into, verbatim and in order. */
export interface SegmentationCase {
  readonly name: string;
  readonly text: string;
  readonly sentences: readonly string[];
}

/**
 * Expectations shared by the segmenter's tests and `scripts/compare-segmenters.ts`, which scores
 * candidate libraries on them. Each `text` is one block; whitespace between sentences is free.
 */
/** A case whose text is its sentences joined by `separator` (a space; nothing in Chinese and Japanese). */
export function joined(name: string, sentences: readonly string[], separator = ' '): SegmentationCase {
  return { name, text: sentences.join(separator), sentences };
}

export const SEGMENTATION_CASES: readonly SegmentationCase[] = [
  {
    name: 'two plain sentences',
    text: 'The council met on Tuesday. It approved the budget.',
    sentences: ['The council met on Tuesday.', 'It approved the budget.'],
  },
  {
    // Polish writes "ok. 300" (about 300); in English "ok." ends the sentence before any capital.
    name: 'ok at the end of a sentence',
    text: 'The mayor said the repairs were ok. Nobody on the council asked why.',
    sentences: ['The mayor said the repairs were ok.', 'Nobody on the council asked why.'],
  },
  {
    name: 'U.S. inside a sentence',
    text: 'The U.S. economy grew 2.1% last quarter. Analysts expected less.',
    sentences: ['The U.S. economy grew 2.1% last quarter.', 'Analysts expected less.'],
  },
  {
    name: 'U.N. before a proper noun',
    text: 'The U.N. Security Council voted on Friday. China abstained.',
    sentences: ['The U.N. Security Council voted on Friday.', 'China abstained.'],
  },
  {
    name: 'U.S. ending a sentence before a common word',
    text: 'He moved to the U.S. The next day he found work.',
    sentences: ['He moved to the U.S.', 'The next day he found work.'],
  },
  {
    name: 'U.S. before a capitalised proper noun',
    text: 'Officials from the U.S. Army declined to comment.',
    sentences: ['Officials from the U.S. Army declined to comment.'],
  },
  {
    name: 'U.K. before a lower-case word',
    text: 'Exports to the U.K. fell sharply. Imports rose.',
    sentences: ['Exports to the U.K. fell sharply.', 'Imports rose.'],
  },
  {
    name: 'U.S.-led compound',
    text: 'The U.S.-led coalition withdrew. Talks resumed.',
    sentences: ['The U.S.-led coalition withdrew.', 'Talks resumed.'],
  },
  {
    name: 'Dr., Mr. and Mrs.',
    text: 'Dr. Alice Wong spoke to Mr. and Mrs. Patel on Monday. They were relieved.',
    sentences: ['Dr. Alice Wong spoke to Mr. and Mrs. Patel on Monday.', 'They were relieved.'],
  },
  {
    name: 'Gen., Sen. and Rep.',
    text: 'Gen. Mark Hale briefed Sen. Ruth Ames and Rep. Tom Diaz. The briefing was classified.',
    sentences: ['Gen. Mark Hale briefed Sen. Ruth Ames and Rep. Tom Diaz.', 'The briefing was classified.'],
  },
  {
    name: 'Mr. opening the second sentence',
    text: 'The meeting ended. Mr. Brown left first.',
    sentences: ['The meeting ended.', 'Mr. Brown left first.'],
  },
  {
    name: 'St. as Saint',
    text: "The march started at St. Paul's Cathedral. Police closed the road.",
    sentences: ["The march started at St. Paul's Cathedral.", 'Police closed the road.'],
  },
  {
    name: 'St. as Street ending a sentence',
    text: 'She lives on Elm St. The house was searched.',
    sentences: ['She lives on Elm St.', 'The house was searched.'],
  },
  {
    name: 'Inc. and Ltd. inside a sentence',
    text: 'Acme Inc. and Widget Ltd. signed the deal. Shares rose.',
    sentences: ['Acme Inc. and Widget Ltd. signed the deal.', 'Shares rose.'],
  },
  {
    name: 'Inc. ending a sentence',
    text: 'The suit names Acme Inc. The company denies wrongdoing.',
    sentences: ['The suit names Acme Inc.', 'The company denies wrongdoing.'],
  },
  {
    name: 'Inc. before a job title',
    text: 'Acme Inc. Chief Executive Dana Cole resigned.',
    sentences: ['Acme Inc. Chief Executive Dana Cole resigned.'],
  },
  {
    name: 'Corp. ending a sentence before a name',
    text: 'Exxon Mobil Corp. reported record profits. Shell followed.',
    sentences: ['Exxon Mobil Corp. reported record profits.', 'Shell followed.'],
  },
  {
    name: 'Calif. between commas',
    text: 'The fire near Paradise, Calif., destroyed 200 homes. Crews are still working.',
    sentences: ['The fire near Paradise, Calif., destroyed 200 homes.', 'Crews are still working.'],
  },
  {
    name: 'Calif. ending a sentence',
    text: 'He was born in Fresno, Calif. The family moved later.',
    sentences: ['He was born in Fresno, Calif.', 'The family moved later.'],
  },
  {
    name: 'Jan. before a date',
    text: 'The law takes effect on Jan. 1, 2025. Critics want a delay.',
    sentences: ['The law takes effect on Jan. 1, 2025.', 'Critics want a delay.'],
  },
  {
    name: 'Sept. and Nov. before dates',
    text: 'Votes were counted between Sept. 30 and Nov. 2. The result was close.',
    sentences: ['Votes were counted between Sept. 30 and Nov. 2.', 'The result was close.'],
  },
  {
    name: 'No. before a number',
    text: 'She is ranked No. 3 in the world. Her rival is No. 1.',
    sentences: ['She is ranked No. 3 in the world.', 'Her rival is No. 1.'],
  },
  {
    name: 'a.m. before a lower-case word',
    text: 'The store opens at 9 a.m. on weekdays. It closes at noon.',
    sentences: ['The store opens at 9 a.m. on weekdays.', 'It closes at noon.'],
  },
  {
    name: 'p.m. before "on Monday"',
    text: 'The vote is at 5 p.m. on Monday. Turnout is expected to be low.',
    sentences: ['The vote is at 5 p.m. on Monday.', 'Turnout is expected to be low.'],
  },
  {
    name: 'p.m. ending a sentence before a capitalised noun',
    text: 'He left at 5 p.m. Police said he never arrived.',
    sentences: ['He left at 5 p.m.', 'Police said he never arrived.'],
  },
  {
    name: 'p.m. before a weekday',
    text: 'The deadline is 6 p.m. Friday, officials said.',
    sentences: ['The deadline is 6 p.m. Friday, officials said.'],
  },
  {
    name: 'p.m. before a time zone',
    text: 'Polls close at 8 p.m. ET in most states.',
    sentences: ['Polls close at 8 p.m. ET in most states.'],
  },
  { name: 'a.m. ending the block', text: 'The blast happened at 3 a.m.', sentences: ['The blast happened at 3 a.m.'] },
  {
    name: 'e.g. before a capitalised name',
    text: 'Some states, e.g. Texas and Ohio, sued. Others waited.',
    sentences: ['Some states, e.g. Texas and Ohio, sued.', 'Others waited.'],
  },
  {
    name: 'i.e. inside a sentence',
    text: 'The fee, i.e. the annual charge, doubled. Members left.',
    sentences: ['The fee, i.e. the annual charge, doubled.', 'Members left.'],
  },
  {
    name: 'vs. between names',
    text: 'The case, Smith vs. Jones, reached the court. A ruling is due.',
    sentences: ['The case, Smith vs. Jones, reached the court.', 'A ruling is due.'],
  },
  {
    name: 'approx. before a number',
    text: 'The crowd numbered approx. 4,000 people. Organisers claimed more.',
    sentences: ['The crowd numbered approx. 4,000 people.', 'Organisers claimed more.'],
  },
  {
    name: 'Ph.D. inside a sentence',
    text: 'She earned a Ph.D. in physics. She now teaches.',
    sentences: ['She earned a Ph.D. in physics.', 'She now teaches.'],
  },
  {
    name: 'et al. inside a sentence',
    text: 'The study by Ng et al. was retracted. Its data were flawed.',
    sentences: ['The study by Ng et al. was retracted.', 'Its data were flawed.'],
  },
  {
    name: 'etc. ending a sentence',
    text: 'They sell tents, stoves, lamps, etc. The shop opened in 1990.',
    sentences: ['They sell tents, stoves, lamps, etc.', 'The shop opened in 1990.'],
  },
  {
    name: 'two initials',
    text: 'The novel by J. K. Rowan sold millions. A sequel is planned.',
    sentences: ['The novel by J. K. Rowan sold millions.', 'A sequel is planned.'],
  },
  {
    name: 'middle initial',
    text: 'President John F. Kellerman signed the bill.',
    sentences: ['President John F. Kellerman signed the bill.'],
  },
  {
    name: 'Jr. before Day',
    text: 'Martin Luther King Jr. Day is a holiday. Schools close.',
    sentences: ['Martin Luther King Jr. Day is a holiday.', 'Schools close.'],
  },
  {
    name: 'decimals',
    text: 'Inflation rose to 3.7 percent in May. Economists were surprised.',
    sentences: ['Inflation rose to 3.7 percent in May.', 'Economists were surprised.'],
  },
  {
    name: 'money',
    text: 'The company paid $1.25 billion. That is a record, beating the £4.5m fine of 2019.',
    sentences: ['The company paid $1.25 billion.', 'That is a record, beating the £4.5m fine of 2019.'],
  },
  {
    name: 'percentages',
    text: 'Support fell 4.5% to 38.2%. The poll has a margin of error of 3.1 points.',
    sentences: ['Support fell 4.5% to 38.2%.', 'The poll has a margin of error of 3.1 points.'],
  },
  { name: 'score ending a sentence', text: 'The score was 3-1. Fans rioted.', sentences: ['The score was 3-1.', 'Fans rioted.'] },
  {
    name: 'e-mail address ending a sentence',
    text: 'Send tips to tips@example.news. We read every message.',
    sentences: ['Send tips to tips@example.news.', 'We read every message.'],
  },
  {
    name: 'URLs',
    text: 'Details are at https://example.org/report.v2.pdf and www.example.com. Comments are open.',
    sentences: ['Details are at https://example.org/report.v2.pdf and www.example.com.', 'Comments are open.'],
  },
  {
    name: 'URL with a query inside a sentence',
    text: 'Visit example.com/a.b?c=d.e for more. Then call us.',
    sentences: ['Visit example.com/a.b?c=d.e for more.', 'Then call us.'],
  },
  {
    name: 'straight double quote after the stop',
    text: 'He said, "We will win." The crowd cheered.',
    sentences: ['He said, "We will win."', 'The crowd cheered.'],
  },
  { name: 'typographic double quotes', text: '“We will win.” The crowd cheered.', sentences: ['“We will win.”', 'The crowd cheered.'] },
  {
    name: 'question in quotes before the attribution',
    text: '“Is this legal?” she asked. Nobody answered.',
    sentences: ['“Is this legal?” she asked.', 'Nobody answered.'],
  },
  {
    name: 'question in quotes before a new sentence',
    text: '“Who approved this?” The minister did not reply.',
    sentences: ['“Who approved this?”', 'The minister did not reply.'],
  },
  {
    name: 'typographic single quotes',
    text: '‘It is over,’ he said. ‘We lost.’ Then he left.',
    sentences: ['‘It is over,’ he said.', '‘We lost.’', 'Then he left.'],
  },
  { name: 'straight single quotes', text: "'We lost.' Then he left.", sentences: ["'We lost.'", 'Then he left.'] },
  {
    name: 'quote closed before the stop',
    text: 'He called it “a disgrace”. The club apologised.',
    sentences: ['He called it “a disgrace”.', 'The club apologised.'],
  },
  {
    name: 'sentence in brackets',
    text: 'The vote passed. (It was 5-4.) Opponents vowed to appeal.',
    sentences: ['The vote passed.', '(It was 5-4.)', 'Opponents vowed to appeal.'],
  },
  {
    name: 'quote and bracket after the stop',
    text: 'The note read (“Leave now.”) Nobody did.',
    sentences: ['The note read (“Leave now.”)', 'Nobody did.'],
  },
  {
    name: 'interrobang pair',
    text: 'You call that a plan?! Voters were furious.',
    sentences: ['You call that a plan?!', 'Voters were furious.'],
  },
  { name: 'exclamation', text: 'Stop! The bridge is out.', sentences: ['Stop!', 'The bridge is out.'] },
  { name: 'question', text: 'Why now? Because the law changed.', sentences: ['Why now?', 'Because the law changed.'] },
  {
    name: 'ellipsis character inside a sentence',
    text: 'The memo called the plan … unworkable. It was withdrawn.',
    sentences: ['The memo called the plan … unworkable.', 'It was withdrawn.'],
  },
  {
    name: 'ellipsis character before a capital',
    text: 'The order exempts “schools, hospitals… Government buildings” from the rule.',
    sentences: ['The order exempts “schools, hospitals… Government buildings” from the rule.'],
  },
  { name: 'three stops before a capital', text: 'He paused... Then he resigned.', sentences: ['He paused...', 'Then he resigned.'] },
  {
    name: 'three stops before a lower-case word',
    text: 'The report said... and then it stopped.',
    sentences: ['The report said... and then it stopped.'],
  },
  { name: 'spaced stops before a capital', text: 'He paused . . . Then he resigned.', sentences: ['He paused . . .', 'Then he resigned.'] },
  {
    name: 'D.C. ending a sentence before a pronoun',
    text: 'He lives in Washington, D.C. His wife works in Baltimore.',
    sentences: ['He lives in Washington, D.C.', 'His wife works in Baltimore.'],
  },
  {
    name: 'D.C. before a weekday',
    text: 'The team arrived in Washington, D.C. Monday night.',
    sentences: ['The team arrived in Washington, D.C. Monday night.'],
  },
  {
    name: 'a.m. before "local time"',
    text: 'A 5.6-magnitude quake struck at 10:42 a.m. local time. No one was hurt.',
    sentences: ['A 5.6-magnitude quake struck at 10:42 a.m. local time.', 'No one was hurt.'],
  },
  {
    name: 'a.m. ending a sentence before "The"',
    text: 'The meeting is at 10 a.m. The council will vote.',
    sentences: ['The meeting is at 10 a.m.', 'The council will vote.'],
  },
  {
    name: 'Oct. ending a sentence',
    text: 'Prices rose 0.5 pct. in Oct. The central bank met on Nov. 3.',
    sentences: ['Prices rose 0.5 pct. in Oct.', 'The central bank met on Nov. 3.'],
  },
  {
    name: 'Rev. and Jr. inside a sentence',
    text: 'The Rev. Martin Luther King Jr. was killed in 1968. Riots followed.',
    sentences: ['The Rev. Martin Luther King Jr. was killed in 1968.', 'Riots followed.'],
  },
  {
    name: 'M.B.A. before a lower-case word',
    text: 'She holds an M.B.A. from Harvard. She joined in 2020.',
    sentences: ['She holds an M.B.A. from Harvard.', 'She joined in 2020.'],
  },
  {
    name: 'quoted fragments in a row',
    text: '“I don’t know,” she said. “Maybe.” Then she hung up.',
    sentences: ['“I don’t know,” she said.', '“Maybe.”', 'Then she hung up.'],
  },
  {
    name: 'heading without final punctuation',
    text: 'Storm batters coast as thousands flee',
    sentences: ['Storm batters coast as thousands flee'],
  },
  {
    name: 'caption with an abbreviated date',
    text: 'Rescue workers search the rubble in Antakya, Turkey, on Feb. 8, 2023',
    sentences: ['Rescue workers search the rubble in Antakya, Turkey, on Feb. 8, 2023'],
  },
  {
    name: 'last sentence without final punctuation',
    text: 'Officials confirmed the deaths. More details to follow',
    sentences: ['Officials confirmed the deaths.', 'More details to follow'],
  },
  {
    name: 'surrounding and repeated whitespace',
    text: '  Leading spaces.   Multiple   spaces\there.  ',
    sentences: ['Leading spaces.', 'Multiple   spaces\there.'],
  },
];
