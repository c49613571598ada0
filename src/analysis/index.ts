export * from './comparison';
export * from './dpv-export';
export * from './findings';
export * from './model';
export * from './policy-facts';
export * from './transparency/transparency-report';
