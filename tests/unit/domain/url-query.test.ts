import { describe, expect, it } from 'vitest'
import {
  dateField,
  enumField,
  listField,
  numberField,
  queryWith,
  readQuery,
  stringField,
  writeQuery,
} from '@/domain/url-query'

const ZOOMS = { ar: 'year', kvartal: 'quarter', alt: 'all' } as const
const CLASSES = ['added', 'removed', 'moved'] as const
const fields = {
  zoom: enumField('zoom', ZOOMS, 'year'),
  date: dateField('dato'),
  item: stringField('element'),
  year: numberField('ar', { min: 1990, max: 2100, integer: true }),
  classes: listField('klasse', {
    item: (v): v is (typeof CLASSES)[number] => (CLASSES as readonly string[]).includes(v),
  }),
  groupings: listField('gruppering', { repeat: true }),
}

describe('readQuery', () => {
  it('reads each kind of field into its type', () => {
    const { values, invalid } = readQuery(
      {
        zoom: 'kvartal',
        dato: '2025-06-30',
        element: 'T-12',
        ar: '2024',
        klasse: 'added,moved',
        gruppering: ['Felles, nasjonal', 'Regional'],
      },
      fields,
    )
    expect(values).toEqual({
      zoom: 'quarter',
      date: '2025-06-30',
      item: 'T-12',
      year: 2024,
      classes: ['added', 'moved'],
      groupings: ['Felles, nasjonal', 'Regional'],
    })
    expect(invalid).toEqual([])
  })

  it('gives the defaults for a bare URL', () => {
    expect(readQuery({}, fields).values).toEqual({
      zoom: 'year',
      date: null,
      item: '',
      year: null,
      classes: [],
      groupings: [],
    })
  })

  it.each([
    ['zoom', 'constructor'],
    ['zoom', '__proto__'],
    ['zoom', 'toString'],
    ['dato', '2025-02-30'],
    ['dato', '30.06.2025'],
    ['ar', '2024.5'],
    ['ar', '1e3'],
    ['ar', '3000'],
    ['klasse', 'added,hacked'],
  ])('drops %s=%s and reports it, never a prototype member', (key, value) => {
    const { values, invalid } = readQuery({ [key]: value }, fields)
    expect(values).toEqual(readQuery({}, fields).values)
    expect(invalid).toEqual([`${key}=${value}`])
  })

  it('survives a query whose keys are Object.prototype names', () => {
    const query = JSON.parse('{"__proto__": "x", "constructor": "y", "zoom": "alt"}')
    expect(readQuery(query, fields).values.zoom).toBe('all')
  })
})

describe('writeQuery', () => {
  it('writes values, leaves defaults out and keeps other parameters', () => {
    const query = { ds: 'tiltak.abc123', mal: '2', zoom: 'kvartal' }
    expect(
      writeQuery(query, fields, { zoom: 'year', date: '2025-01-01', classes: ['added', 'removed'] }),
    ).toEqual({
      ds: 'tiltak.abc123',
      mal: '2',
      dato: '2025-01-01',
      klasse: 'added,removed',
    })
  })

  it('removes a key for null and repeats a key for a repeated list', () => {
    const query = { element: 'T-1', ds: 'x.1' }
    expect(writeQuery(query, fields, { item: null, groupings: ['A, B', 'C'] })).toEqual({
      ds: 'x.1',
      gruppering: ['A, B', 'C'],
    })
  })

  it('round-trips every field', () => {
    const values = {
      zoom: 'all',
      date: '2024-02-29',
      item: 'a b',
      year: 2030,
      classes: ['moved'],
      groupings: ['x,y'],
    } as const
    const written = writeQuery({}, fields, { ...values, classes: ['moved'], groupings: ['x,y'] })
    expect(readQuery(written, fields).values).toEqual(values)
  })
})

describe('queryWith', () => {
  it('keeps lists, drops nulls and treats __proto__ as a plain key', () => {
    const out = queryWith({ a: ['1', '2'], b: null, c: '3' }, { c: null, ['__proto__']: 'x' })
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype)
    expect(Object.keys(out)).toEqual(['a', '__proto__'])
    expect(out.a).toEqual(['1', '2'])
  })
})
