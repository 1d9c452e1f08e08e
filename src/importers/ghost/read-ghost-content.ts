import { invalid } from '../../domain/errors.js';

/**
 * Reads a post's Lexical or Mobiledoc content: JSON that is not valid, or not shaped as
 * the format says, is refused with a clear error naming the field, never a crash.
 */
export function readGhostContent(field: 'lexical' | 'mobiledoc', json: string, render: (doc: unknown) => string): string {
  let doc: unknown;
  try {
    doc = JSON.parse(json);
  } catch (error) {
    throw invalid(`The post's ${field} content is not valid JSON (${(error as Error).message}).`, field);
  }
  try {
    return render(doc);
  } catch (error) {
    throw invalid(`The post's ${field} content is not shaped as ${field} is (${(error as Error).message}).`, field);
  }
}
