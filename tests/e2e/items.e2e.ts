/**
 * Explore pages that feel finished (issue #15, items 1–3): a page per item reachable from the
 * tables and lists, tables that fit 1280 px with their sort in the URL, facets with search and
 * removable chips — with the bundled data and after importing a veikart export.
 */
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { freshPage, launchBrowser } from './browser'
import { importFile, openOverview, wordsBrokenOverLines, axeViolations as axe } from './helpers'

const EXPORT = 'tests/fixtures/veikart-export.csv'
/** The generated 263-row export shaped like the directorate's. */
const ROADMAP = 'tests/fixtures/veikart-roadmap.csv'

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

const scrollWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth)

async function openItems(page: Page, query = ''): Promise<void> {
  await page.goto(`/tiltak${query}`)
  await page.waitForSelector('[data-testid="item-table"] tbody tr')
}
async function openYearPlan(page: Page): Promise<void> {
  await page.goto('/ar/2024')
  await page.waitForSelector('[data-testid="year-plan"]')
}
const rowTitles = (page: Page) =>
  page.$$eval('[data-testid="item-table"] tbody [data-col="title"] a', (as) =>
    as.map((a) => a.textContent?.trim()),
  )

/** Sortable column headers wider than their column (spilling under the next one). */
const overfullHeaders = (page: Page) =>
  page.$$eval('[data-testid="item-table"] thead th[aria-sort] > button', (buttons) =>
    buttons.filter((b) => b.scrollWidth > b.clientWidth).map((b) => b.textContent),
  )

describe('tables that fit the screen', () => {
  it('/tiltak and /ar/2024 have no horizontal overflow at 1280×800, bundled and imported', async () => {
    const { context, page, errors } = await freshPage(browser)
    await openOverview(page)
    for (const file of [null, EXPORT, ROADMAP]) {
      if (file) await importFile(page, file)
      await openItems(page)
      expect(await scrollWidth(page), `/tiltak ${file ?? 'bundled'}`).toBeLessThanOrEqual(1280)
      // The source row, the last column, is inside the viewport.
      const box = await page.locator('[data-testid="item-table"] thead th[data-col="row"]').boundingBox()
      expect((box?.x ?? 9999) + (box?.width ?? 0)).toBeLessThanOrEqual(1280)
      const headers = '[data-testid="item-table"] thead th[aria-sort] > button'
      expect(await overfullHeaders(page), `/tiltak headers ${file ?? 'bundled'}`).toEqual([])
      expect(await wordsBrokenOverLines(page, headers), `/tiltak headers ${file ?? 'bundled'}`).toEqual([])
      await openItems(page, '?beskrivelse=1')
      expect(await scrollWidth(page), `/tiltak?beskrivelse=1 ${file ?? 'bundled'}`).toBeLessThanOrEqual(1280)
      await openYearPlan(page)
      expect(await scrollWidth(page), `/ar/2024 ${file ?? 'bundled'}`).toBeLessThanOrEqual(1280)
    }
    expect(errors).toEqual([])
    await context.close()
  })

  it('a sort chosen on /tiltak is in the URL and survives a reload', async () => {
    const { context, page } = await freshPage(browser)
    await openOverview(page)
    await openItems(page)
    await page.click('[data-testid="item-table"] [data-sort="title"]')
    await page.waitForURL('**/tiltak?sort=title')
    const sorted = await rowTitles(page)
    // Norwegian order, case ignored (ties keep source order): no title before one it sorts after.
    const collator = new Intl.Collator('nb', { numeric: true, sensitivity: 'base' })
    const outOfOrder = sorted.filter(
      (title, i) => i > 0 && collator.compare(sorted[i - 1] ?? '', title ?? '') > 0,
    )
    expect(outOfOrder).toEqual([])
    await page.click('[data-testid="item-table"] [data-sort="title"]')
    await page.waitForURL('**/tiltak?sort=-title')
    const descending = await rowTitles(page)
    await page.reload()
    await page.waitForSelector('[data-testid="item-table"] tbody tr')
    expect(await page.getAttribute('th[data-col="title"]', 'aria-sort')).toBe('descending')
    expect(await rowTitles(page)).toEqual(descending)
    expect(descending[0]).not.toBe(sorted[0])
    await context.close()
  })
})

describe('a page per item', () => {
  it('a row link on /tiltak opens the item page', async () => {
    const { context, page } = await freshPage(browser)
    await openOverview(page)
    await openItems(page)
    const link = page.locator('[data-testid="item-table"] tbody tr').nth(2).locator('[data-col="title"] a')
    const title = (await link.textContent())?.trim()
    await link.click()
    await page.waitForURL(/\/tiltak\/[^?]+\?ds=tiltak\./)
    await expect.poll(() => page.textContent('main h1')).toBe(title)
    expect(await page.title()).toContain(title)
    await context.close()
  })

  it('an item link opened in a fresh browser, after importing the same file, shows its description', async () => {
    const first = await freshPage(browser)
    await openOverview(first.page)
    await importFile(first.page, EXPORT)
    await openItems(first.page)
    const href = await first.page
      .locator('[data-testid="item-table"] tbody [data-col="title"] a', {
        hasText: 'Pasientens legemiddelliste, Helse Vest',
      })
      .getAttribute('href')
    expect(href).toMatch(/^\/tiltak\/20240000000000001\?ds=veikart\.[0-9a-f]{16}/)
    await first.context.close()

    const second = await freshPage(browser)
    await openOverview(second.page)
    await importFile(second.page, EXPORT)
    // Make the bundled table active again: the link itself must bring the imported dataset back.
    await openItems(second.page)
    const select = '[data-testid="dataset-select"]'
    const bundled = await second.page.$eval(
      select,
      (s) =>
        [...(s as HTMLSelectElement).options].find((o) => o.value.startsWith('bundled-tiltak'))?.value ?? '',
    )
    await second.page.selectOption(select, bundled)
    await expect.poll(() => second.page.textContent('[data-testid="result-count"]')).toContain('99 av 99')
    await second.page.goto(href ?? '')
    const description = second.page.getByTestId('item-description')
    await description.waitFor()
    expect(await description.textContent()).toBe('Utprøving i Bergen.\nDeretter innføring i regionen.')
    expect(await description.isVisible()).toBe(true)
    expect(await second.page.textContent('main h1')).toBe('Pasientens legemiddelliste, Helse Vest')
    expect(second.errors).toEqual([])
    await second.context.close()
  })

  it('an item in the year plan links to its page, opened in the app without reloading it', async () => {
    const { context, page } = await freshPage(browser)
    await openOverview(page)
    await openYearPlan(page)
    const link = page
      .locator('[data-testid="year-plan"] tr[data-actor="helse-vest-rhf"] td[data-goal="2"] a')
      .first()
    const title = (await link.textContent())?.trim()
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1))
    await link.click()
    await page.waitForURL(/\/tiltak\/[^?]+\?ds=tiltak\./)
    await expect.poll(() => page.textContent('main h1')).toBe(title)
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1)
    await context.close()
  })

  it('an unknown item id says so and links back to the list', async () => {
    const { context, page } = await freshPage(browser)
    await openOverview(page)
    await page.goto('/tiltak/finnes-ikke')
    await page.getByTestId('item-not-found').waitFor()
    expect(await page.textContent('main h1')).toBe('Fant ikke tiltaket')
    await page.getByRole('main').getByRole('link', { name: 'Alle tiltak' }).first().click()
    await page.waitForURL('**/tiltak')
    await context.close()
  })

  it('every actor on /aktorer is a link that opens its page', async () => {
    const { context, page } = await freshPage(browser)
    await openOverview(page)
    await page.goto('/aktorer')
    await page.waitForSelector('[data-actor]')
    const actors = await page.$$eval('li[data-actor]', (lis) =>
      lis.map((li) => ({
        id: li.getAttribute('data-actor'),
        href: li.querySelector(':scope > a')?.getAttribute('href'),
        name: li.querySelector(':scope > a')?.textContent?.trim(),
      })),
    )
    expect(actors.length).toBeGreaterThan(5)
    for (const actor of actors) expect(actor.href).toBe(`/aktorer/${actor.id}`)
    const last = actors[actors.length - 1]
    await page.click(`li[data-actor="${last?.id}"] > a`)
    await page.waitForURL(`**/aktorer/${last?.id}`)
    await expect.poll(() => page.textContent('main h1')).toBe(last?.name)
    await context.close()
  })

  it('/tiltak and an item page are axe clean in light and dark theme', async () => {
    const { context, page } = await freshPage(browser)
    await openOverview(page)
    await importFile(page, EXPORT)
    for (const theme of ['standard', 'dark']) {
      await page.evaluate((t) => localStorage.setItem('veikart.theme', t), theme)
      await openItems(page, '?beskrivelse=1')
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme)
      expect(await axe(page), `/tiltak ${theme}`).toEqual([])
      await page.locator('[data-testid="item-table"] tbody [data-col="title"] a').first().click()
      await page.getByTestId('item-description').waitFor()
      expect(await axe(page), `/tiltak/:id ${theme}`).toEqual([])
    }
    await context.close()
  })
})

describe('facets', () => {
  it('a long facet’s search narrows its options, and a chip removes its filter', async () => {
    const { context, page } = await freshPage(browser)
    await openOverview(page)
    await openItems(page)
    const facet = page.locator('[data-facet="actors"]')
    const options = facet.locator('li label')
    await facet.getByTestId('facet-toggle').click()
    const all = await options.count()
    expect(all).toBeGreaterThan(8)
    await facet.getByTestId('facet-search').fill('vest')
    await expect.poll(() => options.count()).toBeLessThan(all)
    const labels = await options.allTextContents()
    expect(labels.length).toBeGreaterThan(0)
    for (const label of labels) expect(label.toLowerCase()).toContain('vest')
    await options.filter({ hasText: 'Helse Vest RHF' }).locator('input').check()
    await page.waitForURL(/aktor=helse-vest-rhf/)
    const chip = page.getByRole('button', { name: 'Fjern filter: Helse Vest RHF' })
    await chip.waitFor()
    expect(await page.textContent('[data-testid="result-count"]')).not.toContain('99 av 99')
    await chip.click()
    await page.waitForURL((url) => !url.search.includes('aktor='))
    await expect.poll(() => page.textContent('[data-testid="result-count"]')).toContain('99 av 99')
    expect(await page.getByRole('button', { name: /Fjern filter/ }).count()).toBe(0)
    await context.close()
  })
})
