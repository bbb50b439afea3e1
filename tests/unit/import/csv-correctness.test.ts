/**
 * CSV read as written: mixed line endings, a few bad bytes in UTF-8, cells beyond the header,
 * blank lines before it, and rows with errors never stored, the report saying which were.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { decodeBytes, scanUtf8 } from '@/import/decode'
import { normaliseLineEndings, parseCsv } from '@/import/csv'
import { formatRowRanges, toRanges } from '@/domain/row-ranges'
import { buildImportReport } from '@/import/import-report'
import { READ_LIMITS } from '@/import/limits'
import { importFile } from '@/import/run-import'
import { issueText } from '@/i18n/issue-text'

const fixture = (name: string) => new Uint8Array(readFileSync(`tests/fixtures/${name}`))
const importFixture = (name: string) => importFile(fixture(name), { fileName: name, datasetId: 'd' })

describe('line endings', () => {
  it('turns CRLF, LF and CR outside quotes into LF, and leaves those inside quoted fields', () => {
    expect(normaliseLineEndings('a;b\r\n1;"x\r\ny"\r2;z\n3;"q""\r"\r\n', ';', READ_LIMITS, 'f')).toBe(
      'a;b\n1;"x\r\ny"\n2;z\n3;"q""\r"\n',
    )
  })

  it('a header in CRLF with rows in LF, CR and CRLF gives all 5 items (was 2, silently)', async () => {
    const outcome = await importFixture('mixed-line-endings.csv')
    expect(outcome.issues.filter((i) => i.severity === 'error')).toEqual([])
    expect(outcome.content?.items.map((i) => [i.source.row, i.title])).toEqual([
      [2, 'Starte utprøving'],
      [3, 'Ferdigstille utprøving'],
      [4, 'Forberede\r\ninnføring'],
      [5, 'Vurdere løsning'],
      [6, 'Koordinere innføring'],
    ])
  })
})

describe('encoding per file', () => {
  it('UTF-8 with one invalid byte stays UTF-8: the byte becomes U+FFFD and a warning names its row', async () => {
    const decoded = decodeBytes(fixture('utf8-one-bad-byte.csv'))
    expect(decoded.encoding).toBe('utf-8')
    expect(decoded.invalidSequences).toBe(1)
    const outcome = await importFixture('utf8-one-bad-byte.csv')
    expect(outcome.encoding).toBe('utf-8')
    expect(outcome.content?.items.map((i) => i.title)).toEqual([
      'Starte utprøving',
      'Ferdigstille\uFFFD utprøving',
      'Forberede innføring',
    ])
    expect(outcome.content?.items[2]?.actors).toEqual(['Helse Sør-Øst RHF'])
    const warning = outcome.issues.find((i) => i.code === 'encoding-invalid-bytes')
    expect(warning?.severity).toBe('warning')
    expect(issueText(warning?.message, 'nb')).toBe(
      'Filen er lest som UTF-8, men 1 bytesekvens er ugyldig og vises som «\uFFFD» (rad 3). Kontroller teksten der.',
    )
  })

  it('a Windows-1252 file (every æøå invalid as UTF-8) is read as Windows-1252, without a warning', async () => {
    const outcome = await importFixture('cp1252-semicolon-crlf.csv')
    expect(outcome.encoding).toBe('windows-1252')
    expect(outcome.issues.filter((i) => i.code.startsWith('encoding'))).toEqual([])
  })

  it('counts valid multi-byte and invalid sequences as WHATWG decoding replaces them', () => {
    expect(scanUtf8(new TextEncoder().encode('æøå €'))).toEqual({ multiByte: 4, invalid: 0 })
    expect(scanUtf8(new Uint8Array([0xc3, 0xa6, 0xff, 0xe2, 0x82, 0x41, 0xed, 0xa0, 0x80]))).toEqual({
      multiByte: 1,
      // FF; E2 82 (cut short by 41); ED (A0 cannot follow it); A0; 80
      invalid: 5,
    })
  })

  it('mostly Windows-1252 with a little UTF-8 is read as Windows-1252 and says so', () => {
    const bytes = new Uint8Array([0x4d, 0xe5, 0x6c, 0x3b, 0xf8, 0x3b, 0xe6, 0x3b, 0xc3, 0xa5, 0x0a])
    const decoded = decodeBytes(bytes)
    expect(decoded).toMatchObject({ encoding: 'windows-1252', utf8Sequences: 1 })
  })
})

describe('cells beyond the header', () => {
  it('are kept as extra fields named by their column, with a warning per row', async () => {
    const outcome = await importFixture('extra-cells.csv')
    const items = outcome.content?.items ?? []
    expect(items.map((i) => i.extra)).toEqual([
      { 'Kolonne G': 'Ekstra 1' },
      undefined,
      { 'Kolonne H': 'Ekstra 2' },
    ])
    expect(
      outcome.issues.filter((i) => i.code !== 'no-activity').map((i) => [i.code, i.row, i.column]),
    ).toEqual([
      ['extra-cells', 2, 'Kolonne G'],
      ['extra-cells', 4, 'Kolonne H'],
    ])
  })

  it('under a blank header cell are kept too', () => {
    const table = parseCsv('A;;C\n1;2;3\n')
    expect(table.header).toEqual(['A', 'Kolonne B', 'C'])
    expect(table.syntheticColumns).toEqual([1])
  })
})

describe('blank lines before the header', () => {
  it('are skipped (was "unknown format"); rows keep the numbers a spreadsheet shows', async () => {
    const outcome = await importFixture('leading-blank-lines.csv')
    expect(outcome.tableKind).toBe('tiltak')
    expect(outcome.content?.items.map((i) => i.source.row)).toEqual([4, 5])
  })

  it('do not hide the delimiter', () => {
    expect(parseCsv('\r\n\r\nA;B\r\n1;2\r\n').delimiter).toBe(';')
  })
})

describe('rows with errors are never stored', () => {
  it('an unclosed quote on row 3 stores rows 2 only, and the report says so', async () => {
    const outcome = await importFixture('unclosed-quote.csv')
    expect(outcome.issues).toMatchObject([{ severity: 'error', code: 'csv-unclosed-quote', row: 3 }])
    expect(outcome.content?.items.map((i) => i.source.row)).toEqual([2])
    expect(outcome.storedRows).toEqual([{ table: 'unclosed-quote.csv', ranges: [[2, 2]] }])
    // Row 3 (which swallowed row 4) was read, though it is not stored.
    expect(outcome.rowCount).toBe(2)
    const report = buildImportReport(outcome, 'unclosed-quote.csv')
    expect(report.errorRows).toEqual([3])
    expect(report.storedRows).toEqual(outcome.storedRows)
  })

  it('an item whose row has an error is dropped even if its mapper kept it', async () => {
    const outcome = await importFixture('veikart-export.csv')
    const bad = new Set(outcome.issues.filter((i) => i.severity === 'error').map((i) => i.row))
    expect(bad.size).toBeGreaterThan(0)
    expect(outcome.content?.items.some((i) => bad.has(i.source.row))).toBe(false)
    expect(outcome.storedRows[0]?.ranges).toEqual(
      toRanges(outcome.content?.items.map((i) => i.source.row) ?? []),
    )
  })

  it('formats ranges as people read them', () => {
    expect(toRanges([9, 2, 3, 4, 6, 5, 9])).toEqual([
      [2, 6],
      [9, 9],
    ])
    expect(
      formatRowRanges([
        [2, 6],
        [9, 9],
      ]),
    ).toBe('2–6, 9')
  })

  it('a file with headers only is an error (exit 1 in the validator), not a clean import', async () => {
    const outcome = await importFixture('headers-only.csv')
    expect(outcome.issues).toMatchObject([{ severity: 'error', code: 'no-rows' }])
  })
})
