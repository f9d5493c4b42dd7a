// Declaration of server.mjs's public API for TypeScript callers (tests); the implementation's JSDoc
// uses the same types, so `tsc -p sim/tsconfig.json` keeps the two in step.
import type { Simulator, SimulatorOptions } from './types.mjs';

export type * from './types.mjs';
export declare function startSimulator(options?: SimulatorOptions): Promise<Simulator>;
export declare const DEFAULT_SEED_FILE: string;
