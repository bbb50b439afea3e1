import { readFileSync } from 'node:fs'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { freshPage, launchBrowser } from './browser'
import { countItems, openOverview } from './helpers'

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

/** Exports the bundled 2024 table from the Datasett page; returns the downloaded file's path and name. */
async function exportTiltak(page: Page, format: string): Promise<{ path: string; name: string }> {
  await page.goto('/datasett')
  const row = page.locator('tr[data-dataset="bundled-tiltak-2024"]')
  await row.locator('[data-testid="export-format"]').selectOption(format)
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    row.locator('[data-testid="export-button"]').click(),
  ])
  const path = await download.path()
  return { path, name: download.suggestedFilename() }
}

describe('exporting a dataset', () => {
  it('downloads CSV for Excel (BOM, semicolons) and XLSX', async () => {
    const { context, page } = await freshPage(browser)
    await openOverview(page)
    const csv = await exportTiltak(page, 'csv-excel')
    expect(csv.name).toBe('tiltak-for-2024.csv')
    const bytes = readFileSync(csv.path)
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const text = bytes.toString('utf8')
    expect(text.split('\r\n')[0]).toBe(
      '\uFEFFMål;Målsetting;Forutsetning;Merknad;Hvem;Tjeneste;Hva skal skje i 2024?;Totalperiode',
    )
    const xlsx = await exportTiltak(page, 'xlsx')
    expect(xlsx.name).toBe('tiltak-for-2024.xlsx')
    expect([...readFileSync(xlsx.path).subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04])
    await context.close()
  })

  it('a JSON bundle re-imports through the import page with the same items', async () => {
    const { context, page } = await freshPage(browser)
    await openOverview(page)
    const json = await exportTiltak(page, 'json')
    const bundle = JSON.parse(readFileSync(json.path, 'utf8')) as {
      format: string
      datasets: { items: unknown[] }[]
    }
    expect(bundle.format).toBe('veikart-bundle')
    expect(bundle.datasets[0]?.items).toHaveLength(99)

    await page.goto('/import')
    await page.setInputFiles('[data-testid="import-file"]', {
      name: json.name,
      mimeType: 'application/json',
      buffer: readFileSync(json.path),
    })
    await page.waitForSelector('[data-testid="import-summary"]')
    expect(await page.textContent('[data-testid="import-will-store"]')).toContain('99 tiltak/leveranser')
    expect((await page.textContent('[data-testid="import-error-count"]'))?.trim()).toBe('0')
    // The bundle keeps the identity of the dataset it came from, which is here already: a second
    // copy is stored only when the user says so.
    expect(await page.textContent('[data-testid="import-duplicate"]')).toContain('Tiltak for 2024')
    expect(await page.isDisabled('[data-testid="import-commit"]')).toBe(true)
    await page.check('[data-testid="import-duplicate-confirm"]')
    await page.click('[data-testid="import-commit"]')
    await page.waitForSelector('[data-testid="import-committed"]')
    expect(await countItems(page)).toBe(99 * 2 + 34)
    await openOverview(page)
    const counts = await page.$$eval('[data-count="items"]', (els) => els.map((e) => e.textContent?.trim()))
    expect(counts).toEqual(['30 tiltak', '20 tiltak', '22 tiltak', '19 tiltak', '8 tiltak'])
    await context.close()
  })

  it('exports the filtered list only', async () => {
    const { context, page } = await freshPage(browser)
    await openOverview(page)
    await page.goto('/tiltak?mal=5')
    await page.waitForSelector('[data-testid="item-table"] tbody tr')
    await page.selectOption('[data-testid="export-format"]', 'csv')
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('[data-testid="export-button"]'),
    ])
    const lines = readFileSync(await download.path(), 'utf8')
      .trim()
      .split('\n')
    expect(lines).toHaveLength(1 + 8)
    expect(lines.slice(1).every((l) => l.startsWith('Mål 5,'))).toBe(true)
    await context.close()
  })
})
