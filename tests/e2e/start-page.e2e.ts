/**
 * A first visit sees the overview before any of the app's scripts has run: index.html holds it,
 * rendered at build time (src/prerender.ts), and public/first-visit.js shows it only where the
 * app's first render is that page. The app then hydrates it: the same elements, without a visible
 * change, each part taking over in a task of its own. The service worker is blocked, so every
 * request meets the test's routes.
 */
import { readFileSync } from 'node:fs'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { bundledStart } from '@/import/bundled-start'
import { baseUrl, launchBrowser } from './browser'
import { waitForApp, waitForGoalCards } from './helpers'

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

const chunkModules = JSON.parse(readFileSync('dist/.vite/chunk-modules.json', 'utf8')) as Record<
  string,
  string[]
>
/** The app's chunk (src/start.ts and what it imports), which the entry imports after the first paint. */
const appChunk = Object.entries(chunkModules).find(([, ids]) => ids.includes('src/start.ts'))?.[0]

const start = bundledStart()
const shown = start?.datasets.find((d) => d.id === start.overview.datasetId)

async function newContext(viewport = { width: 1280, height: 800 }): Promise<BrowserContext> {
  return browser.newContext({ viewport, locale: 'nb-NO', baseURL: baseUrl(), serviceWorkers: 'block' })
}

/** A page whose app chunk never arrives: what shows is index.html alone. */
async function withoutApp(context: BrowserContext): Promise<Page> {
  const page = await context.newPage()
  await page.route(`**/${appChunk}`, (route) => route.abort())
  return page
}

/** Headings, the dataset line and the goal counts on the first screen, with where they stand (below it, the actor plans grow once the items are read). */
function firstScreen(page: Page) {
  return page.$$eval(
    'h1, h2, [data-testid="active-dataset"], .goal-card__title, [data-count], .app-header a, select',
    (els) =>
      els
        .filter((el) => el.getBoundingClientRect().top < innerHeight)
        .map((el) => {
          const r = el.getBoundingClientRect()
          const text = el instanceof HTMLSelectElement ? el.selectedOptions[0]?.textContent : el.textContent
          return `${text?.replace(/\s+/g, ' ').trim()} @${Math.round(r.x)},${Math.round(r.y)} ${Math.round(r.width)}×${Math.round(r.height)}`
        }),
  )
}

/** Records layout shifts (with what moved) and largest-contentful-paint times in `window.__seen`. */
function observeShiftsAndPaints(): void {
  const seen = { shifts: [] as string[], lcp: [] as number[] }
  Object.assign(window, { __seen: seen })
  new PerformanceObserver((list) =>
    list.getEntries().forEach((entry) => {
      const shift = entry as unknown as {
        value: number
        sources: { node?: Node; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[]
      }
      const moved = shift.sources.map(
        (s) =>
          `${(s.node as Element | undefined)?.outerHTML?.slice(0, 80)} ${s.previousRect.y}→${s.currentRect.y}`,
      )
      seen.shifts.push(`${shift.value.toFixed(4)} at ${Math.round(entry.startTime)} ms: ${moved.join('; ')}`)
    }),
  ).observe({ type: 'layout-shift', buffered: true })
  new PerformanceObserver((list) => list.getEntries().forEach((e) => seen.lcp.push(e.startTime))).observe({
    type: 'largest-contentful-paint',
    buffered: true,
  })
}

describe('the start page in index.html', () => {
  it('a first visit sees the overview before the app has run, within the first screen', async () => {
    expect(appChunk).toBeTruthy()
    expect(shown).toBeTruthy()
    const context = await newContext({ width: 412, height: 823 })
    const page = await withoutApp(context)
    await page.goto('/')
    await expect.poll(() => page.locator('#app[data-prerendered]').isVisible()).toBe(true)
    await page.waitForTimeout(500)
    // Still index.html's picture: the app never ran.
    expect(await page.locator('#app[data-started]').count()).toBe(0)
    expect((await page.locator('h1').textContent())?.trim()).toBe('Oversikt')
    const line = await page.getByTestId('active-dataset').textContent()
    expect(line).toContain(shown?.title)
    const counts = await page.$$eval('[data-count="items"]', (els) =>
      els.map((el) => Number.parseInt(el.textContent ?? '')),
    )
    expect(counts).toEqual(start?.overview.summary.goals.map((g) => g.itemCount))
    // The dataset line and the first goal card are on the phone's first screen.
    for (const selector of ['[data-testid="active-dataset"]', '[data-goal="1"] .goal-card__title']) {
      const box = await page.locator(selector).boundingBox()
      expect(box!.y + box!.height, selector).toBeLessThanOrEqual(823)
    }
    await context.close()
  })

  it('the app takes over the same elements without a change: no layout shift, no mismatch, the largest paint at the first', async () => {
    const before = await newContext()
    const picture = await withoutApp(before)
    await picture.goto('/')
    await picture.waitForSelector('#app[data-prerendered] [data-goal="5"]', { state: 'visible' })
    const pictured = await firstScreen(picture)
    await before.close()

    const context = await newContext()
    const page = await context.newPage()
    // Console errors (a hydration mismatch logs one); Chromium's postponed ResizeObserver
    // notification is not about the app (see freshPage).
    const errors: string[] = []
    const keep = (text: string) => !/ResizeObserver loop/.test(text) && errors.push(text)
    page.on('console', (message) => message.type() === 'error' && keep(message.text()))
    page.on('pageerror', (error) => keep(error.message))
    await page.addInitScript(observeShiftsAndPaints)
    // The app's chunk is held back until the picture's elements are in hand.
    let release = () => {}
    const held = new Promise<void>((resolve) => (release = resolve))
    await page.route(`**/${appChunk}`, async (route) => {
      await held
      await route.continue()
    })
    await page.goto('/')
    await page.waitForSelector('#app[data-prerendered] [data-goal="5"]')
    const elements = await page.$$(
      'h1, [data-goal="1"] .goal-card__title, .app-header nav a, #quality-heading',
    )
    await page.evaluate(() => Object.assign(window, { __samePage: true }))
    release()
    await waitForGoalCards(page)
    await waitForApp(page)

    expect(await page.locator('#app[data-prerendered]').count()).toBe(0)
    // Hydrated, not drawn anew: every element is still the one index.html made.
    for (const element of elements) expect(await element.evaluate((el) => el.isConnected)).toBe(true)
    expect(await firstScreen(page)).toEqual(pictured)
    expect(errors, 'console errors').toEqual([])
    const seen = await page.evaluate(
      () => (window as unknown as { __seen: { shifts: string[]; lcp: number[] } }).__seen,
    )
    const fcp = await page.evaluate(
      () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
    )
    expect(seen.shifts, 'layout shifts').toEqual([])
    expect(seen.lcp.at(-1)).toBe(fcp)
    // And it is the app now, below the screen too: links move within the page, not by loading it.
    const inApp = () => page.evaluate(() => (window as unknown as { __samePage?: boolean }).__samePage)
    await page.locator('section[aria-labelledby="quality-heading"] a').first().click()
    await page.waitForURL('**/tiltak?**')
    await page.waitForSelector('[data-testid="item-table"]')
    expect(await inApp()).toBe(true)
    await page.goBack()
    await page.getByRole('link', { name: 'Tiltak', exact: true }).first().click()
    await page.waitForURL('**/tiltak')
    await page.waitForSelector('[data-testid="item-table"]')
    expect(await inApp()).toBe(true)
    await context.close()
  })

  it('is not shown where the app draws something else: a returning visit, English, a deep link, a link', async () => {
    const cases: { path: string; stored?: Record<string, string> }[] = [
      { path: '/', stored: { 'veikart.locale': 'nb' } },
      { path: '/', stored: { 'veikart.locale': 'en' } },
      { path: '/tidslinje' },
      { path: '/?ds=veikart.0123456789abcdef' },
    ]
    for (const { path, stored } of cases) {
      const context = await newContext()
      if (stored)
        await context.addInitScript((entries) => {
          for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value)
        }, stored)
      const page = await withoutApp(context)
      await page.goto(path)
      await page.waitForLoadState('load')
      const picture = page.locator('#app[data-prerendered]')
      expect(await picture.count(), path).toBe(1)
      expect(await picture.isVisible(), `${path} ${JSON.stringify(stored)}`).toBe(false)
      await context.close()
    }
  })
})
