/** Saved views: listed, renamed, reordered, deleted, and stepped through in presentation mode. */
import { defineStore } from 'pinia'
import { ref, toRaw } from 'vue'
import { loadDb } from '@/db/load'
import { moveView, type SavedView, type ViewQuery } from '@/domain/saved-view'

/** Query keys that belong to the presentation, not to the view. */
export const PRESENTATION_KEYS = ['lysbilde'] as const

export const useSavedViewsStore = defineStore('savedViews', () => {
  /** In presentation order. */
  const views = ref<SavedView[]>([])
  const loaded = ref(false)

  async function load(): Promise<void> {
    const { getDatabase, listSavedViews } = await loadDb()
    views.value = await listSavedViews(getDatabase())
    loaded.value = true
  }

  async function write(next: SavedView[]): Promise<void> {
    // IndexedDB cannot clone Vue's reactive proxies: write the raw objects.
    const raw = next.map((v) => ({ ...toRaw(v), query: { ...toRaw(v.query) } }))
    const { getDatabase, replaceSavedViews } = await loadDb()
    await replaceSavedViews(getDatabase(), raw)
    views.value = raw
  }

  /** Saves a view at the end of the list. */
  async function save(input: {
    title: string
    note: string
    path: string
    query: ViewQuery
  }): Promise<SavedView> {
    if (!loaded.value) await load()
    const query = Object.fromEntries(
      Object.entries(input.query).filter(([k]) => !(PRESENTATION_KEYS as readonly string[]).includes(k)),
    )
    const view: SavedView = {
      id: `view-${crypto.randomUUID()}`,
      title: input.title.trim() || input.path,
      note: input.note.trim(),
      path: input.path,
      query,
      order: views.value.length,
      createdAt: new Date().toISOString(),
    }
    await write([...views.value, view])
    return view
  }

  async function update(id: string, changes: Pick<SavedView, 'title' | 'note'>): Promise<void> {
    await write(
      views.value.map((v) =>
        v.id === id ? { ...v, title: changes.title.trim() || v.title, note: changes.note.trim() } : v,
      ),
    )
  }

  async function move(from: number, to: number): Promise<void> {
    await write(moveView(views.value, from, to))
  }

  /** Deletes a view; returns it and its place, so the deletion can be undone (`restore`). */
  async function remove(id: string): Promise<{ view: SavedView; index: number } | null> {
    const index = views.value.findIndex((v) => v.id === id)
    const view = views.value[index]
    if (!view) return null
    await write(views.value.filter((v) => v.id !== id).map((v, order) => ({ ...v, order })))
    return { view, index }
  }

  /** Puts a deleted view back where it was. */
  async function restore(view: SavedView, index: number): Promise<void> {
    if (views.value.some((v) => v.id === view.id)) return
    const next = [...views.value]
    next.splice(Math.min(index, next.length), 0, view)
    await write(next.map((v, order) => ({ ...v, order })))
  }

  return { views, loaded, load, save, update, move, remove, restore }
})
