import type { SimilarCase } from './similar-pairs';

/**
 * Cases written after the index's weights and threshold were chosen on `SIMILAR_CASES`, and never
 * tuned on: the figures on them say how the index does on claims it was not fitted to.
 */
export const SIMILAR_HELD_OUT_CASES: readonly SimilarCase[] = [
  {
    earlier: 'The new metro line carries 200,000 passengers a day.',
    claimant: 'Transport authority',
    same: [
      'Two hundred thousand passengers ride the new metro line every day.',
      'Each day 200000 people use the new metro line.',
      'The transport authority says the new metro line carries 200k passengers daily.',
    ],
    different: [
      'The new metro line carries 20,000 passengers a day.',
      'The new metro line cost 200 million dollars.',
      'The old tram line carries 200,000 passengers a day.',
    ],
  },
  {
    earlier: 'Homelessness in Los Angeles increased by 10 percent last year.',
    claimant: 'County survey',
    same: [
      'Last year homelessness in Los Angeles rose 10%.',
      'Los Angeles saw a ten percent rise in homelessness last year.',
      'The number of homeless people in Los Angeles went up by 10 per cent last year.',
    ],
    different: [
      'Homelessness in Los Angeles decreased by 10 percent last year.',
      'Homelessness in Los Angeles increased by 25 percent last year.',
      'Homelessness in San Francisco increased by 10 percent last year.',
    ],
  },
  {
    earlier: 'The senator has missed half of all votes this session.',
    claimant: 'Rival campaign',
    same: [
      'The senator missed 50% of the votes this session.',
      'Half the votes this session were missed by the senator.',
      'The rival campaign says the senator skipped half of all votes this session, missing them.',
    ],
    different: [
      'The senator has missed a quarter of all votes this session.',
      'The senator has voted with his party on half of all votes this session.',
      'The senator has missed no votes this session.',
    ],
  },
  {
    earlier: 'The factory dumps 3 tonnes of waste into the river every week.',
    claimant: 'Fishermen’s association',
    same: [
      'Three tonnes of waste are dumped into the river by the factory each week.',
      'Every week the factory dumps 3 tonnes of waste in the river.',
      'The factory is dumping three tonnes of waste into the river weekly.',
    ],
    different: [
      'The factory dumps 3 tonnes of waste into the river every day.',
      'The factory dumps 30 tonnes of waste into the river every week.',
      'The factory takes 3 tonnes of water from the river every week.',
    ],
  },
  {
    earlier: 'Obesity rates among children have tripled since 1980.',
    claimant: 'Health campaigners',
    same: [
      'Since 1980 child obesity rates have tripled.',
      'Childhood obesity is three times higher than in 1980, having tripled.',
      'Rates of obesity in children tripled since 1980.',
    ],
    different: [
      'Obesity rates among children have doubled since 1980.',
      'Obesity rates among adults have tripled since 1980.',
      'Obesity rates among children have fallen since 1980.',
    ],
  },
  {
    earlier: 'The government will ban petrol cars from 2030.',
    claimant: 'Transport minister',
    same: [
      'From 2030 petrol cars will be banned by the government.',
      'Petrol cars are going to be banned in 2030.',
      'The minister says the government bans new petrol cars from 2030.',
    ],
    different: [
      'The government will ban petrol cars from 2040.',
      'The government will subsidise petrol cars from 2030.',
      'The government will ban diesel lorries from 2030.',
    ],
  },
  {
    earlier: 'Only 12 percent of plastic is ever recycled.',
    claimant: 'Environmental charity',
    same: [
      'Just 12% of plastic gets recycled.',
      'A mere twelve percent of all plastic is ever recycled.',
      'Only 12 per cent of plastics are recycled, the charity says.',
    ],
    different: ['Only 12 percent of glass is ever recycled.', 'Only 40 percent of plastic is ever recycled.', 'Most plastic is recycled.'],
  },
  {
    earlier: 'The mayor doubled the city’s police budget.',
    claimant: 'Civil liberties group',
    same: [
      'The city’s police budget was doubled by the mayor.',
      'Under the mayor the police budget of the city doubled.',
      'The mayor has doubled police spending in the city’s budget.',
    ],
    different: [
      'The mayor halved the city’s police budget.',
      'The mayor doubled the city’s parks budget.',
      'The governor doubled the state’s police budget.',
    ],
  },
  {
    earlier: 'Four million people in the country have no access to clean water.',
    claimant: 'Aid agency',
    same: [
      '4 million people in the country lack access to clean water.',
      'In the country, four million people have no clean water access.',
      'The aid agency says 4,000,000 people in the country have no access to clean water.',
    ],
    different: [
      'Four million people in the country have no access to electricity.',
      'Forty million people in the country have no access to clean water.',
      'Four million people in the country have access to clean water.',
    ],
  },
  {
    earlier: 'The company cut 5,000 jobs after receiving a government bailout.',
    claimant: 'Trade union',
    same: [
      'After getting a government bailout the company cut 5000 jobs.',
      'Five thousand jobs were cut by the company after its government bailout.',
      'The union says the company slashed 5,000 jobs after receiving a bailout from the government.',
    ],
    different: [
      'The company created 5,000 jobs after receiving a government bailout.',
      'The company cut 500 jobs after receiving a government bailout.',
      'The company cut 5,000 jobs before receiving a government bailout.',
    ],
  },
  {
    earlier: 'Rice prices in Manila rose by 30 percent in a month.',
    claimant: 'Consumer group',
    same: [
      'In a month, the price of rice in Manila went up 30%.',
      'Manila rice prices jumped thirty per cent in one month.',
      'Rice in Manila became 30 percent more expensive in a month as prices rose.',
    ],
    different: [
      'Rice prices in Manila fell by 30 percent in a month.',
      'Rice prices in Jakarta rose by 30 percent in a month.',
      'Rice prices in Manila rose by 30 percent in a year.',
    ],
  },
  {
    earlier: 'The judge was appointed by the former president.',
    claimant: 'Party statement',
    same: [
      'The former president appointed the judge.',
      'It was the former president who appointed the judge.',
      'The judge got the appointment from the former president, who appointed him.',
    ],
    different: [
      'The judge was removed by the former president.',
      'The prosecutor was appointed by the former president.',
      'The judge was appointed by the current president.',
    ],
  },
];
