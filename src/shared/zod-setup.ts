// MV3's CSP forbids `new Function`. zod decides whether to compile parsers (and probes for eval,
// which the CSP reports as a violation) when a schema is built, so this must run before any schema
// module is evaluated: import it first in every entry point.
import * as z from 'zod';

z.config({ jitless: true });
