// Runs the real command-line validator as a child process, as `npm run validate` does. Each
// spawn costs about a second, so there are few of these; the counting itself is unit-tested
// in tests/unit/scripts/validation-summary.test.ts.
import { execFile } from 'node:child_process'
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { buildWorkbook, repeatedDeflate, sheetXml } from '../import/crafted-xlsx'

const ROOT = fileURLToPath(new URL('../../..', import.meta.url))
const TSX = 'node_modules/.bin/tsx'
const TIMEOUT = 30_000

interface Run {
  code: number
  stdout: string
  stderr: string
}

function runCli(...args: string[]): Promise<Run> {
  return runCliIn({ LANG: 'nb_NO.UTF-8' }, ...args)
}

function runCliIn(env: Record<string, string>, ...args: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    execFile(
      TSX,
      ['--tsconfig', 'tsconfig.app.json', 'scripts/validate.ts', ...args],
      { cwd: ROOT, timeout: TIMEOUT, env: { ...process.env, ...env } },
      (error, stdout, stderr) => {
        if (error && typeof error.code !== 'number') reject(error)
        else resolve({ code: error ? Number(error.code) : 0, stdout, stderr })
      },
    )
  })
}

async function runJson(...args: string[]) {
  const run = await runCli(...args, '--json')
  return { code: run.code, report: JSON.parse(run.stdout) as Record<string, unknown> }
}

describe('scripts/validate.ts', () => {
  it(
    'exits 0 for a clean file and reports how it was read, with exact counts',
    async () => {
      const { code, report } = await runJson('tests/fixtures/utf8-bom.csv')
      expect(code).toBe(0)
      expect(report).toMatchObject({
        file: 'tests/fixtures/utf8-bom.csv',
        format: 'csv',
        kind: 'tiltak',
        encoding: 'utf-8-bom',
        delimiter: ';',
        rows: 2,
        counts: {
          items: 2,
          goals: 1,
          subGoals: 1,
          groupings: 0,
          tentative: 0,
          openEnded: 1,
          withoutPeriod: 0,
          byGoal: { '2': 2 },
          byActor: { 'Helse Sør-Øst RHF': 1, 'Norsk helsenett SF': 1 },
        },
        issues: [],
      })
      expect(report.items).toMatchObject([
        { title: 'Teknisk tilrettelagt', start: '2023-01-01', end: '2025-12-31', openEnded: false, row: 2 },
        {
          title: 'Koordinere nasjonal innføring av PLL',
          start: '2024-01-01',
          end: null,
          openEnded: true,
          row: 3,
        },
      ])
    },
    TIMEOUT,
  )

  it(
    'exits 1 for a file with errors and prints them in Norwegian by row and column',
    async () => {
      const { code, stdout } = await runCli('tests/fixtures/bad-period-and-goal.csv')
      expect(code).toBe(1)
      expect(stdout).toContain('Format:        csv (tiltak)\n')
      expect(stdout).toContain('Elementer:     1\n')
      expect(stdout).toContain(
        [
          'Feil (3):',
          '  rad 2, kolonne «Mål»: Ukjent mål «Mål 9». Forventet 1–5, «Mål 1» eller målets tittel.',
          '  rad 3, kolonne «Periode»: Datoen «31.02.2025» finnes ikke.',
          '  rad 4, kolonne «Periode»: Kunne ikke lese perioden «snart». Forventet f.eks. «2023 - 2025», «2024 →», «Q3 2025» eller «01.07.2026».',
          'Resultat: 3 feil, 0 advarsler.',
        ].join('\n'),
      )
    },
    TIMEOUT,
  )

  it(
    'prints the report in English with --lang en, or when LANG is English, from the app catalogs',
    async () => {
      const expected = [
        'Errors (3):',
        '  row 2, column "Mål": Unknown goal "Mål 9". Expected 1–5, "Mål 1" or the goal\'s title.',
      ].join('\n')
      const flag = await runCli('tests/fixtures/bad-period-and-goal.csv', '--lang', 'en')
      expect(flag.code).toBe(1)
      expect(flag.stdout).toContain('Format:        csv (tiltak)\nEncoding:      utf-8')
      expect(flag.stdout).toContain(expected)
      expect(flag.stdout).toContain('Result: 3 errors, 0 warnings.')
      const env = await runCliIn({ LANG: 'en_US.UTF-8' }, 'tests/fixtures/bad-period-and-goal.csv')
      expect(env.stdout).toBe(flag.stdout)
      const usage = await runCliIn({ LANG: 'en_US.UTF-8' }, '--lang', 'de', 'x.csv')
      expect(usage.code).toBe(2)
      expect(usage.stderr).toContain(
        'Unknown --lang "de". Expected nb, en.\nUsage: npm run validate -- <file>',
      )
    },
    TIMEOUT,
  )

  it(
    'counts the bundled tiltak 2024 as transcribed: 99 items over five goals',
    async () => {
      const { code, report } = await runJson('data/tiltak-2024.csv', '--kind', 'tiltak')
      expect(code).toBe(0)
      expect(report).toMatchObject({ kind: 'tiltak', rows: 99 })
      expect(report.counts).toMatchObject({
        items: 99,
        goals: 5,
        byGoal: { '1': 30, '2': 20, '3': 22, '4': 19, '5': 8 },
      })
      expect(report.items).toHaveLength(99)
    },
    TIMEOUT,
  )

  it(
    'reads a veikart export: 17-digit IDs, multi-line description, phase span, duplicate ID',
    async () => {
      const { code, report } = await runJson(
        'tests/fixtures/veikart-semicolon-counts.csv',
        '--kind',
        'veikart',
      )
      expect(code).toBe(1)
      expect(report).toMatchObject({ kind: 'veikart', encoding: 'utf-8', delimiter: ';', rows: 5 })
      expect(report.counts).toEqual({
        items: 4,
        goals: 2,
        subGoals: 3,
        groupings: 3,
        tentative: 2,
        openEnded: 0,
        withoutPeriod: 1,
        byGoal: { '1': 1, '2': 3 },
        byActor: { 'Norsk helsenett SF': 2, 'Helse Vest RHF': 1, Kommuner: 1, KS: 1 },
        actorOnly: {},
      })
      expect(report.items).toEqual([
        {
          id: '20240000000000001',
          title: 'Pasientens legemiddelliste i kommunene',
          goal: 2,
          subGoal: '2D - Helsepersonell skal ha tilgang til pasientens legemiddelliste (PLL)',
          grouping: 'Legemidler',
          actors: ['Norsk helsenett SF', 'Helse Vest RHF'],
          phase: 'utvikling–innforing',
          start: '2024-01-01',
          end: '2026-12-31',
          openEnded: false,
          status: 'planned',
          row: 2,
        },
        {
          id: '20240000000000002',
          title: 'Kjernejournal for kommunale tjenester',
          goal: 2,
          subGoal: '2A - Deling av pasientinformasjon',
          grouping: 'Deling av journaldokumenter',
          actors: ['Kommuner'],
          phase: 'innforing',
          start: '2025-03-01',
          end: null,
          openEnded: false,
          status: 'tentative',
          row: 3,
        },
        {
          id: '20240000000000003',
          title: 'Digital dialog på Helsenorge',
          goal: 1,
          subGoal: '1B - Innbyggere skal ha digital dialog med helsetjenesten',
          grouping: 'Digital dialog',
          actors: ['Norsk helsenett SF'],
          phase: 'konsept',
          start: '2025-07-01',
          end: '2026-12-31',
          openEnded: false,
          status: 'planned',
          row: 4,
        },
        {
          id: '20240000000000004',
          title: 'Dokumentdeling mellom kommuner',
          goal: 2,
          subGoal: '2A - Deling av pasientinformasjon',
          grouping: 'Deling av journaldokumenter',
          actors: ['KS'],
          phase: null,
          start: null,
          end: null,
          openEnded: false,
          status: 'tentative',
          row: 6,
        },
      ])
      const issues = report.issues as { severity: string; row: number; column: string; code: string }[]
      expect(issues.map((i) => [i.severity, i.row, i.column, i.code])).toEqual([
        ['error', 5, 'Leveranse-ID', 'duplicate-id'],
        ['warning', 6, 'Veikartfase', 'no-phase'],
        ['warning', 6, 'Startdato', 'no-period'],
      ])
      expect(report.issues).toContainEqual(
        expect.objectContaining({
          message: 'Leveranse-ID 20240000000000002 står også på rad 3.',
          messageEn: 'Deliverable ID 20240000000000002 also appears on row 3.',
        }),
      )
    },
    TIMEOUT,
  )

  it(
    'exits 2 for an unknown format, reporting why',
    async () => {
      const { code, report } = await runJson('tests/fixtures/unknown-format.csv')
      expect(code).toBe(2)
      expect(report).toMatchObject({ format: 'csv', kind: null, rows: 1, items: [] })
      expect((report.issues as { code: string }[]).map((i) => i.code)).toEqual(['format-unknown'])
    },
    TIMEOUT,
  )

  it(
    'exits 2 when the file is not the --kind asked for',
    async () => {
      const { code, report } = await runJson('tests/fixtures/utf8-bom.csv', '--kind', 'strategy')
      expect(code).toBe(2)
      expect(report).toMatchObject({
        kind: 'tiltak',
        items: [],
        issues: [
          {
            severity: 'error',
            code: 'kind-mismatch',
            message: 'Filen er av typen «tiltak», ikke «strategy» (--kind).',
          },
        ],
      })
    },
    TIMEOUT,
  )

  it(
    'exits 2 for a missing file',
    async () => {
      const { code, stdout } = await runCli('tests/fixtures/does-not-exist.csv')
      expect(code).toBe(2)
      expect(stdout).toContain('Kunne ikke lese filen «tests/fixtures/does-not-exist.csv»: den finnes ikke.')
    },
    TIMEOUT,
  )

  it(
    'exits 2 with usage on stderr for bad arguments',
    async () => {
      const { code, stdout, stderr } = await runCli('tests/fixtures/utf8-bom.csv', '--kind', 'gantt')
      expect(code).toBe(2)
      expect(stdout).toBe('')
      expect(stderr).toContain('Ukjent --kind «gantt»')
      expect(stderr).toContain('Bruk: npm run validate -- <fil>')
    },
    TIMEOUT,
  )

  it('never exits with a crash code: every fixture and crafted oversized files give 0, 1 or 2 and a report', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'veikart-crafted-'))
    const header = '<row r="1"><c r="A1" t="inlineStr"><is><t>Mål</t></is></c></row>'
    const crafted: Record<string, Uint8Array | string> = {
      // One value at the last cell of a sheet: 2 KB.
      'xfd.xlsx': buildWorkbook({
        sheets: [
          { name: 'Ark1', xml: sheetXml(`${header}<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>`) },
        ],
      }),
      // Shared strings that inflate to 2 GB, the ZIP saying so, and the same lying (claiming 1 KB).
      ...Object.fromEntries(
        [
          ['bomb.xlsx', 2048 * 1024 * 1024 - 1],
          ['bomb-lying.xlsx', 1024],
        ].map(([name, declaredSize]) => [
          name,
          buildWorkbook({
            sheets: [{ name: 'Ark1', xml: sheetXml(header) }],
            sharedStrings: {
              deflated: repeatedDeflate(
                '<sst>',
                `<si><t>${'x'.repeat(1024 * 1024 - 20)}</t></si>`,
                2048,
                '</sst>',
              ),
              declaredSize: declaredSize as number,
            },
          }),
        ]),
      ),
      'deep.json': `${'['.repeat(200_000)}${']'.repeat(200_000)}`,
      'deep-cell.json': `[{"Mål":"1","Hvem":"KS","Notat":${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}}]`,
    }
    for (const [name, content] of Object.entries(crafted)) writeFileSync(join(dir, name), content)
    const files = [
      ...readdirSync('tests/fixtures').map((f) => `tests/fixtures/${f}`),
      ...Object.keys(crafted).map((f) => join(dir, f)),
    ]
    const results: Record<string, { code: number; report: Record<string, unknown> }> = {}
    // A few at a time: each run is a Node process.
    for (let i = 0; i < files.length; i += 4) {
      const batch = files.slice(i, i + 4)
      const runs = await Promise.all(batch.map((f) => runJson(f)))
      batch.forEach((f, k) => (results[f] = runs[k] as { code: number; report: Record<string, unknown> }))
    }
    for (const [file, { code, report }] of Object.entries(results)) {
      expect([0, 1, 2], file).toContain(code)
      expect(report.file, file).toBe(file)
    }
    const limitOf = (name: string) => {
      const { code, report } = results[join(dir, name)] ?? { code: -1, report: {} }
      const [first] = report.issues as { code: string; message: string }[]
      return [code, first?.code, first?.message.split(':')[0]]
    }
    expect(limitOf('xfd.xlsx')).toEqual([
      2,
      'limit-exceeded',
      '«xfd.xlsx» er over grensen for antall kolonner',
    ])
    expect(limitOf('bomb.xlsx')).toEqual([
      2,
      'limit-exceeded',
      '«bomb.xlsx» er over grensen for utpakket størrelse av regnearket',
    ])
    expect(limitOf('bomb-lying.xlsx')).toEqual([
      2,
      'limit-exceeded',
      '«bomb-lying.xlsx» er over grensen for utpakket størrelse av regnearket',
    ])
    expect(limitOf('deep.json')).toEqual([2, 'limit-exceeded', '«deep.json» er over grensen for JSON-dybde'])
    expect(limitOf('deep-cell.json')).toEqual([
      2,
      'limit-exceeded',
      '«deep-cell.json» er over grensen for JSON-dybde',
    ])
  }, 120_000)

  it(
    'lists the rows of a running-cost file as costs, parentheses as covered internally (exit 0)',
    async () => {
      const { code, report } = await runJson('data/driftskostnader-2023.csv', '--kind', 'portfolio')
      expect(code).toBe(0)
      expect(report).toMatchObject({ kind: 'portfolio-costs', rows: 27, portfolio: { costs: 27 } })
      const costs = report.costs as Record<string, unknown>[]
      expect(costs).toHaveLength(27)
      expect(costs[0]).toEqual({
        solution: 'E-resept',
        measure: 'Program Pasientens Legemiddelliste',
        part: 'SFM',
        year: 2022,
        mnok: 14,
        coveredInternally: true,
      })
      expect(costs).toContainEqual({
        solution: 'Kjernejournal',
        measure: 'Program digital samhandling',
        part: 'Deling av journaldokumenter',
        year: 2025,
        mnok: 9.5,
        coveredInternally: false,
      })
    },
    TIMEOUT,
  )

  it(
    'exits 1 for a portfolio file with errors and 2 for a portfolio file read as another kind',
    async () => {
      const bad = await runJson('tests/fixtures/portfolio-costs-en.csv')
      expect(bad.code).toBe(1)
      expect((bad.report.issues as { code: string; row: number }[]).map((i) => [i.code, i.row])).toEqual([
        ['number-unreadable', 7],
        ['row-incomplete', 5],
      ])
      const wrong = await runJson('data/vedtak.csv', '--kind', 'tiltak')
      expect(wrong.code).toBe(2)
      expect(wrong.report.kind).toBe('portfolio-decisions')
    },
    TIMEOUT,
  )
})
