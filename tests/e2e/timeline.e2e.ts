import { readFileSync } from 'node:fs'
import { AxeBuilder } from '@axe-core/playwright'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { emptyFilter, filterItems } from '@/domain/filter'
import type { DatasetContent } from '@/domain/types'
import { loadBundledDatasets } from '@/import/bundled-data'
import { importFile } from '@/import/run-import'
import { freshPage, launchBrowser } from './browser'
import { openOverview, axeViolations as axe } from './helpers'

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
const ROADMAP = 'tests/fixtures/veikart-roadmap.csv'

/** Imports the roadmap fixture through the import page; it becomes the active dataset. */
async function importRoadmap(page: Page): Promise<void> {
  await page.goto('/import')
  await page.setInputFiles('[data-testid="import-file"]', ROADMAP)
  await page.waitForSelector('[data-testid="import-summary"]')
  await page.click('[data-testid="import-commit"]')
  await page.waitForSelector('[data-testid="import-committed"]')
}

/** The text of an SVG with its character references resolved. */
function decode(svg: string): string {
  return svg
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(Number.parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
}

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
      `${expectedDated} elementer tegnet, ${expectedUndated} uten tidfesting. Viser `,
    )
    expect(await itemRows(page)).toHaveLength(expectedDated)
    expect(await page.$$eval('[data-testid="undated-list"] li', (l) => l.length)).toBe(expectedUndated)

    // One item drawn is said in the singular: a search the filter gives one dated item for.
    const matching = (text: string) => filterItems(tiltak.items, { ...emptyFilter(), text }, tiltak.subGoals)
    const search = dated(tiltak)
      .flatMap((i) => i.title.split(/\s+/))
      .find((word) => word.length >= 8 && dated({ ...tiltak, items: matching(word) }).length === 1)
    if (!search) throw new Error('no word of the 2024 table finds one dated item')
    const found = matching(search)
    await page.fill('[data-testid="filter-text"]', search)
    await page.waitForFunction(() =>
      document.querySelector('[data-testid="timeline-count"]')?.textContent?.includes('1 element tegnet'),
    )
    expect(await page.textContent('[data-testid="timeline-count"]')).toContain(
      `1 element tegnet, ${found.length - 1} uten tidfesting. Viser `,
    )
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
    await page.locator('[data-testid="gantt-rows"] [role="treeitem"][tabindex="0"]').focus()
    // → goes to the next row with a bar: the first item under the first goal and sub-goal.
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

describe('timeline on a roadmap shaped like the real veikart export (tests/fixtures/veikart-roadmap.csv)', () => {
  let roadmap: DatasetContent
  beforeAll(async () => {
    const outcome = await importFile(new Uint8Array(readFileSync(ROADMAP)), {
      fileName: 'veikart-roadmap.csv',
      datasetId: 'r',
    })
    roadmap = outcome.content as DatasetContent
  })

  it('wheel scrolls the page over the chart; a selected bar’s detail is in the viewport; Esc returns focus', async () => {
    const { context, page, errors } = await freshPage(browser)
    await openOverview(page)
    await importRoadmap(page)
    await openTimeline(page)
    const canvas = page.locator('[data-testid="chart-figure"] .gantt__tile canvas')
    const box = (await canvas.boundingBox())!
    await page.mouse.move(box.x + box.width / 2, Math.min(700, box.y + 200))
    const before = await page.evaluate(() => scrollY)
    for (let i = 0; i < 5; i++) {
      await page.mouse.wheel(0, 120)
      await page.waitForTimeout(100)
    }
    await page.waitForFunction((y) => scrollY >= y + 400, before)

    // A click on a bar in the canvas: its row's y, its start's x.
    const bar = dated(roadmap).find(
      (i) =>
        i.period.start &&
        i.period.end &&
        i.period.start.date >= '2025-06-01' &&
        i.period.start.date < '2027-01-01',
    )!
    const row = page.locator(`[data-testid="gantt-rows"] [data-item$="/${bar.key}"]`)
    await row.scrollIntoViewIfNeeded()
    await page.waitForTimeout(300)
    const figure = page.locator('[data-testid="chart-figure"]')
    const start = Date.parse(`${await figure.getAttribute('data-window-start')}T00:00:00Z`)
    const end = Date.parse(`${await figure.getAttribute('data-window-end')}T00:00:00Z`)
    const plot = (await canvas.boundingBox())!
    const rowBox = (await row.boundingBox())!
    const plotWidth = plot.width - Number(await figure.getAttribute('data-plot-right'))
    const at = Date.parse(`${bar.period.start!.date}T00:00:00Z`) + 20 * 86_400_000
    await page.mouse.click(plot.x + ((at - start) / (end - start)) * plotWidth, rowBox.y + rowBox.height / 2)
    const detail = page.locator('[data-testid="timeline-detail"]')
    await detail.waitFor()
    expect(await detail.locator('h2').textContent()).toBe(bar.title)
    expect(new URL(page.url()).searchParams.get('element')).toMatch(new RegExp(`/${bar.key}$`))
    const panel = (await detail.boundingBox())!
    expect(panel.x).toBeGreaterThanOrEqual(0)
    expect(panel.y).toBeGreaterThanOrEqual(0)
    expect(panel.x + panel.width).toBeLessThanOrEqual(1280)
    expect(panel.y + panel.height).toBeLessThanOrEqual(800)
    expect(
      await page.evaluate(() => document.activeElement?.closest('[data-testid="timeline-detail"]') !== null),
    ).toBe(true)
    await page.keyboard.press('Escape')
    await detail.waitFor({ state: 'detached' })
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-item'))).toMatch(
      new RegExp(`/${bar.key}$`),
    )
    expect(new URL(page.url()).searchParams.get('element')).toBeNull()

    // The keyboard on the rows: + and − zoom time, Home and End jump, the row's bar comes into view.
    const span = async () =>
      Date.parse((await figure.getAttribute('data-window-end'))!) -
      Date.parse((await figure.getAttribute('data-window-start'))!)
    const wide = await span()
    await page.keyboard.press('+')
    await page.waitForFunction((w) => {
      const f = document.querySelector('[data-testid="chart-figure"]')!
      return (
        Date.parse(f.getAttribute('data-window-end')!) - Date.parse(f.getAttribute('data-window-start')!) < w
      )
    }, wide)
    expect(await span()).toBeLessThan(wide)
    await page.keyboard.press('-')
    await page.keyboard.press('-')
    await page.waitForFunction((w) => {
      const f = document.querySelector('[data-testid="chart-figure"]')!
      return (
        Date.parse(f.getAttribute('data-window-end')!) - Date.parse(f.getAttribute('data-window-start')!) > w
      )
    }, wide)
    await page.keyboard.press('End')
    const rowCount = await page.locator('[data-testid="gantt-rows"] [role="treeitem"]').count()
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-row'))).toBe(
      String(rowCount - 1),
    )
    expect(await page.evaluate(() => scrollY)).toBeGreaterThan(2000)
    await page.keyboard.press('Home')
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-row'))).toBe('0')

    // The keyboard: Enter on a row opens the same panel, in view.
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('ArrowRight')
    await page.keyboard.press('Enter')
    await detail.waitFor()
    const again = (await detail.boundingBox())!
    expect(again.y + again.height).toBeLessThanOrEqual(800)
    expect(errors.join('\n')).toBe('')
    await context.close()
  })

  it('has every deliverable title in full in the page, a legend of what is drawn, and no axe violations', async () => {
    const { context, page } = await freshPage(browser)
    await openOverview(page)
    await importRoadmap(page)
    await openTimeline(page)
    const rows = await page.$$eval('[data-testid="gantt-rows"] [role="treeitem"][data-item]', (els) =>
      els.map((e) => e.querySelector('.gantt__text')?.textContent?.trim() ?? ''),
    )
    const undated = await page.$$eval('[data-testid="undated-list"] li', (els) =>
      els.map((e) => e.childNodes[0]?.textContent?.trim() ?? ''),
    )
    expect(rows.length + undated.length).toBe(roadmap.items.length)
    expect([...rows, ...undated].sort()).toEqual(roadmap.items.map((i) => i.title).sort())
    const names = await page.$$eval('[data-testid="gantt-rows"] [role="treeitem"]', (els) =>
      els.slice(0, 5).map((e) => e.getAttribute('title')),
    )
    expect(names.every((n) => n && n.length > 0)).toBe(true)
    const legend = await page.$$eval('[data-testid="timeline-legend"] li', (els) =>
      els.map((e) => e.getAttribute('data-mark')),
    )
    expect(legend).toEqual(
      expect.arrayContaining(['tentative', 'planned', 'no-phase', 'inferred-end', 'as-of']),
    )
    expect(legend).not.toContain('year')
    expect(await axe(page)).toEqual([])
    await context.close()
  })

  it('exports an SVG of every row with its full label, the legend and the caption', async () => {
    const { context, page } = await freshPage(browser)
    await openOverview(page)
    await importRoadmap(page)
    await openTimeline(page)
    const labels = await page.$$eval('[data-testid="gantt-rows"] [role="treeitem"] .gantt__text', (els) =>
      els.map((e) => e.childNodes[0]?.textContent?.trim() ?? ''),
    )
    expect(labels.length).toBeGreaterThanOrEqual(250)
    const svg = decode(await svgExport(page))
    const missing = labels.filter((label) => !svg.includes(label))
    expect(missing).toEqual([])
    for (const text of [
      'Tentativ (stiplet kant, lysere, skravert)',
      'Sluttdato ikke oppgitt',
      'Tidslinje (Gantt)',
    ])
      expect(svg).toContain(text)
    expect(svg).toContain('Veikart 2026-08')
    await context.close()
  })
})

describe('a timeline taller than its drawn tile', () => {
  /** How many pixels across the tile's canvas, level with the middle of `row`, are inked (not paper, grid or row border). */
  async function inkBeside(page: Page, row: string): Promise<number> {
    return page.evaluate((selector) => {
      const canvas = document.querySelector<HTMLCanvasElement>(
        '[data-testid="chart-figure"] .gantt__tile canvas',
      )
      const el = document.querySelector(selector)
      if (!canvas || !el) return -1
      const c = canvas.getBoundingClientRect()
      const r = el.getBoundingClientRect()
      const scale = canvas.height / c.height
      const y = Math.round((r.top + r.height / 2 - c.top) * scale)
      if (y < 0 || y >= canvas.height) return -1
      const line = canvas.getContext('2d')!.getImageData(0, y, canvas.width, 1).data
      let inked = 0
      for (let i = 0; i < line.length; i += 4) {
        const [red, green, blue] = [line[i]!, line[i + 1]!, line[i + 2]!]
        if (Math.min(red, green, blue) < 200 || Math.max(red, green, blue) - Math.min(red, green, blue) > 40)
          inked++
      }
      return inked
    }, row)
  }

  it('draws the bars of the last rows once the keyboard has taken the page to them', async () => {
    const { context, page, errors } = await freshPage(browser)
    await openOverview(page)
    await importRoadmap(page)
    await openTimeline(page)
    const rowCount =
      Number(
        (await page.getAttribute('[data-testid="gantt-rows"]', 'style'))?.match(/height: (\d+)px/)?.[1],
      ) / 32
    // More rows than the tile holds at first (the screen and 640 px below it).
    expect(rowCount * 32).toBeGreaterThan(800 + 640)
    await page.locator('[data-testid="gantt-rows"] [role="treeitem"][tabindex="0"]').focus()
    await page.keyboard.press('End')
    // ← goes to the last row with a bar.
    await page.keyboard.press('ArrowLeft')
    const active = await page.evaluate(() => document.activeElement?.getAttribute('data-row'))
    expect(Number(active)).toBeGreaterThan(rowCount - 10)
    const row = `[data-testid="gantt-rows"] [data-row="${active}"]`
    await page.waitForFunction(
      ([selector]) => {
        const canvas = document.querySelector('[data-testid="chart-figure"] .gantt__tile canvas')
        const r = document.querySelector(selector!)?.getBoundingClientRect()
        const c = canvas?.getBoundingClientRect()
        return r && c && r.top >= c.top && r.bottom <= c.bottom
      },
      [row],
    )
    await page.waitForTimeout(300)
    expect(await inkBeside(page, row)).toBeGreaterThan(5)
    expect(errors.join('\n')).toBe('')
    await context.close()
  })
})

describe('default window of the bundled «Tiltak for 2024»', () => {
  it('opens around 2024 with the dataset’s as-of date as the line; “i dag” and ?dato= move it', async () => {
    const { context, page } = await freshPage(browser)
    await openOverview(page)
    await openTimeline(page)
    const figure = page.locator('[data-testid="chart-figure"]')
    expect(await figure.getAttribute('data-window-start')).toMatch(/^20\d\d-/)
    expect((await figure.getAttribute('data-window-start'))! <= '2024-01-01').toBe(true)
    expect((await figure.getAttribute('data-window-end'))! >= '2024-12-31').toBe(true)
    expect(await figure.getAttribute('data-as-of')).toBe('2023-05-01')
    expect(await page.inputValue('[data-testid="timeline-as-of"]')).toBe('2023-05-01')
    await page.click('[data-testid="timeline-today"]')
    const today = new Date().toISOString().slice(0, 10)
    await page.waitForFunction((d) => location.search.includes(`dato=${d}`), today)
    expect(await figure.getAttribute('data-as-of')).toBe(today)
    await openTimeline(page, '?dato=2022-03-01')
    expect(await page.locator('[data-testid="chart-figure"]').getAttribute('data-as-of')).toBe('2022-03-01')
    await context.close()
  })
})

describe('«Vis alt»: the first year on the time axis', () => {
  it('is drawn whole inside the axis strip, not cut at its left edge', async () => {
    const { context, page, errors } = await freshPage(browser, { width: 1280, height: 800 })
    // Every text the canvases draw, with its ends in canvas pixels; a clear starts a new picture.
    await page.addInitScript(() => {
      type Drawn = { canvas: HTMLCanvasElement; text: string; left: number; right: number }
      const drawn: Drawn[] = []
      Object.assign(window, { drawnTexts: drawn })
      const proto = CanvasRenderingContext2D.prototype
      const fillText = proto.fillText
      proto.fillText = function (text: string, x: number, y: number, max?: number) {
        const m = this.getTransform()
        const width = this.measureText(text).width
        const shift = this.textAlign === 'center' ? width / 2 : /right|end/.test(this.textAlign) ? width : 0
        const left = m.a * (x - shift) + m.e
        drawn.push({ canvas: this.canvas, text, left, right: left + m.a * width })
        return max === undefined ? fillText.call(this, text, x, y) : fillText.call(this, text, x, y, max)
      }
      const clearRect = proto.clearRect
      proto.clearRect = function (...args: [number, number, number, number]) {
        for (let i = drawn.length - 1; i >= 0; i--) if (drawn[i]!.canvas === this.canvas) drawn.splice(i, 1)
        return clearRect.apply(this, args)
      }
    })
    await openOverview(page)
    await openTimeline(page, '?zoom=alt')
    await page.waitForTimeout(500)
    const figure = page.locator('[data-testid="chart-figure"]')
    const firstYear = (await figure.getAttribute('data-window-start'))!.slice(0, 4)
    const labels = await page.evaluate(() => {
      const all = (window as unknown as { drawnTexts: { canvas: HTMLCanvasElement; text: string; left: number; right: number }[] }).drawnTexts // prettier-ignore
      return all
        .filter((d) => d.canvas.closest('.gantt__axis') && /^\d{4}$/.test(d.text))
        .map((d) => ({ text: d.text, left: d.left, right: d.right, width: d.canvas.width }))
        .sort((a, b) => a.left - b.left)
    })
    expect(labels.length).toBeGreaterThan(1)
    expect(labels[0]!.text).toBe(firstYear)
    for (const label of labels) {
      expect(label.left, label.text).toBeGreaterThanOrEqual(0)
      expect(label.right, label.text).toBeLessThanOrEqual(label.width)
    }
    expect(errors.join('\n')).toBe('')
    await context.close()
  })
})
