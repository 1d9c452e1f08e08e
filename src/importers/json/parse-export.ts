import { invalid } from '../../domain/errors.js';
import { dossierExport, type DossierExport } from '../../export/json-format.js';

/** Checks an export document, naming the first field that is wrong. */
export function parseExport(file: string, json: string): DossierExport {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    throw invalid(`${file}: not valid JSON (${error instanceof Error ? error.message : String(error)}).`, 'file');
  }
  const result = dossierExport.safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const path = issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '');
    throw invalid(`${file}: ${path || 'document'}: ${issue.message}. Expected a Dossier export (docs/export-format.md).`, path);
  }
  return result.data;
}
