/**
 * The command-line validator's human-readable report, in the language asked for (`--lang nb|en`):
 * what was read, the counts, then the issues. Every word comes from the catalogs: the report's
 * labels from src/i18n/cli-{nb,en}.ts, issue messages from issues-{nb,en}.ts (already rendered
 * into `message`/`messageEn` by validation-summary.ts). Pure, so both languages are unit-tested.
 */
import { basename } from 'node:path'
import { pushAll } from '@/domain/array'
import { formatRowRanges } from '@/domain/row-ranges'
import { cliEn } from '@/i18n/cli-en'
import { cliNb, type CliKey } from '@/i18n/cli-nb'
import type { IssueLocale } from '@/i18n/issue-text'
import type { ValidationIssue, ValidationReport } from './validation-summary'

export const CLI_LANGS = ['nb', 'en'] as const satisfies readonly IssueLocale[]

const CATALOGS: Record<IssueLocale, Record<CliKey, string>> = { nb: cliNb, en: cliEn }

/** `key`'s text in `lang`, with `{name}` filled in. */
export function cliText(
  lang: IssueLocale,
  key: CliKey,
  params: Record<string, string | number> = {},
): string {
  return CATALOGS[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  )
}

/** `--lang` when given, else English when `LANG` starts with `en`, else bokmål. */
export function defaultCliLang(env: string | undefined): IssueLocale {
  return env?.startsWith('en') ? 'en' : 'nb'
}

export function isCliLang(value: string): value is IssueLocale {
  return (CLI_LANGS as readonly string[]).includes(value)
}

/** A label and its value, the values lined up in one column. */
const labelled = (label: string, value: string | number) => `${label.padEnd(14)} ${value}`

/** `rad 12, kolonne «Startdato»: …`, leaving out what the issue does not locate. */
function issueLine(i: ValidationIssue, fileName: string, lang: IssueLocale): string {
  const where = [
    // A CSV's one table is named after the file; saying so again adds nothing.
    i.table === null || i.table === fileName ? null : cliText(lang, 'whereTable', { table: i.table }),
    i.row === null ? null : cliText(lang, 'whereRow', { row: i.row }),
    i.column === null ? null : cliText(lang, 'whereColumn', { column: i.column }),
  ].filter((part) => part !== null)
  const message = lang === 'en' ? i.messageEn : i.message
  return where.length > 0 ? `${where.join(', ')}: ${message}` : message
}

function delimiterName(delimiter: string | null, lang: IssueLocale): string {
  if (delimiter === null) return '–'
  return delimiter === '\t' ? cliText(lang, 'tab') : delimiter
}

function countLines(report: ValidationReport, lang: IssueLocale): string[] {
  const { counts, defined } = report
  const tx = (key: CliKey, params?: Record<string, string | number>) => cliText(lang, key, params)
  const lines = [
    labelled(tx('items'), counts.items),
    labelled(tx('goals'), counts.goals),
    labelled(tx('subGoals'), counts.subGoals),
    labelled(tx('groupings'), counts.groupings),
    labelled(tx('tentative'), counts.tentative),
    labelled(tx('openEnded'), counts.openEnded),
    labelled(tx('withoutPeriod'), counts.withoutPeriod),
  ]
  if (report.kind === 'portfolio' || report.kind?.startsWith('portfolio-')) {
    lines.push(labelled(tx('portfolio'), tx('portfolioCounts', report.portfolio)))
  }
  // A strategy plan has no items, so its content shows only here.
  if (report.kind?.startsWith('strategy')) {
    lines.push(labelled(tx('defined'), tx('definedCounts', { ...defined })))
  }
  const goals = Object.entries(counts.byGoal)
  if (goals.length > 0) {
    lines.push(labelled(tx('byGoal'), goals.map(([goal, n]) => tx('goalCount', { goal, n })).join(', ')))
  }
  const actors = Object.entries(counts.byActor)
  if (actors.length > 0) pushAll(lines, [tx('byActor'), ...actors.map(([name, n]) => `  ${name}: ${n}`)])
  const actorOnly = Object.entries(counts.actorOnly)
  if (actorOnly.length > 0) {
    pushAll(lines, [tx('actorOnly'), ...actorOnly.map(([name, n]) => `  ${name}: ${n}`)])
  }
  return lines
}

function issueLines(report: ValidationReport, lang: IssueLocale): string[] {
  const fileName = basename(report.file)
  const errors = report.issues.filter((i) => i.severity === 'error')
  const warnings = report.issues.filter((i) => i.severity === 'warning')
  const lines: string[] = []
  const listed = (heading: CliKey, issues: ValidationIssue[]) => [
    cliText(lang, heading, { n: issues.length }),
    ...issues.map((i) => `  ${issueLine(i, fileName, lang)}`),
  ]
  if (errors.length > 0) pushAll(lines, listed('errorsHeading', errors))
  if (warnings.length > 0) pushAll(lines, listed('warningsHeading', warnings))
  const n = errors.length
  const errorText = cliText(lang, n === 0 ? 'errorsNone' : n === 1 ? 'errorsOne' : 'errorsOther', { n })
  const m = warnings.length
  const warningText = cliText(lang, m === 1 ? 'warningsOne' : 'warningsOther', { n: m })
  lines.push(cliText(lang, 'result', { errors: errorText, warnings: warningText }))
  return lines
}

function storedText(report: ValidationReport, lang: IssueLocale): string {
  const stored = report.storedRows.filter((s) => s.ranges.length > 0)
  if (stored.length === 0) return cliText(lang, 'none')
  if (stored.length === 1) {
    return cliText(lang, 'rowRange', { rows: formatRowRanges(stored[0]?.ranges ?? [], Infinity) })
  }
  return stored
    .map((s) => cliText(lang, 'tableRowRange', { table: s.table, rows: formatRowRanges(s.ranges, Infinity) }))
    .join('; ')
}

/** The report in words; exit code 2 (nothing usable read) leaves out the stored rows and counts. */
export function formatValidationText(report: ValidationReport, exitCode: number, lang: IssueLocale): string {
  const lines = [labelled(cliText(lang, 'file'), report.file)]
  if (report.format !== null) {
    lines.push(
      labelled(cliText(lang, 'format'), `${report.format}${report.kind ? ` (${report.kind})` : ''}`),
      labelled(cliText(lang, 'encoding'), report.encoding ?? '–'),
      labelled(cliText(lang, 'delimiter'), delimiterName(report.delimiter, lang)),
      labelled(cliText(lang, 'rows'), report.rows),
    )
  }
  // Nothing usable was read: the issues say why, and zero counts would only be noise.
  if (exitCode !== 2) {
    lines.push(labelled(cliText(lang, 'stored'), storedText(report, lang)))
    pushAll(lines, countLines(report, lang))
  }
  return [...lines, ...issueLines(report, lang)].join('\n')
}
