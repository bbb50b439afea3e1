/** The smaller defects of issue 11, each with the case that showed it. */
import { describe, expect, it } from 'vitest'
import { ownValue } from '@/domain/array'
import { buildBundle } from '@/formats/bundle/bundle'
import { uniqueTitle } from '@/domain/dataset-title'
import type { DatasetContent } from '@/domain/types'
import { importFile } from '@/import/run-import'
import { issueText } from '@/i18n/issue-text'

const utf8 = (text: string) => new TextEncoder().encode(text)

describe('smaller defects', () => {
  it('a `__proto__` column keeps its value as an own field, as the warning says', async () => {
    const csv =
      'Mål;Hvem;Hva skal skje i 2024?;Totalperiode;__proto__;constructor\n1;KS;Tiltak;2024;verdi;annen\n'
    const outcome = await importFile(utf8(csv), { fileName: 'proto.csv', datasetId: 'd' })
    const extra = outcome.content?.items[0]?.extra ?? {}
    expect(Object.getOwnPropertyNames(extra)).toEqual(['__proto__', 'constructor'])
    expect(Object.getOwnPropertyDescriptor(extra, '__proto__')?.value).toBe('verdi')
    expect(Object.getPrototypeOf(extra)).toBe(Object.prototype)
    expect(outcome.issues.filter((i) => i.code === 'unknown-column').map((i) => i.column)).toEqual([
      '__proto__',
      'constructor',
    ])
  })

  it('a bundle with duplicate item keys is an error before storing (was «ingen feil», then a failed write)', async () => {
    const item = {
      id: 'a/1',
      key: '1',
      datasetId: 'a',
      title: 'T',
      goal: 1,
      actors: [],
      actorIds: [],
      period: { openEnded: false },
      uncertain: false,
      flags: [],
      source: { datasetId: 'a', row: 2 },
    }
    const content = {
      dataset: { id: 'a', kind: 'veikart', title: 'A', importedAt: '2026-01-01T00:00:00Z', fileName: 'a', checksum: 'x', rowCount: 2, bundled: false },
      goals: [],
      subGoals: [],
      items: [item, { ...item, id: 'a/1b', source: { datasetId: 'a', row: 3 } }],
      indicators: [],
      measurements: [],
    } as unknown as DatasetContent // prettier-ignore
    const outcome = await importFile(utf8(JSON.stringify(buildBundle([content]))), {
      fileName: 'dup.json',
      datasetId: 'd',
    })
    expect(outcome.content).toBeNull()
    expect(outcome.issues).toMatchObject([
      { severity: 'error', code: 'bundle-invalid', detail: 'datasets[0].items[1]' },
    ])
    expect(issueText(outcome.issues[0]?.message, 'nb')).toContain('id-en «1» står to ganger')
  })

  it('`?zoom=constructor` and `__proto__` find nothing in a lookup table', () => {
    const zooms: Record<string, string> = { ar: 'year' }
    expect(ownValue(zooms, 'constructor')).toBeUndefined()
    expect(ownValue(zooms, '__proto__')).toBeUndefined()
    expect(ownValue(zooms, 'ar')).toBe('year')
  })

  it('two datasets never share a title: a second import gets «(2)»', () => {
    expect(uniqueTitle('Tiltak for 2024', ['Annet'])).toBe('Tiltak for 2024')
    expect(uniqueTitle('tiltak  for 2024', ['Tiltak for 2024'])).toBe('tiltak for 2024 (2)')
    expect(uniqueTitle('A', ['A', 'a (2)'])).toBe('A (3)')
  })
})
