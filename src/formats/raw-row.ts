/** A data row as read from a file, before validation: the `Raw*` shape every table mapper takes. */
export interface RawRow<K extends string> {
  /** The row number a spreadsheet shows (header = 1). */
  row: number
  cells: Partial<Record<K, string>>
  /** Cells of unrecognised columns, by header. */
  extra?: Record<string, string>
}
