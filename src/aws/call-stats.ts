import type { RunStats } from '../model/report.js';

/**
 * Counts API calls per operation as the SDK sends them. `attempt` runs once per HTTP attempt
 * (inside the retry loop), `call` once per command, so their difference is the retries.
 */
export class CallStats {
  private readonly attempts = new Map<string, number>();
  private commands = 0;
  private attemptTotal = 0;

  call(): void {
    this.commands += 1;
  }

  attempt(operation: string): void {
    this.attempts.set(operation, (this.attempts.get(operation) ?? 0) + 1);
    this.attemptTotal += 1;
  }

  snapshot(durationMs: number): RunStats {
    const calls = Object.fromEntries([...this.attempts].sort(([a], [b]) => a.localeCompare(b)));
    return { calls, retries: Math.max(0, this.attemptTotal - this.commands), durationMs };
  }
}
