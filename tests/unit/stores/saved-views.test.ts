import 'fake-indexeddb/auto'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import { getDatabase, listSavedViews, replaceSavedViews } from '@/db'
import { useSavedViewsStore } from '@/stores/saved-views'

beforeEach(async () => {
  await replaceSavedViews(getDatabase(), [])
  setActivePinia(createPinia())
})

const input = (title: string, query: Record<string, string> = {}) => ({
  title,
  note: '',
  path: '/tidslinje',
  query,
})

describe('saved views store', () => {
  it('saves a view without the slide number, trimmed, and keeps it in storage', async () => {
    const store = useSavedViewsStore()
    const view = await store.save({
      title: '  Mål 2 i 2024 ',
      note: ' til styremøtet ',
      path: '/tidslinje',
      query: { mal: '2', ds: 'tiltak.abc', lysbilde: '3' },
    })
    expect(view).toMatchObject({ title: 'Mål 2 i 2024', note: 'til styremøtet', order: 0 })
    expect(view.query).toEqual({ mal: '2', ds: 'tiltak.abc' })
    const stored = await listSavedViews(getDatabase())
    expect(stored.map((v) => [v.title, v.query])).toEqual([['Mål 2 i 2024', { mal: '2', ds: 'tiltak.abc' }]])

    // A fresh store (another tab, a reload) reads the same list.
    setActivePinia(createPinia())
    const again = useSavedViewsStore()
    await again.load()
    expect(again.views.map((v) => v.id)).toEqual([view.id])
  })

  it('names an untitled view by its address', async () => {
    const view = await useSavedViewsStore().save(input('   '))
    expect(view.title).toBe('/tidslinje')
  })

  it('renames, reorders, deletes and puts back a deleted view where it was', async () => {
    const store = useSavedViewsStore()
    const a = await store.save(input('A'))
    const b = await store.save(input('B'))
    const c = await store.save(input('C'))
    await store.update(b.id, { title: 'B2', note: ' ny ' })
    await store.update(a.id, { title: '  ', note: '' })
    expect(store.views.map((v) => [v.title, v.note])).toEqual([
      ['A', ''],
      ['B2', 'ny'],
      ['C', ''],
    ])
    await store.move(2, 0)
    expect(store.views.map((v) => v.title)).toEqual(['C', 'A', 'B2'])
    const removed = await store.remove(a.id)
    expect(removed?.index).toBe(1)
    expect(store.views.map((v) => [v.title, v.order])).toEqual([
      ['C', 0],
      ['B2', 1],
    ])
    expect(await store.remove('no-such-view')).toBeNull()
    await store.restore(removed!.view, removed!.index)
    await store.restore(removed!.view, removed!.index) // twice: still once
    expect(store.views.map((v) => [v.title, v.order])).toEqual([
      ['C', 0],
      ['A', 1],
      ['B2', 2],
    ])
    expect((await listSavedViews(getDatabase())).map((v) => v.title)).toEqual(['C', 'A', 'B2'])
    expect(c.id).not.toBe(b.id)
  })
})
