export type { AppOptions, AuthProvider } from './app';
export { createApp, SESSION_COOKIE } from './app';
export type { AppEnv, AppVariables, Principal } from './context';
export type { Env } from './env';
export { readEnv } from './env';
export { ReferenceCache } from './lib/reference-cache';
export type { RunningServer } from './server';
export { databaseAuth, startServer } from './server';
