/**
 * Work done after the response is sent, in this process: one job at a time, in the order pushed,
 * each starting only after the current request's response went out. `drain()` resolves when every
 * job pushed so far has finished; the app awaits it on close, so a shutdown loses no queued job.
 * A job that fails is reported to `onError` and the queue goes on.
 */
export class BackgroundQueue {
  private tail: Promise<void> = Promise.resolve();

  constructor(private readonly onError: (error: unknown, job: string) => void) {}

  push(job: string, work: () => Promise<void>): void {
    this.tail = this.tail
      .then(() => new Promise<void>((resolve) => setImmediate(resolve)))
      .then(work)
      .catch((error: unknown) => this.onError(error, job));
  }

  drain(): Promise<void> {
    return this.tail;
  }
}
