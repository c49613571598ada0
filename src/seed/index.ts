export * from './load-seeds';
export * from './read-seeds';
export * from './seed-error';
