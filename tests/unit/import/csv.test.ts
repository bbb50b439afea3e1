import { describe, expect, it } from 'vitest'
import { detectDelimiter, parseCsv } from '@/import/csv'

describe('detectDelimiter', () => {
  it.each([
    ['a;b;c\n1;2;3\n', ';'],
    ['a,b,c\n1,2,3\n', ','],
    ['a\tb\n1\t2\n', '\t'],
    ['a|b\n1|2\n', '|'],
    // commas inside quotes do not count
    ['Mål;Hva\n1;"a, b, c, d"\n2;"e, f"\n', ';'],
    ['x\n', ','],
  ])('%j → %j', (text, delimiter) => {
    expect(detectDelimiter(text)).toBe(delimiter)
  })
})

describe('parseCsv', () => {
  it('numbers rows as a spreadsheet does, a multi-line quoted field being one row', () => {
    const table = parseCsv('A,B\n1,"x\ny"\n\n2,z\n')
    expect(table.header).toEqual(['A', 'B'])
    expect(table.rows).toEqual([
      { row: 2, cells: ['1', 'x\ny'] },
      { row: 4, cells: ['2', 'z'] },
    ])
    expect(table.issues).toEqual([])
  })

  it('keeps identifiers and numbers as text', () => {
    const table = parseCsv('ID;År\n01234567890123456;2024\n')
    expect(table.rows[0]?.cells).toEqual(['01234567890123456', '2024'])
  })

  it('reports an unclosed quote with its row', () => {
    const table = parseCsv('A;B\n1;ok\n2;"aldri lukket\n3;x\n')
    expect(table.issues).toHaveLength(1)
    expect(table.issues[0]).toMatchObject({ severity: 'error', code: 'csv-unclosed-quote', row: 3 })
  })
})
