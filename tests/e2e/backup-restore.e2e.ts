/**
 * «Eksporter alle datasett» → a fresh browser → the file imported: every dataset is listed again
 * with the same row and item counts; the ones the fresh browser had (the bundled data) are
 * skipped, and the page says which were restored and which skipped.
 */
import { copyFileSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { AxeBuilder } from '@axe-core/playwright'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { freshPage, launchBrowser } from './browser'
import { countItems, importFile, openOverview } from './helpers'

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

/** Title → shown row count, for every dataset on the Datasett page. */
async function listed(page: Page): Promise<Record<string, string>> {
  await page.goto('/datasett')
  await page.waitForSelector('[data-testid="datasets-table"] tbody tr')
  return page.$$eval('[data-testid="datasets-table"] tbody tr', (trs) =>
    Object.fromEntries(
      trs.map((tr) => [
        tr.querySelector('th')?.childNodes[0]?.textContent?.trim() ?? '',
        tr.querySelectorAll('td')[5]?.textContent?.trim() ?? '',
      ]),
    ),
  )
}

describe('backup restore', () => {
  it('export all → fresh browser → import the file: every dataset back, with the same counts', async () => {
    const source = await freshPage(browser)
    await openOverview(source.page)
    await importFile(source.page, 'tests/fixtures/veikart-export.csv')
    await importFile(source.page, 'tests/fixtures/utf8-bom.csv')
    const before = await listed(source.page)
    const items = await countItems(source.page)
    const [download] = await Promise.all([
      source.page.waitForEvent('download'),
      source.page.click('[data-testid="backup-all"]'),
    ])
    expect(download.suggestedFilename()).toMatch(/^veikart-sikkerhetskopi-.*\.json$/)
    // The download lives as long as its context: keep a copy for the fresh browser.
    const file = join(mkdtempSync(join(tmpdir(), 'veikart-backup-')), download.suggestedFilename())
    copyFileSync(await download.path(), file)
    await source.context.close()

    const { context, page, errors } = await freshPage(browser)
    await openOverview(page)
    await page.goto('/import')
    await page.setInputFiles('[data-testid="import-file"]', file)
    const status = page.locator('[data-testid="pack-status"]')
    await status.filter({ hasText: 'Sikkerhetskopien' }).waitFor({ timeout: 30_000 })
    const text = (await status.textContent()) ?? ''
    expect(text).toContain('2 datasett lagt til')
    expect(text).toContain('«Veikart 2026-08»')
    expect(text).toContain('fantes fra før og er hoppet over')
    expect(await status.isVisible()).toBe(true)
    expect(await listed(page)).toEqual(before)
    expect(await countItems(page)).toBe(items)
    const axe = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze()
    expect(axe.violations.map((v) => v.id)).toEqual([])
    expect(errors).toEqual([])
    await context.close()
  })
})
