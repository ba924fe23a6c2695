// Progress on stderr for long runs, only when stderr is a terminal (logs and pipes stay clean).
// Redrawn at most ten times a second.

export interface Progress {
  update(text: string): void;
  bar(label: string, done: number, total: number): void;
  done(): void;
}

export function progress(stream: NodeJS.WriteStream = process.stderr): Progress {
  const live = !!stream.isTTY;
  let last = 0;
  let shown = false;
  const draw = (s: string, force = false) => {
    if (!live) return;
    const now = Date.now();
    if (!force && now - last < 100) return;
    last = now;
    const width = (stream.columns || 80) - 1;
    stream.write(`\r\x1b[K${[...s].slice(0, width).join('')}`);
    shown = true;
  };
  return {
    update: (text) => draw(text),
    bar(label, done, total) {
      const width = 30;
      const filled = total ? Math.round((done / total) * width) : width;
      draw(`${label} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total}`, done === total);
    },
    done() {
      if (live && shown) stream.write('\r\x1b[K');
      shown = false;
    },
  };
}
