import { describe, expect, it } from 'vitest'
import { isSavedView, moveView, viewLocation, type SavedView } from '@/domain/saved-view'

const view = (id: string, order: number): SavedView => ({
  id,
  title: id,
  note: '',
  path: '/tiltak',
  query: { mal: '2' },
  order,
  createdAt: '2026-01-01T00:00:00Z',
})

describe('saved views', () => {
  it('moves a view and renumbers the order', () => {
    const moved = moveView([view('a', 0), view('b', 1), view('c', 2)], 0, 2)
    expect(moved.map((v) => [v.id, v.order])).toEqual([
      ['b', 0],
      ['c', 1],
      ['a', 2],
    ])
    expect(moveView([view('a', 0)], 0, 5).map((v) => v.id)).toEqual(['a'])
  })

  it('builds the view URL with extra parameters', () => {
    expect(viewLocation(view('a', 0), { lysbilde: '2' })).toEqual({
      path: '/tiltak',
      query: { mal: '2', lysbilde: '2' },
    })
  })

  it('accepts only well-formed views with the app’s own paths', () => {
    expect(isSavedView(view('a', 0))).toBe(true)
    expect(isSavedView({ ...view('a', 0), path: 'https://evil.example/' })).toBe(false)
    expect(isSavedView({ ...view('a', 0), path: '//evil.example' })).toBe(false)
    expect(isSavedView({ ...view('a', 0), query: { q: 1 } })).toBe(false)
    expect(isSavedView(null)).toBe(false)
  })
})
