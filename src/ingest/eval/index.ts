export * from './fact-keys';
export * from './format-report';
export * from './locate-gold';
export * from './run-eval';
export * from './score';
