export * from './detect-language';
export * from './ingest-error';
export * from './ligature-repair';
export * from './limits';
export * from './parse-document';
export * from './parsed-document';
