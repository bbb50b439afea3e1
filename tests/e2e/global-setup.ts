/** Serves the production build (`dist/`, built by `npm run test:e2e`) on a free localhost port. */
import { existsSync } from 'node:fs'
import { preview, type PreviewServer } from 'vite'
import type { TestProject } from 'vitest/node'

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string
  }
}

let server: PreviewServer | undefined

export async function setup(project: TestProject): Promise<void> {
  if (!existsSync('dist/index.html'))
    throw new Error('dist/ is missing: run `npm run test:e2e`, which builds first.')
  server = await preview({ preview: { port: 0, host: '127.0.0.1', strictPort: false }, logLevel: 'warn' })
  const url = server.resolvedUrls?.local[0]
  if (!url) throw new Error('vite preview did not report a URL')
  project.provide('baseUrl', url.replace(/\/$/, ''))
}

export async function teardown(): Promise<void> {
  await server?.close()
}
