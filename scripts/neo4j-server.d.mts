// Types of scripts/neo4j-server.mjs for the TypeScript tests and benchmarks that import it.

export declare const stateDir: string;
export declare const TEST_JVM_OPTIONS: readonly string[];
export declare function javaToolsPresent(): boolean;
export declare function buildLauncher(options?: { log?: (line: string) => void }): { built: boolean; ms: number };
export declare function adminCommand(options?: { jvmOptions?: readonly string[] }): string[];
export declare function pidFile(port: number): string;
export declare function logFile(port: number): string;
export declare function startServer(options?: {
  port?: number;
  password?: string;
  dataDir?: string;
  lockTimeoutMs?: number;
  ownerPid?: number;
  timeoutMs?: number;
  jvmOptions?: readonly string[];
  log?: (line: string) => void;
}): Promise<{ pid: number; uri: string; ms: number }>;
export declare function stopServer(options?: { port?: number; graceMs?: number; signal?: NodeJS.Signals }): Promise<boolean>;
export declare function boltAnswers(port: number, timeoutMs?: number): Promise<boolean>;
