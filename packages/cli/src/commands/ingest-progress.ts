import type { ItemError, ItemOutcome } from "@marsad/store";

/** Where progress goes: stderr, or a test's buffer. */
export interface Output {
  write(text: string): unknown;
}

/** Counts and rate of an ingestion run; redraws one status line on a terminal, prints errors as they come. */
export class IngestProgress {
  created = 0;
  duplicate = 0;
  errors = 0;
  private readonly started = Date.now();
  private lastDraw = 0;

  constructor(
    private readonly out: Output = process.stderr,
    private readonly tty = Boolean(process.stderr.isTTY),
  ) {}

  get done(): number {
    return this.created + this.duplicate + this.errors;
  }

  rate(): number {
    const seconds = (Date.now() - this.started) / 1000;
    return seconds > 0 ? this.done / seconds : 0;
  }

  /** A bad input found while collecting (unreadable file, bad JSON line, failed fetch). */
  rejected(error: ItemError): void {
    this.errors++;
    this.line(`skipped ${error.origin}: ${error.message} [${error.code}]`);
  }

  item(outcome: ItemOutcome): void {
    if (outcome.status === "created") this.created++;
    else if (outcome.status === "duplicate") this.duplicate++;
    else {
      this.errors++;
      this.line(`failed ${outcome.origin}: ${outcome.message} [${outcome.code}]`);
    }
    this.draw();
  }

  status(): string {
    return `${this.done} done · ${this.created} new · ${this.duplicate} already stored · ${this.errors} errors · ${this.rate().toFixed(1)} articles/s`;
  }

  finish(): void {
    if (this.tty) this.out.write("\r\x1b[K");
    this.out.write(`${this.status()}\n`);
  }

  private line(text: string): void {
    if (this.tty) this.out.write("\r\x1b[K");
    this.out.write(`${text}\n`);
    this.draw(true);
  }

  private draw(force = false): void {
    if (!this.tty) return;
    const now = Date.now();
    if (!force && now - this.lastDraw < 100) return;
    this.lastDraw = now;
    this.out.write(`\r\x1b[K${this.status()}`);
  }
}
