export * from './authorities';
export * from './durations';
export * from './vendors';
