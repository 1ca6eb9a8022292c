// The result of an exporter that writes a directory rather than one file: names and contents.

/** One file of a multi-file export; `name` is a plain file name (no directory part). */
export interface ExportFile {
  name: string;
  content: string;
}
