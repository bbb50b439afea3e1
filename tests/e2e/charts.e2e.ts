import { readFileSync } from 'node:fs'
import type { Browser, Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  countByActorAndGoal,
  countByGoalAndStage,
  countByGoalHierarchy,
  countByStartYearAndGoal,
  type HierarchyNode,
} from '@/domain/chart-data'
import type { DatasetContent } from '@/domain/types'
import { loadBundledDatasets } from '@/import/bundled-data'
import { freshPage, launchBrowser } from './browser'
import { axeViolations as a11yViolations } from './helpers'

const CHART_IDS = ['goal-stage', 'start-year', 'actor-goal', 'hierarchy'] as const

let browser: Browser
let strategy: DatasetContent
let tiltak: DatasetContent
beforeAll(async () => {
  browser = await launchBrowser()
  // The overview shows the 2024 tiltak table by default.
  const bundled = await loadBundledDatasets()
  const s = bundled.find((c) => c.dataset.kind === 'strategy')
  const t = bundled.find((c) => c.dataset.id === 'bundled-tiltak-2024')
  if (!s || !t) throw new Error('bundled data missing')
  strategy = s
  tiltak = t
})
afterAll(async () => {
  await browser?.close()
})

/** Opens the overview and waits until all four charts have drawn. */
async function openCharts(page: Page): Promise<void> {
  await page.goto('/')
  for (const id of CHART_IDS) await page.waitForSelector(`[data-testid="chart-${id}"] canvas`)
}

function panel(page: Page, id: (typeof CHART_IDS)[number]): Locator {
  return page.locator(`[data-testid="chart-${id}"]`)
}

/** Shows a chart's table and reads it: every body row as [row header, ...cells]. */
async function readTable(page: Page, id: (typeof CHART_IDS)[number]): Promise<string[][]> {
  const toggle = panel(page, id).getByTestId('chart-table-toggle')
  await toggle.click()
  expect(await toggle.getAttribute('aria-pressed')).toBe('true')
  const table = page.getByTestId(`chart-table-${id}`)
  await table.waitFor()
  return table
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent?.trim() ?? '')),
    )
}

const goalHeader = (n: number): string => `Mål ${n}: ${strategy.goals.find((g) => g.number === n)?.title}`

/** The text of the chart's visible ECharts tooltip, or '' when none shows. */
function tooltipText(figure: Locator): Promise<string> {
  return figure.evaluate((el) =>
    [...el.querySelectorAll<HTMLElement>('div')]
      .filter((d) => d.querySelector(':scope > strong') && getComputedStyle(d).display !== 'none')
      .map((d) => d.innerText)
      .join('\n'),
  )
}

describe('overview charts on the bundled data', () => {
  it('shows each chart as a table with the numbers computed from data/', async () => {
    const { context, page, errors } = await freshPage(browser)
    await openCharts(page)

    const stage = countByGoalAndStage(tiltak.items, strategy.goals)
    expect(stage.by).toBe('actorKind') // the 2024 table has no phases and no status
    expect(await readTable(page, 'goal-stage')).toEqual(
      stage.goals.map((g, i) => [
        goalHeader(g.number),
        ...stage.stacks.map((s) => String(s.counts[i])),
        String(stage.totals[i]),
      ]),
    )
    expect(stage.totals[2]).toBe(22) // goal 3, as counted by hand in the source

    const years = countByStartYearAndGoal(tiltak.items, strategy.goals)
    expect(await readTable(page, 'start-year')).toEqual(
      years.years.map((y, i) => [
        y === null ? 'Uten start' : String(y),
        ...years.counts.map((perGoal) => String(perGoal[i])),
        String(years.totals[i]),
      ]),
    )

    const actors = countByActorAndGoal(tiltak.items, strategy.goals)
    expect(await readTable(page, 'actor-goal')).toEqual(
      actors.actors.map((a) => [a.name, ...a.counts.map(String), String(a.total)]),
    )

    // Sub-goals come back from storage in id order, not source order: compare per goal, sorted.
    const tree = countByGoalHierarchy(tiltak.items, tiltak.subGoals, strategy.goals)
    const rows = await readTable(page, 'hierarchy')
    expect(rows.filter((r) => r[1] === 'Mål')).toEqual(
      tree.map((g) => [goalHeader(g.goal), 'Mål', String(g.count)]),
    )
    const flat = (nodes: HierarchyNode[]): string[][] =>
      nodes.flatMap((n) => [
        [n.kind === 'noSubGoal' ? 'Uten delmål' : n.name, String(n.count)],
        ...flat(n.children),
      ])
    const sorted = (list: string[][]): string[][] =>
      [...list].sort((a, b) => a.join().localeCompare(b.join()))
    expect(sorted(rows.filter((r) => r[1] !== 'Mål').map((r) => [r[0] ?? '', r[2] ?? '']))).toEqual(
      sorted(tree.flatMap((g) => flat(g.children))),
    )

    // Switching back shows the chart again.
    const toggle = panel(page, 'hierarchy').getByTestId('chart-table-toggle')
    await toggle.click()
    expect(await toggle.getAttribute('aria-pressed')).toBe('false')
    await expect.poll(() => panel(page, 'hierarchy').getByTestId('chart-figure').isVisible()).toBe(true)
    expect(errors.join('\n')).toBe('')
    await context.close()
  })

  it('exports a PNG at twice the size and an SVG whose caption names chart, dataset, date and source', async () => {
    const { context, page } = await freshPage(browser)
    await openCharts(page)

    const [png] = await Promise.all([
      page.waitForEvent('download'),
      panel(page, 'goal-stage').getByTestId('chart-export-png').click(),
    ])
    expect(png.suggestedFilename()).toBe('tiltak-per-mal-og-aktortype.png')
    const bytes = readFileSync(await png.path())
    expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
    expect(bytes.readUInt32BE(16)).toBe(2 * 960) // IHDR width: 960 px at pixel ratio 2
    expect(bytes.readUInt32BE(20)).toBeGreaterThan(2 * 380) // chart height plus the caption
    expect(bytes.byteLength).toBeGreaterThan(10_000)

    const [svg] = await Promise.all([
      page.waitForEvent('download'),
      panel(page, 'start-year').getByTestId('chart-export-svg').click(),
    ])
    expect(svg.suggestedFilename()).toBe('tiltak-per-startar-og-mal.svg')
    const text = readFileSync(await svg.path(), 'utf8')
    expect(text.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true)
    for (const caption of [
      '>Tiltak per startår og mål</text>',
      '>Tiltak for 2024, per mai 2023</text>',
      'Kilde: Direktoratet for e-helse',
      'Filtre: ingen',
    ])
      expect(text, caption).toContain(caption)
    expect(text).toContain('>Uten start<') // the chart itself, nested below the caption
    expect(await panel(page, 'start-year').getByTestId('chart-announcement').textContent()).toBe(
      'SVG av «Tiltak per startår og mål» er lastet ned.',
    )
    await context.close()
  })

  it('clicking a bar opens its goal; Enter on a heatmap cell opens its actor', async () => {
    const { context, page } = await freshPage(browser)
    await openCharts(page)

    // A real mouse click on the canvas: sweep across the bars just above the axis until
    // the tooltip names goal 3, then click there.
    const figure = panel(page, 'goal-stage').getByTestId('chart-figure')
    await figure.scrollIntoViewIfNeeded()
    const box = await figure.boundingBox()
    if (!box) throw new Error('chart not laid out')
    const y = box.y + box.height - 60
    let hit: number | null = null
    for (let x = box.x + 10; x < box.x + box.width && hit === null; x += 8) {
      await page.mouse.move(x, y)
      if ((await tooltipText(figure)).startsWith(goalHeader(3))) hit = x
    }
    expect(hit, 'found the bar of goal 3').not.toBeNull()
    await page.mouse.click(hit ?? 0, y)
    await page.waitForURL('**/tiltak?mal=3')
    await page
      .getByTestId('result-count')
      .getByText(`${tiltak.items.filter((i) => i.goal === 3).length} av`)
      .waitFor()

    // Keyboard: the heatmap's first cell is the actor with most items, in goal 1.
    await openCharts(page)
    const first = countByActorAndGoal(tiltak.items, strategy.goals).actors[0]
    const heatmap = panel(page, 'actor-goal').getByTestId('chart-figure')
    await heatmap.focus()
    await page.keyboard.press('ArrowRight')
    expect(await panel(page, 'actor-goal').getByTestId('chart-announcement').textContent()).toBe(
      `${first?.name}. Mål 1: ${first?.counts[0]} tiltak`,
    )
    expect(await tooltipText(heatmap)).toContain(first?.name)
    await page.keyboard.press('Enter')
    await page.waitForURL(`**/tiltak?aktor=${first?.id}&mal=1`)
    await page.getByTestId('result-count').getByText(`${first?.counts[0]} av`).waitFor()
    await context.close()
  })

  it('fits each chart to its panel, and again when the window changes the panel', async () => {
    // The panels' widths are fractional at 1280 px (573.875): a chart is as wide as its panel
    // in whole pixels, which is why it needs no second drawing after its first (useChartResize).
    const { context, page } = await freshPage(browser, { width: 1280, height: 800 })
    await openCharts(page)
    const widths = () =>
      page.$$eval('[data-testid="chart-figure"]', (figures) =>
        figures.map((f) => Math.round(f.querySelector('canvas')?.getBoundingClientRect().width ?? 0)),
      )
    const panelWidths = () =>
      page.$$eval('[data-testid="chart-figure"]', (figures) => figures.map((f) => f.clientWidth))
    await page.waitForTimeout(500)
    expect(await widths()).toEqual(await panelWidths())
    await page.setViewportSize({ width: 1920, height: 1080 })
    await expect.poll(async () => JSON.stringify(await widths())).toBe(JSON.stringify(await panelWidths()))
    expect((await widths())[0]).toBeGreaterThan(700)
    await context.close()
  })

  it('has no axe violations with the charts drawn and with their tables shown, at laptop and projector size', async () => {
    for (const viewport of [
      { width: 1280, height: 800 },
      { width: 1920, height: 1080 },
    ]) {
      const { context, page } = await freshPage(browser, viewport)
      await openCharts(page)
      expect(await a11yViolations(page), `charts at ${viewport.width}px`).toEqual([])
      for (const id of CHART_IDS) await panel(page, id).getByTestId('chart-table-toggle').click()
      await page.getByTestId('chart-table-hierarchy').waitFor()
      expect(await a11yViolations(page), `tables at ${viewport.width}px`).toEqual([])
      await context.close()
    }
  })
})
