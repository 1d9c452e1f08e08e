import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { validateXML, type XMLFileInfo } from 'xmllint-wasm';

// xmllint compiled to WebAssembly (xmllint-wasm), so the tests need nothing installed on the machine.
// Its files live in an in-memory file system rooted at '/': each schema is placed at its real path
// (without the leading '/'), so the relative schemaLocation of an xsd:import or xsd:include resolves
// there exactly as it does on disk.

const SCHEMA_REFERENCE = /<(?:[\w.-]+:)?(?:import|include|redefine|override)\b[^>]*?\bschemaLocation\s*=\s*(["'])(.*?)\1/g;

/** The schema at `path` and every local schema it imports or includes, transitively, ready for xmllint-wasm. */
function schemaFiles(path: string, seen = new Map<string, XMLFileInfo>()): XMLFileInfo[] {
  const file = resolve(path);
  if (seen.has(file)) return [...seen.values()];
  if (!existsSync(file)) throw new Error(`XML schema not found: ${relative(process.cwd(), file)}`);
  const contents = readFileSync(file, 'utf8');
  seen.set(file, { fileName: file.slice(1), contents });
  for (const [, , location] of contents.matchAll(SCHEMA_REFERENCE)) {
    // Remote schemas are not fetched (no network in tests); a test that needs one keeps a local copy.
    if (location && !/^[a-z][\w+.-]*:/i.test(location)) schemaFiles(resolve(dirname(file), location), seen);
  }
  return [...seen.values()];
}

/** Runs xmllint on a document (well-formedness, or validity against the XSD at `schema`); returns its complaints. */
export async function xmllint(xml: string, schema?: string): Promise<string> {
  const [main, ...imported] = schema ? schemaFiles(schema) : [];
  try {
    const result = await validateXML({
      xml: { fileName: 'doc.xml', contents: xml },
      schema: main ? [main] : [], // no schema: well-formedness only
      preload: imported,
      modifyArguments: (args) => ['--nonet', ...args],
    });
    return result.valid ? '' : result.rawOutput.trim() || 'xmllint: the document is not valid (no message)';
  } catch (error) {
    // xmllint-wasm rejects on exit codes it does not classify (an unreadable schema, say); those are complaints too.
    if (error instanceof Error && 'code' in error) return error.message.trim() || `xmllint failed (exit ${String(error.code)})`;
    throw error;
  }
}
