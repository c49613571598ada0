export * from './load-seeds';
export * from './locate-quote';
export * from './read-seeds';
export * from './seed-error';
