/** A one-line progress bar on stderr with the running rate. */
export function createProgress(what: string, total: number) {
  const started = performance.now();
  let done = 0;
  let lastDraw = 0;
  const draw = () => {
    const seconds = (performance.now() - started) / 1000;
    const width = 30;
    const filled = Math.round((done / total) * width);
    const rate = Math.round(done / Math.max(seconds, 0.001));
    process.stderr.write(
      `\r[${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${done.toLocaleString('en')}/${total.toLocaleString('en')} ${what} · ${rate.toLocaleString('en')}/s · ${seconds.toFixed(1)} s`,
    );
  };
  return {
    tick(count: number) {
      done += count;
      if (performance.now() - lastDraw > 200) {
        lastDraw = performance.now();
        draw();
      }
    },
    done() {
      draw();
      process.stderr.write('\n');
      return { seconds: (performance.now() - started) / 1000, rate: done / ((performance.now() - started) / 1000) };
    },
  };
}
