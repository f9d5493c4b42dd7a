// esbuild plugin: big data modules (libphonenumber's metadata, the _locales catalogs) are bundled as
// one JSON string handed to JSON.parse instead of an object literal. V8 scans a string and parses
// JSON several times faster than it compiles the same object as JavaScript, and the content script
// is compiled on every page load (issue 4: the extension's start-up is part of the page's load).
import { readFile } from 'node:fs/promises';

// libphonenumber-js ships each metadata set twice: `x.json` (data) and `x.json.js` (the same data as
// an ES module, for browsers that cannot import JSON). Both are read from the `.json` file.
const METADATA_MODULE = /[\\/]libphonenumber-js[\\/]metadata\.[a-z]+\.json(\.js)?$/;
const LOCALE_CATALOG = /[\\/]_locales[\\/][a-zA-Z_]+[\\/]messages\.json$/;

export const jsonAsStringPlugin = {
  name: 'json-as-string',
  setup(build) {
    const load = async ({ path }) => {
      const json = JSON.stringify(JSON.parse(await readFile(path.replace(/\.js$/, ''), 'utf8')));
      return { contents: `export default JSON.parse(${JSON.stringify(json)});`, loader: 'js' };
    };
    build.onLoad({ filter: METADATA_MODULE }, load);
    build.onLoad({ filter: LOCALE_CATALOG }, load);
  },
};
