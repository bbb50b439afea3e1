/**
 * Errors and warnings are values at the import boundary, never exceptions. An issue carries no
 * user text: its message is a key into the `issues` section of the UI catalogs
 * (src/i18n/issues-nb.ts, issues-en.ts) with the parameters to fill in, so the import page and
 * the command-line validator say the same thing in the reader's language.
 */
import type { IssueKey } from './issue-keys'

export type { IssueKey }
export { ISSUE_KEYS } from './issue-keys'

export type IssueSeverity = 'error' | 'warning'

/** A number the message shows in the reader's number format (e.g. a limit: «1 000 000»). */
export interface IssueNumber {
  number: number
}

/** Names the message lists in quotes, as the reader's language quotes them: «a», «b» or "a", "b". */
export interface IssueQuoted {
  quoted: readonly string[]
}

/** A parameter: text and row numbers as they are, a formatted number, quoted names, or another message. */
export type IssueParam = string | number | IssueNumber | IssueQuoted | IssueMessage

/** What to tell the user: `issues.<key>` in the catalogs, filled in with `params`. */
export interface IssueMessage {
  key: IssueKey
  params?: Readonly<Record<string, IssueParam>>
}

/** Builds a message; keeps call sites short. */
export function msg(key: IssueKey, params?: Readonly<Record<string, IssueParam>>): IssueMessage {
  return params ? { key, params } : { key }
}

/** One finding about an imported file, located as a spreadsheet shows it (header = row 1). */
export interface ImportIssue {
  severity: IssueSeverity
  /** What kind of finding it is (stable, for programs: `goal-unknown`, `duplicate-id` …). */
  code: string
  message: IssueMessage
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
  message: IssueMessage,
  where: { row?: number; column?: string; table?: string; detail?: string } = {},
): ImportIssue {
  return { severity, code, message, ...where }
}

/** True when any issue is an error. */
export function hasErrors(issues: readonly ImportIssue[]): boolean {
  return issues.some((i) => i.severity === 'error')
}
