/** Errors and warnings are values at the import boundary, never exceptions. */
import type { LocalisedText } from './types'

export type IssueSeverity = 'error' | 'warning'

/** One finding about an imported file, located as a spreadsheet shows it (header = row 1). */
export interface ImportIssue {
  severity: IssueSeverity
  code: string
  message: LocalisedText
  row?: number
  column?: string
  /** The sheet, file or JSON key the row belongs to, when an import reads several tables. */
  table?: string
  /** Technical detail for the analyst, e.g. the cell's raw text. */
  detail?: string
}

/** Builds an issue; keeps call sites short. */
export function issue(
  severity: IssueSeverity,
  code: string,
  message: LocalisedText,
  where: { row?: number; column?: string; table?: string; detail?: string } = {},
): ImportIssue {
  return { severity, code, message, ...where }
}

/** True when any issue is an error. */
export function hasErrors(issues: readonly ImportIssue[]): boolean {
  return issues.some((i) => i.severity === 'error')
}
