/**
 * Plausible news stories (written for Factmark) to hide payloads in, so that Readability takes
 * the payload's surroundings for the article. `before` and `after` are the sentences on either
 * side of the payload: a correct import keeps both.
 */
export interface HostStory {
  title: string;
  before: string;
  after: string;
  more: readonly string[];
}

/** The stories payloads are wrapped in, used in turn. */
export const HOST_STORIES: readonly HostStory[] = [
  {
    title: 'Harbour board approves dredging contract after long debate',
    before: 'The harbour board approved a three-year dredging contract on Tuesday after a debate that ran for more than four hours.',
    after: 'Two members walked out before the vote, saying the cost of the contract had not been explained to the public.',
    more: [
      'Board chair Hana Ilves said the channel had silted faster than forecast, and that larger grain ships were already waiting offshore for the tide.',
      'The first dredger is expected in the port before the end of the month, the board said in a statement issued after the meeting.',
    ],
  },
  {
    title: 'Ferry company to raise island fares by a fifth from April',
    before:
      'The island ferry company will raise its fares by a fifth from the first of April, according to a price list published on Thursday.',
    after:
      'Islanders’ representatives said the rise would fall hardest on families who cross to the mainland for school and hospital visits.',
    more: [
      'A return ticket for a car and driver will cost sixty-four euros, up from fifty-three, and foot passengers will pay nine euros each way.',
      'The company blamed the cost of fuel and a new safety inspection regime that it says has kept two of its four ships in dock this winter.',
    ],
  },
  {
    title: 'Library opening hours cut in three districts as budget shrinks',
    before:
      'Libraries in three districts of the city will open on four days a week instead of six from next month, the council confirmed on Monday.',
    after: 'Staff unions said they had not been consulted and would ask the council to publish the figures behind the decision.',
    more: [
      'The council said the cuts would save about two hundred thousand euros a year and that no librarian would lose their job as a result.',
      'Readers in the affected districts will still be able to order books online and collect them from the central library on any weekday.',
    ],
  },
];

/**
 * A whole saved web page around the payload: a head (where head payloads go), site navigation,
 * the story with the payload between its paragraphs, and a footer.
 */
export function wrapInHtmlPage(story: HostStory, payload: string, where: 'head' | 'body'): string {
  const paragraphs = (texts: readonly string[]) => texts.map((text) => `<p>${text}</p>`).join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${story.title} | The Harbour Times</title>
${where === 'head' ? payload : ''}
</head><body>
<header><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav></header>
<main><article>
<h1>${story.title}</h1>
<p>${story.before}</p>
${paragraphs(story.more.slice(0, 1))}
<div class="story-body">${where === 'body' ? payload : ''}</div>
<p>${story.after}</p>
${paragraphs(story.more.slice(1))}
</article></main>
<footer><p>© 2025 The Harbour Times</p></footer>
</body></html>`;
}

/** A Markdown article with the payload between its paragraphs. */
export function wrapInMarkdown(story: HostStory, payload: string): string {
  return [`# ${story.title}`, story.before, story.more[0] ?? '', payload, story.after, ...story.more.slice(1)].join('\n\n') + '\n';
}

/** One payload of a bundle: its story, the payload, and the sentence that closes its section. */
export interface BundleSection {
  story: HostStory;
  fragment: string;
  closing: string;
}

// A story's sentence, marked with its section: cleaning drops a paragraph that repeats another in
// the same article, and a bundle tells the same few stories many times.
const itemOf = (index: number, sentence: string) => `${sentence} (Item ${index + 1}.)`;

/**
 * A saved web page holding several payloads, each in a section of its own between its story's
 * paragraphs and followed by its closing sentence (so an import that lost what follows a payload
 * shows it: the closing sentence is missing).
 */
export function wrapSectionsInHtmlPage(title: string, sections: readonly BundleSection[]): string {
  const body = sections
    .map(
      ({ story, fragment, closing }, index) => `<section>
<h2>Item ${index + 1}: ${story.title}</h2>
<p>${itemOf(index, story.before)}</p>
<p>${itemOf(index, story.more[0] ?? '')}</p>
<div class="story-body">${fragment}</div>
<p>${itemOf(index, story.after)}</p>
<p>${closing}</p>
</section>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${title} | The Harbour Times</title></head><body>
<header><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav></header>
<main><article>
<h1>${title}</h1>
${body}
</article></main>
<footer><p>© 2025 The Harbour Times</p></footer>
</body></html>`;
}

/** A Markdown article holding several payloads, each under a heading of its own (see wrapSectionsInHtmlPage). */
export function wrapSectionsInMarkdown(title: string, sections: readonly BundleSection[]): string {
  const body = sections.flatMap(({ story, fragment, closing }, index) => [
    `## Item ${index + 1}: ${story.title}`,
    itemOf(index, story.before),
    itemOf(index, story.more[0] ?? ''),
    fragment,
    itemOf(index, story.after),
    closing,
  ]);
  return [`# ${title}`, ...body].join('\n\n') + '\n';
}
