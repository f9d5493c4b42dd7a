// Jest transform: esbuild turns TypeScript, TSX and ESM-only packages (preact 11) into CommonJS.
// Types are checked separately by `tsc --noEmit`, so tests stay fast.
const { transformSync } = require('esbuild');

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
    });
    return { code: result.code };
  },
};
