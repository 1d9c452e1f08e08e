import { LOCATOR_VALUE, LOCATOR_WORD, locatorLabel, tidyLocator } from './locators.js';
import { SIGNAL } from './signals.js';

/** What an "ibid" note says: its own locator (and label), and any signal before it. */
export interface IbidNote {
  locator: string | null;
  label: string | null;
  prefix?: string;
  suffix?: string;
}

const IBID = new RegExp(
  `^\\s*(?:(${SIGNAL})\\s+)?(?:ibid|ibidem|id)\\.?\\s*(?:[,:;]?\\s*(?:(at|${LOCATOR_WORD})\\s*)?(${LOCATOR_VALUE}))?\\s*(?:[,;]?\\s*(\\([^()]{1,200}\\)))?\\s*[.,]?\\s*$`,
  'i',
);

/** Whether a note only repeats the previous source ("ibid", "Ibid., p. 4", "Id. at 5", "See ibid., chap. 2"), and its new locator. */
export function parseIbid(text: string): IbidNote | null {
  const plain = text.replace(/[*_]/g, '').replace(/\s+/g, ' ');
  const m = IBID.exec(plain);
  if (!m) return null;
  const value = m[3] ? tidyLocator(m[3]) : null;
  return {
    locator: value,
    label: value ? locatorLabel(m[2], value) : null,
    ...(m[1] ? { prefix: m[1] } : {}),
    ...(m[4] ? { suffix: m[4] } : {}),
  };
}
