/** A copy of `value` without `key`: how an editor clears an optional field of a record. */
export function omitField<T extends object, K extends keyof T>(value: T, key: K): Omit<T, K> {
  const copy: Partial<T> = { ...value };
  delete copy[key];
  return copy as Omit<T, K>;
}
