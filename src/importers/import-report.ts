/**
 * What an import did, shared by every importer (WordPress, Ghost, Substack, Markdown, JSON):
 * a tally of created / updated / skipped / converted-with-loss records per kind, and the
 * warnings, each naming where in the source it comes from. The CLI prints the tally as a
 * table ({@link formatSummaryTable}) and `--report FILE` writes {@link reportDocument} as JSON.
 *
 * Warnings stay plain strings (what the user reads); {@link warn} writes them in one shape,
 * `FILE:LINE: "POST": message` (or `FILE (post SLUG): message`), which {@link parseWarning}
 * reads back for the JSON report.
 */

/** What an import did with one record. `lossy`: imported, but something of it was lost or approximated. */
export type ImportOutcome = 'created' | 'updated' | 'skipped' | 'lossy';

/** What an import did with one kind of record. */
export interface ImportCounts {
  created: number;
  updated: number;
  skipped: number;
  /** Imported (so also counted as created or updated) with something converted with loss. */
  lossy: number;
}

/** What an import did, per kind, and what it wants the user to know. */
export interface ImportSummary {
  kinds: Record<string, ImportCounts>;
  warnings: string[];
}

/** Where in the source a warning comes from. */
export interface WarningPlace {
  file?: string;
  line?: number;
  /** The post's title or slug. */
  post?: string;
}

/** One warning as the JSON report gives it. */
export interface ImportWarning extends WarningPlace {
  message: string;
}

/** A summary being filled while importing. */
export interface ImportTally extends ImportSummary {
  /** Warnings too many to print (one a post): written to the `--report` file only. */
  details: string[];
  count(kind: string, outcome: ImportOutcome): void;
  /** Adds a warning in the shape {@link parseWarning} reads back. */
  warn(place: WarningPlace, message: string): void;
}

/**
 * The kinds every table shows, in this order, even at zero; other kinds follow. `articles`
 * is how importers count posts (as Dossier calls them); the table calls them posts.
 */
export const REPORTED_KINDS: ReadonlyArray<readonly [kind: string, label: string]> = [
  ['articles', 'posts'],
  ['pages', 'pages'],
  ['comments', 'comments'],
  ['media', 'media'],
  ['tags', 'tags'],
  ['sections', 'sections'],
  ['authors', 'authors'],
  ['redirects', 'redirects'],
];

const emptyCounts = (): ImportCounts => ({ created: 0, updated: 0, skipped: 0, lossy: 0 });

/** A warning's text, with its place in front. */
export function formatWarning(place: WarningPlace, message: string): string {
  let where = place.file ?? '';
  if (place.line !== undefined) where += `${where ? ':' : 'line '}${place.line}`;
  if (place.post !== undefined) where += `${where ? ': ' : ''}"${place.post}"`;
  return where ? `${where}: ${message}` : message;
}

/** A tally to fill while importing. */
export function createSummary(): ImportTally {
  const kinds: Record<string, ImportCounts> = {};
  const warnings: string[] = [];
  return {
    kinds,
    warnings,
    details: [],
    count(kind, outcome) {
      kinds[kind] ??= emptyCounts();
      kinds[kind][outcome] += 1;
    },
    warn(place, message) {
      warnings.push(formatWarning(place, message));
    },
  };
}

const PLACED = /^(?<file>[^\s:][^:]*?):(?<line>\d+): (?:"(?<post>[^"]*)": )?(?<message>[\s\S]*)$/;
const IN_POST = /^(?<file>[^\s:][^:(]*?) \(post (?<post>[^)]+)\): (?:"[^"]*": )?(?<message>[\s\S]*)$/;

/** A warning string read back into its place and message (the message alone when it names no place). */
export function parseWarning(warning: string): ImportWarning {
  const placed = PLACED.exec(warning)?.groups;
  if (placed) {
    return {
      file: placed['file']!,
      line: Number(placed['line']),
      ...(placed['post'] !== undefined ? { post: placed['post'] } : {}),
      message: placed['message']!,
    };
  }
  const inPost = IN_POST.exec(warning)?.groups;
  if (inPost) return { file: inPost['file']!, post: inPost['post']!, message: inPost['message']! };
  return { message: warning };
}

/** The tally as an aligned table: one row per kind, one column per outcome. */
export function formatSummaryTable(summary: Pick<ImportSummary, 'kinds'>): string {
  const known = new Set(REPORTED_KINDS.map(([kind]) => kind));
  const rows: Array<[string, ImportCounts]> = [
    ...REPORTED_KINDS.map(([kind, label]): [string, ImportCounts] => [label, summary.kinds[kind] ?? emptyCounts()]),
    ...Object.entries(summary.kinds).filter(([kind]) => !known.has(kind)),
  ];
  const width = Math.max(4, ...rows.map(([label]) => label.length));
  const columns = ['created', 'updated', 'skipped', 'with loss'] as const;
  let out = `${'kind'.padEnd(width)}  ${columns.join('  ')}\n`;
  for (const [label, c] of rows) {
    const cells = [c.created, c.updated, c.skipped, c.lossy].map((n, i) => String(n).padStart(columns[i]!.length));
    out += `${label.padEnd(width)}  ${cells.join('  ')}\n`;
  }
  return out;
}

/** The warnings as lines to print, at most `max` of them. */
export function formatWarnings(summary: Pick<ImportSummary, 'warnings'>, max = 50): string {
  const { warnings } = summary;
  if (warnings.length === 0) return '';
  let out = `${warnings.length} warning${warnings.length === 1 ? '' : 's'}:\n`;
  for (const warning of warnings.slice(0, max)) out += `  ${warning}\n`;
  if (warnings.length > max) out += `  …and ${warnings.length - max} more (all of them with --report FILE).\n`;
  return out;
}

/** What `--report FILE` writes: the tally and every warning with its place, as JSON. */
export interface ImportReportDocument {
  importer: string;
  source: string;
  finishedAt: string;
  kinds: Record<string, ImportCounts>;
  warnings: ImportWarning[];
}

/** The JSON report of an import. */
export function reportDocument(summary: ImportSummary, meta: { importer: string; source: string; finishedAt: string }): ImportReportDocument {
  const kinds: Record<string, ImportCounts> = {};
  for (const [kind, label] of REPORTED_KINDS) kinds[label] = { ...emptyCounts(), ...summary.kinds[kind] };
  for (const [kind, counts] of Object.entries(summary.kinds)) if (!REPORTED_KINDS.some(([k]) => k === kind)) kinds[kind] = { ...emptyCounts(), ...counts };
  const details = 'details' in summary && Array.isArray(summary.details) ? (summary.details as string[]) : [];
  return { ...meta, kinds, warnings: [...summary.warnings, ...details].map(parseWarning) };
}
