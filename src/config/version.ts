/** This Dossier's version (package.json), told by `--version` and written into backups. */
export const DOSSIER_VERSION = '0.1.0';
