/** Something the importer changed or dropped that a maintainer may want to check, at a line of the legacy file. */
export interface ImportWarning {
  line?: number
  message: string
}

export function formatWarning(warning: ImportWarning): string {
  return warning.line === undefined ? warning.message : `line ${warning.line}: ${warning.message}`
}

/** A legacy file the importer cannot turn into an issue at all (no front matter, no title or date). */
export class ImportError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ImportError'
  }
}
