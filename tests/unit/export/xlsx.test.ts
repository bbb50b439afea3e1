import readXlsxFile from 'read-excel-file/universal'
import { describe, expect, it } from 'vitest'
import { toXlsx } from '@/export/xlsx'
import { readXlsx } from '@/import/xlsx'

const bytesOf = async (blob: Blob) => new Uint8Array(await blob.arrayBuffer())

describe('toXlsx', () => {
  it('writes one sheet per table, numbers as number cells and formula text neutralised', async () => {
    const blob = await toXlsx([
      {
        name: 'Målindikatorer',
        header: ['Indikator', '=Verdi'],
        rows: [
          ['=HYPERLINK("http://evil","x")', 12.5],
          ['-3', -3],
          ['', 2030],
        ],
      },
      { name: 'Målinger', header: ['Indikator'], rows: [] },
    ])
    expect(blob.type).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    // Read as a spreadsheet program would: typed cells.
    const sheets = await readXlsxFile(await blob.arrayBuffer())
    expect(sheets).toEqual([
      {
        sheet: 'Målindikatorer',
        data: [
          ['Indikator', "'=Verdi"],
          [`'=HYPERLINK("http://evil","x")`, 12.5],
          ['-3', -3],
          [null, 2030],
        ],
      },
      { sheet: 'Målinger', data: [['Indikator']] },
    ])
  })

  it('is read back by our importer, all sheets, numbers as their text', async () => {
    const blob = await toXlsx([
      {
        name: 'A',
        header: ['x', 'y'],
        rows: [
          ['æøå\n«linje 2»', 1234567.25],
          ['', ''],
          [' mellomrom ', -0.5],
        ],
      },
      { name: 'B', header: ['z'], rows: [['2024']] },
    ])
    const read = await readXlsx(await bytesOf(blob), 'test.xlsx')
    expect(read.sheetNames).toEqual(['A', 'B'])
    expect(read.tables.map((t) => [t.header, t.rows])).toEqual([
      [
        ['x', 'y'],
        [
          { row: 2, cells: ['æøå\n«linje 2»', '1234567.25'] },
          // The blank row 3 is skipped but counted, as in any spreadsheet.
          { row: 4, cells: [' mellomrom ', '-0.5'] },
        ],
      ],
      [['z'], [{ row: 2, cells: ['2024'] }]],
    ])
  })

  it('makes sheet names Excel accepts: no []/\\:*?, at most 31 characters, unique', async () => {
    const blob = await toXlsx([
      { name: 'Mål/delmål: [utkast]?', header: ['a'], rows: [] },
      { name: 'Mål/delmål: [utkast]?', header: ['a'], rows: [] },
      { name: 'Et svært langt arknavn som ikke får plass', header: ['a'], rows: [] },
      { name: "''", header: ['a'], rows: [] },
    ])
    const read = await readXlsx(await bytesOf(blob), 'names.xlsx')
    expect(read.sheetNames).toEqual([
      'Mål delmål utkast',
      'Mål delmål utkast (2)',
      'Et svært langt arknavn som ikke',
      'Ark 4',
    ])
  })
})
