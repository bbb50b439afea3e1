/**
 * Command-line validator: runs a file through the app's own import code in Node, so a
 * transcription or an export can be checked (in CI, or before sharing) exactly as the app
 * would read it.
 *
 *   npm run validate -- <file> [--kind veikart|tiltak|strategy|portfolio|auto] [--lang nb|en] [--json]
 *
 * Exit code 0: no errors (warnings allowed); 1: the file has errors; 2: the file could not be
 * read or is not a supported kind (missing file, unknown format, a `--kind` the file is not),
 * or the arguments are wrong.
 *
 * Output decisions:
 * - The text report and the usage are in bokmål, or English with `--lang en` (the default is
 *   English when `LANG` starts with `en`), in the app's words (src/i18n; see validation-text.ts).
 *   `--json` holds each issue's message in both languages, whatever `--lang` says.
 * - Whenever the importer ran, the report goes to stdout (text, or one JSON object with
 *   `--json`), also on exit 2, so the user sees why. A file that cannot be opened gives the same
 *   JSON shape with a `file-unreadable` issue; bad arguments give usage on stderr only.
 * - JSON keys: `file` (as given), `format` (csv|xlsx|json), `kind` (the table kind, e.g.
 *   `tiltak` or `strategy-goals`, or the dataset kind of a bundle), `encoding` and `delimiter`
 *   (`null` where the importer used none: XLSX has neither, JSON no delimiter), `rows` (data
 *   rows read), `items`, `counts`, `defined` (what the file defines, e.g. a strategy plan's
 *   goals, which has no items) and `issues` (with `table` and `detail` beside the requested
 *   fields), as built in scripts/validation-summary.ts.
 * - Portfolio files (measures, dependencies, running costs, rounds, council decisions) add
 *   `portfolio` (rows read per table) and `costs`: one object per cost row,
 *   `{ solution, measure, part, year, mnok, coveredInternally }` (`measure`/`part` `null` when
 *   the source leaves them blank; `mnok` a number, a cost in parentheses has
 *   `coveredInternally: true`). Both are present, empty, for the other kinds.
 * - Issues are listed errors first, then warnings, each in the importer's row order.
 * - On exit 2 `items` is empty: a file read as the wrong kind gives only the `kind-mismatch`
 *   error, since rows mapped under the wrong kind would only mislead.
 *
 * Imports use the app's `@/` alias, resolved by tsx from tsconfig.app.json at run time and type-
 * checked by tsconfig.test.json (which has the alias and Node types); tsconfig.node.json
 * excludes this file because it has neither. Must not import src/import/bundled-data.ts: it
 * needs Vite's `import.meta.glob`.
 */
import { readFileSync } from 'node:fs'
import { basename } from 'node:path'
import { parseArgs } from 'node:util'
import {
  hasErrors,
  issue,
  msg,
  type ImportIssue,
  type IssueKey,
  type IssueMessage,
} from '@/domain/import-issue'
import type { DatasetContent } from '@/domain/types'
import {
  buildValidationItems,
  countDefinitions,
  countValidationItems,
  toValidationIssues,
  type ValidationReport,
} from './validation-summary'
import { cliText, defaultCliLang, formatValidationText, isCliLang, CLI_LANGS } from './validation-text'
import { detectTableKind, isPortfolioTableKind, type TableKind } from '@/formats/registry'
import type { IssueLocale } from '@/i18n/issue-text'
import { importFile, type ImportOutcome } from '@/import/run-import'

const KINDS = ['veikart', 'tiltak', 'strategy', 'portfolio', 'auto'] as const
type KindOption = (typeof KINDS)[number]

interface Args {
  file: string
  kind: KindOption
  json: boolean
  lang: IssueLocale
}

function isKindOption(value: string): value is KindOption {
  return (KINDS as readonly string[]).includes(value)
}

/**
 * The language of the text report and of argument errors: `--lang` when it names one, read
 * before the other arguments so their errors are in it too; else from `LANG`.
 */
function langOf(argv: readonly string[], env: string | undefined): IssueLocale {
  const at = argv.indexOf('--lang')
  const given = at >= 0 ? argv[at + 1] : argv.find((a) => a.startsWith('--lang='))?.slice('--lang='.length)
  return given !== undefined && isCliLang(given) ? given : defaultCliLang(env)
}

/** Parsed arguments, or the reason they are wrong (in `lang`). */
function parseCommandLine(argv: string[], lang: IssueLocale): Args | { error: string } | 'help' {
  let parsed
  try {
    parsed = parseArgs({
      args: argv,
      options: {
        kind: { type: 'string', default: 'auto' },
        lang: { type: 'string', default: lang },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      allowPositionals: true,
      strict: true,
    })
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) }
  }
  const { values, positionals } = parsed
  if (values.help) return 'help'
  if (positionals.length !== 1 || positionals[0] === undefined) {
    return { error: cliText(lang, positionals.length === 0 ? 'missingFile' : 'oneFile') }
  }
  if (!isKindOption(values.kind)) {
    return { error: cliText(lang, 'unknownKind', { kind: values.kind, kinds: KINDS.join(', ') }) }
  }
  if (!isCliLang(values.lang)) {
    return { error: cliText(lang, 'unknownLang', { lang: values.lang, langs: CLI_LANGS.join(', ') }) }
  }
  return { file: positionals[0], kind: values.kind, json: values.json, lang: values.lang }
}

function cliIssue(code: string, message: IssueMessage, detail?: string): ImportIssue {
  return issue('error', code, message, detail === undefined ? {} : { detail })
}

/** The kind the outcome was read as: the table kind, or a bundle's dataset kind. */
function kindOf(outcome: ImportOutcome): string | null {
  return outcome.tableKind ?? outcome.content?.dataset.kind ?? null
}

/**
 * When the file is not the kind `--kind` asks for: the kind it is (or null) and the error.
 * A forced veikart/tiltak kind is passed to the importer, so an unusual header still maps; it
 * is refused only when the header positively looks like another kind, or when none of its
 * columns belong to the kind.
 */
function kindMismatch(
  wanted: KindOption,
  outcome: ImportOutcome,
): { actual: string | null; issue: ImportIssue } | null {
  if (wanted === 'auto' || outcome.content === null) return null
  const refuse = (actual: string | null) => ({
    actual,
    issue: cliIssue(
      'kind-mismatch',
      actual === null ? msg('cli.kindMissing', { wanted }) : msg('cli.kindMismatch', { actual, wanted }),
    ),
  })
  const actual = kindOf(outcome)
  if (wanted === 'strategy') {
    return actual === 'strategy' || actual?.startsWith('strategy-') ? null : refuse(actual)
  }
  if (wanted === 'portfolio') {
    return actual === 'portfolio' || (outcome.tableKind && isPortfolioTableKind(outcome.tableKind))
      ? null
      : refuse(actual)
  }
  if (actual !== wanted) return refuse(actual)
  if (outcome.tableKind === null) return null // a bundle states its kind itself
  const detected = detectTableKind(outcome.columns.map((c) => c.header))
  if (detected !== null && detected !== wanted) return refuse(detected)
  if (outcome.columns.every((c) => c.column === null)) return refuse(null)
  return null
}

/** Node's error codes for the usual reasons a path cannot be read, in words. */
const READ_ERRORS: Record<string, IssueKey> = {
  ENOENT: 'cli.notFound',
  EISDIR: 'cli.isDirectory',
  EACCES: 'cli.noAccess',
}

function unreadableIssue(file: string, error: unknown): ImportIssue {
  const detail = error instanceof Error ? error.message : String(error)
  const code = (error as { code?: unknown } | null)?.code
  const reason = typeof code === 'string' ? READ_ERRORS[code] : undefined
  return cliIssue(
    'file-unreadable',
    reason
      ? msg('cli.fileUnreadableBecause', { file, reason: msg(reason) })
      : msg('cli.fileUnreadable', { file }),
    detail,
  )
}

const NOTHING: Omit<DatasetContent, 'dataset'> = {
  goals: [],
  subGoals: [],
  items: [],
  indicators: [],
  measurements: [],
}

/** The report of what was read; content and issues are passed in so a refusal can blank them. */
function reportOf(
  file: string,
  outcome: ImportOutcome | null,
  content: Omit<DatasetContent, 'dataset'>,
  issues: readonly ImportIssue[],
  kind: string | null,
): ValidationReport {
  return {
    file,
    format: outcome?.format ?? null,
    kind,
    encoding: outcome?.encoding ?? null,
    delimiter: outcome?.delimiter ?? null,
    rows: outcome?.rowCount ?? 0,
    storedRows: content === NOTHING || !outcome ? [] : outcome.storedRows,
    items: buildValidationItems(content),
    counts: countValidationItems(content.items),
    defined: countDefinitions(content),
    portfolio: {
      measures: content.portfolio?.measures.length ?? 0,
      dependencies: content.portfolio?.dependencies.length ?? 0,
      costs: content.portfolio?.costs.length ?? 0,
      rounds: content.portfolio?.rounds.length ?? 0,
      decisions: content.portfolio?.decisions.length ?? 0,
    },
    costs: (content.portfolio?.costs ?? []).map((c) => ({
      solution: c.solution,
      measure: c.measure ?? null,
      part: c.part ?? null,
      year: c.year,
      mnok: c.mnok,
      coveredInternally: c.coveredInternally,
    })),
    issues: toValidationIssues(issues),
  }
}

/** Reads, imports and reports one file; the exit code follows from the result. */
async function validate(args: Args): Promise<{ report: ValidationReport; exitCode: 0 | 1 | 2 }> {
  let bytes: Uint8Array
  try {
    bytes = new Uint8Array(readFileSync(args.file))
  } catch (error) {
    const report = reportOf(args.file, null, NOTHING, [unreadableIssue(args.file, error)], null)
    return { report, exitCode: 2 }
  }
  const forced: TableKind | undefined =
    args.kind === 'veikart' || args.kind === 'tiltak' ? args.kind : undefined
  const outcome = await importFile(bytes, {
    fileName: basename(args.file),
    datasetId: 'cli',
    ...(forced ? { tableKind: forced } : {}),
  })
  if (outcome.content === null) {
    return { report: reportOf(args.file, outcome, NOTHING, outcome.issues, null), exitCode: 2 }
  }
  const mismatch = kindMismatch(args.kind, outcome)
  if (mismatch) {
    // What was read under the wrong kind would only mislead; the one error says what to do.
    const report = reportOf(args.file, outcome, NOTHING, [mismatch.issue], mismatch.actual)
    return { report, exitCode: 2 }
  }
  const report = reportOf(args.file, outcome, outcome.content, outcome.issues, kindOf(outcome))
  return { report, exitCode: hasErrors(outcome.issues) ? 1 : 0 }
}

/**
 * Whatever goes wrong inside the importer ends as a report with exit 2, never as a crash: the
 * readers' limits keep memory bounded, and this catches the rest (a bug, a stack overflow).
 */
async function validateSafely(args: Args): Promise<{ report: ValidationReport; exitCode: 0 | 1 | 2 }> {
  try {
    return await validate(args)
  } catch (error) {
    const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error)
    const failed = cliIssue('internal-error', msg('cli.internalError', { file: args.file, detail }), detail)
    return { report: reportOf(args.file, null, NOTHING, [failed], null), exitCode: 2 }
  }
}

async function main(argv: string[]): Promise<number> {
  const lang = langOf(argv, process.env.LANG)
  const args = parseCommandLine(argv, lang)
  if (args === 'help') {
    process.stdout.write(`${cliText(lang, 'usage')}\n`)
    return 0
  }
  if ('error' in args) {
    process.stderr.write(`${args.error}\n${cliText(lang, 'usage')}\n`)
    return 2
  }
  const { report, exitCode } = await validateSafely(args)
  process.stdout.write(
    args.json
      ? `${JSON.stringify(report, null, 2)}\n`
      : `${formatValidationText(report, exitCode, args.lang)}\n`,
  )
  return exitCode
}

process.exitCode = await main(process.argv.slice(2))
