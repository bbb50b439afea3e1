/**
 * Goal pages, the overview's first charts and counts, and the import's proposed name, as a
 * user at 1280×800 meets them: charts with their tables, links that open exactly what a
 * count counts, legends clear of the plot, and an action bar that covers nothing.
 */
import { readFileSync } from 'node:fs'
import type { Browser, Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { summariseGoals } from '@/domain/aggregate'
import { countByGoalAndStage, countByStartYearAndGoal } from '@/domain/chart-data'
import { countByStage, countByStartYear } from '@/domain/goal-counts'
import type { DatasetContent } from '@/domain/types'
import { loadBundledDatasets } from '@/import/bundled-data'
import { importFile } from '@/import/run-import'
import { freshPage, launchBrowser } from './browser'
import { datasetTitles, openOverview, axeViolations as axe } from './helpers'

const ROADMAP = 'tests/fixtures/veikart-roadmap.csv'

let browser: Browser
let strategy: DatasetContent
let tiltak: DatasetContent
let roadmap: DatasetContent
beforeAll(async () => {
  browser = await launchBrowser()
  const bundled = await loadBundledDatasets()
  const s = bundled.find((c) => c.dataset.kind === 'strategy')
  const t = bundled.find((c) => c.dataset.id === 'bundled-tiltak-2024')
  const read = await importFile(new Uint8Array(readFileSync(ROADMAP)), {
    fileName: 'veikart-roadmap.csv',
    datasetId: 'roadmap',
    goals: s?.goals ?? [],
  })
  if (!s || !t || !read.content) throw new Error('bundled data or roadmap fixture missing')
  strategy = s
  tiltak = t
  roadmap = read.content
})
afterAll(async () => {
  await browser?.close()
})

/** Shows a chart's table and reads its body rows as [header, ...cells]. */
async function readChartTable(page: Page, id: string): Promise<string[][]> {
  const panel = page.locator(`[data-testid="chart-${id}"]`)
  await panel.waitFor()
  const toggle = panel.getByTestId('chart-table-toggle')
  if ((await toggle.getAttribute('aria-pressed')) !== 'true') await toggle.click()
  return page
    .getByTestId(`chart-table-${id}`)
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent?.trim() ?? '')),
    )
}

async function chartColumns(page: Page, id: string): Promise<string[]> {
  await readChartTable(page, id)
  return page.$$eval(`[data-testid="chart-table-${id}"] thead th`, (ths) =>
    ths.map((th) => th.textContent?.trim() ?? ''),
  )
}

/** Follows a link and returns the number of items the list then shows. */
async function listedCount(page: Page, link: Locator): Promise<number> {
  await link.click()
  await page.waitForURL('**/tiltak?**')
  const count = page.getByTestId('result-count')
  await count.waitFor()
  const text = (await count.textContent()) ?? ''
  return Number(/^(\d+)/.exec(text.replace(/\s/g, ''))?.[1] ?? NaN)
}

async function importRoadmap(page: Page): Promise<void> {
  await page.goto('/import')
  await page.setInputFiles('[data-testid="import-file"]', ROADMAP)
  await page.waitForSelector('[data-testid="import-summary"]')
  await page.click('[data-testid="import-commit"]')
  await page.waitForSelector('[data-testid="import-committed"]')
}

describe('goal page', () => {
  it('shows the start-year chart with its table; every count and the timeline link open exactly their items', async () => {
    const { context, page, errors } = await freshPage(browser)
    await openOverview(page)
    await page.goto('/mal/2')
    const own = tiltak.items.filter((i) => i.goal === 2)
    // The 2024 table has neither phases nor status: one chart, by start year.
    const expectedYears = countByStartYear(own).map((b) => [
      b.key === null ? 'Uten start' : String(b.key),
      String(b.count),
    ])
    expect(await readChartTable(page, 'goal-years')).toEqual(expectedYears)
    expect(await page.locator('[data-testid="chart-goal-stage"]').count()).toBe(0)
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280)

    // A row of the table is a link to exactly the items it counts.
    const [year, count] = expectedYears.find(([, n]) => Number(n) > 1) ?? []
    expect(
      await listedCount(page, page.getByTestId('chart-table-goal-years').getByRole('link', { name: year })),
    ).toBe(Number(count))
    expect(page.url()).toContain(`mal=2&startar=${year}`)
    // The list says it is narrowed by start year (no facet box shows it), and can drop that.
    expect(await page.getByTestId('start-filter').textContent()).toContain(`starter i: ${year}.`)
    await page.getByTestId('start-filter').getByRole('button').click()
    await page.waitForURL((url) => !url.search.includes('startar'))

    // The timeline, filtered to the goal: every item of goal 2 is drawn or listed as undated.
    await page.goto('/mal/2')
    await page.getByTestId('goal-timeline-link').click()
    await page.waitForURL('**/tidslinje?mal=2')
    const shown = (await page.getByTestId('timeline-count').textContent()) ?? ''
    const [, drawn, undated] = /(\d+) (?:element|elementer) tegnet, (\d+) uten tidfesting/.exec(shown) ?? []
    expect(Number(drawn) + Number(undated)).toBe(own.length)
    expect(errors).toEqual([])
    await context.close()
  })

  it('folds sub-goals into disclosures whose open state survives a reload', async () => {
    const { context, page } = await freshPage(browser)
    await openOverview(page)
    await page.goto('/mal/2')
    const toggles = page.getByTestId('sub-goal-toggle')
    await toggles.first().waitFor()
    expect(await toggles.count()).toBe(tiltak.subGoals.filter((s) => s.goal === 2).length)
    expect(await page.locator('[data-testid="item-table"]').count()).toBe(0)
    const height = await page.evaluate(() => document.documentElement.scrollHeight)
    expect(height).toBeLessThan(2600)

    await toggles.first().click()
    expect(await toggles.first().getAttribute('aria-expanded')).toBe('true')
    const controlled = await toggles.first().getAttribute('aria-controls')
    await page.locator(`#${controlled} [data-testid="item-table"] tbody tr`).first().waitFor()
    await page.waitForURL('**/mal/2?apne=1')
    await page.reload()
    await page.locator(`#${controlled} [data-testid="item-table"] tbody tr`).first().waitFor()
    expect(await page.getByTestId('sub-goal-toggle').first().getAttribute('aria-expanded')).toBe('true')

    // Keyboard: Enter on the focused heading button folds it again.
    await page.getByTestId('sub-goal-toggle').first().focus()
    await page.keyboard.press('Enter')
    expect(await page.getByTestId('sub-goal-toggle').first().getAttribute('aria-expanded')).toBe('false')
    await context.close()
  })

  it('with a veikart: a chart per starting phase whose counts open lists of that many items', async () => {
    const { context, page } = await freshPage(browser)
    await openOverview(page)
    await importRoadmap(page)
    await page.goto('/mal/2')
    const own = roadmap.items.filter((i) => i.goal === 2)
    const stage = countByStage(own)
    expect(stage?.by).toBe('phase')
    const rows = await readChartTable(page, 'goal-stage')
    expect(rows.map((r) => r[1])).toEqual(stage?.buckets.map((b) => String(b.count)))
    expect(await readChartTable(page, 'goal-years')).toHaveLength(countByStartYear(own).length)
    const [label, count] = rows[0] ?? []
    expect(
      await listedCount(page, page.getByTestId('chart-table-goal-stage').getByRole('link', { name: label })),
    ).toBe(Number(count))
    await page.goto('/mal/2')
    await page.getByTestId('goal-charts').waitFor()
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280)
    await context.close()
  })

  it('has no axe violations on / and /mal/2, in the light and the dark theme', async () => {
    for (const theme of ['standard', 'dark']) {
      const { context, page } = await freshPage(browser)
      await page.addInitScript((value) => localStorage.setItem('veikart.theme', value), theme)
      await openOverview(page)
      await page.locator('[data-testid="chart-goal-stage"] canvas').waitFor()
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme)
      expect(await axe(page), `/ in ${theme}`).toEqual([])
      await page.goto('/mal/2')
      await page.locator('[data-testid="chart-goal-years"] canvas').waitFor()
      await page.getByTestId('sub-goal-toggle').first().click()
      await page.locator('[data-testid="item-table"] tbody tr').first().waitFor()
      expect(await axe(page), `/mal/2 in ${theme}`).toEqual([])
      await context.close()
    }
  })
})

/** Texts of an exported SVG with their boxes, as the browser lays them out. */
async function svgTextBoxes(page: Page, svg: string) {
  return page.evaluate((markup) => {
    const host = document.createElement('div')
    host.innerHTML = markup
    document.body.append(host)
    const boxes = [...host.querySelectorAll('text')].map((el) => {
      const r = el.getBoundingClientRect()
      return { text: el.textContent?.trim() ?? '', x: r.x, y: r.y, width: r.width, height: r.height }
    })
    host.remove()
    return boxes
  }, svg)
}

async function downloadSvg(page: Page, id: string): Promise<string> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.click(`[data-testid="chart-${id}"] [data-testid="chart-export-svg"]`),
  ])
  return readFileSync(await download.path(), 'utf8')
}

type Box = { x: number; y: number; width: number; height: number }
const meet = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height

describe('overview', () => {
  it('stacks the first chart by a dimension the data has, labels every start year, keeps legends clear', async () => {
    const { context, page } = await freshPage(browser)
    await openOverview(page)
    const stage = countByGoalAndStage(tiltak.items, strategy.goals)
    expect(stage.by).toBe('actorKind')
    const columns = await chartColumns(page, 'goal-stage')
    expect(columns).not.toContain('Ukjent status')
    expect(columns.length).toBe(stage.stacks.length + 2)
    expect(await page.textContent('[data-testid="chart-goal-stage"] h3')).toBe('Tiltak per mål og aktørtype')

    const years = countByStartYearAndGoal(tiltak.items, strategy.goals).years.map((y) =>
      y === null ? 'Uten start' : String(y),
    )
    expect((await readChartTable(page, 'start-year')).map((r) => r[0])).toEqual(years)

    // The charts as drawn (SVG export, laid out by the browser): every year is a label, and no
    // legend entry meets the count axis' name.
    for (const id of ['goal-stage', 'start-year']) {
      const boxes = await svgTextBoxes(page, await downloadSvg(page, id))
      const axisName = boxes.find((b) => b.text === 'Antall tiltak')
      expect(axisName, id).toBeDefined()
      const legend = boxes.filter((b) => columns.includes(b.text) || /^Mål \d$/.test(b.text))
      expect(legend.length, id).toBeGreaterThan(0)
      for (const entry of legend) expect(meet(entry, axisName!), `${id}: ${entry.text}`).toBe(false)
      if (id === 'start-year') for (const year of years) expect(boxes.map((b) => b.text)).toContain(year)
    }
    await context.close()
  })

  it('names tentativ and usikker («?») apart, each count a link to a list of that many items', async () => {
    const { context, page } = await freshPage(browser)
    await openOverview(page)
    const summaries = summariseGoals(strategy.goals, tiltak.subGoals, tiltak.items)
    const withUncertain = summaries.find((s) => s.uncertainCount > 0)
    if (!withUncertain) throw new Error('the 2024 table has no "?" items')
    const n = withUncertain.goal.number
    const link = page.locator(`[data-goal="${n}"] [data-count="uncertain"] a`)
    expect(await link.textContent()).toMatch(/^\d+ usikk(er|re) \(«\?»\)$/)
    expect(await listedCount(page, link)).toBe(withUncertain.uncertainCount)

    // The data-quality count is a link too, with the same meaning.
    await openOverview(page)
    const total = summaries.reduce((sum, s) => sum + s.uncertainCount, 0)
    expect(await listedCount(page, page.locator('[data-flag="uncertain"] td a'))).toBe(total)

    // A veikart has tentative items: the card says «tentativ», not «usikker».
    await importRoadmap(page)
    await openOverview(page)
    const fromRoadmap = summariseGoals(strategy.goals, roadmap.subGoals, roadmap.items).find(
      (s) => s.tentativeCount > 0,
    )
    if (!fromRoadmap) throw new Error('the roadmap fixture has no tentative items')
    const tentative = page.locator(`[data-goal="${fromRoadmap.goal.number}"] [data-count="tentative"] a`)
    await tentative.waitFor()
    expect(await tentative.textContent()).toBe(
      `${fromRoadmap.tentativeCount} tentativ${fromRoadmap.tentativeCount > 1 ? 'e' : ''}`,
    )
    expect(await listedCount(page, tentative)).toBe(fromRoadmap.tentativeCount)
    await context.close()
  })
})

describe('import defaults', () => {
  it('proposes «Tiltak 2024» as of 2024 from the header, never hides the options, flags and suffixes a taken name', async () => {
    const { context, page } = await freshPage(browser)
    await openOverview(page)
    await page.goto('/import')
    await page.setInputFiles('[data-testid="import-file"]', 'tests/fixtures/cp1252-semicolon-crlf.csv')
    await page.waitForSelector('[data-testid="import-summary"]')
    expect(await page.inputValue('[data-testid="import-title"]')).toBe('Tiltak 2024')
    expect(await page.inputValue('[data-testid="import-as-of"]')).toBe('2024')
    expect(await page.locator('[data-testid="import-title-taken"]').count()).toBe(0)

    // Wherever the page is scrolled, each option is what lies at its own centre, not the bar.
    const fields = page.locator(
      '#import-options-heading + .options select, #import-options-heading + .options input',
    )
    for (const position of ['end', 'start'] as const) {
      for (let i = 0; i < (await fields.count()); i++) {
        const field = fields.nth(i)
        await field.evaluate((el, block) => el.scrollIntoView({ block }), position)
        const onTop = await field.evaluate((el) => {
          const r = el.getBoundingClientRect()
          return document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2) === el
        })
        expect(onTop, `option ${i} at ${position}`).toBe(true)
        const bar = await page.locator('.commit-bar').boundingBox()
        const box = await field.boundingBox()
        expect(bar && box && meet(bar, box)).toBe(false)
      }
    }

    // A name another dataset has: flagged in the form, stored with « (2)».
    await page.fill('[data-testid="import-title"]', 'Tiltak for 2024')
    const note = page.getByTestId('import-title-taken')
    await note.waitFor()
    expect(await note.textContent()).toContain('«Tiltak for 2024 (2)»')
    expect(await page.getAttribute('[data-testid="import-title"]', 'aria-describedby')).toBe(
      'import-title-taken',
    )
    expect(await axe(page)).toEqual([])
    await page.click('[data-testid="import-commit"]')
    await page.waitForSelector('[data-testid="import-committed"]')
    expect(await datasetTitles(page)).toContain('Tiltak for 2024 (2)')
    await context.close()
  })
})
