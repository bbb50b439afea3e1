import { readFileSync } from 'node:fs'
import { AxeBuilder } from '@axe-core/playwright'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DatasetContent } from '@/domain/types'
import { importFile } from '@/import/run-import'
import { overlapsYear } from '@/domain/period'
import { freshPage, launchBrowser } from './browser'
import { openOverview } from './helpers'

const ROADMAP = 'tests/fixtures/veikart-roadmap.csv'
let browser: Browser
let roadmap: DatasetContent
beforeAll(async () => {
  browser = await launchBrowser()
  const outcome = await importFile(new Uint8Array(readFileSync(ROADMAP)), {
    fileName: 'x.csv',
    datasetId: 'r',
  })
  roadmap = outcome.content as DatasetContent
})
afterAll(async () => {
  await browser?.close()
})

async function importRoadmap(page: Page): Promise<void> {
  await page.goto('/import')
  await page.setInputFiles('[data-testid="import-file"]', ROADMAP)
  await page.waitForSelector('[data-testid="import-summary"]')
  await page.click('[data-testid="import-commit"]')
  await page.waitForSelector('[data-testid="import-committed"]')
}

describe('year plan of a veikart export without an owner column', () => {
  it('/ar/2024 holds every item of /tiltak?ar=2024; «Uten oppgitt aktør» holds those without an actor', async () => {
    const { context, page, errors } = await freshPage(browser)
    await openOverview(page)
    await importRoadmap(page)
    await page.goto('/tiltak?ar=2024')
    await page.waitForSelector('[data-testid="item-table"] tbody tr')
    const listed = Number((await page.textContent('[data-testid="result-count"]'))?.match(/^(\d+)/)?.[1])
    const expected = roadmap.items.filter((i) => overlapsYear(i.period, 2024))
    expect(listed).toBe(expected.length)

    await page.goto('/ar/2024')
    await page.waitForSelector('[data-testid="year-plan"] tbody tr')
    const summary = page.getByTestId('year-plan-summary')
    expect(Number(await summary.getAttribute('data-items'))).toBe(listed)
    const inMatrix = await page.$$eval('[data-testid="year-plan"] li[data-item]', (els) => [
      ...new Set(els.map((e) => e.getAttribute('data-item'))),
    ])
    expect(inMatrix).toHaveLength(listed)
    const withoutActor = expected.filter((i) => i.actorIds.length === 0)
    expect(withoutActor.length).toBeGreaterThan(0)
    const noActorRow = page.locator('[data-testid="year-plan"] tr[data-actor=""]')
    expect(await noActorRow.locator('th').textContent()).toContain('Uten oppgitt aktør')
    expect(await noActorRow.locator('li[data-item]').count()).toBe(withoutActor.length)
    const withActor = await page.$$eval(
      '[data-testid="year-plan"] tr:not([data-actor=""]) li[data-item]',
      (els) => [...new Set(els.map((e) => e.getAttribute('data-item')))],
    )
    expect(withActor.length + withoutActor.length).toBe(listed)
    expect(await summary.textContent()).toContain(
      `${listed} tiltak/leveranser som gjelder 2024: ${withActor.length} med aktør og ${withoutActor.length} uten oppgitt aktør`,
    )
    expect(await page.locator('[data-testid="year-plan"] abbr').first().textContent()).toBe('fra navnet')

    const result = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze()
    expect(
      result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    ).toEqual([])
    expect(errors.join('\n')).toBe('')
    await context.close()
  })
})
