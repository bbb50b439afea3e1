export { getDatabase, VeikartDatabase } from './database'
export * from './repositories'
