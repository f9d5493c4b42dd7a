// GUIDs (8-4-4-4-12 hex), e.g. EnreachVoice callback request and list ids. A GUID is not a phone
// number, so this simple pattern is fine here; phone numbers are only ever found by libphonenumber-js.
export const GUID_SOURCE = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';

const WHOLE_GUID = new RegExp(`^\\{?(${GUID_SOURCE})\\}?$`);
// Lookarounds instead of \b: a GUID glued to more hex digits or dashes is something else.
const GUID_IN_TEXT = new RegExp(`(?<![0-9a-fA-F-])${GUID_SOURCE}(?![0-9a-fA-F-])`, 'g');

export interface GuidMatch {
  start: number;
  end: number;
  value: string;
}

/** True when the whole text (trimmed, optionally in braces) is one GUID. */
export function isGuid(text: string): boolean {
  return WHOLE_GUID.test(text.trim());
}

/** Every standalone GUID in the text, in order. */
export function findGuids(text: string): GuidMatch[] {
  const found: GuidMatch[] = [];
  for (const match of text.matchAll(GUID_IN_TEXT)) {
    const start = match.index ?? 0;
    found.push({ start, end: start + match[0].length, value: match[0] });
  }
  return found;
}
