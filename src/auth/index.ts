export * from './api-key-secret';
export * from './api-key-store';
export * from './auth-checker';
export * from './auth-response.plugin';
export * from './authenticate';
export * from './role';
export * from './viewer';
