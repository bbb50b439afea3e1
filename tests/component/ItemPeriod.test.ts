import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import ItemPeriod from '@/components/items/ItemPeriod.vue'
import type { Period, RoadmapItem } from '@/domain/types'
import { plugins } from './helpers'

const item = (period: Period, periodText?: string): RoadmapItem => ({
  id: 'd/1',
  key: '1',
  datasetId: 'd',
  title: 'Innføring, Helse Vest',
  goal: 2,
  actors: [],
  actorIds: [],
  period,
  uncertain: false,
  flags: [],
  source: { datasetId: 'd', row: 2 },
  ...(periodText ? { periodText } : {}),
})
const day = (date: string) => ({ date, precision: 'day' as const })
const text = (i: RoadmapItem, locale: 'nb' | 'en' = 'nb') =>
  mount(ItemPeriod, { props: { item: i }, global: { plugins: plugins(locale) } }).text()

describe('ItemPeriod', () => {
  it('reads a lone start as «fra …» and a lone end as «til …», never as a bare date', () => {
    expect(text(item({ start: day('2024-04-15'), openEnded: false }))).toBe('fra 15.04.2024')
    expect(text(item({ end: day('2025-12-31'), openEnded: false }))).toBe('til 31.12.2025')
    expect(text(item({ start: day('2024-04-15'), openEnded: false }), 'en')).toBe('from 15.04.2024')
  })
  it('keeps full periods, open ends and the source notation', () => {
    expect(text(item({ start: day('2024-01-01'), end: day('2025-12-31'), openEnded: false }))).toBe(
      '01.01.2024 – 31.12.2025',
    )
    expect(text(item({ start: { date: '2024-01-01', precision: 'year' }, openEnded: true }))).toBe('2024 →')
    expect(text(item({ start: day('2024-01-01'), openEnded: false }, '2024'))).toBe('2024')
    expect(text(item({ openEnded: false }))).toBe('ingen periode oppgitt')
  })
})
