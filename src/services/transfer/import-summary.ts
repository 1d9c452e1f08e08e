// The tally and warnings every importer fills; kept here so services import it where they always did.
export { createSummary, type ImportCounts, type ImportSummary, type ImportTally } from '../../importers/import-report.js';
