/** One ClaimReview as read from JSON-LD or a Fact Check Tools response; every field a trimmed, non-empty string. */
export interface ClaimReviewItem {
  /** Where in the input it was found ("item 2", "claims[0].claimReview[1]"), for messages. */
  where: string;
  claim: string;
  claimant?: string;
  claimDate?: string;
  reviewDate?: string;
  publisher?: string;
  url?: string;
  /** The rating's names in the order they are mapped: alternateName, name, textualRating. */
  ratings: string[];
  language?: string;
}

/** An item left out, and why. */
export interface SkippedReview {
  where: string;
  reason: string;
}

/** What an input held: the reviews read and the items left out. */
export interface ReadReviews {
  items: ClaimReviewItem[];
  skipped: SkippedReview[];
}

// Limits that keep a hostile file cheap: how many values are looked at, and field length.
const MAX_VALUES = 200_000;
const MAX_FIELD_CHARS = 5_000;

/**
 * Reads every schema.org ClaimReview in a parsed JSON value: one object, an array, a `@graph`
 * (nested to any depth), or a Google Fact Check Tools response (`claims[].claimReview[]`, whose
 * claim text, claimant and date sit on the claim). `@type` may be a list or prefixed
 * (`schema:ClaimReview`, a schema.org URL). A review with no claim text is skipped with the reason;
 * nothing else is required. The value is only read, never run.
 */
export function readClaimReviews(root: unknown, label = 'item'): ReadReviews {
  const result: ReadReviews = { items: [], skipped: [] };
  if (isRecord(root) && Array.isArray(root.claims)) {
    readFactCheckTools(root.claims, result);
    return result;
  }
  const queue: { value: unknown; where: string }[] = [{ value: root, where: label }];
  for (let i = 0; i < queue.length && i < MAX_VALUES; i += 1) {
    const { value, where } = queue[i]!;
    if (Array.isArray(value)) {
      value.slice(0, MAX_VALUES).forEach((one: unknown, n) => queue.push({ value: one, where: `${where}[${n}]` }));
    } else if (isRecord(value)) {
      if (typesOf(value).some(isClaimReviewType)) readJsonLdReview(value, where, result);
      else if (Array.isArray(value['@graph'])) queue.push({ value: value['@graph'], where: `${where}.@graph` });
    }
  }
  return result;
}

/**
 * Reads the ClaimReviews in a saved page's `application/ld+json` blocks, given as their text
 * (the page's HTML is read in main). A block that is not JSON is skipped with the reason.
 */
export function readClaimReviewBlocks(blocks: readonly string[]): ReadReviews {
  const result: ReadReviews = { items: [], skipped: [] };
  blocks.forEach((block, n) => {
    const where = `ld+json block ${n + 1}`;
    let parsed: unknown;
    try {
      parsed = JSON.parse(block) as unknown;
    } catch {
      result.skipped.push({ where, reason: 'is not valid JSON' });
      return;
    }
    const found = readClaimReviews(parsed, where);
    result.items.push(...found.items);
    result.skipped.push(...found.skipped);
  });
  return result;
}

function readJsonLdReview(review: Record<string, unknown>, where: string, result: ReadReviews): void {
  const item = isRecord(review.itemReviewed) ? review.itemReviewed : undefined;
  const claim = text(review.claimReviewed) ?? text(item?.name) ?? text(item?.text);
  const url = text(review.url) ?? idOf(review.mainEntityOfPage);
  const at = url === undefined ? where : `${where} (${url})`;
  if (claim === undefined) {
    result.skipped.push({ where: at, reason: 'has no claimReviewed (the claim text)' });
    return;
  }
  const rating = isRecord(review.reviewRating) ? review.reviewRating : undefined;
  const found: ClaimReviewItem = {
    where: at,
    claim,
    claimant: nameOf(item?.author),
    claimDate: text(item?.datePublished) ?? firstAppearance(item),
    reviewDate: text(review.datePublished) ?? text(review.dateCreated),
    publisher: nameOf(review.author) ?? nameOf(review.publisher),
    url,
    ratings: [text(rating?.alternateName), text(rating?.name), text(review.textualRating)].filter((r): r is string => r !== undefined),
    language: text(review.inLanguage),
  };
  result.items.push(withoutUndefined(found));
}

function readFactCheckTools(claims: unknown[], result: ReadReviews): void {
  claims.slice(0, MAX_VALUES).forEach((entry: unknown, i) => {
    if (!isRecord(entry)) {
      result.skipped.push({ where: `claims[${i}]`, reason: 'is not an object' });
      return;
    }
    const claim = text(entry.text);
    const reviews: unknown[] = Array.isArray(entry.claimReview) ? (entry.claimReview as unknown[]) : [];
    if (reviews.length === 0) result.skipped.push({ where: `claims[${i}]`, reason: 'has no claimReview' });
    for (const [j, review] of reviews.slice(0, MAX_VALUES).entries()) {
      const where = `claims[${i}].claimReview[${j}]`;
      const url = isRecord(review) ? text(review.url) : undefined;
      const at = url === undefined ? where : `${where} (${url})`;
      if (!isRecord(review)) result.skipped.push({ where, reason: 'is not an object' });
      else if (claim === undefined) result.skipped.push({ where: at, reason: 'its claim has no text' });
      else {
        const found: ClaimReviewItem = {
          where: at,
          claim,
          claimant: text(entry.claimant),
          claimDate: text(entry.claimDate),
          reviewDate: text(review.reviewDate),
          publisher: nameOf(review.publisher),
          url,
          ratings: [text(review.textualRating)].filter((r): r is string => r !== undefined),
          language: text(review.languageCode),
        };
        result.items.push(withoutUndefined(found));
      }
    }
  });
}

function firstAppearance(item: Record<string, unknown> | undefined): string | undefined {
  const appearance = item?.firstAppearance ?? item?.appearance;
  const first: unknown = Array.isArray(appearance) ? appearance[0] : appearance;
  return isRecord(first) ? text(first.datePublished) : undefined;
}

function nameOf(value: unknown): string | undefined {
  const first: unknown = Array.isArray(value) ? value[0] : value;
  return text(first) ?? (isRecord(first) ? (text(first.name) ?? text(first.site)) : undefined);
}

function idOf(value: unknown): string | undefined {
  return text(value) ?? (isRecord(value) ? (text(value['@id']) ?? text(value.url)) : undefined);
}

function isClaimReviewType(type: string): boolean {
  return /(?:^|[:/#])ClaimReview$/u.test(type);
}

function typesOf(value: Record<string, unknown>): string[] {
  const type = value['@type'];
  return (Array.isArray(type) ? type : [type]).filter((one): one is string => typeof one === 'string');
}

function text(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const collapsed = value.replace(/\s+/gu, ' ').trim();
  return collapsed === '' || collapsed.length > MAX_FIELD_CHARS ? undefined : collapsed;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
