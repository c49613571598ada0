export * from './draft-policy';
export * from './prune-invalid';
export * from './catalogue-terms';
