export * from './policy-text';
export * from './sentences';
export * from './topics';
