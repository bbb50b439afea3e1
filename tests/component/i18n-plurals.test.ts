/**
 * Messages that count: one thing is said in the singular («1 element tegnet», "1 dataset"),
 * several in the plural, in both languages, the count written as the language writes numbers.
 * Each is asked as the app asks it, through useCountText.
 */
import { describe, expect, it } from 'vitest'
import { useCountText } from '@/composables/useCountText'
import type { Locale } from '@/i18n'
import { withSetup } from './composables/host'

const CASES: [Locale, string, Record<string, string>, string, string][] = [
  ['nb', 'timeline.countDrawn', {}, '1 element tegnet', '2 elementer tegnet'],
  ['en', 'timeline.countDrawn', {}, '1 item drawn', '2 items drawn'],
  ['nb', 'timeline.chartRows', {}, '1 rad', '2 rader'],
  ['en', 'timeline.chartBars', {}, '1 item', '2 items'],
  ['en', 'datasets.backedUp', {}, '1 dataset downloaded as a backup.', '2 datasets downloaded as a backup.'],
  [
    'en',
    'recovery.exported',
    { failures: 'none' },
    'Downloaded 1 dataset. Not readable: none.',
    'Downloaded 2 datasets. Not readable: none.',
  ],
  ['en', 'portfolioPage.measures', {}, '1 measure', '2 measures'],
  ['nb', 'importPage.willStoreItems', {}, '1 tiltak/leveranse', '2 tiltak/leveranser'],
  ['en', 'importPage.willStoreItems', {}, '1 measure/deliverable', '2 measures/deliverables'],
  ['nb', 'importPage.willStoreIndicators', {}, '1 indikator', '2 indikatorer'],
  ['en', 'importPage.willStoreGoals', {}, '1 goal', '2 goals'],
  ['en', 'importPage.willStoreSubGoals', {}, '1 sub-goal', '2 sub-goals'],
  [
    'nb',
    'slides.undated',
    {},
    '1 tiltak uten dato står på et eget lysbilde til slutt',
    '2 tiltak uten dato står på egne lysbilder til slutt',
  ],
  [
    'en',
    'slides.undated',
    {},
    '1 measure without dates follows on a slide of its own',
    '2 measures without dates follow on slides of their own',
  ],
]

async function countIn(locale: Locale) {
  const { result, unmount } = await withSetup('/', useCountText, { locale })
  return { count: result, unmount }
}

describe('messages that count (useCountText)', () => {
  it.each(CASES)('%s %s: one in the singular, two in the plural', async (locale, key, params, one, two) => {
    const { count, unmount } = await countIn(locale)
    expect(count(key, 1, params)).toBe(one)
    expect(count(key, 2, params)).toBe(two)
    unmount()
  })

  it('writes a large count as the language writes numbers, beside its other parameters', async () => {
    const en = await countIn('en')
    expect(en.count('recovery.exported', 1234, { failures: 'none' })).toBe(
      'Downloaded 1,234 datasets. Not readable: none.',
    )
    expect(en.count('datasets.backedUp', 1234)).toBe('1,234 datasets downloaded as a backup.')
    en.unmount()
    const nb = await countIn('nb')
    expect(nb.count('timeline.countDrawn', 12345).replace(/\s/g, ' ')).toBe('12 345 elementer tegnet')
    nb.unmount()
  })
})
