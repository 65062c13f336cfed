/** Starts Prism (`prism mock --errors`), an independent mock server that validates requests against a spec. */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export interface Prism {
  readonly url: string;
  /** Prism's log (its validation messages), for failure output. */
  log(): string;
  close(): Promise<void>;
}

/** A port nothing listens on now (another process may take it before it is used). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

/**
 * Starts a mock of `spec`; resolves when it answers. The port is free when chosen, but another
 * process (a parallel test file) may take it before Prism listens: then Prism exits with
 * EADDRINUSE and a new port is tried.
 */
export async function startPrism(spec: string, choosePort: () => Promise<number> = freePort): Promise<Prism> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await startPrismOn(spec, await choosePort());
    } catch (error) {
      if (!(error instanceof PortTaken) || attempt === 5) throw error;
    }
  }
}

class PortTaken extends Error {}

async function startPrismOn(spec: string, port: number): Promise<Prism> {
  const bin = path.join(path.dirname(require.resolve('@stoplight/prism-cli/package.json')), 'dist/index.js');
  const child: ChildProcess = spawn(
    process.execPath,
    [bin, 'mock', spec, '--port', String(port), '--host', '127.0.0.1', '--errors'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout!.on('data', (d) => (output += String(d)));
  child.stderr!.on('data', (d) => (output += String(d)));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) {
      throw new (/EADDRINUSE/.test(output) ? PortTaken : Error)(`prism exited: ${output}`);
    }
    if (/Prism is listening/.test(output)) break;
    if (Date.now() > deadline) {
      child.kill();
      throw new Error(`prism did not start: ${output}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    log: () => output,
    close: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill();
      }),
  };
}
