import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { freshPage, launchBrowser } from './browser'
import { countRows, dropFile, importFile, openOverview, axeViolations as axe } from './helpers'

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

const VEIKART = 'tests/fixtures/veikart-export.csv'

async function copyLink(page: Page): Promise<string> {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'])
  await page.click('[data-testid="copy-link"]')
  await page.waitForSelector('text=Lenken er kopiert.')
  return page.evaluate(() => navigator.clipboard.readText())
}

/** A browser without `navigator.clipboard` (as over plain http, or where it is turned off). */
async function withoutClipboard(page: Page): Promise<void> {
  await page.addInitScript(() =>
    Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined, configurable: true }),
  )
}

/** The text of the result count once the item table has rows. */
async function resultCount(page: Page): Promise<string | null> {
  await page.waitForSelector('[data-testid="item-table"] tbody tr')
  return page.textContent('[data-testid="result-count"]')
}

/**
 * The result count, once it is `expected` (or after 10 s). The table may first show the dataset
 * that was active before the link switched to its own, while the linked one loads.
 */
async function settledCount(page: Page, expected: string | null): Promise<string | null> {
  await page
    .waitForFunction(
      (text) =>
        document.querySelector('[data-testid="item-table"] tbody tr') !== null &&
        document.querySelector('[data-testid="result-count"]')?.textContent === text,
      expected,
      { timeout: 10_000 },
    )
    .catch(() => undefined)
  return resultCount(page)
}

describe('sharing a view as a link', () => {
  it('a copied link reopens the same filtered view in a fresh browser', async () => {
    const first = await freshPage(browser)
    await openOverview(first.page)
    await first.page.goto('/tiltak?mal=4&type=nhn')
    const count = await resultCount(first.page)
    const link = await copyLink(first.page)
    // The bundled table, named by kind and the start of its file's SHA-256: the same everywhere.
    expect(new URL(link).searchParams.get('ds')).toBe('tiltak.5efc352b161cdd40')
    expect(new URL(link).searchParams.get('dst')).toBe('Tiltak for 2024')
    expect(new URL(link).searchParams.get('mal')).toBe('4')
    await first.context.close()

    const second = await freshPage(browser)
    await second.page.goto(link)
    expect(await settledCount(second.page, count)).toBe(count)
    await second.context.close()
  })

  it('an old link naming a bundled dataset by its local id still opens it', async () => {
    const { context, page } = await freshPage(browser)
    await page.goto('/tiltak?mal=4&type=nhn&ds=bundled-tiltak-2024')
    expect(await settledCount(page, '6 av 99 tiltak')).toBe('6 av 99 tiltak')
    expect(await page.$('[data-testid="missing-dataset"]')).toBeNull()
    await context.close()
  })

  it('a link resolves wherever the same file was imported; where it is missing, importing the file there opens it', async () => {
    // A: imports the export, copies a link. Here the clipboard is missing: the link is offered
    // in a selected read-only field instead.
    const a = await freshPage(browser)
    await withoutClipboard(a.page)
    await openOverview(a.page)
    await importFile(a.page, VEIKART)
    await a.page.goto('/tiltak?mal=2')
    const count = await resultCount(a.page)
    await a.page.click('[data-testid="copy-link"]')
    const field = a.page.locator('[data-testid="share-link-field"]')
    await field.waitFor()
    expect(await field.getAttribute('readonly')).not.toBeNull()
    const link = await field.inputValue()
    expect(
      await field.evaluate(
        (el: HTMLInputElement) =>
          document.activeElement === el && el.selectionStart === 0 && el.selectionEnd === el.value.length,
      ),
    ).toBe(true)
    const params = new URL(link).searchParams
    expect(params.get('ds')).toMatch(/^veikart\.[0-9a-f]{16}$/)
    expect([params.get('dst'), params.get('dsv'), params.get('mal')]).toEqual([
      'Veikart 2026-08',
      '2026-08',
      '2',
    ])
    expect(await axe(a.page)).toEqual([])
    expect(a.errors.join('\n')).toBe('')
    await a.context.close()

    // B: a fresh browser imports the same file, shows another dataset, then opens the link.
    const b = await freshPage(browser)
    await openOverview(b.page)
    await importFile(b.page, VEIKART)
    await b.page.goto('/tiltak?mal=2&ds=bundled-tiltak-2024')
    expect(await settledCount(b.page, '20 av 99 tiltak')).toBe('20 av 99 tiltak')
    await b.page.goto(link)
    expect(await settledCount(b.page, count)).toBe(count)
    expect(await b.page.$('[data-testid="missing-dataset"]')).toBeNull()
    expect(
      await b.page.$eval('[data-testid="dataset-select"] option:checked', (o) => o.textContent),
    ).toContain('Veikart 2026-08')
    expect(b.errors.join('\n')).toBe('')
    await b.context.close()

    // C: a fresh browser with nothing imported: the page names the dataset and takes the file.
    const c = await freshPage(browser)
    await c.page.goto(link)
    const notice = c.page.locator('[data-testid="missing-dataset"]')
    await notice.waitFor()
    expect(await notice.textContent()).toContain(
      'Lenken viser datasettet «Veikart 2026-08» (Veikart, versjon 2026-08), men det finnes ikke i denne nettleseren.',
    )
    expect(await c.page.$('[data-testid="item-table"]')).toBeNull()
    const datasetsBefore = await countRows(c.page, 'datasets')

    // Another file, dropped anywhere on the page: said so, expected vs got, nothing stored.
    await dropFile(c.page, 'main h1', 'tests/fixtures/utf8-bom.csv', { expectTarget: true })
    const mismatch = c.page.locator('[data-testid="missing-dataset-mismatch"]')
    await mismatch.waitFor()
    const said = (await mismatch.textContent()) ?? ''
    expect(said).toContain('«utf8-bom.csv» er ikke datasettet lenken viser.')
    expect(said).toContain(
      `Forventet: «Veikart 2026-08» (Veikart, versjon 2026-08), kjennetegn ${params.get('ds')}.`,
    )
    expect(said).toMatch(/Fikk: «utf8 bom» \(Tiltaksliste\), kjennetegn tiltak\.[0-9a-f]{16}\./)
    expect(said).toContain('Ingenting er lagret.')
    expect(await axe(c.page)).toEqual([])
    expect(await countRows(c.page, 'datasets')).toBe(datasetsBefore)
    expect(new URL(c.page.url()).searchParams.get('ds')).toBe(params.get('ds'))

    // The right file, dropped on the notice's drop zone: stored, and the view opens.
    await dropFile(c.page, '[data-testid="missing-dataset-drop"]', VEIKART)
    expect(await settledCount(c.page, count)).toBe(count)
    expect(await c.page.$('[data-testid="missing-dataset"]')).toBeNull()
    expect(await countRows(c.page, 'datasets')).toBe(datasetsBefore + 1)
    expect(new URL(c.page.url()).searchParams.get('mal')).toBe('2')
    expect(c.errors.join('\n')).toBe('')
    await c.context.close()
  })
})
