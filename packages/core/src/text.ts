import { z } from 'zod';

/**
 * An unpaired UTF-16 surrogate. JavaScript strings (and JSON's \u escapes) can hold one; UTF-8 cannot,
 * so PostgreSQL refuses it in jsonb (the ticket history) and it cannot round-trip through text.
 * With the `u` flag a well-formed pair is one code point, so only a lone half matches.
 */
const LONE_SURROGATE = /\p{Cs}/u;

export const NUL_MESSAGE = 'Text must not contain NUL characters';
export const LONE_SURROGATE_MESSAGE = 'Text must be valid Unicode (it contains an unpaired surrogate)';

export interface TextOptions {
  /** The most characters (UTF-16 code units, as JavaScript counts them); published as maxLength. */
  max: number;
  /** The message when the text is longer. */
  tooLong?: string;
  /** Trim surrounding whitespace first, so the limits apply to what is kept. */
  trim?: boolean;
  /**
   * A limit in UTF-8 bytes, as the text is stored (`tooLong` when over). A character is at least one
   * byte, so `max` at the same number never refuses what this allows; `max` is what clients see.
   */
  maxBytes?: number;
}

/**
 * Free text that PostgreSQL can store: PostgreSQL text refuses NUL (0x00) and UTF-8 has no unpaired
 * surrogates, so both are validation errors here rather than a failed statement later. Every text
 * input is built from this, so each one also carries its maximum length into the OpenAPI document.
 * A ZodString, so callers chain .min(), .toLowerCase(), .pipe() as usual.
 */
export function safeText({ max, tooLong = `At most ${max} characters`, trim = false, maxBytes }: TextOptions) {
  const text = (trim ? z.string().trim() : z.string())
    .max(max, { message: tooLong, abort: true })
    .refine((value) => !value.includes('\u0000'), NUL_MESSAGE)
    .refine((value) => !LONE_SURROGATE.test(value), LONE_SURROGATE_MESSAGE);
  return maxBytes === undefined ? text : text.refine((value) => Buffer.byteLength(value) <= maxBytes, tooLong);
}

/** The length of a UUID in its canonical text form. */
const UUID_LENGTH = 36;

/** A UUID input, with its length published (the pattern alone bounds it, but few clients read patterns). */
export const uuidInput = (message?: string) => z.uuid(message).max(UUID_LENGTH, message);
