export { buildApp, LOG_REDACT_PATHS, type AppOptions } from './app.ts';
