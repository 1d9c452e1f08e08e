// Note pop-overs on an article page (progressive enhancement). Without this script a note
// marker is a link to the numbered notes list and each note links back; that stays as it is.
// On wide screens (where a reader has a pointer and a keyboard) hovering or focusing a marker
// also shows the note beside it: a role="tooltip" that the marker names with
// aria-describedby, so screen readers read the note with the marker. Escape hides it; focus
// never moves into it (its text is plain, the note's links stay in the list). Plain DOM: the
// pop-over copies the text of the note already on the page, nothing is parsed.

const WIDE = '(min-width: 75rem)';
const HIDE_DELAY_MS = 250;

let shown: { tip: HTMLElement; marker: HTMLAnchorElement } | null = null;
let hideTimer: ReturnType<typeof setTimeout> | undefined;

function hide(): void {
  clearTimeout(hideTimer);
  if (!shown) return;
  shown.tip.hidden = true;
  shown = null;
}

function place(tip: HTMLElement, marker: HTMLElement): void {
  const box = marker.getBoundingClientRect();
  const page = document.documentElement.clientWidth;
  const width = Math.min(tip.offsetWidth, page - 16);
  // Under the marker, kept inside the window whichever way the text runs.
  const left = Math.max(8, Math.min(box.left + box.width / 2 - width / 2, page - width - 8));
  // Measured from the box the pop-over is placed in (the page, or a positioned ancestor).
  const parent = tip.offsetParent;
  const origin = parent && parent !== document.body ? parent.getBoundingClientRect() : { left: -window.scrollX, top: -window.scrollY };
  tip.style.left = `${left - origin.left}px`;
  // Below the marker, or above it when it would run off the bottom of the window and fits there.
  const above = box.bottom + tip.offsetHeight + 6 > window.innerHeight && box.top > tip.offsetHeight + 6;
  tip.style.top = `${(above ? box.top - tip.offsetHeight - 6 : box.bottom + 6) - origin.top}px`;
}

function show(tip: HTMLElement, marker: HTMLAnchorElement): void {
  if (!window.matchMedia(WIDE).matches) return;
  clearTimeout(hideTimer);
  if (shown && shown.tip !== tip) shown.tip.hidden = true;
  tip.hidden = false;
  place(tip, marker);
  shown = { tip, marker };
}

function laterHide(): void {
  clearTimeout(hideTimer);
  hideTimer = setTimeout(hide, HIDE_DELAY_MS);
}

/** The pop-over of a note, made once per note and shared by the markers that cite it. */
function tipFor(noteId: string, made: Map<string, HTMLElement>): HTMLElement | null {
  const existing = made.get(noteId);
  if (existing) return existing;
  const note = document.getElementById(noteId);
  const text = note?.querySelector('.note-text')?.textContent?.replace(/\s+/g, ' ').trim();
  if (!note || !text) return null;
  const tip = document.createElement('div');
  tip.id = `${noteId}-popover`;
  tip.className = 'note-popover';
  tip.setAttribute('role', 'tooltip');
  tip.hidden = true;
  const number = document.createElement('span');
  number.className = 'note-popover-number';
  number.textContent = `${note.getAttribute('value') ?? ''}.`;
  tip.append(number, ' ', text);
  // The pointer may move onto the pop-over (to read or select it) without it closing.
  tip.addEventListener('mouseenter', () => clearTimeout(hideTimer));
  tip.addEventListener('mouseleave', laterHide);
  // Inside the main landmark, after the article: all content stays in landmarks.
  (document.querySelector('main') ?? document.body).append(tip);
  made.set(noteId, tip);
  return tip;
}

function enhance(): void {
  const made = new Map<string, HTMLElement>();
  for (const marker of document.querySelectorAll<HTMLAnchorElement>('.article-body sup.note-ref a[href^="#"]')) {
    const tip = tipFor(decodeURIComponent(marker.hash.slice(1)), made);
    if (!tip) continue;
    marker.setAttribute('aria-describedby', tip.id);
    marker.addEventListener('mouseenter', () => show(tip, marker));
    marker.addEventListener('mouseleave', laterHide);
    marker.addEventListener('focus', () => show(tip, marker));
    marker.addEventListener('blur', hide);
    // Following the link jumps to the note itself: no pop-over over it.
    marker.addEventListener('click', hide);
  }
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && shown) hide();
  });
  window.addEventListener('resize', hide);
}

enhance();

// A module: its names stay its own.
export {};
