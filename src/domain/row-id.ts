/** The largest row id there can be: ids are 32-bit integers (PostgreSQL `integer`). */
export const MAX_ROW_ID = 2_147_483_647;

/** Whether a number can be a row id: a positive whole number no larger than MAX_ROW_ID. */
export function isRowId(value: number): boolean {
  return Number.isSafeInteger(value) && value > 0 && value <= MAX_ROW_ID;
}

/** A row id written as text (`"42"`), or null for anything else: signs, leading zeros, decimals, too large. */
export function parseRowId(text: string): number | null {
  if (!/^[1-9]\d{0,9}$/.test(text)) return null;
  const value = Number(text);
  return isRowId(value) ? value : null;
}
