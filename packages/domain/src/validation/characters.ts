/**
 * Characters no text input may contain: NUL and the other C0 controls (tab, line feed and carriage
 * return only where a text is multi-line), DEL, the C1 controls, and the bidirectional marks,
 * embeddings, overrides and isolates that make a name display differently from what it is
 * (`probe\u202Eevil`): U+061C, U+200E/F, U+202A–U+202E, U+2066–U+2069.
 */
const BIDI = '\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069';
// Built from strings: a regex literal full of control characters is what linters rightly flag.
const FORBIDDEN_MULTILINE = new RegExp(
  `[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F${BIDI}]`,
);
const FORBIDDEN_SINGLE_LINE = new RegExp(`[\\u0000-\\u001F\\u007F-\\u009F${BIDI}]`);

/** Default maximum of any text the API accepts where no schema says otherwise. */
export const DEFAULT_MAX_TEXT = 2000;

export interface ForbiddenCharacter {
  /** Index (UTF-16) of the first forbidden character. */
  index: number;
  /** Its code point as `U+XXXX`: what an error may show without echoing the character. */
  char: string;
}

/** The first forbidden character of `value`, or null when it is clean. */
export function findForbiddenCharacter(
  value: string,
  options: { multiline?: boolean } = {},
): ForbiddenCharacter | null {
  const m = (options.multiline ? FORBIDDEN_MULTILINE : FORBIDDEN_SINGLE_LINE).exec(value);
  if (!m) return null;
  return {
    index: m.index,
    char: `U+${m[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`,
  };
}
