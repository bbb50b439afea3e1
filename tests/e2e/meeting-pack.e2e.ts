import { copyFileSync, readFileSync } from 'node:fs'
import { AxeBuilder } from '@axe-core/playwright'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { baseUrl, freshPage, launchBrowser } from './browser'
import { datasetTitles, dropFile, importFile, openOverview, saveView, waitForGoalCards } from './helpers'

let browser: Browser
let pack: { path: string; titles: string[]; counts: string[] }

beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

/** Item counts on the overview's goal cards: the numbers a slide of the overview shows. */
async function goalCounts(page: Page): Promise<string[]> {
  await waitForGoalCards(page)
  return page.$$eval('[data-count="items"]', (els) => els.map((e) => e.textContent?.trim() ?? ''))
}

/** Waits until the presentation shows slide `n` (the slide number lives in the URL). */
async function onSlide(page: Page, n: number): Promise<URL> {
  await page.waitForURL((url) => url.searchParams.get('lysbilde') === String(n))
  return new URL(page.url())
}

/** The title of the slide on screen (a view may continue on follow-on slides). */
async function slideTitle(page: Page): Promise<string> {
  await page.waitForSelector('[data-testid="slide"] svg')
  return (await page.textContent('main h1'))?.trim() ?? ''
}

/**
 * Steps through the presentation from slide 1 and returns, for each view title in order, the
 * path of its first slide; follow-on slides («forts.») of a view are stepped over.
 */
async function slides(page: Page, titles: string[]): Promise<string[]> {
  const paths: string[] = []
  let n = 1
  for (const title of titles) {
    for (;;) {
      const url = await onSlide(page, n)
      await page.waitForFunction(
        (k) =>
          document.title !== '' &&
          document.querySelector('[data-testid="slide-counter"]')?.textContent?.includes(`${k} av`),
        n,
      )
      if ((await slideTitle(page)) === title) {
        paths.push(url.pathname)
        break
      }
      await page.keyboard.press('ArrowRight')
      n++
    }
  }
  return paths
}

describe('meeting pack', () => {
  it('is downloaded with the datasets the saved views use and the views in order', async () => {
    const { context, page, errors } = await freshPage(browser)
    await openOverview(page)
    await importFile(page, 'tests/fixtures/veikart-export.csv')
    await page.goto('/')
    const counts = await goalCounts(page)
    await saveView(page, '/', 'Oversikt over veikartet')
    await saveView(page, '/tidslinje', 'Tidslinje')
    // The year plan on another dataset: the bundled 2024 table.
    await saveView(page, '/ar/2024?ds=bundled-tiltak-2024', 'Årsplan 2024')

    await page.goto('/visninger')
    await page.waitForFunction(
      () => document.querySelectorAll('[data-testid="saved-views"] .views__title').length === 3,
    )
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('[data-testid="download-pack"]'),
    ])
    expect(download.suggestedFilename()).toMatch(/^veikart-motepakke-\d{4}-\d{2}-\d{2}\.json$/)
    const path = await download.path()
    const bundle = JSON.parse(readFileSync(path, 'utf8')) as {
      format: string
      version: number
      datasets: { dataset: { kind: string; title: string; checksum: string } }[]
      views: { title: string; path: string; query: Record<string, string> }[]
    }
    expect([bundle.format, bundle.version]).toEqual(['veikart-bundle', 2])
    expect(bundle.views.map((v) => [v.title, v.path])).toEqual([
      ['Oversikt over veikartet', '/'],
      ['Tidslinje', '/tidslinje'],
      ['Årsplan 2024', '/ar/2024'],
    ])
    expect(bundle.datasets.map((d) => [d.dataset.kind, d.dataset.title]).sort()).toEqual([
      ['strategy', 'Nasjonal e-helsestrategi 2023–2030: strategiske mål'],
      ['tiltak', 'Tiltak for 2024'],
      ['veikart', 'Veikart 2026-08'],
    ])
    // Each view names its dataset by content, resolvable on any device that has the pack.
    for (const view of bundle.views) {
      const [kind, sum] = view.query.ds?.split('.') ?? []
      expect(
        bundle.datasets.some((d) => d.dataset.kind === kind && d.dataset.checksum.startsWith(sum ?? '-')),
      ).toBe(true)
    }
    expect(bundle.views[2]?.query.ds).toBe('tiltak.5efc352b161cdd40')
    expect(await page.textContent('[data-testid="download-pack-status"]')).toContain(
      '3 visninger, 3 datasett',
    )
    const axe = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze()
    expect(axe.violations.map((v) => v.id)).toEqual([])
    expect(errors.join('\n')).toBe('')
    // The download lives as long as its context: keep a copy for the receiving browsers.
    pack = { path: `${path}.json`, titles: bundle.views.map((v) => v.title), counts }
    copyFileSync(path, pack.path)
    await context.close()
  })

  it('dropped on a fresh browser, starts the presentation on slide 1 with the same slides; opening it again duplicates nothing', async () => {
    const { context, page, errors } = await freshPage(browser)
    await openOverview(page)
    const before = await datasetTitles(page)

    // Dropped anywhere on any page: the page shows a drop target while the file is dragged.
    await page.goto('/mal')
    await page.waitForSelector('main h1')
    await dropFile(page, 'main', pack.path, { expectTarget: true })
    await onSlide(page, 1)
    expect(await slides(page, pack.titles)).toEqual(['/', '/tidslinje', '/ar/2024'])

    // Back to slide 1 and out of the presentation: the overview shows the presenter's numbers.
    await page.keyboard.press('Home')
    await onSlide(page, 1)
    await page.keyboard.press('Escape')
    await page.waitForURL((url) => !url.searchParams.has('lysbilde'))
    expect(await goalCounts(page)).toEqual(pack.counts)

    const once = await datasetTitles(page)
    expect(once.length).toBe(before.length + 1)
    expect(once).toContain('Veikart 2026-08')

    // Again, through the file picker on the import page.
    await page.goto('/import')
    await page.setInputFiles('[data-testid="import-file"]', pack.path)
    const url = await onSlide(page, 1)
    expect(url.pathname).toBe('/')
    expect(await datasetTitles(page)).toEqual(once)
    await page.goto('/visninger')
    await page.waitForFunction(
      () => document.querySelectorAll('[data-testid="saved-views"] .views__title').length > 0,
    )
    expect(await page.$$eval('.views__title', (els) => els.map((e) => e.textContent?.trim()))).toEqual(
      pack.titles,
    )
    expect(errors.join('\n')).toBe('')
    await context.close()
  })

  describe('published on a web server (?pakke=<url>)', () => {
    const SERVER = 'https://moter.example.test'
    let context: BrowserContext

    /** A fresh browser where the "web server" is played by the test (no network is used). */
    async function withServer(): Promise<Page> {
      // Requests a service worker makes are not seen by page.route: keep it out of these tests.
      context = await browser.newContext({ locale: 'nb-NO', baseURL: baseUrl(), serviceWorkers: 'block' })
      await context.route(`${SERVER}/**`, async (route) => {
        const name = new URL(route.request().url()).pathname
        if (name === '/mote.json')
          return route.fulfill({
            status: 200,
            contentType: 'application/json',
            headers: { 'access-control-allow-origin': '*' },
            body: readFileSync(pack.path),
          })
        if (name === '/gone.json')
          return route.fulfill({ status: 404, headers: { 'access-control-allow-origin': '*' }, body: '' })
        if (name === '/plain.json')
          return route.fulfill({
            status: 200,
            contentType: 'application/json',
            headers: { 'access-control-allow-origin': '*' },
            body: '{"format":"something-else"}',
          })
        return route.abort('connectionrefused')
      })
      return context.newPage()
    }

    it('fetches the pack and starts the presentation on slide 1', async () => {
      const page = await withServer()
      await page.goto(`/?pakke=${encodeURIComponent(`${SERVER}/mote.json`)}`)
      const url = await onSlide(page, 1)
      expect(url.searchParams.has('pakke')).toBe(false)
      await page.waitForSelector(`text=${pack.titles[0]}`)
      await context.close()
    })

    it.each([
      [
        '/gone.json',
        'Kunne ikke hente møtepakken fra https://moter.example.test/gone.json: serveren svarte 404.',
      ],
      ['/down.json', 'Kunne ikke hente møtepakken fra https://moter.example.test/down.json ('],
      ['/plain.json', 'Filen på https://moter.example.test/plain.json er ikke en Veikart-møtepakke.'],
    ])('says clearly when %s cannot be fetched or read', async (name, message) => {
      const page = await withServer()
      await page.goto(`/?pakke=${encodeURIComponent(`${SERVER}${name}`)}`)
      const error = page.locator('[data-testid="pack-error"]')
      await error.waitFor()
      expect(await error.textContent()).toContain(message)
      expect(new URL(page.url()).searchParams.has('lysbilde')).toBe(false)
      await context.close()
    })
  })
})
