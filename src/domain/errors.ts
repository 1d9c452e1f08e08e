/** The kinds of failure a use case can report; the HTTP layer alone maps them to statuses. */
export type DomainErrorKind = 'NotFound' | 'Invalid' | 'Forbidden' | 'Conflict' | 'RateLimited';

/**
 * A user-facing message: its English text, and the template and values a translation fills
 * (`{{0}}`, `{{1}}`… in the template stand for the values). Write one with the m tag on a
 * template literal; the English template is the key the locale files'
 * `messages` catalogues translate (src/presenters/i18n/locales/messages/).
 */
export interface Message {
  readonly text: string;
  readonly template: string;
  readonly values: readonly (string | number)[];
  /** For a message with plural forms: the number that picks the form. */
  readonly count?: number;
}

/** Tags a template literal as a translatable message (see Message). */
export function m(strings: TemplateStringsArray, ...values: (string | number)[]): Message {
  let text = strings[0]!;
  let template = strings[0]!;
  values.forEach((value, i) => {
    text += String(value) + strings[i + 1]!;
    template += `{{${i}}}` + strings[i + 1]!;
  });
  return { text, template, values };
}

/**
 * A message whose wording depends on a number: English picks `one` or `other`, a
 * translation its own language's forms (the catalogue entry for `other`'s template holds them).
 */
export function plural(count: number, forms: { one: Message; other: Message }): Message {
  const english = count === 1 ? forms.one : forms.other;
  return { text: english.text, template: forms.other.template, values: forms.other.values, count };
}

/** A message that is already text (English only) or a translatable one. */
export type MessageInput = string | Message;

function messageOf(input: MessageInput): Message | undefined {
  return typeof input === 'string' ? undefined : input;
}

/** A failure a user can cause, with a message that says what was wrong and where. */
export class DomainError extends Error {
  readonly kind: DomainErrorKind;
  /** The message's template and values, when it can be translated (see Message). */
  readonly translatable: Message | undefined;
  /** The input field, file position or entity the error is about, when there is one. */
  readonly field: string | undefined;
  /** Itemised findings behind the error (e.g. citation lint diagnostics), for forms and APIs. */
  readonly details: readonly unknown[];

  constructor(kind: DomainErrorKind, message: MessageInput, field?: string, details: readonly unknown[] = []) {
    super(typeof message === 'string' ? message : message.text);
    this.name = 'DomainError';
    this.kind = kind;
    this.translatable = messageOf(message);
    this.field = field;
    this.details = details;
  }
}

/** Something asked for does not exist (or is not public). */
export const notFound = (message: MessageInput): DomainError => new DomainError('NotFound', message);
/** Input was malformed; `field` names which part. */
export const invalid = (message: MessageInput, field?: string): DomainError =>
  new DomainError('Invalid', message, field);
/** The actor may not do this. */
export const forbidden = (message: MessageInput): DomainError => new DomainError('Forbidden', message);
/** The change clashes with existing data (a taken slug, a stale edit). */
export const conflict = (message: MessageInput, field?: string): DomainError =>
  new DomainError('Conflict', message, field);

/** Too many attempts in a short time; `retryAfterSeconds` says when the next one will be taken. */
export class RateLimitedError extends DomainError {
  readonly retryAfterSeconds: number;

  constructor(message: MessageInput, retryAfterSeconds: number) {
    super('RateLimited', message);
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

/** True when `error` is a DomainError (of the given kind, if one is named). */
export function isDomainError(error: unknown, kind?: DomainErrorKind): error is DomainError {
  return error instanceof DomainError && (kind === undefined || error.kind === kind);
}

/**
 * The database (or another service the site stands on) cannot answer right now: lost,
 * unreachable or busy. Not a DomainError — nothing the user did — so no handler of user
 * errors swallows it; the web answers 503 with Retry-After, the CLI one line.
 */
export class UnavailableError extends Error {
  /** When trying again is worth it. */
  readonly retryAfterSeconds: number;
  /** The connection went while a commit was under way: the writes may or may not have landed. */
  readonly outcomeUnknown: boolean;

  constructor(message: string, retryAfterSeconds = 5, options: ErrorOptions & { outcomeUnknown?: boolean } = {}) {
    super(message, options);
    this.name = 'UnavailableError';
    this.retryAfterSeconds = retryAfterSeconds;
    this.outcomeUnknown = options.outcomeUnknown ?? false;
  }
}

/** True when `error` says the database or a service behind it cannot answer right now. */
export function isUnavailable(error: unknown): error is UnavailableError {
  return error instanceof UnavailableError;
}
