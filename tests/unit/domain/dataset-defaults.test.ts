import { describe, expect, it } from 'vitest'
import { isTitleTaken, proposeDatasetMeta, titleFromFileName } from '@/domain/dataset-defaults'

const base = { kind: 'tiltak' as const, fileName: 'tiltak 2024.cp1252.csv', title: 'tiltak 2024.cp1252' }

describe('proposeDatasetMeta', () => {
  it('names a tiltak table after the plan year in its header, as of that year', () => {
    expect(proposeDatasetMeta({ ...base, planYear: 2024 }, [])).toEqual({
      title: 'Tiltak 2024',
      asOf: '2024',
    })
  })

  it('names a veikart export after its Versjon', () => {
    const veikart = {
      kind: 'veikart' as const,
      fileName: 'export.csv',
      title: 'Veikart 2026-08',
      asOf: '2026-08',
    }
    expect(proposeDatasetMeta(veikart, [])).toEqual({ title: 'Veikart 2026-08', asOf: '2026-08' })
  })

  it('falls back to the file name without extension and encoding words', () => {
    expect(proposeDatasetMeta(base, [])).toEqual({ title: 'tiltak 2024', asOf: '' })
  })

  it('keeps a name the importer was given', () => {
    const named = { ...base, title: 'Tiltak for 2024 (mai 2023)' }
    expect(proposeDatasetMeta(named, []).title).toBe('Tiltak for 2024 (mai 2023)')
  })

  it('suffixes a name another dataset has: (2), then (3)', () => {
    const facts = { ...base, planYear: 2024 }
    expect(proposeDatasetMeta(facts, ['Tiltak 2024']).title).toBe('Tiltak 2024 (2)')
    expect(proposeDatasetMeta(facts, ['tiltak  2024', 'Tiltak 2024 (2)']).title).toBe('Tiltak 2024 (3)')
  })
})

describe('titleFromFileName', () => {
  it.each([
    ['tiltak 2024.cp1252.csv', 'tiltak 2024'],
    ['cp1252-semicolon-crlf.csv', 'cp1252 semicolon crlf'],
    ['Veikart_eksport_2026-08.xlsx', 'Veikart eksport 2026 08'],
    ['plan.utf8.json', 'plan'],
  ])('%s → %s', (name, title) => {
    expect(titleFromFileName(name)).toBe(title)
  })
})

describe('isTitleTaken', () => {
  it('ignores case, spacing and accents, never flags an empty name', () => {
    expect(isTitleTaken('TILTAK  2024', ['Tiltak 2024'])).toBe(true)
    expect(isTitleTaken('Tiltak 2025', ['Tiltak 2024'])).toBe(false)
    expect(isTitleTaken(' ', [''])).toBe(false)
  })
})
