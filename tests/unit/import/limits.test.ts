/**
 * Every reader refuses oversized input with one error that names the limit and the file, before
 * it allocates: crafted workbooks are built here from a few KB of XML (crafted-xlsx.ts).
 */
import { describe, expect, it } from 'vitest'
import type { ImportIssue } from '@/domain/import-issue'
import { READ_LIMITS } from '@/import/limits'
import { readFile } from '@/import/read-file'
import { importFile } from '@/import/run-import'
import { buildWorkbook, repeatedDeflate, sheetXml } from './crafted-xlsx'
import { issueText } from '@/i18n/issue-text'

const utf8 = (text: string) => new TextEncoder().encode(text)

function onlyLimitError(issues: readonly ImportIssue[], limit: string): ImportIssue {
  expect(issues).toHaveLength(1)
  const [found] = issues
  expect(found).toMatchObject({ severity: 'error', code: 'limit-exceeded' })
  expect(found?.detail).toMatch(new RegExp(`^${limit}: `))
  return found as ImportIssue
}

const HEADER_ROW =
  '<row r="1"><c r="A1" t="inlineStr"><is><t>Mål</t></is></c><c r="B1" t="inlineStr"><is><t>Hvem</t></is></c></row>'

describe('XLSX limits', () => {
  it('one value at XFD1048576 (a 2 KB file) is refused by the column limit, without a grid', async () => {
    const bytes = buildWorkbook({
      sheets: [
        {
          name: 'Ark1',
          xml: sheetXml(`${HEADER_ROW}<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>`),
        },
      ],
    })
    expect(bytes.length).toBeLessThan(2048)
    const started = performance.now()
    const read = await readFile(bytes, 'krafset.xlsx')
    expect(performance.now() - started).toBeLessThan(1000)
    const error = onlyLimitError(read.issues, 'maxColumns')
    expect(issueText(error.message, 'nb')).toBe(
      '«krafset.xlsx» er over grensen for antall kolonner: Veikart leser høyst 1\u00a0000 kolonner, men arket «Ark1» har en verdi i celle XFD1048576 (kolonne 16384). Del filen opp, eller fjern tomme eller overflødige rader og kolonner.',
    )
    expect(issueText(error.message, 'en')).toContain(
      '"krafset.xlsx" is over the limit for the number of columns',
    )
    expect(read.tables).toEqual([])
  })

  it('a far address without a value costs nothing: only cells that hold a value are laid out', async () => {
    const bytes = buildWorkbook({
      sheets: [
        {
          name: 'Ark1',
          xml: sheetXml(
            `${HEADER_ROW}<row r="2"><c r="A2"><v>1</v></c><c r="B2" t="inlineStr"><is><t>KS</t></is></c><c r="XFD2" s="0"/></row>` +
              '<row r="1048576"><c r="XFD1048576"/></row>',
          ),
        },
      ],
    })
    const read = await readFile(bytes, 'tom-celle.xlsx')
    expect(read.issues).toEqual([])
    expect(read.tables[0]?.rows).toEqual([{ row: 2, cells: ['1', 'KS'] }])
  })

  it('shared strings that inflate to 2 GB are refused at once when the ZIP says so', async () => {
    const segment = `<si><t>${'x'.repeat(1024 * 1024 - 20)}</t></si>`
    const deflated = repeatedDeflate('<sst>', segment, 2048, '</sst>')
    expect(deflated.length).toBeLessThan(5 * 1024 * 1024)
    const bytes = buildWorkbook({
      sheets: [{ name: 'Ark1', xml: sheetXml(HEADER_ROW) }],
      sharedStrings: { deflated, declaredSize: 2048 * 1024 * 1024 - 1 },
    })
    const started = performance.now()
    const read = await readFile(bytes, 'bombe.xlsx')
    expect(performance.now() - started).toBeLessThan(1000)
    const error = onlyLimitError(read.issues, 'maxInflatedBytes')
    expect(issueText(error.message, 'nb')).toContain('delen «xl/sharedStrings.xml» pakkes ut til mer enn det')
  })

  it('a part that lies about its size is stopped while it inflates, within one slice of the limit', async () => {
    const segment = `<si><t>${'y'.repeat(64 * 1024 - 20)}</t></si>`
    const bytes = buildWorkbook({
      sheets: [{ name: 'Ark1', xml: sheetXml(HEADER_ROW) }],
      sharedStrings: { deflated: repeatedDeflate('<sst>', segment, 1024, '</sst>'), declaredSize: 100 },
    })
    const read = await readFile(bytes, 'løgn.xlsx', { limits: { maxInflatedBytes: 8 * 1024 * 1024 } })
    onlyLimitError(read.issues, 'maxInflatedBytes')
  })

  it('counts cells as rows are laid out, all sheets together', async () => {
    const rows = Array.from(
      { length: 50 },
      (_, i) => `<row r="${i + 2}"><c r="A${i + 2}"><v>1</v></c><c r="T${i + 2}"><v>2</v></c></row>`,
    ).join('')
    const bytes = buildWorkbook({ sheets: [{ name: 'Ark1', xml: sheetXml(HEADER_ROW + rows) }] })
    // 20 columns wide from row 2: row 1 takes 2 cells, each further row 20.
    expect((await readFile(bytes, 'ok.xlsx', { limits: { maxCells: 2 + 50 * 20 } })).issues).toEqual([])
    const read = await readFile(bytes, 'celler.xlsx', { limits: { maxCells: 2 + 49 * 20 } })
    expect(issueText(onlyLimitError(read.issues, 'maxCells').message, 'nb')).toContain('til og med rad 51')
  })

  it('counts rows with content', async () => {
    const rows = Array.from(
      { length: 10 },
      (_, i) => `<row r="${i * 100 + 2}"><c r="A${i * 100 + 2}"><v>1</v></c></row>`,
    ).join('')
    const bytes = buildWorkbook({ sheets: [{ name: 'Ark1', xml: sheetXml(HEADER_ROW + rows) }] })
    expect((await readFile(bytes, 'ok.xlsx', { limits: { maxRows: 11 } })).issues).toEqual([])
    onlyLimitError((await readFile(bytes, 'rader.xlsx', { limits: { maxRows: 10 } })).issues, 'maxRows')
  })

  it('has limits far above real files', () => {
    expect(READ_LIMITS).toEqual({
      maxFileBytes: 256 * 1024 * 1024,
      maxRows: 500_000,
      maxColumns: 1_000,
      maxCells: 10_000_000,
      maxInflatedBytes: 256 * 1024 * 1024,
      maxJsonDepth: 64,
    })
  })
})

describe('XLSX cells read as streams', () => {
  it('reads shared, inline, formula, boolean and date cells, and names sheets', async () => {
    const styles =
      '<styleSheet><numFmts count="1"><numFmt numFmtId="164" formatCode="d/m/yyyy;@"/><numFmt numFmtId="165" formatCode="&quot;kr&quot;\\ #,##0"/></numFmts>' +
      '<cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="165"/></cellXfs></styleSheet>'
    const bytes = buildWorkbook({
      sheets: [
        {
          name: 'Veikart &amp; mål',
          xml: sheetXml(
            '<row r="2"><c r="B2" t="s"><v>0</v></c><c r="C2" t="s"><v>1</v></c><c r="D2" t="s"><v>2</v></c><c r="E2" t="s"><v>3</v></c><c r="F2" t="s"><v>4</v></c></row>' +
              '<row r="3"><c r="B3" t="s"><v>5</v></c><c r="C3" s="1"><v>45292</v></c><c r="D3" s="2"><v>45383.5</v></c><c r="E3" t="str"><f>1+1</f><v>2</v></c><c r="F3" s="3"><v>01234</v></c></row>' +
              '<row><c t="b"><v>1</v></c><c t="inlineStr"><is><r><t>æ</t></r><r><t xml:space="preserve"> ø </t></r></is></c><c t="e"><v>#N/A</v></c></row>',
          ),
        },
      ],
      sharedStrings:
        '<sst><si><t>ID</t></si><si><t>Start</t></si><si><t>Slutt</t></si><si><t>Formel</t></si><si><t>Beløp</t></si>' +
        '<si><r><t>Linje 1_x000D_</t></r><r><t>\nlinje &lt;2&gt;</t></r><rPh><t>uttale</t></rPh></si></sst>',
      styles,
    })
    const read = await readFile(bytes, 'typer.xlsx')
    expect(read.issues).toEqual([])
    expect(read.sheetNames).toEqual(['Veikart & mål'])
    const [table] = read.tables
    expect(table?.headerRow).toBe(2)
    // Row 4 has a value in column A, which has no header: kept as «Kolonne A», with a warning.
    expect(table?.header).toEqual(['Kolonne A', 'ID', 'Start', 'Slutt', 'Formel', 'Beløp'])
    expect(table?.issues).toMatchObject([
      { severity: 'warning', code: 'extra-cells', row: 4, column: 'Kolonne A' },
    ])
    expect(table?.rows).toEqual([
      { row: 3, cells: ['', 'Linje 1\r\nlinje <2>', '2024-01-01', '2024-04-01', '2', '01234'] },
      { row: 4, cells: ['true', 'æ ø ', '#N/A'] },
    ])
  })

  it('reads dates of the 1904 system', async () => {
    const bytes = buildWorkbook({
      sheets: [{ name: 'A', xml: sheetXml('<row r="1"><c r="A1" s="1"><v>43830</v></c></row>') }],
      styles: '<styleSheet><cellXfs><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs></styleSheet>',
      date1904: true,
    })
    expect((await readFile(bytes, 'a.xlsx')).tables[0]?.header).toEqual(['2024-01-01'])
  })

  it('says a damaged or non-workbook ZIP cannot be read, as an error', async () => {
    const read = await readFile(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), 'ødelagt.xlsx')
    expect(read.issues).toMatchObject([{ severity: 'error', code: 'xlsx-unreadable' }])
  })
})

describe('CSV limits', () => {
  it('refuses too many columns, rows or cells before parsing', async () => {
    const wide = `${Array.from({ length: 1001 }, (_, i) => `k${i}`).join(';')}\n`
    expect(
      issueText(onlyLimitError((await readFile(utf8(wide), 'bred.csv')).issues, 'maxColumns').message, 'nb'),
    ).toContain('rad 1 har 1001 kolonner')
    const long = `Mål;Hvem\n${'1;KS\n'.repeat(11)}`
    expect((await readFile(utf8(long), 'ok.csv', { limits: { maxRows: 11 } })).issues).toEqual([])
    onlyLimitError((await readFile(utf8(long), 'lang.csv', { limits: { maxRows: 10 } })).issues, 'maxRows')
    onlyLimitError(
      (await readFile(utf8(long), 'celler.csv', { limits: { maxCells: 20 } })).issues,
      'maxCells',
    )
  })

  it('refuses a file larger than the byte limit', async () => {
    const read = await readFile(utf8('Mål;Hvem\n1;KS\n'), 'stor.csv', { limits: { maxFileBytes: 10 } })
    onlyLimitError(read.issues, 'maxFileBytes')
  })
})

describe('JSON limits', () => {
  it('refuses nesting deeper than the limit before parsing: 100 000 levels cost no stack', async () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`
    const read = await readFile(utf8(deep), 'dyp.json')
    expect(issueText(onlyLimitError(read.issues, 'maxJsonDepth').message, 'en')).toContain('JSON depth')
  })

  it('refuses a deeply nested object in a cell, which would crash JSON.stringify', async () => {
    let cell = '1'
    for (let i = 0; i < 5000; i++) cell = `{"a":${cell}}`
    const read = await readFile(utf8(`[{"Mål":"1","Hvem":"KS","Notat":${cell}}]`), 'celle.json')
    onlyLimitError(read.issues, 'maxJsonDepth')
  })

  it('keeps brackets inside strings out of the depth', async () => {
    const read = await readFile(
      utf8(JSON.stringify([{ Mål: '1', Hvem: '[[[[[['.repeat(100) }])),
      'tekst.json',
    )
    expect(read.issues).toEqual([])
  })

  it('refuses too many rows, keys or cells', async () => {
    const rows = JSON.stringify(Array.from({ length: 11 }, () => ({ Mål: '1', Hvem: 'KS' })))
    onlyLimitError((await readFile(utf8(rows), 'rader.json', { limits: { maxRows: 10 } })).issues, 'maxRows')
    onlyLimitError(
      (await readFile(utf8(rows), 'celler.json', { limits: { maxCells: 21 } })).issues,
      'maxCells',
    )
    const keys = JSON.stringify([Object.fromEntries(Array.from({ length: 5 }, (_, i) => [`k${i}`, i]))])
    onlyLimitError(
      (await readFile(utf8(keys), 'nøkler.json', { limits: { maxColumns: 4 } })).issues,
      'maxColumns',
    )
  })
})

describe('a limit in the whole import', () => {
  it('gives no content and only the limit error (the CLI exits 2 on it)', async () => {
    const outcome = await importFile(utf8(`${'['.repeat(65)}${']'.repeat(65)}`), {
      fileName: 'dyp.json',
      datasetId: 'x',
    })
    expect(outcome.content).toBeNull()
    expect(outcome.issues.map((i) => i.code)).toEqual(['limit-exceeded'])
  })
})
