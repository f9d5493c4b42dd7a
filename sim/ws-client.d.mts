// Declarations of ws-client.mjs for TypeScript callers (tests, which have no Node types).
export interface TestSocket {
  /** Every SignalR record received so far, parsed (tests look into them freely). */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the protocol, not a type, describes them
  records: any[];
  send(record: unknown): void;
  closed: Promise<void>;
  isClosed(): boolean;
  destroy(): void;
}
export declare function connect(url: string): Promise<TestSocket>;
export declare function waitFor<T>(read: () => T | undefined | false, timeoutMs?: number): Promise<T>;
