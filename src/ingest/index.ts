export * from './extract';
export * from './lexicon';
export * from './parse';
export * from './structure';
export * from './draft';
