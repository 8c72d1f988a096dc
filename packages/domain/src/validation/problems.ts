/**
 * The field-problem format every BAD_USER_INPUT answer carries in `extensions.fields`, and the
 * reason codes it uses. Clients translate `reason` + `params`; `message` is the Chinese default.
 */

/** Parameters of a reason, e.g. `{ max: 60 }` for TOO_LONG: what a translation interpolates. */
export type ProblemParams = Record<string, string | number>;

export interface FieldProblem {
  /** Path of the offending field relative to the input, e.g. `['memberships', 0, 'estateIds']`. */
  path: (string | number)[];
  /** Stable machine-readable reason, one of REASON_CODES, e.g. `REQUIRED`, `TOO_LONG`. */
  reason: string;
  /** The Chinese default text; clients with another language build theirs from reason + params. */
  message: string;
  /** What the reason needs to be put into words, e.g. `{ max: 60 }`; absent when nothing. */
  params?: ProblemParams;
}

/**
 * Every reason a field problem can carry, with the params it comes with (see README of the
 * validation folder in the report): a translation table keyed by these stays complete.
 */
export const REASON_CODES = [
  /** Missing or empty after trimming. */
  'REQUIRED',
  /** Text longer than `max` characters (UTF-16 units). params: { max } */
  'TOO_LONG',
  /** Text shorter than `min` characters. params: { min } */
  'TOO_SHORT',
  /** Wrong format or value (pattern, enum, date, e-mail, not a number). */
  'INVALID',
  /** NUL, control (C0/C1/DEL; tab and newlines in single-line text) or bidi-override characters. params: { char: 'U+202E' } */
  'CONTROL_CHARACTERS',
  /** A number below zero. */
  'NEGATIVE',
  /** A count with a fractional part. */
  'NOT_INTEGER',
  /** A number above `max`. params: { max } */
  'TOO_LARGE',
  /** A number below `min` (other than zero). params: { min } */
  'TOO_SMALL',
  /** A list with more than `max` entries. params: { max } */
  'TOO_MANY',
  /** A list length outside `min`..`max`. params: { min, max } */
  'OUT_OF_RANGE',
  /** An end (date or month) before its start. */
  'BEFORE_START',
  /** The same entry twice in one list. */
  'DUPLICATE',
  /** A field this role/kind does not take (e.g. a denominator on a count). */
  'NOT_ALLOWED',
  /** Two fields that cannot be set together (e.g. region and estates). */
  'CONFLICT',
  /** A numerator greater than its denominator. */
  'EXCEEDS_DENOMINATOR',
  /** A month after the current one. */
  'FUTURE',
  /** A month before the current one where only the current or later ones are accepted. */
  'PAST',
  /** A referenced object (region, estate, indicator) does not exist or is not usable. */
  'NOT_FOUND',
  /** Unique value already used (code, slug, e-mail). */
  'TAKEN',
  /** An indicator computed by the system, not reported by hand. */
  'COMPUTED',
  /** The estate is archived. */
  'ARCHIVED',
  /** The figure waits for HQ review. */
  'SUBMITTED',
  /** The figure is approved; only a correction changes it. */
  'LOCKED',
  /** The uploaded template's month is not the chosen one. */
  'MISMATCH',
  /** The upload is not an .xlsx file. */
  'NOT_XLSX',
  /** The upload is not this system's template. */
  'NOT_TEMPLATE',
  /** The upload has more than `max` data rows. params: { max } */
  'TOO_MANY_ROWS',
  /** A built-in indicator cannot be retired. */
  'BUILT_IN',
  /** An action the caller cannot take on their own account. */
  'SELF',
  /** An idempotency key used for another operation. */
  'REUSED',
  /** A row refers to an object that does not exist (foreign key). */
  'REFERENCE',
  /** An existing account accepting an invitation gave a password that is not its own. */
  'WRONG_PASSWORD',
  /** Someone else saved the line (or corrected the revision) since the client read it. */
  'STALE_VERSION',
  /** A finding the estate already appealed: one appeal per finding. */
  'ALREADY_APPEALED',
  /** A user who cannot take the work: not an active staff member or manager of the estate. */
  'NOT_ASSIGNABLE',
  /** An ID number that is not 17 digits and a digit or X. */
  'ID_NUMBER_FORMAT',
  /** An ID number whose birth date (characters 7–14) is not a real day from 1900 on. */
  'ID_NUMBER_BIRTH_DATE',
  /** An ID number whose last character is not its ISO 7064 MOD 11-2 check character. */
  'ID_NUMBER_CHECKSUM',
  /** A birth date or gender that is not the one the ID number gives. */
  'ID_NUMBER_MISMATCH',
  /** Not an 11-digit mainland mobile number. */
  'NOT_MOBILE',
  /** Younger than `min` years on the hire date. params: { min } */
  'UNDER_AGE',
  /** A step the record cannot take in its current state (a work order not yet on site completed). params: { status } */
  'INVALID_TRANSITION',
  /** A finished repair the resident already rated: one rating per report. */
  'ALREADY_RATED',
] as const;
export type ReasonCode = (typeof REASON_CODES)[number];
