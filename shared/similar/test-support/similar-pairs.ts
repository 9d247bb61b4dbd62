/**
 * The labelled set the similar-claims index is measured on (`evaluate-similar.ts`). Each case is
 * an earlier claim (an analyst's record or a published fact-check) with its claimant, the new
 * claims that are the same claim (rewordings, digits for words and back, another name for the
 * claimant), and near-misses that are not (same topic, another claim; other numbers; the
 * opposite claim). Claims and people are invented. Translations are left out on purpose.
 */
export interface SimilarCase {
  earlier: string;
  claimant?: string;
  /** The same claim, worded another way; a claimant given as `text|claimant`. */
  same: string[];
  /** Same topic, a different claim. */
  different: string[];
  /** The language group the figures are reported under; English when absent. */
  language?: string;
}

export const SIMILAR_CASES: readonly SimilarCase[] = [
  {
    earlier: 'Unemployment in Ohio rose to 15 per cent last year.',
    claimant: 'Joe Biden',
    same: [
      'Biden says fifteen percent of Ohio workers were unemployed last year after unemployment rose.',
      'Ohio unemployment went up to 15% last year.|President Biden',
      'Last year Ohio saw unemployment rise to 15%.',
    ],
    different: [
      'Unemployment in Ohio fell to 15 per cent last year.',
      'Unemployment in Ohio rose to 9 per cent last year.',
      'Ohio added 15,000 manufacturing jobs last year.',
    ],
  },
  {
    earlier: 'The minimum wage has not risen since 2009.',
    claimant: 'Bernie Sanders',
    same: [
      'Sanders: the federal minimum wage has not gone up since 2009.',
      "The minimum wage hasn't been raised since 2009.",
      'Since 2009 the minimum wage has never risen.|Senator Bernard Sanders',
    ],
    different: [
      'The minimum wage has risen every year since 2009.',
      'The minimum wage has not risen since 1997.',
      'Half of minimum wage workers are over 25.',
    ],
  },
  {
    earlier: 'Crime in Chicago doubled over the past decade.',
    claimant: 'Donald Trump',
    same: [
      'Trump claims Chicago crime has doubled in the last decade.',
      'Over the past decade, crime in Chicago has doubled.',
      'Chicago has seen crime double over the last decade.|Former President Trump',
    ],
    different: [
      'Crime in Chicago halved over the past decade.',
      'Chicago has more police officers per person than New York.',
      'Crime in Chicago tripled over the past decade.',
    ],
  },
  {
    earlier: 'Immigrants commit more crimes than native-born Americans.',
    claimant: 'Ron DeSantis',
    same: [
      'DeSantis says immigrants commit more crime than Americans born here.',
      'Native-born Americans commit fewer crimes than immigrants do.',
      'Immigrants commit more crimes than native-born Americans, the governor said.|Governor DeSantis',
    ],
    different: [
      'Immigrants commit fewer crimes than native-born Americans.',
      'Immigrants pay more in taxes than native-born Americans.',
      'Immigrants make up a third of construction workers.',
    ],
  },
  {
    earlier: 'The new bridge cost forty million dollars.',
    claimant: 'City council',
    same: [
      'The new bridge cost $40 million.',
      'Forty million dollars was spent on the new bridge.',
      'It cost 40 million dollars to build the new bridge.',
    ],
    different: [
      'The new bridge cost four million dollars.',
      'The new bridge was finished two years late.',
      'The old bridge carried forty thousand cars a day.',
    ],
  },
  {
    earlier: 'Wind turbines cause cancer.',
    claimant: 'Viral Facebook post',
    same: [
      'Living near wind turbines gives you cancer.',
      'Wind turbines are causing cancer, a viral post says.',
      'Cancer is caused by wind turbines.',
    ],
    different: [
      'Wind turbines kill millions of birds each year.',
      'Wind turbines produce more noise than a motorway.',
      'Wind turbines do not cause cancer, studies show.',
    ],
  },
  {
    earlier: 'One in five children in Britain lives in poverty.',
    claimant: 'Keir Starmer',
    same: [
      'Starmer says 20 percent of British children live in poverty.',
      'A fifth of children in Britain live in poverty.|Sir Keir Starmer',
      'One in five British children are living in poverty.',
    ],
    different: [
      'One in five children in Britain is obese.',
      'One in three children in Britain lives in poverty.',
      'Child poverty in Britain fell by a fifth since 2010.',
    ],
  },
  {
    earlier: 'The city spent 2.5 million euros on the new stadium lights.',
    claimant: 'Opposition councillor',
    same: [
      'Two and a half million euros went on the stadium lights.',
      'New stadium lighting cost the city €2.5m.',
      'The city paid 2,500,000 euros for new lights at the stadium.',
    ],
    different: [
      'The city spent 2.5 million euros on new school roofs.',
      'The stadium lights use twice as much power as the old ones.',
      'The city spent 25 million euros on the new stadium.',
    ],
  },
  {
    earlier: 'The vaccine contains microchips to track people.',
    claimant: 'Social media users',
    same: [
      'Vaccines have microchips in them that track people.',
      'Microchips are being put in the vaccine to track people.',
      'The vaccine tracks people with hidden microchips.',
    ],
    different: [
      'The vaccine contains aluminium salts.',
      'The vaccine was tested on 40,000 people.',
      'Microchips are implanted in pets to track them.',
    ],
  },
  {
    earlier: 'Teachers in Texas earn less than the national average.',
    claimant: 'Texas teachers union',
    same: [
      'Texas teachers are paid below the national average.',
      'The union says teachers in Texas earn less than the average nationally.',
      'Teacher pay in Texas is less than the national average.',
    ],
    different: [
      'Teachers in Texas earn more than the national average.',
      'Nurses in Texas earn less than the national average.',
      'Texas hired 12,000 new teachers this year.',
    ],
  },
  {
    earlier: 'Gas prices doubled under the current administration.',
    claimant: 'Republican National Committee',
    same: [
      'Under the current administration gas prices have doubled.',
      'The price of gas has doubled under this administration.',
      'RNC: gas prices doubled since the administration took office.',
    ],
    different: [
      'Gas prices fell under the current administration.',
      'Gas prices doubled under the previous administration.',
      'Electricity prices doubled under the current administration.',
    ],
  },
  {
    earlier: 'The governor cut school funding by 300 million dollars.',
    claimant: 'Teachers association',
    same: [
      'School funding was cut by $300 million by the governor.',
      'The governor slashed 300 million dollars from school budgets.',
      'Three hundred million dollars in school funding was cut by the governor.',
    ],
    different: [
      'The governor raised school funding by 300 million dollars.',
      'The governor cut school funding by 30 million dollars.',
      'The governor cut road funding by 300 million dollars.',
    ],
  },
  {
    earlier: 'More than 80 percent of the country’s electricity comes from coal.',
    claimant: 'Energy minister',
    same: [
      'Over 80% of the country’s power is generated from coal.',
      'Coal supplies more than eighty per cent of the country’s electricity.',
      'The energy minister says 80% of our electricity comes from coal.',
    ],
    different: [
      'More than 80 percent of the country’s electricity comes from hydro.',
      'Less than 20 percent of the country’s electricity comes from coal.',
      'Coal mining employs 80,000 people in the country.',
    ],
  },
  {
    earlier: 'The mayor has never visited the flooded neighbourhoods.',
    claimant: 'Local residents',
    same: [
      'The mayor never went to the flooded neighbourhoods.',
      'Residents say the mayor has not once visited the neighbourhoods that flooded.',
      'Not a single visit to the flooded neighbourhoods from the mayor.',
    ],
    different: [
      'The mayor visited the flooded neighbourhoods twice.',
      'The mayor cut the budget for flood defences.',
      'The flooded neighbourhoods have no insurance.',
    ],
  },
  {
    earlier: 'Drinking hot water kills the coronavirus.',
    claimant: 'WhatsApp message',
    same: [
      'Hot water kills the coronavirus if you drink it.',
      'You can kill the coronavirus by drinking hot water.',
      'A WhatsApp message says drinking hot water kills coronavirus.',
    ],
    different: [
      'Drinking bleach kills the coronavirus.',
      'Hot weather slows the spread of the coronavirus.',
      'Drinking hot water does not kill the coronavirus.',
    ],
  },
  {
    earlier: 'Fifty thousand people attended the rally in Madrid.',
    claimant: 'Party spokesperson',
    same: [
      '50,000 people were at the rally in Madrid.',
      'The Madrid rally drew fifty thousand people.',
      'The party says 50000 attended its rally in Madrid.',
    ],
    different: [
      'Five thousand people attended the rally in Madrid.',
      'Fifty thousand people attended the rally in Barcelona.',
      'Police arrested fifty people at the rally in Madrid.',
    ],
  },
  {
    earlier: 'The company paid no corporate tax last year.',
    claimant: 'Tax justice campaigners',
    same: [
      'Last year the company paid zero corporate tax.',
      "The company didn't pay any corporate tax last year.",
      'Campaigners say no corporation tax was paid by the company last year.',
    ],
    different: [
      'The company paid record corporate tax last year.',
      'The company paid no dividends last year.',
      'The company cut 2,000 jobs last year.',
    ],
  },
  {
    earlier: 'Life expectancy in the region has fallen for three years in a row.',
    claimant: 'Health ministry report',
    same: [
      'Life expectancy in the region fell for the third year running.',
      'For three straight years, life expectancy in the region has dropped.',
      'Regional life expectancy has declined three years in a row.',
    ],
    different: [
      'Life expectancy in the region has risen for three years in a row.',
      'Infant mortality in the region has fallen for three years in a row.',
      'Life expectancy in the region has fallen for ten years in a row.',
    ],
  },
  {
    earlier: 'The prime minister promised 40 new hospitals by 2030.',
    claimant: 'Boris Johnson',
    same: [
      'Johnson pledged forty new hospitals by 2030.',
      'Forty new hospitals will be built by 2030, the PM promised.|Prime Minister Boris Johnson',
      'The prime minister promised to build 40 new hospitals by 2030.',
    ],
    different: [
      'The prime minister promised 40 new hospitals by 2025.',
      'The prime minister promised 20,000 new police officers.',
      'The prime minister promised 4 new hospitals by 2030.',
    ],
  },
  {
    earlier: 'Murders in Baltimore fell by a third last year.',
    claimant: 'Baltimore police',
    same: [
      'Baltimore saw murders drop by one third last year.',
      'Last year the number of murders in Baltimore decreased by a third.',
      'Police say Baltimore murders fell by a third last year.',
    ],
    different: [
      'Murders in Baltimore rose by a third last year.',
      'Robberies in Baltimore fell by a third last year.',
      'Murders in Baltimore fell by half last year.',
    ],
  },
  {
    earlier: 'The EU sends 350 million pounds a week to Brussels.',
    claimant: 'Vote Leave',
    same: [
      'We send the EU £350 million a week.',
      'Britain sends £350m a week to Brussels.',
      'Vote Leave says 350 million pounds goes to Brussels every week.',
    ],
    different: [
      'The EU sends 350 million pounds a week back to British farmers.',
      'Britain sends 50 million pounds a week to Brussels.',
      'The NHS costs 350 million pounds a day.',
    ],
  },
  {
    earlier: 'Eating carrots improves your night vision.',
    claimant: 'Wartime propaganda',
    same: [
      'Carrots help you see in the dark.',
      'Your night vision gets better if you eat carrots.',
      'Eating carrot improves night vision.',
    ],
    different: [
      'Eating carrots turns your skin orange.',
      'Eating carrots lowers cholesterol.',
      'Eating carrots does not improve your night vision.',
    ],
  },
  {
    earlier: 'The dam will displace 12,000 families.',
    claimant: 'Environmental groups',
    same: [
      'Twelve thousand families will be displaced by the dam.',
      'The dam is going to force 12000 families from their homes.',
      'Environmental groups say the dam will displace 12 thousand families.',
    ],
    different: [
      'The dam will displace 1,200 families.',
      'The dam will supply power to 12,000 families.',
      'The dam will flood 12,000 hectares of forest.',
    ],
  },
  {
    earlier: 'Sixty percent of the city’s water is lost through leaking pipes.',
    claimant: 'Water authority',
    same: [
      '60% of the city’s water leaks out of old pipes.',
      'Leaking pipes lose sixty per cent of the city’s water.',
      'The water authority says 60 percent of city water is lost to leaks in pipes.',
    ],
    different: [
      'Six percent of the city’s water is lost through leaking pipes.',
      'Sixty percent of the city’s water comes from the river.',
      'Sixty percent of the city’s pipes are made of lead.',
    ],
  },
  {
    earlier: 'The senator voted against the veterans health bill.',
    claimant: 'Campaign ad',
    same: [
      'The senator opposed the health bill for veterans.',
      'A campaign ad says the senator voted against the veterans’ health bill.',
      'When the veterans health bill came up, the senator voted against it.',
    ],
    different: [
      'The senator voted for the veterans health bill.',
      'The senator voted against the farm bill.',
      'The senator wrote the veterans health bill.',
    ],
  },
  {
    earlier: 'Police made 1,500 arrests during the protests.',
    claimant: 'Interior ministry',
    same: [
      'Fifteen hundred people were arrested during the protests.',
      'During the protests police arrested 1500 people.',
      'The ministry said one thousand five hundred arrests were made during the protests.',
    ],
    different: [
      'Police made 150 arrests during the protests.',
      'Police fired 1,500 tear gas canisters during the protests.',
      'Police made no arrests during the protests.',
    ],
  },
  {
    earlier: 'The factory closure will cost 900 jobs in Detroit.',
    claimant: 'Auto workers union',
    same: [
      'Nine hundred jobs will be lost in Detroit when the factory closes.',
      'Detroit will lose 900 jobs due to the factory closure.',
      'The union says closing the factory costs 900 Detroit jobs.',
    ],
    different: [
      'The factory closure will cost 900 jobs in Cleveland.',
      'The factory expansion will create 900 jobs in Detroit.',
      'The factory closure will cost 9,000 jobs in Detroit.',
    ],
  },
  {
    earlier: 'Measles cases tripled in Europe this year.',
    claimant: 'World Health Organization',
    same: [
      'This year Europe saw measles cases triple.',
      'The WHO says measles cases in Europe have tripled this year.',
      'Europe’s measles cases are three times higher this year, having tripled.',
    ],
    different: [
      'Measles cases halved in Europe this year.',
      'Measles cases tripled in Africa this year.',
      'Measles vaccination rates in Europe fell this year.',
    ],
  },
  {
    earlier: 'The candidate was born in Kenya.',
    claimant: 'Chain email',
    same: [
      'The candidate’s birthplace was Kenya.',
      'A chain email says the candidate was born in Kenya.',
      'The candidate was actually born in Kenya, not here.',
    ],
    different: [
      'The candidate’s father was born in Kenya.',
      'The candidate was born in Hawaii.',
      'The candidate lived in Indonesia as a child.',
    ],
  },
  {
    earlier: 'The country has the highest inflation rate in Europe.',
    claimant: 'Finance minister',
    same: [
      'Our inflation rate is the highest in Europe.',
      'No country in Europe has a higher inflation rate.',
      'The finance minister says the country’s inflation is the highest in Europe.',
    ],
    different: [
      'The country has the lowest inflation rate in Europe.',
      'The country has the highest unemployment rate in Europe.',
      'The country has the highest inflation rate in the world.',
    ],
  },
  {
    earlier: 'Two million people left the country in the last five years.',
    claimant: 'Opposition leader',
    same: [
      '2 million people have emigrated from the country in five years.',
      'In the last five years, two million people left the country.',
      'The country lost 2,000,000 people to emigration over the last five years.',
    ],
    different: [
      'Two million people moved to the country in the last five years.',
      'Two hundred thousand people left the country in the last five years.',
      'Two million people left the capital in the last five years.',
    ],
  },
  {
    earlier: 'Electric cars produce more carbon emissions than petrol cars.',
    claimant: 'Oil industry lobby',
    same: [
      'Petrol cars emit less carbon than electric cars.',
      'Electric cars are responsible for more carbon emissions than petrol cars.',
      'An EV produces more carbon emissions than a petrol car.',
    ],
    different: [
      'Electric cars produce fewer carbon emissions than petrol cars.',
      'Electric cars cost more to insure than petrol cars.',
      'Electric cars produce more particulate pollution from their tyres.',
    ],
  },
  {
    earlier: 'The hospital waiting list has reached seven million patients.',
    claimant: 'Shadow health secretary',
    same: [
      'Hospital waiting lists now stand at 7 million patients.',
      '7,000,000 patients are on the hospital waiting list.',
      'The waiting list for hospital treatment has hit seven million.',
    ],
    different: [
      'The hospital waiting list has fallen below seven million patients.',
      'The hospital waiting list has reached three million patients.',
      'The hospital has seven hundred beds.',
    ],
  },
  {
    earlier: 'The school district banned 300 books last year.',
    claimant: 'Free speech group',
    same: [
      'Three hundred books were banned by the school district last year.',
      'Last year the district banned 300 books from its schools.',
      'The school district removed and banned 300 titles last year.',
    ],
    different: [
      'The school district banned 30 books last year.',
      'The school district bought 300 new books last year.',
      'The school district banned phones last year.',
    ],
  },
  {
    earlier: 'Renewables generated half of Germany’s electricity in 2023.',
    claimant: 'German energy agency',
    same: [
      'Half of the electricity in Germany came from renewables in 2023.',
      'In 2023, renewable sources produced 50% of Germany’s power.',
      'Renewables made half of German electricity in 2023.',
    ],
    different: [
      'Renewables generated half of Germany’s electricity in 2013.',
      'Renewables generated a quarter of Germany’s electricity in 2023.',
      'Coal generated half of Germany’s electricity in 2023.',
    ],
  },
  {
    earlier: 'The state has lost 40,000 farms since 2000.',
    claimant: 'Farmers federation',
    same: [
      'Since 2000, 40000 farms have disappeared in the state.',
      'Forty thousand farms in the state have been lost since 2000.',
      'The farmers federation says the state lost 40,000 farms since the year 2000.',
    ],
    different: [
      'The state has gained 40,000 farms since 2000.',
      'The state has lost 4,000 farms since 2000.',
      'The state has lost 40,000 hectares of forest since 2000.',
    ],
  },
  {
    earlier: 'Only 3% of rape cases end in a conviction.',
    claimant: 'Women’s rights charity',
    same: [
      'Just three percent of rape cases lead to a conviction.',
      'Convictions follow in only 3 per cent of rape cases.',
      'Only three in a hundred rape cases end in conviction, 3%.',
    ],
    different: [
      'Only 3% of rape cases are reported to police.',
      'Only 30% of rape cases end in a conviction.',
      'Most rape cases end in a conviction.',
    ],
  },
  {
    earlier: 'The president signed 100 executive orders in his first week.',
    claimant: 'White House',
    same: [
      'In his first week the president signed one hundred executive orders.',
      'The president signed a hundred executive orders during his first week.',
      '100 executive orders were signed by the president in week one, his first week.',
    ],
    different: [
      'The president signed 10 executive orders in his first week.',
      'The president vetoed 100 bills in his first year.',
      'The president signed 100 executive orders in his first year.',
    ],
  },
  {
    earlier: 'Air pollution kills 40,000 people a year in the UK.',
    claimant: 'Royal College of Physicians',
    same: [
      'Each year in the UK 40000 people die from air pollution.',
      'Forty thousand deaths a year in the UK are caused by air pollution.',
      'UK air pollution kills 40,000 people every year.',
    ],
    different: [
      'Air pollution kills 4,000 people a year in the UK.',
      'Road accidents kill 40,000 people a year in the UK.',
      'Air pollution kills 40,000 people a year in France.',
    ],
  },
  {
    earlier: 'The army recruited 8,000 child soldiers last year.',
    claimant: 'UN report',
    same: [
      'Eight thousand child soldiers were recruited by the army last year.',
      'Last year the army recruited 8000 child soldiers.',
      'A UN report says 8,000 children were recruited as soldiers by the army last year.',
    ],
    different: [
      'The army released 8,000 child soldiers last year.',
      'The army recruited 800 child soldiers last year.',
      'The rebels recruited 8,000 child soldiers last year.',
    ],
  },
  {
    earlier: 'Sugar makes children hyperactive.',
    claimant: 'Parenting blog',
    same: [
      'Children become hyperactive when they eat sugar.',
      'Eating sugar makes kids hyperactive, children especially.',
      'Sugar causes hyperactivity in children, making them hyperactive.',
    ],
    different: [
      'Sugar causes tooth decay in children.',
      'Sugar does not make children hyperactive.',
      'Caffeine makes children hyperactive.',
    ],
  },
  {
    earlier: 'Crime in London is higher than in New York.',
    claimant: 'Elon Musk',
    same: [
      'London has more crime than New York.',
      'Musk says crime is higher in London than in New York.',
      'There is higher crime in London than in New York.',
    ],
    different: [
      'Crime in London is lower than in New York.',
      'Rents in London are higher than in New York.',
      'Crime in Paris is higher than in New York.',
    ],
  },
  {
    earlier: 'The island’s population has shrunk by 25 percent since 1990.',
    claimant: 'Census office',
    same: [
      'Since 1990 the island has lost a quarter of its population, 25%.',
      'The population of the island is down 25 per cent since 1990.',
      'The island’s population shrank by twenty-five percent since 1990.',
    ],
    different: [
      'The island’s population has grown by 25 percent since 1990.',
      'The island’s population has shrunk by 5 percent since 1990.',
      'The island’s tourism has shrunk by 25 percent since 1990.',
    ],
  },
  {
    earlier: 'The minister spent 90,000 dollars of public money on flights.',
    claimant: 'Investigative newspaper',
    same: [
      'Ninety thousand dollars of public money went on the minister’s flights.',
      'The minister used $90,000 in public funds for flights.',
      'Flights for the minister cost the public 90000 dollars.',
    ],
    different: [
      'The minister spent 9,000 dollars of public money on flights.',
      'The minister spent 90,000 dollars of public money on furniture.',
      'The minister repaid 90,000 dollars of public money spent on flights.',
    ],
  },
  {
    earlier: 'Bees are extinct in the province.',
    claimant: 'Viral video',
    same: [
      'There are no bees left in the province.',
      'A viral video says bees have gone extinct in the province.',
      'In the province bees are now extinct.',
    ],
    different: [
      'Bees are thriving in the province.',
      'Bats are extinct in the province.',
      'Bees are extinct in the province’s capital only.',
    ],
  },
  {
    earlier: 'The tax cut saves the average family 2,000 dollars a year.',
    claimant: 'Treasury secretary',
    same: [
      'The average family will save $2,000 a year from the tax cut.',
      'Thanks to the tax cut, an average family saves two thousand dollars each year.',
      'Treasury: the tax cut saves a typical family 2000 dollars a year.',
    ],
    different: [
      'The tax cut costs the average family 2,000 dollars a year.',
      'The tax cut saves the average family 200 dollars a year.',
      'The tax cut saves the richest families 2,000 dollars a month.',
    ],
  },
  {
    earlier: 'The refinery leaked 5,000 barrels of oil into the bay.',
    claimant: 'Coast guard',
    same: [
      'Five thousand barrels of oil leaked from the refinery into the bay.',
      'The bay was polluted by 5000 barrels of oil leaked from the refinery.',
      'The coast guard says 5,000 barrels of refinery oil leaked into the bay.',
    ],
    different: [
      'The refinery leaked 500 barrels of oil into the bay.',
      'The refinery leaked 5,000 barrels of oil into the river.',
      'The refinery produces 5,000 barrels of oil a day.',
    ],
  },
  {
    earlier: 'Voter turnout was the lowest since 1945.',
    claimant: 'Electoral commission',
    same: [
      'Turnout among voters was at its lowest since 1945.',
      'Not since 1945 has voter turnout been this low, the lowest.',
      'The electoral commission says turnout was the lowest since 1945.',
    ],
    different: [
      'Voter turnout was the highest since 1945.',
      'Voter turnout was the lowest since 1992.',
      'Voter registration was the lowest since 1945.',
    ],
  },
  {
    earlier: '5G masts spread the coronavirus.',
    claimant: 'Conspiracy websites',
    same: [
      'The coronavirus is spread by 5G masts.',
      '5G phone masts are spreading coronavirus.',
      'Conspiracy sites say 5G masts spread the virus, coronavirus.',
    ],
    different: [
      '5G masts interfere with aircraft instruments.',
      '5G masts were burned down in several cities.',
      '5G masts do not spread the coronavirus.',
    ],
  },
  {
    earlier: 'The government built 300,000 homes last year.',
    claimant: 'Housing secretary',
    same: [
      'Three hundred thousand homes were built by the government last year.',
      'Last year 300000 homes were built by the government.',
      'The housing secretary says the government built 300,000 houses last year, homes for families.',
    ],
    different: [
      'The government built 30,000 homes last year.',
      'The government demolished 300,000 homes last year.',
      'The government built 300,000 homes in the last decade.',
    ],
  },
  {
    earlier: 'Most of the aid never reaches the people who need it.',
    claimant: 'Aid watchdog',
    same: [
      'The majority of aid never reaches the people in need of it.',
      'Most aid does not reach the people who need it.',
      'An aid watchdog says most aid never gets to the people who need it.',
    ],
    different: [
      'All of the aid reached the people who need it.',
      'Most of the aid is spent on food.',
      'Most of the aid comes from three countries.',
    ],
  },
  {
    earlier: '去年俄亥俄州的失业率上升到百分之十五。',
    claimant: '拜登',
    same: ['拜登说去年俄亥俄州失业率上升到百分之十五', '俄亥俄州的失业率去年上升到百分之十五', '去年俄亥俄州失业率上升，达到百分之十五。'],
    different: ['去年俄亥俄州的失业率下降到百分之十五。', '去年俄亥俄州的房价上升到历史最高。', '去年德克萨斯州的失业率上升到百分之十五。'],
  },
];
