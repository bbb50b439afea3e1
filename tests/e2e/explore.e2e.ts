import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { planByActor } from '@/domain/aggregate'
import { filterItems, emptyFilter } from '@/domain/filter'
import type { DatasetContent } from '@/domain/types'
import { loadBundledDatasets } from '@/import/bundled-data'
import { freshPage, launchBrowser } from './browser'
import { openOverview, axeViolations as axe } from './helpers'

let browser: Browser
let tiltak: DatasetContent
beforeAll(async () => {
  browser = await launchBrowser()
  tiltak = (await loadBundledDatasets())[1] as DatasetContent
})
afterAll(async () => {
  await browser?.close()
})

const tableTitles = (page: Page) =>
  page.$$eval('[data-testid="item-table"] tbody tr', (rows) =>
    rows.map((r) => r.querySelector('[data-col="title"] a')?.textContent?.trim() ?? ''),
  )

describe('exploring the bundled 2024 table', () => {
  it('a goal page lists the goal’s sub-goals with their conditions and, opened, all its items', async () => {
    const { context, page } = await freshPage(browser)
    await openOverview(page)
    await page.goto('/mal/2')
    // Sub-goals start folded; «show all» lists every item under its sub-goal.
    await page.click('[data-testid="sub-goals-all"]')
    await page.waitForSelector('[data-testid="item-table"] tbody tr')
    expect(await page.textContent('h1')).toBe('Mål 2: Enklere arbeidshverdag')
    expect(await page.textContent('main')).toContain(
      'Fullføre nasjonal innføring i løpet av 2029. Aktiviteten forutsetter finansiering av PDS steg 2.',
    )
    // Grouped by sub-goal, in source order within each.
    const own = tiltak.items.filter((i) => i.goal === 2)
    const expected = tiltak.subGoals
      .filter((s) => s.goal === 2)
      .flatMap((s) => own.filter((i) => i.subGoalId === s.id).map((i) => i.title))
    expect((await tableTitles(page)).sort()).toEqual([...expected].sort())
    expect(await tableTitles(page)).toHaveLength(own.length)
    expect(await axe(page)).toEqual([])
    await context.close()
  })

  it('an actor page shows everything Helse Nord RHF does in 2024, across goals', async () => {
    const { context, page } = await freshPage(browser)
    await openOverview(page)
    await page.goto('/aktorer/helse-nord-rhf')
    await page.waitForSelector('main h2')
    const plan = planByActor(tiltak.items).find((p) => p.actor.id === 'helse-nord-rhf')
    const titles = await page.$$eval('main [data-item-id] .item-summary__title', (els) =>
      els.map((e) => e.textContent?.trim()),
    )
    // Its activities under their goals, then its rows without an activity, apart.
    expect(titles.sort()).toEqual(
      [...(plan?.items ?? []), ...(plan?.actorOnly ?? [])].map((i) => i.title).sort(),
    )
    expect(plan?.actorOnly.map((i) => i.title)).toEqual(['Ingen aktivitet oppgitt'])
    const goalHeadings = await page.$$eval('main h2', (els) =>
      els.map((e) => e.textContent?.trim().slice(0, 5)),
    )
    expect(goalHeadings).toEqual(['Mål 1', 'Mål 2', 'Mål 3', 'Mål 4', 'Oppfø'])
    expect(await axe(page)).toEqual([])
    await context.close()
  })

  it('the 2024 year plan puts each item in its actor × goal cell', async () => {
    const { context, page } = await freshPage(browser)
    await openOverview(page)
    await page.goto('/ar/2024')
    await page.waitForSelector('[data-testid="year-plan"]')
    const cell = await page.textContent(
      '[data-testid="year-plan"] tr[data-actor="helse-vest-rhf"] td[data-goal="2"]',
    )
    expect(cell).toContain('Innføring av spesialkurver')
    expect(cell).toContain('Ferdigstiller utprøving og starte innføring')
    const rows = await page.$$eval('[data-testid="year-plan"] tbody tr', (r) => r.length)
    expect(rows).toBe(planByActor(tiltak.items).length)
    // Without a year, the year plan opens on the dataset's plan year.
    await page.goto('/ar')
    await page.waitForSelector('[data-testid="year-plan"]')
    expect(await page.textContent('main h1')).toBe('Årsplan 2024')
    expect(await axe(page)).toEqual([])
    await context.close()
  })

  it('a filtered URL opened in a fresh page restores the same view; back and forward work', async () => {
    const expected = filterItems(tiltak.items, { ...emptyFilter(), goals: [1], text: 'sor-ost' }).map(
      (i) => i.title,
    )
    expect(expected.length).toBeGreaterThan(0)
    const first = await freshPage(browser)
    await openOverview(first.page)
    await first.page.goto('/tiltak')
    await first.page.waitForSelector('[data-testid="item-table"] tbody tr')
    await first.page.check('[data-facet="goals"] input[value="1"]')
    await first.page.fill('[data-testid="filter-text"]', 'sor-ost')
    await first.page.waitForFunction(() => location.search.includes('q=sor-ost'))
    const url = first.page.url()
    expect(new URL(url).searchParams.get('mal')).toBe('1')
    expect(await tableTitles(first.page)).toEqual(expected)
    await first.page.goBack()
    await first.page.waitForFunction(() => !location.search.includes('q='))
    await first.page.goForward()
    await first.page.waitForFunction(() => location.search.includes('q=sor-ost'))
    await first.context.close()

    const second = await freshPage(browser)
    await second.page.goto(url)
    await second.page.waitForSelector('[data-testid="item-table"] tbody tr')
    expect(await second.page.textContent('[data-testid="result-count"]')).toContain(
      `${expected.length} av 99 tiltak`,
    )
    expect(await tableTitles(second.page)).toEqual(expected)
    expect(await second.page.isChecked('[data-facet="goals"] input[value="1"]')).toBe(true)
    expect(await axe(second.page)).toEqual([])
    await second.context.close()
  })

  it('the data-quality panel counts flagged rows and drills down to them with their source rows', async () => {
    const { context, page } = await freshPage(browser)
    await openOverview(page)
    const counts = await page.$$eval('[data-testid="data-quality"] tbody tr', (rows) =>
      rows.map((r) => [r.getAttribute('data-flag'), r.querySelector('td')?.textContent?.trim()]),
    )
    const expected = [
      'no-period',
      'no-phase',
      'end-before-start',
      'uncertain',
      'placeholder-text',
      'no-activity',
    ].map((flag) => [flag, String(tiltak.items.filter((i) => i.flags.includes(flag as never)).length)])
    expect(counts).toEqual(expected)
    await page.click('[data-flag="no-activity"] a')
    await page.waitForURL('**/tiltak?merknad=no-activity')
    const flagged = tiltak.items.filter((i) => i.flags.includes('no-activity'))
    await page.getByTestId('result-count').getByText(`${flagged.length} av 99 tiltak`).waitFor()
    const rows = await page.$$eval('[data-testid="item-table"] tbody tr', (trs) =>
      trs.map((tr) => tr.querySelector('[data-col="row"]')?.textContent?.trim()),
    )
    expect(rows).toEqual(
      tiltak.items.filter((i) => i.flags.includes('no-activity')).map((i) => String(i.source.row)),
    )
    await context.close()
  })

  it('a link with values it does not know says so instead of guessing', async () => {
    const { context, page } = await freshPage(browser)
    await openOverview(page)
    await page.goto('/tiltak?mal=9&fase=drift')
    await page.waitForSelector('[data-testid="item-table"] tbody tr')
    expect(await page.textContent('main')).toContain('mal=9, fase=drift')
    expect(await page.textContent('[data-testid="result-count"]')).toContain('99 av 99 tiltak')
    await context.close()
  })
})
