// The header table in the doc comment of src/formats/portfolio/columns.ts is the documentation
// users read; this test reads that table and checks every header in it maps to its column, and
// that every synonym in the code is documented, so the two cannot drift apart.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { headerKey, mapColumns, type ColumnSynonyms } from '@/formats/columns'
import { synonymsOf, type TableKind } from '@/formats/registry'

const source = readFileSync('src/formats/portfolio/columns.ts', 'utf8')
const doc = source.slice(0, source.indexOf('*/'))

/** [kind, column, header] for every header the doc table lists. */
function documentedHeaders(): [TableKind, string, string][] {
  const out: [TableKind, string, string][] = []
  let kind: TableKind | null = null
  for (const line of doc.split('\n')) {
    const cells = line
      .replace(/^\s*\*\s*/, '')
      .split('|')
      .map((c) => c.trim())
    if (cells.length < 5 || cells[1] === 'Kind' || /^-+$/.test(cells[1] ?? '')) continue
    if (cells[1]) kind = cells[1] as TableKind
    const columns = (cells[2] ?? '').split('/').map((c) => c.trim())
    const groups = (cells[3] ?? '').split('/').map((g) => g.split(',').map((h) => h.trim()))
    if (!kind) continue
    if (columns.length === 1) {
      for (const h of groups.flat()) out.push([kind, columns[0] ?? '', h])
    } else {
      // `red / yellow / green | Rød, Gul, Grønn / Red, Yellow, Green`: the n-th of each list.
      groups.forEach((g) => g.forEach((h, i) => out.push([kind as TableKind, columns[i] ?? '', h])))
    }
  }
  return out
}

const rows = documentedHeaders()

describe('documented portfolio headers', () => {
  it('lists all five kinds', () => {
    expect(new Set(rows.map(([k]) => k))).toEqual(
      new Set([
        'portfolio-measures',
        'portfolio-dependencies',
        'portfolio-costs',
        'portfolio-rounds',
        'portfolio-decisions',
      ]),
    )
  })

  it.each(rows)('%s: %s ← %j', (kind, column, header) => {
    const mapping = mapColumns([header], synonymsOf(kind))
    expect(mapping.names).toEqual({ [column]: header })
  })

  it('documents every synonym the code accepts', () => {
    const documented = new Set(rows.map(([k, c, h]) => `${k}|${c}|${headerKey(h)}`))
    for (const kind of new Set(rows.map(([k]) => k))) {
      const synonyms = synonymsOf(kind) as ColumnSynonyms<string>
      for (const [column, names] of Object.entries(synonyms)) {
        for (const name of names) {
          expect(
            documented.has(`${kind}|${column}|${headerKey(String(name))}`),
            `${kind} ${column} ${String(name)}`,
          ).toBe(true)
        }
      }
    }
  })
})
