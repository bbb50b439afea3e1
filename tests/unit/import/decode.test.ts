import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { decodeBytes } from '@/import/decode'

const fixture = (name: string) => new Uint8Array(readFileSync(`tests/fixtures/${name}`))

describe('decodeBytes', () => {
  it.each([
    ['utf8-bom.csv', 'utf-8-bom'],
    ['cp1252-semicolon-crlf.csv', 'windows-1252'],
    ['utf16le-bom-tab.csv', 'utf-16le'],
    ['comma-multiline-quoted.csv', 'utf-8'],
  ])('%s is read as %s, with Norwegian letters intact', (name, encoding) => {
    const { text, encoding: found } = decodeBytes(fixture(name))
    expect(found).toBe(encoding)
    expect(text.startsWith('Mål')).toBe(true)
    expect(text).not.toContain('\uFEFF')
  })

  it('reads Windows-1252 æøå and the en dash', () => {
    const { text } = decodeBytes(fixture('cp1252-semicolon-crlf.csv'))
    expect(text).toContain('Helse Sør – Øst RHF')
  })

  it('reads UTF-16 big endian with BOM', () => {
    const body = 'Mål;Hvem'
    const bytes = new Uint8Array(2 + body.length * 2)
    bytes.set([0xfe, 0xff])
    for (let i = 0; i < body.length; i++)
      bytes.set([body.charCodeAt(i) >> 8, body.charCodeAt(i) & 0xff], 2 + i * 2)
    expect(decodeBytes(bytes)).toEqual({ text: body, encoding: 'utf-16be' })
  })
})
