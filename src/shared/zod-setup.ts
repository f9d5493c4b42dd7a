// MV3's content security policy forbids `new Function`; zod's JIT would try it. Import this first
// in every entry point.
import * as z from 'zod';

z.config({ jitless: true });
