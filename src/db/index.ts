export * from './database'
export * from './repositories'
export * from './recovery'
export * from './storage'
