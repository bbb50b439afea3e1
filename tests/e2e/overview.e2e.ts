import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { summariseGoals } from '@/domain/aggregate'
import { loadBundledDatasets } from '@/import/bundled-data'
import { freshPage, launchBrowser } from './browser'
import { countItems, waitForGoalCards, axeViolations as a11yViolations } from './helpers'

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

/** What the goal cards must show, computed from data/ in Node. */
async function expectedCards(): Promise<string[][]> {
  const [strategy, tiltak] = await loadBundledDatasets()
  if (!strategy || !tiltak) throw new Error('bundled data missing')
  return summariseGoals(strategy.goals, tiltak.subGoals, tiltak.items).map((s) => [
    String(s.goal.number),
    s.goal.title,
    `${s.subGoalCount} delmål`,
    `${s.itemCount} tiltak`,
    `${s.actorCount} aktører`,
  ])
}

async function readCards(page: Page): Promise<string[][]> {
  return page.$$eval('[data-testid="goal-cards"] article', (cards) =>
    cards.map((card) => [
      card.getAttribute('data-goal') ?? '',
      card.querySelector('a')?.textContent?.trim() ?? '',
      card.querySelector('[data-count="subGoals"]')?.textContent?.trim() ?? '',
      card.querySelector('[data-count="items"]')?.textContent?.trim() ?? '',
      card.querySelector('[data-count="actors"]')?.textContent?.trim() ?? '',
    ]),
  )
}

describe('first start on a fresh profile', () => {
  it('shows the five goal cards with counts from data/, and the same after a reload', async () => {
    const expected = await expectedCards()
    const { context, page, errors } = await freshPage(browser)
    await page.goto('/')
    await waitForGoalCards(page)
    expect(await page.title()).toContain('Veikart')
    expect(await readCards(page)).toEqual(expected)
    // Three bundled datasets share one import time; the 2024 table must stay the default.
    expect(await page.textContent('[data-testid="active-dataset"]')).toContain('Tiltak for 2024')

    await page.reload()
    await waitForGoalCards(page)
    expect(await readCards(page)).toEqual(expected)
    expect(await countItems(page)).toBe(99 + 34) // the 2024 table and the 2021 veikart; nothing duplicated by the second start
    expect(errors.join('\n')).toBe('')
    await context.close()
  })

  it('shows what each actor plans for 2024, with an actor named in several goals', async () => {
    const { context, page } = await freshPage(browser)
    await page.goto('/')
    await page.getByRole('heading', { name: 'Hva skjer i 2024? Per aktør' }).waitFor()
    const helseNord = page.locator('[data-actor="helse-nord-rhf"]').first()
    await helseNord.locator('summary').click()
    const text = await helseNord.textContent()
    expect(text).toContain('Mål 1, Mål 2, Mål 3, Mål 4')
    expect(text).toContain('Starte utprøving PLL')
    await context.close()
  })

  // Twelve pages, each analysed by axe: more than the default minute on a busy 2-core machine.
  it('has no axe violations on the shell routes, at laptop and projector size', async () => {
    for (const viewport of [
      { width: 1280, height: 800 },
      { width: 1920, height: 1080 },
    ]) {
      const { context, page } = await freshPage(browser, viewport)
      for (const path of ['/', '/mal', '/aktorer', '/datasett', '/tidslinje', '/import']) {
        await page.goto(path)
        await page.waitForSelector('main h1')
        expect(await a11yViolations(page), `${path} at ${viewport.width}px`).toEqual([])
      }
      await context.close()
    }
  }, 120_000)

  it('offers a skip link as the first tab stop and switches to English', async () => {
    const { context, page } = await freshPage(browser)
    await page.goto('/')
    await waitForGoalCards(page)
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe(
      'Hopp til hovedinnhold',
    )
    await page.keyboard.press('Enter')
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main')

    await page.selectOption('[data-testid="language-select"]', 'en')
    await page.waitForSelector('h1:text("Overview")')
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en')
    expect(await page.locator('[data-count="items"]').first().textContent()).toMatch(/^\d+ measures$/)
    await page.reload()
    await page.waitForSelector('h1:text("Overview")')
    await context.close()
  })
})
