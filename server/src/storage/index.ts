/** The storage interface and its implementations, for tests that run a server on a store of their own. */
export { LevelStore } from './LevelStore.js';
export type { BallotRecord, Store } from './Store.js';
