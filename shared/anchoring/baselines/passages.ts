/**
 * Named news passages that the anchoring baselines are built on. Each is the
 * plain text an article becomes in the reader: paragraphs separated by a
 * blank line.
 */
export const passages = {
  councilBudget: [
    'The city council approved a revised budget on Monday after a four-hour session that ran late into the evening.',
    'Council leader Maria Okafor said the plan would protect frontline services. "We have recieved more than two thousand submissions from residents, and every one of them was read," she told reporters outside the chamber.',
    'Opposition members argued that the figures did not add up. They pointed to a shortfall of 3.2 million in the transport budget, which officials had described as temporary in March.',
    "The auditor's report, published last week, warned that reserves could run out within two years if spending on temporary housing kept rising at its current rate.",
    'A spokesperson for the mayor denied that contracts for the new depot had been awarded without a fair tender. An internal review is expected in the autumn.',
  ].join('\n\n'),

  pullQuote: [
    'Residents of the Eastfield estate say repairs promised three years ago have still not begun.',
    '"Nobody has been held accountable for the damp," said one tenant, who asked not to be named.',
    'The housing association blamed supply problems and a shortage of contractors. Its chief executive, Tom Reyes, said work would start in the spring, but tenants have heard that before.',
    'At a meeting on Thursday, a retired nurse stood up and read from a letter she had sent in 2021. When she finished, she added: "Nobody has been held accountable for the damp." The room fell silent.',
    'The association has not responded to questions about how many homes are affected.',
  ].join('\n\n'),

  boilerplate: [
    'Flooding closed the main road into Harwick for a second day on Tuesday as river levels stayed high.',
    'Correction notice. An earlier version of this article misstated the number of homes evacuated. The county says 140 homes were evacuated, not 410. We apologise for the error and have updated the figures throughout.',
    'Emergency crews worked overnight to reinforce the barrier near the old mill, where water had come within a few centimetres of the top. Engineers said the structure was holding but would need to be inspected once the water receded. Shops along the high street stayed shut, and the primary school sent pupils home at noon as a precaution.',
    'Correction notice. An earlier version of this article misstated the number of homes evacuated. The county says 140 homes were evacuated, not 410. We apologise for the error and have updated the figures throughout.',
    'The Environment Agency said more rain was expected on Thursday.',
  ].join('\n\n'),

  districtResults: [
    'Results were declared overnight in all five districts.',
    'District 1: turnout was 61 percent, and the incumbent held the seat by 412 votes.',
    'District 2: turnout was 58 percent, and the incumbent held the seat by 97 votes.',
    'District 3: turnout was 64 percent, and the challenger won the seat by 1,203 votes.',
    'District 4: turnout was 55 percent, and the incumbent held the seat by 388 votes.',
    'District 5: turnout was 59 percent, and the challenger won the seat by 640 votes.',
  ].join('\n\n'),

  minister: [
    'The minister said it\'s "too early" to judge whether the scheme has worked, but added that early figures were encouraging.',
    "Critics called the claim 'misleading', noting that the figures covered only three of the twelve regions taking part.",
  ].join('\n\n'),
} as const;

/** Name of a passage in `passages`. */
export type PassageName = keyof typeof passages;
