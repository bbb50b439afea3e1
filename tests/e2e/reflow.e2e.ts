/**
 * Reflow (WCAG 1.4.10): every route, with the bundled data, fits a phone's width (412 px, as
 * Lighthouse's mobile preset, where a wider page is zoomed out to fit) and a laptop's, with no
 * sideways scrolling of the page. Wide tables and charts may scroll inside their own container,
 * which must then be reachable by keyboard (axe's scrollable-region-focusable).
 */
import { AxeBuilder } from '@axe-core/playwright'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { baseUrl, launchBrowser } from './browser'
import { APP_ROUTES, openOverview } from './helpers'

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

/** What a route shows once its own content is drawn (not only the heading). */
const READY: Record<string, string> = {
  '/tiltak': '[data-testid="item-table"] tbody tr',
  '/mal/2': '[data-testid="goal-indicators"]',
  '/tidslinje': '[data-testid="gantt-rows"] [role="treeitem"]',
  '/datasett': '[data-testid="datasets-table"] tbody tr',
}

async function firstHref(page: Page, path: string, selector: string): Promise<string> {
  await page.goto(path)
  const href = await page.locator(selector).first().getAttribute('href')
  if (!href) throw new Error(`no link ${selector} on ${path}`)
  return href
}

/** The page's layout width against the window's, after scrolling once through the page. */
async function widths(page: Page, path: string): Promise<{ inner: number; scroll: number }> {
  await page.goto(path)
  await page.waitForSelector(READY[path] ?? 'main h1')
  // Charts further down are drawn when scrolled near: bring them in before measuring.
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight))
  await page.waitForTimeout(400)
  return page.evaluate(() => ({ inner: innerWidth, scroll: document.documentElement.scrollWidth }))
}

describe('every route fits the window’s width', () => {
  it('keeps a long filter chip inside the filter panel at 1280×800 (it ran over the timeline)', async () => {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      locale: 'nb-NO',
      baseURL: baseUrl(),
    })
    const page = await context.newPage()
    await openOverview(page)
    for (const path of ['/tidslinje?mal=3', '/tiltak?mal=3']) {
      await page.goto(path)
      const chip = page.locator('[data-testid="filter-chip"]')
      // The chip names the goal once the dataset's goals are read.
      await page.waitForFunction(() =>
        document
          .querySelector('[data-testid="filter-chip"]')
          ?.textContent?.includes('Helsedata til fornying'),
      )
      const [chipBox, panelBox] = await Promise.all([
        chip.boundingBox(),
        page.locator('form.facets').boundingBox(),
      ])
      expect(
        chipBox && panelBox && chipBox.x + chipBox.width <= panelBox.x + panelBox.width + 0.5,
        path,
      ).toBe(true)
    }
    await context.close()
  })

  it.each([
    { width: 412, height: 823, isMobile: true },
    { width: 1280, height: 800, isMobile: false },
  ])(
    'at $width×$height: no sideways page scroll, and every scroll region is focusable',
    async ({ width, height, isMobile }) => {
      const context = await browser.newContext({
        viewport: { width, height },
        isMobile,
        hasTouch: isMobile,
        locale: 'nb-NO',
        baseURL: baseUrl(),
        serviceWorkers: 'block',
      })
      const page = await context.newPage()
      await openOverview(page)
      const actor = await firstHref(page, '/aktorer', 'main a[href^="/aktorer/"]')
      const item = await firstHref(page, '/tiltak', '[data-testid="item-table"] tbody a')
      const tooWide: string[] = []
      const unreachable: string[] = []
      for (const path of [...APP_ROUTES, actor, item]) {
        const { inner, scroll } = await widths(page, path)
        if (inner !== width || scroll > inner) tooWide.push(`${path}: ${scroll} px in ${inner} px`)
        const axe = await new AxeBuilder({ page }).withRules(['scrollable-region-focusable']).analyze()
        for (const v of axe.violations)
          unreachable.push(`${path}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
      }
      expect(tooWide).toEqual([])
      expect(unreachable).toEqual([])
      await context.close()
    },
    240_000,
  )
})
