import { z } from 'zod';
import { invalid, m } from './errors.js';
import { schemaMessage } from './schema-messages.js';

/** One link of a site menu; top-level items may hold one level of children. */
export interface MenuItem {
  label: string;
  url: string;
  children: MenuItem[];
}

/** Most items a menu holds (children included): a header is not a site map. */
export const MENU_MAX_ITEMS = 40;
/** Top-level sections the header shows while the owner has not chosen a menu. */
export const DEFAULT_MENU_LENGTH = 6;

/** A site path (`/about`, `/news/`) or an http(s) address. */
export function isMenuUrl(url: string): boolean {
  if (url.startsWith('/')) return !url.startsWith('//') && !/[\s<>"]/.test(url);
  try {
    return ['http:', 'https:'].includes(new URL(url).protocol);
  } catch {
    return false;
  }
}

const linkShape = {
  label: z.string().trim().min(1).max(80),
  url: z.string().trim().max(2048).refine(isMenuUrl, schemaMessage(m`must be a site path such as /about or an http(s) address`)),
};
const childSchema = z.object({ ...linkShape, children: z.array(z.never()).max(0).default([]) });
const itemSchema = z.object({ ...linkShape, children: z.array(childSchema).default([]) });

/** A stored menu: `null` means "not chosen" (the site shows its default). */
export const menuSchema = z.array(itemSchema)
  .refine((items) => countItems(items) <= MENU_MAX_ITEMS, schemaMessage(m`holds at most ${MENU_MAX_ITEMS} links`))
  .nullable();

function countItems(items: MenuItem[]): number {
  return items.reduce((n, item) => n + 1 + item.children.length, 0);
}

/** The form field menu errors are reported on. */
export const MENU_FIELD = 'menus';

/** One row of the admin's menu form, as typed. */
export interface MenuRow {
  label: string;
  url: string;
  /** Sort key as typed (empty keeps the row where it is). */
  position: string;
  /** Nested under the nearest top-level row above it. */
  child: boolean;
}

/**
 * A menu from the rows of the admin form: rows sorted by position (ties keep their order),
 * blank rows dropped, a child row nested under the top-level row above it. A half-filled
 * row, a bad address or a child with no parent is an error naming the row (1-based, as shown).
 */
export function menuFromRows(rows: MenuRow[], menuName: string): MenuItem[] {
  const ordered = rows
    .map((row, index) => ({ row, index, key: row.position.trim() === '' ? index + 1 : Number(row.position) }))
    .filter(({ row }) => row.label.trim() !== '' || row.url.trim() !== '');
  for (const { row, index, key } of ordered) {
    const at = index + 1;
    if (!Number.isFinite(key)) throw invalid(m`${menuName} row ${at}: the position must be a number (got "${row.position}").`, MENU_FIELD);
    if (row.label.trim() === '') throw invalid(m`${menuName} row ${at}: give the link a label.`, MENU_FIELD);
    if (row.label.trim().length > 80) throw invalid(m`${menuName} row ${at}: the label is too long (80 characters at most).`, MENU_FIELD);
    if (!isMenuUrl(row.url.trim())) throw invalid(m`${menuName} row ${at}: "${row.url.trim()}" is not a site path such as /about or an http(s) address.`, MENU_FIELD);
  }
  ordered.sort((a, b) => a.key - b.key || a.index - b.index);
  const menu: MenuItem[] = [];
  for (const { row, index } of ordered) {
    const item: MenuItem = { label: row.label.trim(), url: row.url.trim(), children: [] };
    if (!row.child) {
      menu.push(item);
      continue;
    }
    const parent = menu.at(-1);
    if (!parent) throw invalid(m`${menuName} row ${index + 1}: a nested link needs a top-level link above it.`, MENU_FIELD);
    parent.children.push(item);
  }
  if (countItems(menu) > MENU_MAX_ITEMS) throw invalid(m`${menuName}: a menu holds at most ${MENU_MAX_ITEMS} links.`, MENU_FIELD);
  return menu;
}

/** The rows the admin form shows for a menu: its items in order, then `blank` empty rows to add to it. */
export function rowsFromMenu(menu: MenuItem[], blank: number): MenuRow[] {
  const rows: MenuRow[] = [];
  for (const item of menu) {
    rows.push({ label: item.label, url: item.url, position: '', child: false });
    for (const child of item.children) rows.push({ label: child.label, url: child.url, position: '', child: true });
  }
  for (let i = 0; i < blank; i++) rows.push({ label: '', url: '', position: '', child: false });
  return rows.map((row, i) => ({ ...row, position: String(i + 1) }));
}

/** The menu shown while the owner has chosen none: the first few top-level sections, so an import of 58 categories does not fill the header. */
export function defaultMenu(topSections: Array<{ label: string; url: string }>): MenuItem[] {
  return topSections.slice(0, DEFAULT_MENU_LENGTH).map((s) => ({ label: s.label, url: s.url, children: [] }));
}
