/**
 * Progress on stderr: one line rewritten in place on a terminal, plain lines in a CI log.
 * `done` clears the live line so that what follows starts on a clean line.
 */
export interface ProgressLine {
  show(line: string): void;
  done(): void;
}

export function createProgressLine(stream: NodeJS.WriteStream, enabled: boolean): ProgressLine {
  if (!enabled) return { show: () => undefined, done: () => undefined };
  if (!stream.isTTY) {
    return { show: (line) => void stream.write(`${line}\n`), done: () => undefined };
  }

  let live = false;
  return {
    show: (line) => {
      stream.write(`\r\u001b[K${line}`);
      live = true;
    },
    done: () => {
      if (live) stream.write('\r\u001b[K');
      live = false;
    },
  };
}
