/** A file written chunk by chunk with back-pressure: `write` then `await drained()` before the next record. */
import fs from 'node:fs';
import { once } from 'node:events';

export class FileSink {
  private readonly out: fs.WriteStream;
  private full = false;

  constructor(readonly file: string) {
    this.out = fs.createWriteStream(file, { encoding: 'utf8' });
  }

  write(chunk: string): void {
    if (!this.out.write(chunk)) this.full = true;
  }

  /** Resolves once the stream has room again (at once when it has). */
  async drained(): Promise<void> {
    if (!this.full) return;
    this.full = false;
    await once(this.out, 'drain');
  }

  async close(): Promise<void> {
    await new Promise<void>((resolve, reject) => this.out.end((err?: Error | null) => (err ? reject(err) : resolve())));
  }

  /** Closes after a failure without waiting on a flush that may never come. */
  destroy(): void {
    this.out.destroy();
  }
}
