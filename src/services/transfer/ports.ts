// Ports of imports and exports.


/** A record created by an import, keyed by where it came from. */
export interface ImportedRecord {
  localId: number;
  checksum: string;
}

/** Remembers imported records so that importing the same file again adds nothing. */
export interface ImportSourceRepository {
  find(source: string, kind: string, externalId: string): Promise<ImportedRecord | null>;
  save(source: string, kind: string, externalId: string, record: ImportedRecord, now: string): Promise<void>;
}

/** A WordPress export to import: its name (for messages) and its text, chunk by chunk. */
export interface WordPressImportInput {
  file: string;
  chunks: AsyncIterable<string>;
  /** Told how many items have been read so far. */
  onItem?: (items: number) => void;
  /**
   * Reads a file of the old site's uploads folder (wp-content/uploads) by its relative path;
   * without it, attachments are counted as skipped.
   */
  readUpload?: (relativePath: string) => Promise<Buffer | null>;
}
