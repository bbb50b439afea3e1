// The committed comparison fixtures are exactly what scripts/make-compare-fixtures.ts writes.
import { execFile } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { expect, it } from 'vitest'

const ROOT = fileURLToPath(new URL('../../..', import.meta.url))

it('the fixture script writes the committed files, byte for byte', async () => {
  const out = mkdtempSync(join(tmpdir(), 'compare-fixtures-'))
  try {
    await new Promise<void>((resolve, reject) =>
      execFile(
        'node_modules/.bin/tsx',
        ['scripts/make-compare-fixtures.ts'],
        { cwd: ROOT, env: { ...process.env, COMPARE_FIXTURES_OUT: out }, timeout: 30_000 },
        (error) => (error ? reject(error) : resolve()),
      ),
    )
    const committed = join(ROOT, 'tests/fixtures/compare')
    const names = readdirSync(committed).sort()
    expect(readdirSync(out).sort()).toEqual(names)
    for (const name of names)
      expect(readFileSync(join(out, name)), name).toEqual(readFileSync(join(committed, name)))
  } finally {
    rmSync(out, { recursive: true, force: true })
  }
}, 30_000)
