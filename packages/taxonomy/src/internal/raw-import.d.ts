// Vite (and so Vitest) loads `file?raw` as the file's text; the drift test reads the generated module this way.
declare module '*?raw' {
  const text: string;
  export default text;
}
