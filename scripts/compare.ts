/**
 * Command-line comparison of two versions of a roadmap, with the app's own import and compare
 * code (the same `importFile` as `npm run validate`, and src/domain/compare.ts):
 *
 *   npm run compare -- <old file> <new file> [--json]
 *
 * Exit code 0 when both files were read and compared; 2 when a file cannot be read, holds
 * nothing usable, or the two are of different kinds (a veikart export against a tiltak
 * table), or the arguments are wrong. Rows with errors are skipped as in the app, so a file
 * with some bad rows still compares (`npm run validate` lists them).
 *
 * `--json` prints one object, built by src/domain/compare-report.ts:
 *   { "old": { file, kind, items }, "new": { file, kind, items }, "counts": { … }, "changes": [ … ] }
 * On exit 2 with `--json` it prints `{ "old", "new", "error": { "code", "message" } }` instead.
 * Without `--json`: the counts and the changed items, in Norwegian like the app.
 *
 * Must not import src/import/bundled-data.ts: it needs Vite's `import.meta.glob`.
 */
import { readFileSync } from 'node:fs'
import { basename } from 'node:path'
import { parseArgs } from 'node:util'
import { pushAll } from '@/domain/array'
import { CHANGE_COUNT_KEYS, compareVersions } from '@/domain/compare'
import { buildCompareReport, type ChangeRecord, type CompareReport } from '@/domain/compare-report'
import type { DatasetContent } from '@/domain/types'
import { issueText } from '@/i18n/issue-text'
import { importFile, type ImportOutcome } from '@/import/run-import'

const USAGE = 'Bruk: npm run compare -- <gammel fil> <ny fil> [--json]'

interface Side {
  file: string
  kind: string | null
  content: DatasetContent | null
  error?: { code: string; message: string }
}

function kindOf(outcome: ImportOutcome): string | null {
  return outcome.tableKind ?? outcome.content?.dataset.kind ?? null
}

async function read(file: string, datasetId: string): Promise<Side> {
  let bytes: Uint8Array
  try {
    bytes = new Uint8Array(readFileSync(file))
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error)
    return {
      file,
      kind: null,
      content: null,
      error: { code: 'file-unreadable', message: `Kunne ikke lese filen «${file}»: ${detail}` },
    }
  }
  const outcome = await importFile(bytes, { fileName: basename(file), datasetId })
  if (!outcome.content || outcome.content.items.length === 0) {
    const first = outcome.issues.find((i) => i.severity === 'error')
    return {
      file,
      kind: kindOf(outcome),
      content: null,
      error: {
        code: 'file-unusable',
        message: `Fant ingen tiltak eller leveranser i «${file}»${first ? `: ${issueText(first.message, 'nb')}` : '.'}`,
      },
    }
  }
  return { file, kind: kindOf(outcome), content: outcome.content }
}

const CLASS_WORDS: Record<string, string> = {
  new: 'Nye',
  dropped: 'Utgått',
  moved: 'Flyttet',
  rephased: 'Ny fase',
  redated: 'Nye datoer',
  status: 'Ny status',
  renamed: 'Nytt navn/beskrivelse',
  unchanged: 'Uendret',
}

function changeLine(c: ChangeRecord): string {
  const slips = (['start', 'end'] as const)
    .filter((s) => c.slipDays[s] !== null && c.slipDays[s] !== 0)
    .map((s) => `${s === 'start' ? 'start' : 'slutt'} ${c.slipDays[s]! > 0 ? '+' : ''}${c.slipDays[s]} d`)
  const classes = c.classes.map((k) => CLASS_WORDS[k]?.toLowerCase() ?? k).join(', ')
  return `  ${c.id}  ${c.title}: ${classes}${slips.length ? ` (${slips.join(', ')})` : ''}${
    c.match === 'similar' ? ' [lik tittel]' : ''
  }`
}

function formatText(report: CompareReport): string {
  const lines = [
    `Gammel: ${report.old.file} (${report.old.kind}, ${report.old.items} elementer)`,
    `Ny:     ${report.new.file} (${report.new.kind}, ${report.new.items} elementer)`,
    ...CHANGE_COUNT_KEYS.map((k) => `${`${CLASS_WORDS[k]}:`.padEnd(24)}${report.counts[k]}`),
  ]
  if (report.changes.length > 0) pushAll(lines, ['Endringer:', ...report.changes.map(changeLine)])
  return lines.join('\n')
}

async function main(argv: string[]): Promise<number> {
  let parsed
  try {
    parsed = parseArgs({
      args: argv,
      options: {
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      allowPositionals: true,
      strict: true,
    })
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n${USAGE}\n`)
    return 2
  }
  if (parsed.values.help) {
    process.stdout.write(`${USAGE}\n`)
    return 0
  }
  const [oldFile, newFile, ...rest] = parsed.positionals
  if (!oldFile || !newFile || rest.length > 0) {
    process.stderr.write(`Oppgi to filer.\n${USAGE}\n`)
    return 2
  }
  const json = parsed.values.json
  const [before, after] = await Promise.all([read(oldFile, 'old'), read(newFile, 'new')])
  const sideInfo = (s: Side) => ({ file: s.file, kind: s.kind, items: s.content?.items.length ?? 0 })
  let error = before.error ?? after.error
  if (!error && before.kind !== after.kind) {
    error = {
      code: 'kind-mismatch',
      message: `Filene er av ulike typer («${before.kind}» og «${after.kind}») og kan ikke sammenlignes.`,
    }
  }
  if (error || !before.content || !after.content) {
    const failure = error ?? { code: 'file-unusable', message: 'Ingen data.' }
    if (json) {
      const out = { old: sideInfo(before), new: sideInfo(after), error: failure }
      process.stdout.write(`${JSON.stringify(out, null, 2)}\n`)
    } else {
      process.stderr.write(`${failure.message}\n`)
    }
    return 2
  }
  const comparison = compareVersions(before.content, after.content)
  const report = buildCompareReport(comparison, sideInfo(before), sideInfo(after))
  process.stdout.write(json ? `${JSON.stringify(report, null, 2)}\n` : `${formatText(report)}\n`)
  return 0
}

process.exitCode = await main(process.argv.slice(2))
