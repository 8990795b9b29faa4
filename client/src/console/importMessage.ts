import type { MessageKey } from '../i18n/en';
import type { Translate } from '../i18n/translate';

/**
 * The import parser in @majlis/shared explains bad rows in English sentences. Until it also returns
 * a code, the known sentences are matched here so an Arabic console explains them in Arabic; an
 * unknown sentence is shown as it came.
 */
const PATTERNS: ReadonlyArray<readonly [RegExp, MessageKey, readonly string[]]> = [
  [/^The title is empty\.$/, 'import.error.titleEmpty', []],
  [/^The title is longer than (\d+) characters\.$/, 'import.error.titleLong', ['max']],
  [/^The title contains control characters\.$/, 'import.error.titleControl', []],
  [/^The description is longer than (\d+) characters\.$/, 'import.error.descriptionLong', ['max']],
  [/^The description contains control characters\.$/, 'import.error.descriptionControl', []],
  [/^"(.*)" is not an SDG number/, 'import.error.sdg', ['value']],
  [/^The file is larger than/, 'import.error.tooLarge', []],
  [/^The file is empty\.$/, 'import.error.fileEmpty', []],
  [/^Only the first (\d+) rows are read\.$/, 'import.error.tooMany', ['max']],
  [/^This is not valid JSON/, 'import.error.json', []],
  [/^Expected a JSON array/, 'import.error.jsonShape', []],
  [/^The first row must name the columns/, 'import.error.header', []],
  [/^This entry is not an object\.$/, 'import.error.notObject', []],
];

export function importMessage(t: Translate, message: string): string {
  for (const [pattern, key, names] of PATTERNS) {
    const match = pattern.exec(message);
    if (!match) continue;
    const params: Record<string, string> = {};
    names.forEach((name, i) => {
      params[name] = match[i + 1] ?? '';
    });
    return t(key, params);
  }
  return message;
}
