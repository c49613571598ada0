export * from './generate-policy';
export * from './load-synth';
export * from './random';
export * from './vendors';
