import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { freshPage, launchBrowser } from './browser'
import { openOverview } from './helpers'

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

async function copyLink(page: Page): Promise<string> {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'])
  await page.click('[data-testid="copy-link"]')
  await page.waitForSelector('text=Lenken er kopiert.')
  return page.evaluate(() => navigator.clipboard.readText())
}

describe('sharing a view as a link', () => {
  it('a copied link reopens the same filtered view in a fresh browser', async () => {
    const first = await freshPage(browser)
    await openOverview(first.page)
    await first.page.goto('/tiltak?mal=4&type=nhn')
    await first.page.waitForSelector('[data-testid="item-table"] tbody tr')
    const count = await first.page.textContent('[data-testid="result-count"]')
    const link = await copyLink(first.page)
    expect(new URL(link).searchParams.get('ds')).toBe('bundled-tiltak-2024')
    expect(new URL(link).searchParams.get('mal')).toBe('4')
    await first.context.close()

    const second = await freshPage(browser)
    await second.page.goto(link)
    await second.page.waitForSelector('[data-testid="item-table"] tbody tr')
    expect(await second.page.textContent('[data-testid="result-count"]')).toBe(count)
    await second.context.close()
  })

  it('a link to a dataset this browser lacks names the dataset instead of showing other data', async () => {
    const first = await freshPage(browser)
    await openOverview(first.page)
    await first.page.goto('/import')
    await first.page.setInputFiles('[data-testid="import-file"]', 'tests/fixtures/veikart-export.csv')
    await first.page.waitForSelector('[data-testid="import-summary"]')
    await first.page.click('[data-testid="import-commit"]')
    await first.page.waitForSelector('[data-testid="import-committed"]')
    await first.page.goto('/tiltak?mal=2')
    await first.page.waitForSelector('[data-testid="item-table"] tbody tr')
    const link = await copyLink(first.page)
    await first.context.close()

    const second = await freshPage(browser)
    await second.page.goto(link)
    await second.page.waitForSelector('[data-testid="missing-dataset"]')
    expect(await second.page.textContent('[data-testid="missing-dataset"]')).toContain(
      'Lenken viser datasettet «Veikart 2026-08» (versjon 2026-08)',
    )
    expect(await second.page.$('[data-testid="item-table"]')).toBeNull()
    await second.context.close()
  })
})
