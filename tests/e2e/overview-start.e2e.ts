/**
 * The overview's start with Dexie off the start path (src/db/load.ts, src/db/quick-read.ts):
 * a first visit seeds the bundled data and shows it; a repeat visit shows the stored choice's
 * goal cards while the Dexie chunk is still held back by the network, and the rest once it
 * arrives. The service worker is blocked, so every request meets the test's route.
 */
import { readdirSync, readFileSync } from 'node:fs'
import type { Browser, Page, Route } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { summariseGoals } from '@/domain/aggregate'
import { loadBundledDatasets } from '@/import/bundled-data'
import { freshPage, launchBrowser, type PageOptions } from './browser'
import { waitForGoalCards, waitForGoalCardsDrawn } from './helpers'

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

/** The service worker is blocked, so every request meets the test's routes. */
const NO_WORKER: PageOptions = { serviceWorkers: 'block' }
const PHONE = { width: 412, height: 823 }

const chunkModules = JSON.parse(readFileSync('dist/.vite/chunk-modules.json', 'utf8')) as Record<
  string,
  string[]
>
const dexieFile = Object.entries(chunkModules).find(
  ([file, ids]) => !file.includes('worker') && ids.includes('node_modules/dexie/dist/dexie.js'),
)?.[0]

/** The import worker, which reads and stores the bundled data. */
const workerFile = readdirSync('dist/assets').find((f) => /^import\.worker-.*\.js$/.test(f))

/** The goal cards' item counts for a bundled dataset (2021 veikart, else 2024 tiltak) under the strategy's goals. */
async function expectedItemCounts(which: 'veikart' | 'tiltak' = 'veikart'): Promise<number[]> {
  const [strategy, tiltak, veikart] = await loadBundledDatasets()
  const shown = which === 'veikart' ? veikart : tiltak
  if (!strategy || !shown) throw new Error('bundled data missing')
  return summariseGoals(strategy.goals, shown.subGoals, shown.items).map((s) => s.itemCount)
}

const itemCounts = (page: Page) =>
  page.$$eval(
    '[data-testid="goal-cards"] [data-count="items"]',
    (els) => els.map((el) => Number(/\d+/.exec(el.textContent ?? '')?.[0] ?? 0)), // «ingen tiltak»: 0
  )

describe('the overview’s start', () => {
  it('first visit: seeds, shows the bundled data; repeat visit: the stored choice before Dexie loads', async () => {
    expect(dexieFile).toBeTruthy()
    const { context, page, errors } = await freshPage(browser, { width: 1280, height: 800 }, NO_WORKER)

    await page.goto('/')
    await waitForGoalCards(page)
    expect(await page.textContent('[data-testid="active-dataset"]')).toContain('Tiltak for 2024')
    await page.selectOption('[data-testid="dataset-select"]', 'bundled-veikart-2021')
    const expected = await expectedItemCounts()
    await page.waitForFunction(
      (first) =>
        document.querySelector('[data-goal="1"] [data-count="items"]')?.textContent?.trim() ===
        `${first} tiltak`,
      expected[0],
    )
    expect(await itemCounts(page)).toEqual(expected)

    // Repeat visit with the Dexie chunk held back: the stored choice and its numbers show anyway.
    const held: Route[] = []
    await page.route(`**/${dexieFile}`, (route) => void held.push(route))
    await page.reload()
    await waitForGoalCardsDrawn(page)
    expect(await page.textContent('[data-testid="active-dataset"]')).toContain('2021')
    expect(await itemCounts(page)).toEqual(expected)
    expect(held.length).toBe(1)
    // The actor plans list items, which Dexie reads: they wait for it.
    expect(await page.isVisible('[data-testid="actor-plans-loading"]')).toBe(true)

    for (const route of held) await route.continue()
    await page.unroute(`**/${dexieFile}`)
    await page.waitForSelector('[data-actor]')
    expect(await page.isVisible('[data-testid="actor-plans-loading"]')).toBe(false)
    expect(errors).toEqual([])
    await context.close()
  })

  it('first visit: the bundled numbers show before the import worker has stored anything, and stay put once it has', async () => {
    expect(workerFile).toBeTruthy()
    const { context, page, errors } = await freshPage(browser, PHONE, { ...NO_WORKER, isMobile: true })
    // The worker's script held back: nothing can be read or stored until it is let through.
    const held: Route[] = []
    await page.route(`**/assets/${workerFile}`, (route) => void held.push(route))
    await page.goto('/')
    await waitForGoalCardsDrawn(page)
    await expect.poll(() => held.length).toBe(1)
    const expected = await expectedItemCounts('tiltak')
    expect(await itemCounts(page)).toEqual(expected)
    expect(await page.textContent('[data-testid="active-dataset"]')).toContain('Tiltak for 2024')
    expect(await page.$$eval('[data-testid="dataset-select"] option', (o) => o.length)).toBeGreaterThan(1)
    expect(await page.isVisible('[data-testid="actor-plans-loading"]')).toBe(true)
    const cards = () => page.$eval('[data-testid="goal-cards"]', (el) => el.getBoundingClientRect().toJSON())
    const before = await cards()
    // Marks on the drawn cards: the stored data takes over the same elements (the page is not drawn anew).
    await page.$$eval('[data-testid="goal-cards"] article', (els) =>
      els.forEach((el) => el.setAttribute('data-kept', '')),
    )

    for (const route of held) await route.continue()
    await page.unroute(`**/assets/${workerFile}`)
    await page.waitForSelector('[data-actor]')
    expect(await itemCounts(page)).toEqual(expected)
    expect(await cards()).toEqual(before)
    expect(await page.locator('[data-testid="goal-cards"] article[data-kept]').count()).toBe(5)
    expect(errors).toEqual([])
    await context.close()
  })

  it('on a phone: the page fits the screen, and the charts two screens down are drawn when scrolled near', async () => {
    const echartsFile = Object.entries(chunkModules).find(([, ids]) =>
      ids.includes('src/charts/echarts-setup.ts'),
    )?.[0]
    expect(echartsFile).toBeTruthy()
    // As Lighthouse's mobile preset: a page wider than the screen would be zoomed out to fit.
    const { context, page } = await freshPage(browser, PHONE, {
      ...NO_WORKER,
      isMobile: true,
      hasTouch: true,
      deviceScaleFactor: 1.75,
    })
    const requested: string[] = []
    page.on('request', (request) => requested.push(new URL(request.url()).pathname))
    await page.goto('/')
    await waitForGoalCards(page)
    await page.waitForSelector('[data-actor]')
    expect(await page.evaluate(() => [innerWidth, document.documentElement.scrollWidth])).toEqual([412, 412])
    await page.waitForTimeout(1500)
    expect(await page.locator('[data-testid="chart-pending"]').count()).toBe(4)
    expect(requested).not.toContain(`/${echartsFile}`)

    await page.locator('[data-testid="chart-goal-stage"]').scrollIntoViewIfNeeded()
    await page.waitForSelector('[data-testid="chart-goal-stage"] canvas')
    expect(requested).toContain(`/${echartsFile}`)
    await context.close()
  })

  it('keeps the header’s height while the datasets are read, on a phone and a laptop (no layout shift)', async () => {
    for (const viewport of [PHONE, { width: 1350, height: 940 }]) {
      const { context, page } = await freshPage(browser, viewport, {
        ...NO_WORKER,
        isMobile: viewport.width < 500,
      })
      // A first visit with the Dexie chunk held back: the header is drawn with no datasets yet.
      const held: Route[] = []
      await page.route(`**/${dexieFile}`, (route) => void held.push(route))
      await page.goto('/')
      await page.waitForSelector('[data-testid="dataset-select"]')
      await expect.poll(() => held.length).toBe(1)
      const height = () => page.$eval('header', (el) => el.getBoundingClientRect().height)
      const before = await height()
      for (const route of held) await route.continue()
      await page.unroute(`**/${dexieFile}`)
      await waitForGoalCards(page)
      expect(await page.$$eval('[data-testid="dataset-select"] option', (o) => o.length)).toBeGreaterThan(1)
      expect(await height(), `header at ${viewport.width} px`).toBe(before)
      await context.close()
    }
  })
})
