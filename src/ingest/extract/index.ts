export * from './evidence';
export * from './extract-policy';
export * from './extracted-policy';
