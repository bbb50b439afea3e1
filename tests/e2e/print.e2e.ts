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

/** Pages of a PDF and whether the first is landscape, read from the PDF's page objects. */
function pdfPages(pdf: Buffer): { count: number; landscape: boolean } {
  const text = pdf.toString('latin1')
  const count = (text.match(/\/Type\s*\/Page[^s]/g) ?? []).length
  const box = /\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)/.exec(text)
  return { count, landscape: box ? Number(box[1]) > Number(box[2]) : false }
}

async function printed(page: Page, path: string): Promise<{ count: number; landscape: boolean }> {
  await page.goto(path)
  await page.waitForSelector('main h1')
  await page.emulateMedia({ media: 'print' })
  expect(await page.isVisible('.app-header')).toBe(false)
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true })
  await page.emulateMedia({ media: 'screen' })
  return pdfPages(pdf)
}

describe('printing', () => {
  it('prints the goals one per A4 landscape page, and the year plan without navigation', async () => {
    const { context, page } = await freshPage(browser)
    await openOverview(page)
    const goals = await printed(page, '/mal')
    expect(goals.landscape).toBe(true)
    expect(goals.count).toBeGreaterThanOrEqual(5)
    const yearPlan = await printed(page, '/ar/2024')
    expect(yearPlan.landscape).toBe(true)
    expect(yearPlan.count).toBeGreaterThanOrEqual(1)
    await context.close()
  })
})
