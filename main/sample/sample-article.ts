/**
 * The article a new library starts with: written for Factmark (no third-party text), in the
 * shape of a news page pasted from a browser, furniture included, so the first thing an analyst
 * sees is the cleaning at work and sentences worth tagging.
 */
export const SAMPLE_ARTICLE_FILE_NAME = 'Sample - Harbour fuel shortage.txt';

export const SAMPLE_ARTICLE = `Port authority says fuel reserves were full before Calder Bay blackout; records tell another story

Port authority says fuel reserves were full before Calder Bay blackout; records tell another story

By Mira Okafor | Updated: 14 March 2025, 09:20 GMT

Share this article
Advertisement

The Calder Bay Port Authority insisted on Thursday that its emergency fuel tanks were full when a storm cut power to the harbour on March 3, but delivery records seen by The Northern Ledger suggest the tanks held less than a third of their capacity.

"Our reserves stood at 100 per cent on the night of the storm," the authority's director, Helen Varga, told reporters at a news conference. "The outage was caused by a fault in the regional grid, not by any shortage on our side."

The blackout lasted 19 hours and halted the loading of 42 cargo ships, according to figures published by the regional chamber of commerce.

STORY CONTINUES BELOW THIS AD

What the records show

Invoices obtained under a freedom-of-information request show that the last delivery before the storm was 180,000 litres on February 11. The tanks hold 650,000 litres, according to the authority's own 2023 annual report.

A maintenance log for the backup generators, dated March 2, notes "fuel level low, reorder requested" on two of the four tanks.

Dr. Samuel Reyes, an energy analyst at Northfield University, said the generators burn about 9,500 litres an hour at full load. "At that rate, 180,000 litres would last roughly 19 hours, which matches the length of the outage almost exactly," he said.

The authority denied that the delivery records were complete. "Those invoices do not include transfers from our second depot," a spokesperson said in a written statement.

Related: Storm damage along the northern coast, in pictures

Regional grid operator disputes account

The regional grid operator, Northline Power, rejected the claim that its network caused the blackout. "Our systems restored supply to the port substation within 40 minutes," said its chief engineer, Tomas Lindqvist.

Northline's outage report, published on March 10, lists the port substation as re-energised at 11:52 p.m. on March 3, less than an hour after the storm peaked.

The authority declined to comment on the grid operator's report. The port's second depot, mentioned in the statement, does not appear on the site map filed with the planning office in 2022.

Calder Bay's mayor, Ana Brooks, said she had asked for an independent review. "People deserve to know whether this was bad luck or bad management," she said.

Follow us on Facebook and X for the latest updates
© 2025 The Northern Ledger. All rights reserved.

Most Read
Ferry timetable changes this spring
Council approves new cycle lanes
`;
