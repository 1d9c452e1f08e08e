import { statSync } from 'node:fs';
import { z } from 'zod';
import { invalid } from '../domain/errors.js';
import { isValidSlug } from '../domain/slug.js';

/**
 * The name a value goes by on the command line: a key in capitals is an argument, shown as
 * is (`ID`, `FILE`); any other key is an option (`passwordStdin` → `--password-stdin`).
 */
function shownName(key: string): string {
  return /^[A-Z][A-Z0-9-]*$/.test(key) ? key : `--${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
}

/** The value at a schema issue's path, as typed. */
function valueAt(values: Record<string, unknown>, path: ReadonlyArray<PropertyKey>): unknown {
  let value: unknown = values;
  for (const key of path) value = value === null || typeof value !== 'object' ? undefined : (value as Record<PropertyKey, unknown>)[key];
  return value;
}

/**
 * Parses the options and arguments a command was given with their schemas, like request
 * input is parsed (http/parse-input.ts). A wrong value is an Invalid error — one line,
 * exit code 2, nothing done — that names the option and what it takes, e.g.
 * `--workers must be a whole number from 1 to 256 (got "abc").`
 */
export function parseOptions<T extends Record<string, z.ZodType>>(shape: T, values: { [K in keyof T]?: unknown }): { [K in keyof T]: z.infer<T[K]> } {
  const parsed = z.object(shape).safeParse(values);
  if (parsed.success) return parsed.data as { [K in keyof T]: z.infer<T[K]> };
  const issue = parsed.error.issues[0]!;
  const key = String(issue.path[0] ?? '');
  const got = valueAt(values, issue.path);
  throw invalid(`${shownName(key)} ${issue.message}${got === undefined ? '' : ` (got ${JSON.stringify(got)})`}.`, key);
}

/** A whole number from `min` to `max`, typed in decimal digits. */
export function wholeNumber(min: number, max: number, message = `must be a whole number from ${min} to ${max}`): z.ZodType<number, string> {
  return z
    .string()
    .regex(/^\d{1,16}$/, { error: message })
    .transform(Number)
    .refine((n) => n >= min && n <= max, { error: message });
}

/** One of a fixed list of words. */
export function oneOf<const V extends string>(values: readonly V[]): z.ZodType<V, string> {
  return z.enum(values as unknown as [V, ...V[]], { error: `must be one of ${values.join(', ')}` });
}

/** A slug as Dossier writes them (lowercase words joined by hyphens). */
export const slug = z.string().refine(isValidSlug, { error: 'must be a slug such as my-article: lowercase letters and digits joined by hyphens' });

/** An email address such as name@example.org (checked as the account rules check it). */
export const email = z
  .string()
  .trim()
  .max(254, { error: 'must be an email address of at most 254 characters' })
  .regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, { error: 'must be an email address such as name@example.org' });

/** Something typed on one line that is not blank. */
export const text = (max: number) =>
  z
    .string()
    .refine((value) => value.trim() !== '', { error: 'must not be empty' })
    .refine((value) => value.length <= max, { error: `must be at most ${max} characters` });

/** A path to write to (not blank). */
export const outputPath = z.string().refine((value) => value.trim() !== '', { error: 'must be a file or folder path' });

function kindOf(path: string): 'file' | 'folder' | null {
  try {
    const stats = statSync(path, { throwIfNoEntry: false });
    return stats?.isFile() ? 'file' : stats?.isDirectory() ? 'folder' : null;
  } catch {
    return null;
  }
}

/** A path to an existing file. */
export const existingFile = z.string().refine((value) => value !== '' && kindOf(value) === 'file', { error: 'must be an existing file' });

/** A path to an existing folder. */
export const existingFolder = z.string().refine((value) => value !== '' && kindOf(value) === 'folder', { error: 'must be an existing folder' });

/** A database id of a `what` (comment…): a whole number that fits both engines' integer columns. */
export const id = (what: string) => wholeNumber(1, 2_147_483_647, `must be a ${what} id, a whole number from 1 to 2147483647`);
