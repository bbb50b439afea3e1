/**
 * The overview as a first visit sees it, rendered at build time into index.html
 * (src/prerender.ts): the bundled start's dataset and goal cards, in bokmål, as the app draws them.
 */
import { describe, expect, it } from 'vitest'
import { bundledStart } from '@/import/bundled-start'
import { renderStartPage } from '@/prerender'

/** The text of the first element matching `pattern`'s single group, without tags. */
const texts = (html: string, pattern: RegExp) =>
  [...html.matchAll(pattern)].map((m) =>
    (m[1] ?? '')
      .replace(/<[^>]+>/g, '')
      .replace(/\s+/g, ' ')
      .trim(),
  )

describe('the start page rendered at build time', () => {
  it('is the overview of the bundled start: its dataset, its five goals and their counts', async () => {
    const start = bundledStart()
    if (!start) throw new Error('bundled-start.json was read for another version')
    const html = await renderStartPage()
    const shown = start.datasets.find((d) => d.id === start.overview.datasetId)
    expect(shown?.title).toBeTruthy()

    expect(texts(html, /<h1[^>]*>([\s\S]*?)<\/h1>/g)).toEqual(['Oversikt'])
    const [datasetLine] = texts(html, /data-testid="active-dataset"[^>]*>([\s\S]*?)<\/p>/g)
    expect(datasetLine).toContain(shown?.title)
    expect(datasetLine).toContain(`Kilde: ${shown?.source}`)

    const goalTitles = texts(html, /<h3 class="goal-card__title"[^>]*>([\s\S]*?)<\/h3>/g)
    expect(goalTitles).toEqual(start.overview.goals.map((g) => `Mål ${g.number}: ${g.title}`))
    const itemCounts = texts(html, /<li data-count="items"[^>]*>([\s\S]*?)<\/li>/g).map((t) =>
      Number.parseInt(t),
    )
    expect(itemCounts).toEqual(start.overview.summary.goals.map((g) => g.itemCount))
    // The header's dataset choice shows the dataset the page shows.
    expect(html).toMatch(new RegExp(`<option value="${shown?.id}"[^>]*selected`))
  })

  it('holds no script and no chart drawing: a picture until the app replaces it', async () => {
    const html = await renderStartPage()
    expect(html).not.toMatch(/<script|<canvas|\son[a-z]+=/i)
  })
})
