// Jest transform: esbuild turns TypeScript, TSX and ESM (preact 11, the simulator's .mjs) into
// CommonJS. Types are checked separately by `tsc --noEmit`, so tests stay fast.
const { transformSync } = require('esbuild');
const { pathToFileURL } = require('node:url');

module.exports = {
  process(source, filename) {
    const loader = filename.endsWith('.tsx') ? 'tsx' : filename.endsWith('.ts') ? 'ts' : 'js';
    const result = transformSync(source, {
      loader,
      format: 'cjs',
      target: 'node20',
      sourcemap: 'inline',
      sourcefile: filename,
      jsx: 'automatic',
      jsxImportSource: 'preact',
      // CommonJS has no import.meta; modules that locate files next to themselves still can.
      define: { 'import.meta.url': JSON.stringify(pathToFileURL(filename).href) },
      supported: { 'top-level-await': false },
    });
    return { code: result.code };
  },
};
