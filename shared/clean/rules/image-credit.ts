import { countWords } from '../line-text';
import type { LineRule } from './line-rule';

/** Photo agencies and credit words that close a caption ("… 2024. Reuters File", "… REUTERS/Jane Doe"). */
const AGENCY =
  '(?:Reuters|REUTERS|AP|AFP|PTI|ANI|IANS|EPA(?:-EFE)?|EFE|Getty Images|Getty|Bloomberg|Shutterstock|Xinhua|Alamy|Pool|Handout|Sipa|dpa|DPA|Anadolu|Kyodo|Yonhap|Imago|Screengrab|Wikimedia Commons)';
/** A photographer's name: up to four capitalised words. */
const NAME = "[\\p{Lu}][\\p{L}.'’-]*(?: [\\p{Lu}][\\p{L}.'’-]*){0,3}";
/** Words that label a credit ("Photo:", "Image credit:", "Pictures courtesy"). */
const CREDIT_WORD = '(?:photo|photograph|image|picture|pic|illustration|graphic|video|credit)s?(?: credit| courtesy)?';

const CREDIT_ONLY = [
  // At most six words after the label: "Photo: Getty Images", "Image credit: City council press
  // office". Longer, it describes the picture ("Photo: The damaged wall at Kestrel Bay on 14
  // January"): a caption, which is kept.
  new RegExp(`^\\(?${CREDIT_WORD}\\s*[:|/]\\s*\\S+(?: \\S+){0,5}$`, 'iu'),
  /^\(?(?:photo(?:graph)? by|image by|courtesy(?: of)?)\s+\S.{0,80}$/iu,
  new RegExp(`^\\(?${AGENCY}(?: (?:File|Photo|Image|Pic|Pictures))*(?:\\s*/\\s*${NAME})?\\)?\\.?$`, 'u'),
  new RegExp(`^\\(?${NAME}\\s*/\\s*${AGENCY}(?: via ${AGENCY})?\\)?\\.?$`, 'u'),
  /^\(?(?:file|representational|representative) (?:photo|image|picture|pic)\)?\.?$/iu,
];

/** Longest text read as a credit alone; longer text describes something. */
const MAX_CREDIT_CHARS = 120;

/**
 * True when `text` is nothing but a photo credit: "Reuters File", "Photo: Getty Images",
 * "AP Photo/Jane Doe", "REUTERS/Jane Doe", "Image credit: City council press office".
 */
export function isPhotoCredit(text: string): boolean {
  const trimmed = text.trim();
  return trimmed.length <= MAX_CREDIT_CHARS && CREDIT_ONLY.some((pattern) => pattern.test(trimmed));
}

const AFTER_SENTENCE = '[.!?”"’)]\\s+';

const CREDIT_ENDINGS = [
  // Chinese and Japanese photographer credits: "…大楼。（新华社记者 王芳 摄）", "…（撮影・山田太郎）"
  /[（(][^（）()]{1,40}(?:摄|攝|撮影)[)）]$|[（(](?:撮影|写真)[:：・][^（）()]{1,40}[)）]$/u,
  // "(AP Photo/Jane Doe)", "(Photo: Reuters)", "(File image)"
  /\([^()]*\b(?:photo|image|pic|picture|credit|file|courtesy)\b[^()]*\)\.?$/iu,
  new RegExp(`\\(${AGENCY}\\)\\.?$`, 'u'),
  // "… in Kessel. Photo: Getty Images"
  new RegExp(`${AFTER_SENTENCE}${CREDIT_WORD}\\s*[:|]\\s*[^.]{1,80}\\.?$`, 'iu'),
  new RegExp(`${AFTER_SENTENCE}(?:photo(?:graph)? by|courtesy(?: of)?)\\s+[^.]{1,80}\\.?$`, 'iu'),
  // "… 2024. Reuters File", "… REUTERS/Jane Doe", "… Jane Doe/AFP via Getty Images"
  new RegExp(`${AFTER_SENTENCE}${AGENCY}(?: (?:File|Photo|Image|Pic|Pictures))*(?:\\s*/\\s*${NAME})?\\.?$`, 'u'),
  new RegExp(`${AFTER_SENTENCE}${NAME}\\s*/\\s*${AGENCY}(?: via ${AGENCY})?\\.?$`, 'u'),
  new RegExp(`${AFTER_SENTENCE}(?:File|Representational|Representative) (?:photo|image|picture|pic)\\.?$`, 'iu'),
];

/**
 * True when a line ends with a photo credit after its last sentence or in brackets: the shape of a
 * caption ("… on 22 March. Reuters File", "… (AP Photo/Jane Doe)", "… Photo: Getty Images").
 */
export function endsWithCredit(text: string): boolean {
  return text.length <= 600 && CREDIT_ENDINGS.some((pattern) => pattern.test(text));
}

/** A line that is nothing but a photo credit: "Photo: Getty Images", "Image credit: …", "REUTERS/Jane Doe". */
export const imageCredit: LineRule = {
  rule: 'image-credit',
  reason: 'Photo credit with no caption beside it',
  matches: (text) => countWords(text) <= 14 && isPhotoCredit(text),
};
