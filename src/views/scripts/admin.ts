// The admin works without this script (every action is a form POST). It adds: focus on
// the error summary, live preview and citation lint beside the text, the footnote
// helper, and autosave. Plain DOM, no framework; served as a module.

const $ = <T extends Element>(selector: string, root: ParentNode = document) => root.querySelector<T>(selector);

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
  if (heading) heading.textContent = diagnostics.length === 0 ? 'No problems found in the notes.' : `${diagnostics.length} finding${diagnostics.length === 1 ? '' : 's'}:`;
  for (const d of diagnostics) {
    const item = document.createElement('li');
    const button = document.createElement('button');
    button.type = 'button';
    button.className = `lint-${d.severity}`;
    button.dataset['line'] = String(d.line);
    button.dataset['column'] = String(d.column);
    button.textContent = `${d.line}:${d.column} ${d.severity}: ${d.message}`;
    item.append(button);
    list.append(item);
  }
}

function nextLabel(text: string): number {
  let max = 0;
  for (const m of text.matchAll(/\[\^(\d+)\]/g)) max = Math.max(max, Number(m[1]));
  return max + 1;
}

function insertNote(body: HTMLTextAreaElement): void {
  const n = nextLabel(body.value);
  const at = body.selectionEnd;
  let text = body.value.slice(0, at) + `[^${n}]` + body.value.slice(at);
  text = text.replace(/\s*$/, '');
  const definition = `[^${n}]: `;
  text += /\n\[\^[^\]]+\]:[^\n]*$/.test(text) ? `\n${definition}` : `\n\n${definition}`;
  body.value = text;
  body.focus();
  body.setSelectionRange(text.length, text.length);
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
  $('#renumber-notes')?.addEventListener('click', async () => {
    const response = await postJson('/admin/footnotes/renumber', form, { body: body.value });
    if (!response.ok) return;
    body.value = ((await response.json()) as { body: string }).body;
    body.dispatchEvent(new Event('input', { bubbles: true }));
    if (status) status.textContent = 'Notes renumbered in order of first citation.';
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
      const time = new Date().toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
      if (status) status.textContent = result.kept === 'revision' ? `Autosaved a revision at ${time} (the live article is unchanged).` : `Draft autosaved at ${time}.`;
    } else {
      if (response.status === 409) stopped = true;
      if (status) status.textContent = result.message ?? 'Autosave failed; your text is still here. Save by hand.';
    }
  }, seconds * 1000);
}

document.addEventListener('DOMContentLoaded', () => {
  $<HTMLElement>('#error-summary')?.focus();
  const editor = $<HTMLFormElement>('form#editor');
  if (editor) setupEditor(editor);
});

export {};
