// The workspace has no @types/node (core packages run in browsers), yet this package's scripts run on Node.
// These are the few Node names the generator uses, declared so `tsc` checks the scripts too.
declare module 'node:fs' {
  export function readFileSync(path: string, encoding: 'utf8'): string;
  export function writeFileSync(path: string, data: string): void;
}
declare module 'node:path' {
  export function dirname(path: string): string;
  export function join(...paths: string[]): string;
}
declare module 'node:url' {
  export function fileURLToPath(url: string): string;
}
