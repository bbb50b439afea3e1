// Runs the real `npm run compare` script as a child process on the comparison fixtures; the
// comparison itself is unit-tested in tests/unit/domain/compare*.test.ts.
import { execFile } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const ROOT = fileURLToPath(new URL('../../..', import.meta.url))
const TIMEOUT = 30_000
const DIR = 'tests/fixtures/compare'
const expected = JSON.parse(readFileSync(`${ROOT}/${DIR}/expected.json`, 'utf8')) as Record<
  string,
  { counts: Record<string, number>; oldItems: number; newItems: number }
>

function runCli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    execFile(
      'node_modules/.bin/tsx',
      ['--tsconfig', 'tsconfig.app.json', 'scripts/compare.ts', ...args],
      { cwd: ROOT, timeout: TIMEOUT, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error && typeof error.code !== 'number') reject(error)
        else resolve({ code: error ? Number(error.code) : 0, stdout, stderr })
      },
    )
  })
}

describe('scripts/compare.ts', () => {
  it(
    'prints the known counts of the veikart fixtures as JSON, exit 0',
    async () => {
      const run = await runCli(`${DIR}/veikart-v1.csv`, `${DIR}/veikart-v2.csv`, '--json')
      expect(run.code).toBe(0)
      const report = JSON.parse(run.stdout) as Record<string, unknown> & {
        changes: Record<string, unknown>[]
      }
      expect(report.old).toEqual({ file: `${DIR}/veikart-v1.csv`, kind: 'veikart', items: 240 })
      expect(report.new).toEqual({ file: `${DIR}/veikart-v2.csv`, kind: 'veikart', items: 244 })
      expect(report.counts).toEqual({
        new: 12,
        dropped: 8,
        moved: 10,
        rephased: 15,
        redated: 23,
        status: 6,
        renamed: 9,
        unchanged: 172,
      })
      expect(report.counts).toEqual(expected.veikart?.counts)
      expect(Object.keys(report.changes[0] ?? {})).toEqual([
        'id',
        'title',
        'classes',
        'match',
        'old',
        'new',
        'slipDays',
      ])
      const slipped = report.changes.find((c) => c.id === '20250000001000444')
      expect(slipped).toMatchObject({
        title: 'Samvalgsverktøy, Helse Vest',
        classes: ['redated'],
        match: 'id',
        slipDays: { start: 0, end: 400 },
      })
    },
    TIMEOUT,
  )

  it(
    'prints the known counts of the tiltak fixtures',
    async () => {
      const run = await runCli(`${DIR}/tiltak-v1.csv`, `${DIR}/tiltak-v2.csv`, '--json')
      expect(run.code).toBe(0)
      expect(JSON.parse(run.stdout).counts).toEqual(expected.tiltak?.counts)
    },
    TIMEOUT,
  )

  it(
    'exits 2 when the kinds differ or a file cannot be read',
    async () => {
      const mismatch = await runCli(`${DIR}/tiltak-v1.csv`, `${DIR}/veikart-v2.csv`, '--json')
      expect(mismatch.code).toBe(2)
      expect(JSON.parse(mismatch.stdout).error.code).toBe('kind-mismatch')
      const missing = await runCli(`${DIR}/nope.csv`, `${DIR}/veikart-v2.csv`)
      expect(missing.code).toBe(2)
      expect(missing.stderr).toContain('Kunne ikke lese filen «tests/fixtures/compare/nope.csv»')
    },
    TIMEOUT,
  )
})
