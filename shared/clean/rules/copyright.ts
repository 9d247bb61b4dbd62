import { countWords } from '../line-text';
import type { LineRule } from './line-rule';

const COPYRIGHT = /^(?:©|\(c\)|copyright\s*(?:©|\(c\)|\d{4}))|\ball rights reserved\b/iu;
// "All rights reserved" in es, pt, fr, de, it, ru, ar, hi.
const RIGHTS_RESERVED =
  /(?:todos los derechos reservados|todos os direitos reservados|tous droits réservés|alle rechte vorbehalten|tutti i diritti riservati|все права защищены|جميع الحقوق محفوظة|सर्वाधिकार सुरक्षित)/iu;
const OWNER =
  /^(?:copyright\s*)?(?:©|\(c\))?\s*(?:copyright\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?)\s*,?\s*(.+?)[.,]?(?:\s*all rights reserved\.?)?$/iu;

/**
 * Copyright lines: "© 2024 The Meridian Post. All rights reserved.", "Copyright 2023 …", and "all
 * rights reserved" in es, pt, fr, de, it, ru, ar, hi ("Tous droits réservés", "جميع الحقوق محفوظة").
 */
export const copyright: LineRule = {
  rule: 'copyright',
  reason: 'Copyright notice',
  matches: (text) => countWords(text) <= 40 && (COPYRIGHT.test(text) || RIGHTS_RESERVED.test(text)),
};

/**
 * The owner named by a copyright line with a year ("© 2024 The Meridian Post. All rights
 * reserved." → "The Meridian Post"), or undefined when the line names no owner in a few words.
 */
export function siteFromCopyright(text: string): string | undefined {
  const owner = OWNER.exec(text)?.[1]?.trim();
  if (owner === undefined || owner === '' || countWords(owner) > 6) return undefined;
  return /^\p{L}/u.test(owner) ? owner : undefined;
}
