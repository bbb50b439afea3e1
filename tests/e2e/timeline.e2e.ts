import { readFileSync } from 'node:fs'
import { AxeBuilder } from '@axe-core/playwright'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DatasetContent } from '@/domain/types'
import { loadBundledDatasets } from '@/import/bundled-data'
import { freshPage, launchBrowser } from './browser'
import { openOverview } from './helpers'

let browser: Browser
let tiltak: DatasetContent
let veikart: DatasetContent
beforeAll(async () => {
  browser = await launchBrowser()
  const bundled = await loadBundledDatasets()
  tiltak = bundled[1] as DatasetContent
  veikart = bundled[2] as DatasetContent
})
afterAll(async () => {
  await browser?.close()
})

const dated = (c: DatasetContent) => c.items.filter((i) => i.period.start || i.period.end)

async function openTimeline(page: Page, query = ''): Promise<void> {
  await page.goto(`/tidslinje${query}`)
  await page.waitForSelector('[data-testid="chart-gantt"] [data-testid="chart-figure"] canvas')
}

/** Rows of the table alternative that stand for an item (they have a period). */
async function itemRows(page: Page): Promise<string[][]> {
  const toggle = page.locator('[data-testid="chart-gantt"] [data-testid="chart-table-toggle"]')
  if ((await toggle.getAttribute('aria-pressed')) !== 'true') await toggle.click()
  const rows = await page.$$eval('[data-testid="chart-table-gantt"] tbody tr', (trs) =>
    trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent?.trim() ?? '')),
  )
  return rows.filter((r) => (r[1] ?? '') !== '')
}

async function svgExport(page: Page): Promise<string> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.click('[data-testid="chart-gantt"] [data-testid="chart-export-svg"]'),
  ])
  return readFileSync(await download.path(), 'utf8')
}

describe('timeline', () => {
  it('draws every dated item of the 2024 table and lists the undated ones apart', async () => {
    const { context, page, errors } = await freshPage(browser, { width: 1600, height: 1000 })
    await openOverview(page)
    await openTimeline(page)
    const expectedDated = dated(tiltak).length
    const expectedUndated = tiltak.items.length - expectedDated
    expect(await page.textContent('[data-testid="timeline-count"]')).toContain(
      `${expectedDated} elementer tegnet, ${expectedUndated} uten tidfesting`,
    )
    expect(await itemRows(page)).toHaveLength(expectedDated)
    expect(await page.$$eval('[data-testid="undated-list"] li', (l) => l.length)).toBe(expectedUndated)
    expect(errors.join('\n')).toBe('')
    await context.close()
  })

  it('switches grouping, collapses lanes, zooms to quarters, moves the as-of line, keeps the URL', async () => {
    const { context, page } = await freshPage(browser, { width: 1600, height: 1000 })
    await openOverview(page)
    await openTimeline(page, '?ds=bundled-veikart-2021')
    await page.getByTestId('active-dataset').getByText('Planer og milepæler').waitFor()
    const byGoal = await itemRows(page)
    expect(byGoal).toHaveLength(dated(veikart).length)

    await page.selectOption('[data-testid="timeline-group"]', 'fase')
    await page.waitForFunction(() => location.search.includes('grupper=fase'))
    // Phase lanes: a span counts under the phase it starts in; milestones have no phase.
    await page.waitForFunction(() =>
      [...document.querySelectorAll('[data-testid="chart-table-gantt"] tbody th')].some(
        (th) => th.textContent?.trim() === 'Uten fase',
      ),
    )
    const byPhase = await page.$$eval('[data-testid="chart-table-gantt"] tbody th', (ths) =>
      ths.map((th) => th.textContent?.trim()),
    )
    expect(byPhase).toContain('Utvikling og begrenset utprøving')
    expect(await itemRows(page)).toHaveLength(dated(veikart).length)

    await page.selectOption('[data-testid="timeline-group"]', 'mal')
    await page.click('summary:has-text("Rader")')
    await page.click('[data-testid="collapse-all"]')
    await page.waitForFunction(
      () => document.querySelectorAll('[data-testid="chart-table-gantt"] tbody tr').length <= 4,
    )
    expect(await itemRows(page)).toHaveLength(0)

    await page.click('[data-testid="zoom-kvartal"]')
    await page.waitForFunction(() => location.search.includes('zoom=kvartal'))
    await page.fill('[data-testid="timeline-as-of"]', '2021-09-30')
    await page.dispatchEvent('[data-testid="timeline-as-of"]', 'change')
    await page.waitForFunction(() => location.search.includes('dato=2021-09-30'))
    const svg = await svgExport(page)
    expect(svg).toMatch(/Q[1-4] 202[01]/)
    expect(svg).toContain('Per 30. september 2021')
    await context.close()
  })

  it('a filtered timeline URL opened in a fresh page shows the same items', async () => {
    const { context, page } = await freshPage(browser, { width: 1600, height: 1000 })
    await openOverview(page)
    await openTimeline(page, '?mal=2&aktor=helse-vest-rhf&ds=bundled-tiltak-2024')
    const expected = dated(tiltak).filter((i) => i.goal === 2 && i.actorIds.includes('helse-vest-rhf'))
    const rows = await itemRows(page)
    expect(rows.map((r) => r[0]).sort()).toEqual(expected.map((i) => i.title).sort())
    await context.close()
  })

  it('opens a detail panel for a bar with the keyboard, exports a PNG, and has no axe violations', async () => {
    const { context, page } = await freshPage(browser, { width: 1600, height: 1000 })
    await openOverview(page)
    await openTimeline(page)
    const figure = page.locator('[data-testid="chart-gantt"] [data-testid="chart-figure"]')
    await figure.focus()
    await page.keyboard.press('ArrowRight')
    await page.keyboard.press('Enter')
    await page.waitForSelector('[data-testid="timeline-detail"]')
    expect(new URL(page.url()).searchParams.get('element')).toMatch(/^bundled-tiltak-2024\//)
    expect(await page.textContent('[data-testid="timeline-detail"]')).toContain('Mål 1')

    const [png] = await Promise.all([
      page.waitForEvent('download'),
      page.click('[data-testid="chart-gantt"] [data-testid="chart-export-png"]'),
    ])
    expect([...readFileSync(await png.path()).subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47])

    const result = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze()
    expect(
      result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    ).toEqual([])
    await context.close()
  })
})
