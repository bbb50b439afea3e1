import { describe, expect, it } from 'vitest'
import { neutraliseFormula, restoreNeutralisedCell } from '@/domain/formula'

// Cells a spreadsheet would run: each gets one leading `'`.
const NEUTRALISED: [cell: string, written: string][] = [
  ['=HYPERLINK("http://x","y")', `'=HYPERLINK("http://x","y")`],
  ['=1+1', "'=1+1"],
  ['@SUM(A1)', "'@SUM(A1)"],
  ['+1+1', "'+1+1"],
  ['-2+3', "'-2+3"],
  ['=cmd|" /C calc"!A0', `'=cmd|" /C calc"!A0`],
  ['\t=1', "'\t=1"],
  ['\r=1', "'\r=1"],
  ['-', "'-"],
  ['- punktliste', "'- punktliste"],
  ['+47 22 33 44 55', "'+47 22 33 44 55"],
  ['-3e5', "'-3e5"],
  // Already quoted: one more quote, so import can tell it from a neutralised `=1`.
  ["'=1", "''=1"],
  ["''@x", "'''@x"],
]

// Cells left as they are: numbers stay numbers, other text is harmless.
const KEPT: string[] = [
  '-3',
  '+47',
  '-0,5',
  '-1 234,5',
  '-1\u00a0234,5',
  '-1.234,5',
  '-12.5',
  '-12,5 %',
  '+100%',
  '2024',
  '',
  'abc',
  'a=b',
  ' =1',
  '<img src=x onerror=alert(1)>',
  "'abc",
  "'-3",
  "'",
]

describe('neutraliseFormula', () => {
  it.each(NEUTRALISED)('%j → %j', (cell, written) => {
    expect(neutraliseFormula(cell)).toBe(written)
  })

  it.each(KEPT)('keeps %j', (cell) => {
    expect(neutraliseFormula(cell)).toBe(cell)
  })
})

describe('restoreNeutralisedCell', () => {
  it.each(NEUTRALISED)('%j comes back from %j', (cell, written) => {
    expect(restoreNeutralisedCell(written)).toBe(cell)
  })

  it.each([...NEUTRALISED.map(([cell]) => cell), ...KEPT])('round-trips %j', (cell) => {
    expect(restoreNeutralisedCell(neutraliseFormula(cell))).toBe(cell)
  })

  it.each([
    ["'=1", '=1'],
    ["''=1", "'=1"],
    ["'@x", '@x'],
    ["'\t=1", '\t=1'],
    ["'-2+3", '-2+3'],
    // A quote before a number or plain text was not added by export: it stays.
    ["'-3", "'-3"],
    ["'abc", "'abc"],
    ["'", "'"],
    ['=1', '=1'],
  ])('reads a cell %j as %j', (cell, text) => {
    expect(restoreNeutralisedCell(cell)).toBe(text)
  })
})
