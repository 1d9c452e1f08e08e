import AdmZip from 'adm-zip';
import { parse } from 'csv-parse/sync';
import { invalid } from '../../domain/errors.js';

/** One row of a Substack export's posts.csv with its HTML file, and where it came from. */
export interface SubstackRow {
  /** `<numeric id>.<slug>`, as Substack writes it; also the HTML file's name. */
  postId: string;
  /** The row's first line in posts.csv (line 1 is the header). */
  line: number;
  postDate: string | null;
  isPublished: boolean;
  type: string;
  audience: string;
  title: string;
  subtitle: string;
  podcastUrl: string;
  html: string;
}

const REQUIRED = ['post_id', 'post_date', 'is_published', 'type', 'audience', 'title', 'subtitle'] as const;

/** The zip's entries by their path, whatever folder the export was zipped in. */
function entriesOf(file: string, zip: Buffer): { files: Map<string, string>; prefix: string } {
  let archive: AdmZip;
  try {
    archive = new AdmZip(zip);
  } catch (error) {
    throw invalid(`${file}: not a zip file (${error instanceof Error ? error.message : String(error)}). Expected the .zip Substack sends (Settings → Exports).`, 'file');
  }
  const files = new Map<string, string>();
  let entries;
  try {
    entries = archive.getEntries();
  } catch (error) {
    throw invalid(`${file}: the zip file is damaged (${error instanceof Error ? error.message : String(error)}).`, 'file');
  }
  for (const entry of entries) {
    if (entry.isDirectory) continue;
    const name = entry.entryName.replace(/\\/g, '/');
    if (name === 'posts.csv' || name.endsWith('/posts.csv') || /(^|\/)posts\/[^/]+\.html$/.test(name)) files.set(name, entry.getData().toString('utf8'));
  }
  const csv = [...files.keys()].filter((name) => name.endsWith('posts.csv')).sort((a, b) => a.length - b.length)[0];
  if (!csv) throw invalid(`${file}: there is no posts.csv in the zip; is this a Substack export?`, 'file');
  return { files, prefix: csv.slice(0, -'posts.csv'.length) };
}

/**
 * Reads a Substack export (.zip: posts.csv and `posts/<post_id>.html`). Everything is read
 * and checked before anything is written: a bad zip, a missing posts.csv or column, or a
 * row without its HTML file is an error naming the file and the row.
 */
export function readSubstackExport(file: string, zip: Buffer): SubstackRow[] {
  const { files, prefix } = entriesOf(file, zip);
  const csvName = `${prefix}posts.csv`;
  let records: Array<{ record: Record<string, string>; info: { lines: number } }>;
  try {
    records = parse(files.get(csvName)!, { columns: true, bom: true, skip_empty_lines: true, info: true, relax_column_count: true }) as typeof records;
  } catch (error) {
    throw invalid(`${file}: ${csvName}: not valid CSV (${error instanceof Error ? error.message : String(error)}).`, 'file');
  }
  const header = records[0] ? Object.keys(records[0].record) : [];
  const missing = records.length > 0 ? REQUIRED.filter((column) => !header.includes(column)) : [];
  if (missing.length > 0) throw invalid(`${file}: ${csvName}: no "${missing.join('", "')}" column; expected Substack's columns (${REQUIRED.join(', ')}).`, 'file');
  const rows: SubstackRow[] = [];
  for (const { record, info } of records) {
    // csv-parse counts the line the record ends on.
    const line = info.lines;
    const postId = (record['post_id'] ?? '').trim();
    if (!/^\d+(\.\S+)?$/.test(postId)) throw invalid(`${file}: ${csvName} line ${line}: post_id "${postId}" is not a Substack post id (such as 123456.my-post).`, 'post_id');
    const htmlName = `${prefix}posts/${postId}.html`;
    const html = files.get(htmlName);
    if (html === undefined) throw invalid(`${file}: ${csvName} line ${line} (post ${postId}, "${record['title'] ?? ''}"): its text ${htmlName.slice(prefix.length)} is not in the zip.`, 'post_id');
    const date = (record['post_date'] ?? '').trim();
    if (date && Number.isNaN(Date.parse(date))) throw invalid(`${file}: ${csvName} line ${line} (post ${postId}): post_date "${date}" is not a date.`, 'post_date');
    rows.push({
      postId,
      line,
      postDate: date ? new Date(date).toISOString() : null,
      isPublished: /^(true|t|1|yes)$/i.test((record['is_published'] ?? '').trim()),
      type: (record['type'] ?? 'newsletter').trim().toLowerCase() || 'newsletter',
      audience: (record['audience'] ?? 'everyone').trim().toLowerCase() || 'everyone',
      title: (record['title'] ?? '').trim(),
      subtitle: (record['subtitle'] ?? '').trim(),
      podcastUrl: (record['podcast_url'] ?? '').trim(),
      html,
    });
  }
  return rows;
}
