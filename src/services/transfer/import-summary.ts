/** What an import did with one kind of record. */
export interface ImportCounts {
  created: number;
  updated: number;
  skipped: number;
}

/** What an import did, per kind, and what it wants the user to know. */
export interface ImportSummary {
  kinds: Record<string, ImportCounts>;
  warnings: string[];
}

/** A tally to fill while importing. */
export function createSummary(): ImportSummary & { count(kind: string, outcome: keyof ImportCounts): void } {
  const kinds: Record<string, ImportCounts> = {};
  return {
    kinds,
    warnings: [],
    count(kind, outcome) {
      kinds[kind] ??= { created: 0, updated: 0, skipped: 0 };
      kinds[kind][outcome] += 1;
    },
  };
}
