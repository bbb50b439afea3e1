/**
 * Every route of the app, in the standard and the dark theme at 1280×800, is axe-clean (WCAG 2.1
 * A/AA, contrast included) with the bundled data: the pages a council member opens, with
 * Designsystemet's light and dark tokens.
 */
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { freshPage, launchBrowser } from './browser'
import { APP_ROUTES, axeViolations, openOverview } from './helpers'

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

/** The first link of a list page: an actor's or an item's own page. */
async function firstLink(page: Page, path: string, selector: string): Promise<string> {
  await page.goto(path)
  const href = await page.locator(selector).first().getAttribute('href')
  if (!href) throw new Error(`no link ${selector} on ${path}`)
  return href
}

describe('every route is accessible', () => {
  it.each(['standard', 'dark'])(
    'has no axe violations on any route in the %s theme at 1280×800',
    async (theme) => {
      const { context, page } = await freshPage(browser, { width: 1280, height: 800 })
      await openOverview(page)
      await page.evaluate((t) => localStorage.setItem('veikart.theme', t), theme)
      const actor = await firstLink(page, '/aktorer', 'main a[href^="/aktorer/"]')
      const item = await firstLink(page, '/tiltak', '[data-testid="item-table"] tbody a')
      for (const path of [...APP_ROUTES, actor, item]) {
        await page.goto(path)
        await page.waitForSelector('main h1')
        expect(await page.evaluate(() => document.documentElement.dataset.theme), path).toBe(theme)
        expect(await axeViolations(page), `${path} (${theme})`).toEqual([])
      }
      await context.close()
    },
    240_000,
  )
})
