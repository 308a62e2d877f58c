// A spinner on stderr while pyaot compiles — only when stderr is a terminal, so nothing of
// pyaot's own ever lands in a pipe or the program's output.
import type { Ora } from 'ora';

export class Progress {
  private spinner: Ora | null = null;
  private pending: Promise<void> | null = null;

  start(text: string): void {
    if (!process.stderr.isTTY || process.env.PYAOT_NO_PROGRESS) return;
    this.pending = import('ora').then(({ default: ora }) => {
      this.spinner = ora({ text, stream: process.stderr, discardStdin: false }).start();
    });
  }

  update(text: string): void {
    if (this.spinner) this.spinner.text = text;
    else if (this.pending) void this.pending.then(() => this.spinner && (this.spinner.text = text));
  }

  stop(): void {
    if (this.spinner) this.spinner.stop();
    else if (this.pending) void this.pending.then(() => this.spinner?.stop());
    this.spinner = null;
  }
}
