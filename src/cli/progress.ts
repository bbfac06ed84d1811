import type { CliIO } from './io.js';

/** A one-line counter on stderr, only for a human at a TTY: never in CI logs or pipes. */
export function progressReporter(io: CliIO, quiet: boolean): { update: (done: number, total: number) => void; done: () => void } {
  const enabled = !quiet && io.stderrIsTTY && io.stdoutIsTTY && !io.env.CI;
  if (!enabled) return { update: () => {}, done: () => {} };
  const frames = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];
  let frame = 0;
  let last = 0;
  let shown = false;
  return {
    update(done, total) {
      const now = Date.now();
      if (now - last < 80 && done !== total) return;
      last = now;
      shown = true;
      const width = 24;
      const filled = total ? Math.round((done / total) * width) : 0;
      io.stderr(`\r${frames[frame++ % frames.length]} scanning [${'█'.repeat(filled)}${' '.repeat(width - filled)}] ${done}/${total} files`);
    },
    done() {
      if (shown) io.stderr('\r\u001b[2K');
    },
  };
}
