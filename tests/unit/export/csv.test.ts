import { describe, expect, it } from 'vitest'
import { restoreNeutralisedCell } from '@/domain/formula'
import { toCsv } from '@/export/csv'
import type { ExportTable } from '@/export/dataset-tables'
import { parseCsv } from '@/import/csv'
import { decodeBytes } from '@/import/decode'

const table = (header: string[], ...rows: (string | number)[][]): ExportTable => ({ name: 't', header, rows })

describe('toCsv', () => {
  it('excel: UTF-8 BOM, semicolons, CRLF after every record, decimal comma', () => {
    const csv = toCsv(table(['Navn', 'Verdi'], ['Sør-Øst', 12.5], ['Nord', -3]), 'excel')
    expect(csv).toBe('\uFEFFNavn;Verdi\r\nSør-Øst;12,5\r\nNord;-3\r\n')
    expect(decodeBytes(new TextEncoder().encode(csv)).encoding).toBe('utf-8-bom')
  })

  it('plain: no BOM, commas, LF, decimal point', () => {
    expect(toCsv(table(['Navn', 'Verdi'], ['Sør-Øst', 12.5], ['Nord', 1234567.25]), 'plain')).toBe(
      'Navn,Verdi\nSør-Øst,12.5\nNord,1234567.25\n',
    )
  })

  it.each([
    ['a;b', 'excel', '"a;b"'],
    ['a,b', 'plain', '"a,b"'],
    ['si "hei"', 'excel', '"si ""hei"""'],
    ['linje 1\nlinje 2', 'plain', '"linje 1\nlinje 2"'],
    ['linje 1\r\nlinje 2', 'excel', '"linje 1\r\nlinje 2"'],
    ['cr\ralone', 'plain', '"cr\ralone"'],
    // The other delimiters the importer sniffs for are quoted too, so detection stays right.
    ['a,b', 'excel', '"a,b"'],
    ['a;b', 'plain', '"a;b"'],
    ['a|b', 'plain', '"a|b"'],
    ['a\tb', 'plain', '"a\tb"'],
    ['plain text', 'plain', 'plain text'],
    [' spaces kept ', 'excel', ' spaces kept '],
  ] as const)('quotes %j (%s) as %j', (cell, variant, field) => {
    const csv = toCsv(table([cell]), variant)
    expect(csv.replace(/^\uFEFF/, '').replace(/\r?\n$/, '')).toBe(field)
  })

  it('neutralises formula cells, header too, but leaves numbers and number-like text alone', () => {
    const csv = toCsv(
      table(
        ['=Navn', 'Tall'],
        ['=HYPERLINK("http://x","y")', -3],
        ['@SUM(A1)', '-3'],
        ['+1+1', '-1 234,5'],
        ['-2+3', 0.5],
        ['\t=1', '+47'],
      ),
      'excel',
    )
    expect(csv.split('\r\n')).toEqual([
      "\uFEFF'=Navn;Tall",
      `"'=HYPERLINK(""http://x"",""y"")";-3`,
      "'@SUM(A1);-3",
      `'+1+1;"-1 234,5"`,
      "'-2+3;0,5",
      `"'\t=1";+47`,
      '',
    ])
  })

  it.each(['excel', 'plain'] as const)(
    '%s: the importer reads every cell back as written (after undoing the neutralising)',
    (variant) => {
      const cells = [
        '=HYPERLINK("http://evil","x")',
        '<img src=x onerror=alert(1)>',
        'semi;colon, comma | pipe\ttab',
        'multi\nline "quoted"',
        "'=already quoted",
        '-',
        'æøå ÆØÅ – «»',
      ]
      const csv = toCsv(table(['A', 'B', 'C'], ...cells.map((c, i) => [c, i, `${i}`])), variant)
      const parsed = parseCsv(csv.replace(/^\uFEFF/, ''))
      expect(parsed.delimiter).toBe(variant === 'excel' ? ';' : ',')
      expect(parsed.issues).toEqual([])
      expect(parsed.rows.map((r) => r.cells.map(restoreNeutralisedCell))).toEqual(
        cells.map((c, i) => [c, variant === 'excel' ? String(i).replace('.', ',') : String(i), `${i}`]),
      )
      expect(parsed.rows.map((r) => r.row)).toEqual(cells.map((_, i) => i + 2))
    },
  )
})
