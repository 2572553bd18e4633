/** Every limit an upload is read within. Settings (IMPORT_*) in config/env.ts; defaults fit any real action plan. */
export interface ReadLimits {
  fileBytes: number;
  /** Data rows, not counting the header row. */
  rows: number;
  unpackedBytes: number;
  zipEntries: number;
  columns: number;
  cellCharacters: number;
  sharedStrings: number;
  xmlDepth: number;
}
