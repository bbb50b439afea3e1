export { getDatabase, VeikartDatabase } from './database'
export * from './repositories'
export { setDatasetSeries } from './series'
