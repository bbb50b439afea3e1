/**
 * The two UI catalogs hold the same keys, nested ones included, and every message an import issue
 * can carry (ISSUE_KEYS, the union domain/formats/import emit) has a text in both issue catalogs
 * (issues-nb.ts, issues-en.ts: rendered by issue-text.ts, fetched with the first issue shown).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ISSUE_KEYS } from '@/domain/import-issue'
import en from '@/i18n/en'
import { issueText } from '@/i18n/issue-text'
import { issuesEn } from '@/i18n/issues-en'
import { issuesNb } from '@/i18n/issues-nb'
import nb from '@/i18n/nb'

/** Every leaf key path of a messages object. */
function leafKeys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix]
  return Object.entries(value).flatMap(([k, v]) => leafKeys(v, prefix ? `${prefix}.${k}` : k))
}

function textAt(catalog: unknown, key: string): unknown {
  let node = catalog
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, part)) return undefined
    node = (node as Record<string, unknown>)[part]
  }
  return node
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return sourceFiles(path)
    return /\.(ts|vue)$/.test(name) ? [path] : []
  })
}

describe('the nb and en catalogs', () => {
  const nbKeys = leafKeys(nb)
  const enKeys = leafKeys(en)

  it('have the same keys, nested ones included', () => {
    expect(nbKeys.length).toBeGreaterThan(500)
    expect(nbKeys.filter((k) => !enKeys.includes(k))).toEqual([])
    expect(enKeys.filter((k) => !nbKeys.includes(k))).toEqual([])
  })

  it('have no empty texts', () => {
    const empty = (catalog: unknown, keys: string[]) => keys.filter((k) => textAt(catalog, k) === '')
    expect([...empty(nb, nbKeys), ...empty(en, enKeys)]).toEqual([])
  })
})

describe('import issue messages', () => {
  it.each(ISSUE_KEYS)('%s has a text in nb and in en', (key) => {
    expect(typeof textAt(issuesNb, key)).toBe('string')
    expect(typeof textAt(issuesEn, key)).toBe('string')
  })

  it('are all listed in ISSUE_KEYS: no text in the issues section is unreachable', () => {
    expect(leafKeys(issuesNb).sort()).toEqual([...ISSUE_KEYS].sort())
    expect(leafKeys(issuesEn).sort()).toEqual([...ISSUE_KEYS].sort())
  })

  it('are emitted only with keys of ISSUE_KEYS', () => {
    // Every literal key passed to msg(…) in src/ and scripts/ (template keys are checked by the compiler).
    const used = [...sourceFiles('src'), ...sourceFiles('scripts')].flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/\bmsg\(\s*'([\w.]+)'/g)].map((m) => m[1] as string),
    )
    expect(used.length).toBeGreaterThan(60)
    expect(used.filter((k) => !(ISSUE_KEYS as readonly string[]).includes(k))).toEqual([])
  })

  it('fill in their parameters, nested messages, numbers and quoted names in the language asked for', () => {
    const limit = {
      key: 'limit.exceededWhere',
      params: {
        file: 'a.csv',
        limit: { key: 'limit.name.maxRows' },
        max: { number: 100000 },
        unit: { key: 'limit.unit.maxRows' },
        where: { key: 'limit.csvRows', params: { row: 100002 } },
      },
    } as const
    expect(issueText(limit, 'nb')).toBe(
      '«a.csv» er over grensen for antall rader: Veikart leser høyst 100\u00a0000 rader, men filen har flere (rad 100002). Del filen opp, eller fjern tomme eller overflødige rader og kolonner.',
    )
    expect(issueText(limit, 'en')).toBe(
      '"a.csv" is over the limit for the number of rows: Veikart reads at most 100,000 rows, but the file has more (row 100002). Split the file, or remove empty or surplus rows and columns.',
    )
    const cells = {
      key: 'table.extraCells',
      params: { letters: 'I, J', names: { quoted: ['Kolonne I', 'Kolonne J'] } },
    } as const
    expect(issueText(cells, 'nb')).toContain('ekstra felt «Kolonne I», «Kolonne J».')
    expect(issueText(cells, 'en')).toContain('extra fields "Kolonne I", "Kolonne J".')
  })
})
