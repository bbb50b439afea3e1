/**
 * A full disk, for real: the browser profile on a small tmpfs (where the machine allows mounting
 * one: Linux, as root). A large import must end in a message within 10 s — refused by the
 * estimate, or failed by the write — and the earlier datasets must be there after a restart.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { generateVeikartCsv } from '../../bench/generate-veikart'
import { baseUrl, CHROMIUM } from './browser'
import { countRows, openOverview } from './helpers'

/** Mounts a tmpfs of `megabytes`, or returns null where that is not allowed. */
function mountSmallDisk(megabytes: number): string | null {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return null
  const dir = mkdtempSync(join(tmpdir(), 'veikart-small-disk-'))
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${megabytes}m`, 'tmpfs', dir], { stdio: 'ignore' })
    return dir
  } catch {
    rmSync(dir, { recursive: true, force: true })
    return null
  }
}

const probe = mountSmallDisk(1)
if (probe) {
  execFileSync('umount', [probe])
  rmSync(probe, { recursive: true, force: true })
}

describe('a full disk', () => {
  it.runIf(probe !== null)(
    'a large import on a 64 MB profile ends in a message within 10 s; earlier datasets survive a restart',
    async () => {
      const disk = mountSmallDisk(64) as string
      const file = join(mkdtempSync(join(tmpdir(), 'veikart-big-')), 'stor-veikart.csv')
      writeFileSync(file, generateVeikartCsv(60_000))
      const launch = () =>
        chromium.launchPersistentContext(join(disk, 'profile'), {
          executablePath: CHROMIUM,
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
          ],
          baseURL: baseUrl(),
          locale: 'nb-NO',
        })
      try {
        let context = await launch()
        let page = context.pages()[0] ?? (await context.newPage())
        await openOverview(page)
        const items = await countRows(page, 'items')
        await page.goto('/import')
        await page.setInputFiles('[data-testid="import-file"]', file)
        await page.waitForSelector('[data-testid="import-summary"]', { timeout: 60_000 })
        const started = Date.now()
        await page.click('[data-testid="import-commit"]')
        await page.waitForSelector('[data-testid="import-failed"]', { timeout: 10_000 })
        expect(Date.now() - started).toBeLessThan(10_000)
        const message = (await page.textContent('[data-testid="import-failed"]')) ?? ''
        expect(message).toMatch(/får ikke plass|Ingen data er endret/)
        await context.close()

        context = await launch()
        page = context.pages()[0] ?? (await context.newPage())
        await openOverview(page)
        expect(await countRows(page, 'items')).toBe(items)
        expect(await countRows(page, 'datasets')).toBe(3)
        await context.close()
      } finally {
        execFileSync('umount', ['-l', disk])
        rmSync(disk, { recursive: true, force: true })
        rmSync(file, { force: true })
      }
    },
    180_000,
  )
})
