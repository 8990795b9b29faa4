/** The smallest edit that turns one string into another, for applying text changes to a shared Y.Text. */

export interface TextEdit {
  readonly index: number;
  readonly remove: number;
  readonly insert: string;
}

/**
 * The single splice that turns `before` into `after`. `caret` (where the caret ended up in `after`)
 * settles ambiguous cases, such as typing "a" into "aa": the edit is placed just before the caret,
 * which is where the person typed, so concurrent edits by others land on the right side of it.
 */
export function textEdit(before: string, after: string, caret = after.length): TextEdit | null {
  if (before === after) return null;
  const maxSuffix = Math.min(before.length, after.length, Math.max(0, after.length - caret));
  let suffix = 0;
  while (suffix < maxSuffix && before[before.length - 1 - suffix] === after[after.length - 1 - suffix]) {
    suffix++;
  }
  const maxPrefix = Math.min(before.length, after.length) - suffix;
  let prefix = 0;
  while (prefix < maxPrefix && before[prefix] === after[prefix]) prefix++;
  return {
    index: prefix,
    remove: before.length - prefix - suffix,
    insert: after.slice(prefix, after.length - suffix),
  };
}
