import { z } from 'zod';

/** A short stable id in kebab-case (`alcotra-2014-2020`). */
export const SlugSchema = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'must be a kebab-case id, e.g. "alcotra-2014-2020"' });

/** A non-empty line of text, trimmed. */
export const TextSchema = z.string().trim().min(1, { error: 'must not be empty' });
