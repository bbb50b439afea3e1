/**
 * The Gantt chart's words (useGanttChartLabels): the screen-reader summary counts its items and
 * rows in the UI's language, one item as one, numbers as Intl writes them.
 */
import { describe, expect, it } from 'vitest'
import { useGanttChartLabels } from '@/composables/useGanttChartLabels'
import { withSetup } from './host'

async function summary(locale: 'nb' | 'en', bars: number, rows: number): Promise<string> {
  const { result, unmount } = await withSetup('/tidslinje', useGanttChartLabels, { locale })
  const text = result(() => '').chartSummary(bars, rows)
  unmount()
  return text
}

describe('useGanttChartLabels: the chart summary', () => {
  it('says one item on one row in the singular, in bokmål and English', async () => {
    expect(await summary('nb', 1, 1)).toBe('1 element på 1 rad')
    expect(await summary('en', 1, 1)).toBe('1 item on 1 row')
  })

  it('says many in the plural, with the numbers grouped as the language writes them', async () => {
    expect((await summary('nb', 12345, 3)).replace(/\s/g, ' ')).toBe('12 345 elementer på 3 rader')
    expect(await summary('en', 12345, 3)).toBe('12,345 items on 3 rows')
  })
})
