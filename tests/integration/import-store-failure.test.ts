/**
 * The import page never stays on «Lagrer …»: a transaction the browser aborts (what a full disk
 * does) ends the commit as failed with its cause, as any other failed write; only the user's own
 * cancel is silent. (An `AbortError` used to be taken for the user's cancel and ignored.)
 */
import 'fake-indexeddb/auto'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { ImportReport } from '@/import/import-report'
import type * as importClient from '@/workers/import-client'
import { CANCELLED_BY_USER, ImportFailedError, type ImportClient } from '@/workers/import-client'

const commitError = vi.hoisted(() => ({ current: null as Error | null }))

vi.mock('@/workers/import-client', async (original) => {
  const actual = await original<typeof importClient>()
  const client: ImportClient = {
    analyse: () => Promise.resolve({ tableKind: 'veikart' } as ImportReport),
    commit: () => Promise.reject(commitError.current),
    openPack: () => Promise.resolve({ kind: 'not-pack' }),
    loadBundled: () => Promise.resolve([]),
    seedBundled: () => Promise.resolve(false),
    cancel: () => {},
    dispose: () => {},
  }
  return { ...actual, createImportClient: () => client }
})

const { useImportStore } = await import('@/stores/import')

async function committedWith(error: Error) {
  commitError.current = error
  const store = useImportStore()
  await store.chooseFile(new File(['x'], 'veikart.csv'))
  expect(store.status).toBe('ready')
  await store.commit()
  return store
}

describe('a commit that fails', () => {
  beforeEach(() => setActivePinia(createPinia()))

  it('an aborted transaction (full disk) ends as failed, with its cause for the message', async () => {
    const store = await committedWith(
      new ImportFailedError('AbortError', 'A request was aborted, for example through a call to abort'),
    )
    expect(store.status).toBe('failed')
    expect(store.failure?.name).toBe('AbortError')
  })

  it('a write the watchdog gives up on ends as failed', async () => {
    const store = await committedWith(new ImportFailedError('WriteStalled', 'no write progress for 8000 ms'))
    expect(store.status).toBe('failed')
    expect(store.failure?.name).toBe('WriteStalled')
  })

  it('the user’s own cancel stays silent', async () => {
    const store = await committedWith(new ImportFailedError(CANCELLED_BY_USER, 'cancelled'))
    expect(store.failure).toBeNull()
  })
})
