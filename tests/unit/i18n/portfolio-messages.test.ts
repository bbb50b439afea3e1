import { describe, expect, it } from 'vitest'
import en from '@/i18n/en'
import nb from '@/i18n/nb'

/** Every leaf key path of a messages object. */
function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix]
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k))
}

describe('portfolio, decisions and indicator messages', () => {
  it.each(['portfolioPage', 'decisionsPage', 'indicators'] as const)(
    '%s has the same keys in nb and en',
    (section) => {
      expect(keys(en[section])).toEqual(keys(nb[section]))
      expect(keys(nb[section]).length).toBeGreaterThan(5)
    },
  )

  it('names the new pages in the menu and the portfolio dataset kind in both languages', () => {
    expect([nb.nav.portfolio, nb.nav.decisions, nb.dataset.kind.portfolio]).toEqual([
      'Portefølje',
      'Vedtak',
      'Portefølje',
    ])
    expect([en.nav.portfolio, en.nav.decisions, en.dataset.kind.portfolio]).toEqual([
      'Portfolio',
      'Decisions',
      'Portfolio',
    ])
  })
})
