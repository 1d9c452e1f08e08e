// The admin works without this script (every action is a form POST). It adds: focus on
// the error summary, live preview and citation lint beside the text, the footnote
// helper, and autosave. Plain DOM, no framework; served as a module.

const $ = <T extends Element>(selector: string, root: ParentNode = document) => root.querySelector<T>(selector);

// Messages in the admin's language, from the page (English when the block is missing).
const MESSAGES = ((): Record<string, unknown> => {
  try {
    return JSON.parse(document.getElementById('admin-messages')?.textContent ?? '{}') as Record<string, unknown>;
  } catch {
    return {};
  }
})();

/** The message `key` with `{{name}}` filled in, or `fallback` when the page has none. */
function text(key: string, fallback: string, values: Record<string, string> = {}): string {
  const text = typeof MESSAGES[key] === 'string' ? MESSAGES[key] as string : fallback;
  return text.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => values[name] ?? whole);
}

/** "3 findings:" with the plural form the admin's language uses for the count. */
function findingsText(count: number): string {
  const locale = typeof MESSAGES['locale'] === 'string' ? MESSAGES['locale'] as string : 'en';
  const forms = (MESSAGES['lintFindings'] ?? {}) as Record<string, string>;
  const template = forms[new Intl.PluralRules(locale).select(count)] ?? forms['other'] ?? (count === 1 ? '{{n}} finding:' : '{{n}} findings:');
  return template.replace('{{n}}', new Intl.NumberFormat(locale).format(count));
}

function severityText(severity: string): string {
  return ((MESSAGES['severity'] ?? {}) as Record<string, string>)[severity] ?? severity;
}

interface Diagnostic { line: number; column: number; severity: string; message: string; rule: string }

function csrf(form: HTMLFormElement): string {
  return (form.elements.namedItem('_csrf') as HTMLInputElement | null)?.value ?? '';
}

async function postJson(url: string, form: HTMLFormElement, body: unknown): Promise<Response> {
  return fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-csrf-token': csrf(form) }, body: JSON.stringify(body), credentials: 'same-origin' });
}

/** Offset in the text of a 1-based line and column. */
function offsetOf(text: string, line: number, column: number): number {
  let offset = 0;
  for (let l = 1; l < line; l++) {
    const next = text.indexOf('\n', offset);
    if (next < 0) return text.length;
    offset = next + 1;
  }
  return Math.min(text.length, offset + column - 1);
}

function renderLint(list: HTMLElement, diagnostics: Diagnostic[]): void {
  list.replaceChildren();
  const heading = $('#lint-count');
  if (heading) heading.textContent = diagnostics.length === 0 ? text('lintNone', 'No problems found in the notes.') : findingsText(diagnostics.length);
  for (const d of diagnostics) {
    const item = document.createElement('li');
    const button = document.createElement('button');
    button.type = 'button';
    button.className = `lint-${d.severity}`;
    button.dataset['line'] = String(d.line);
    button.dataset['column'] = String(d.column);
    button.textContent = `${d.line}:${d.column} ${severityText(d.severity)}: ${d.message}`;
    item.append(button);
    list.append(item);
  }
}

function nextLabel(text: string): number {
  let max = 0;
  for (const m of text.matchAll(/\[\^(\d+)\]/g)) max = Math.max(max, Number(m[1]));
  return max + 1;
}

/**
 * Puts a marker `[^n]` at the cursor and its definition `[^n]: note` after the last line; the
 * cursor goes to the definition to type it, or (a note given) back after the marker.
 */
function insertNote(body: HTMLTextAreaElement, note = ''): void {
  const n = nextLabel(body.value);
  const at = body.selectionEnd;
  const marker = `[^${n}]`;
  let text = body.value.slice(0, at) + marker + body.value.slice(at);
  text = text.replace(/\s*$/, '');
  const definition = `[^${n}]: ${note}`;
  text += /\n\[\^[^\]]+\]:[^\n]*$/.test(text) ? `\n${definition}` : `\n\n${definition}`;
  body.value = text;
  body.focus();
  const cursor = note ? at + marker.length : text.length;
  body.setSelectionRange(cursor, cursor);
  body.dispatchEvent(new Event('input', { bubbles: true }));
}

function setupEditor(form: HTMLFormElement): void {
  const body = $<HTMLTextAreaElement>('#field-body', form);
  const preview = $<HTMLElement>('#preview');
  const lint = $<HTMLElement>('#lint-list');
  const status = $<HTMLElement>('#autosave-status');
  if (!body) return;
  let timer: number | undefined;
  let dirty = false;
  let stopped = false;

  async function refresh(): Promise<void> {
    const response = await postJson('/admin/preview', form, { body: body!.value });
    if (!response.ok) return;
    const data = (await response.json()) as { html: string; diagnostics: Diagnostic[] };
    if (preview) preview.innerHTML = data.html; // rendered and sanitised by the server's pipeline
    if (lint) renderLint(lint, data.diagnostics);
  }

  form.addEventListener('input', () => {
    dirty = true;
    window.clearTimeout(timer);
    timer = window.setTimeout(() => void refresh(), 500);
  });
  lint?.addEventListener('click', (event) => {
    const button = (event.target as HTMLElement).closest('button');
    if (!button) return;
    const offset = offsetOf(body.value, Number(button.dataset['line']), Number(button.dataset['column']));
    body.focus();
    body.setSelectionRange(offset, offset);
  });
  $('#insert-note')?.addEventListener('click', () => insertNote(body));
  setupAddSource(form, body, (note) => insertNote(body, note));
  $('#renumber-notes')?.addEventListener('click', async () => {
    const response = await postJson('/admin/footnotes/renumber', form, { body: body.value });
    if (!response.ok) return;
    body.value = ((await response.json()) as { body: string }).body;
    body.dispatchEvent(new Event('input', { bubbles: true }));
    if (status) status.textContent = text('renumbered', 'Notes renumbered in order of first citation.');
  });

  const url = form.dataset['autosaveUrl'];
  const seconds = Number(form.dataset['autosaveSeconds'] ?? '30');
  if (!url) return;
  const version = form.elements.namedItem('version') as HTMLInputElement;
  window.setInterval(async () => {
    if (!dirty || stopped) return;
    dirty = false;
    const data = new URLSearchParams();
    for (const [key, value] of new FormData(form)) if (typeof value === 'string') data.append(key, value);
    const response = await fetch(url, { method: 'POST', body: data, headers: { 'x-csrf-token': csrf(form), accept: 'application/json' }, credentials: 'same-origin' });
    const result = (await response.json().catch(() => ({}))) as { version?: number; message?: string; kept?: string };
    if (response.ok && result.version !== undefined) {
      version.value = String(result.version);
      const time = new Date().toLocaleTimeString(typeof MESSAGES['locale'] === 'string' ? MESSAGES['locale'] : [], { hour: '2-digit', minute: '2-digit' });
      if (status) status.textContent = result.kept === 'revision'
        ? text('autosavedRevision', 'Autosaved a revision at {{time}} (the live article is unchanged).', { time })
        : text('autosavedDraft', 'Draft autosaved at {{time}}.', { time });
    } else {
      if (response.status === 409) stopped = true;
      if (status) status.textContent = result.message ?? text('autosaveFailed', 'Autosave failed; your text is still here. Save by hand.');
    }
  }, seconds * 1000);
}

interface SourceReview { item: unknown; html: string; markdown: string; fields: Record<string, string> }

/** The server's message of a failed JSON call, or a general one. */
async function messageOf(response: Response): Promise<string> {
  const data = (await response.json().catch(() => null)) as { message?: unknown } | null;
  return typeof data?.message === 'string' ? data.message : text('lookupFailed', 'The look-up failed ({{status}}). Nothing was inserted.', { status: String(response.status) });
}

/**
 * "Add source": the identifier goes to the server, which resolves it and formats it in the
 * site's style; the writer reviews and corrects the fields (formatted again as they type),
 * then Insert puts the note at the cursor, or Cancel leaves the text as it was.
 */
function setupAddSource(form: HTMLFormElement, body: HTMLTextAreaElement, insert: (note: string) => void): void {
  const panel = $<HTMLElement>('#add-source');
  const open = $<HTMLButtonElement>('#add-source-open');
  const identifier = $<HTMLInputElement>('#source-identifier');
  const lookup = $<HTMLButtonElement>('#source-lookup');
  const message = $<HTMLElement>('#source-message');
  const reviewBox = $<HTMLElement>('#source-review');
  const preview = $<HTMLElement>('#source-preview');
  if (!panel || !open || !identifier || !lookup || !message || !reviewBox || !preview) return;
  const inputs = [...panel.querySelectorAll<HTMLInputElement>('[data-source-field]')];
  let review: SourceReview | null = null;
  let sequence = 0;
  let timer: number | undefined;
  let formatting: Promise<boolean> | null = null;

  const say = (said: string, busy = false) => {
    message.textContent = said;
    message.classList.toggle('busy', busy);
  };
  const show = (next: SourceReview, fillFields: boolean) => {
    review = next;
    preview.innerHTML = next.html; // formatted and sanitised by the server
    if (fillFields) for (const input of inputs) input.value = next.fields[input.dataset['sourceField'] ?? ''] ?? '';
    reviewBox.hidden = false;
  };
  const close = () => {
    sequence++;
    window.clearTimeout(timer);
    review = null;
    panel.hidden = true;
    reviewBox.hidden = true;
    identifier.value = '';
    say('');
    open.setAttribute('aria-expanded', 'false');
    body.focus();
  };
  const call = async (url: string, payload: unknown): Promise<Response | null> => {
    try {
      return await fetch(url, {
        method: 'POST', headers: { 'content-type': 'application/json', 'x-csrf-token': csrf(form), accept: 'application/json' },
        body: JSON.stringify(payload), credentials: 'same-origin', signal: AbortSignal.timeout(45_000),
      });
    } catch {
      say(text('noAnswer', 'The server did not answer in time. Nothing was inserted; try again.'));
      return null;
    }
  };

  async function resolve(): Promise<void> {
    const mine = ++sequence;
    reviewBox!.hidden = true;
    review = null;
    say(text('lookingUp', 'Looking up…'), true);
    lookup!.disabled = true;
    const response = await call('/admin/sources/resolve', { identifier: identifier!.value });
    lookup!.disabled = false;
    if (mine !== sequence || !response) return;
    if (!response.ok) return say(await messageOf(response));
    say('');
    show((await response.json()) as SourceReview, true);
    inputs[0]?.focus();
  }

  async function reformat(): Promise<boolean> {
    if (!review) return false;
    const mine = ++sequence;
    const fields = Object.fromEntries(inputs.map((i) => [i.dataset['sourceField'] ?? '', i.value]));
    const response = await call('/admin/sources/format', { item: review.item, fields });
    if (mine !== sequence || !response) return false;
    if (!response.ok) {
      say(await messageOf(response));
      return false;
    }
    say('');
    show((await response.json()) as SourceReview, false);
    return true;
  }

  open.addEventListener('click', () => {
    panel.hidden = false;
    open.setAttribute('aria-expanded', 'true');
    identifier.focus();
  });
  lookup.addEventListener('click', () => void resolve());
  // The panel's typing is not the article's: no preview refresh or autosave, and Enter never submits the article.
  panel.addEventListener('input', (event) => {
    event.stopPropagation();
    if (!(event.target as HTMLElement).dataset['sourceField']) return;
    window.clearTimeout(timer);
    timer = window.setTimeout(() => (formatting = reformat()), 400);
  });
  panel.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') close();
    if (event.key !== 'Enter' || (event.target as HTMLElement).tagName !== 'INPUT') return;
    event.preventDefault();
    if (event.target === identifier) void resolve();
  });
  $('#source-cancel')?.addEventListener('click', close);
  $('#source-insert')?.addEventListener('click', async () => {
    if (!review) return;
    // Corrections still being formatted, or typed since, are waited for.
    window.clearTimeout(timer);
    const typed = inputs.some((i) => i.value !== (review!.fields[i.dataset['sourceField'] ?? ''] ?? ''));
    if (typed || formatting) formatting = reformat();
    if (formatting && !(await formatting)) return;
    formatting = null;
    const note = review?.markdown;
    if (!note) return;
    close();
    insert(note);
  });
}

document.addEventListener('DOMContentLoaded', () => {
  $<HTMLElement>('#error-summary')?.focus();
  const editor = $<HTMLFormElement>('form#editor');
  if (editor) setupEditor(editor);
});

export {};
