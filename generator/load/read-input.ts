/**
 * Reading one input file or remote document, bounded. Only regular files are read (a FIFO would
 * hang the run, a device such as `/dev/zero` never ends), `maxBytes` is enforced while reading
 * rather than trusted from `stat` (`/proc` files report size 0), and a remote document must arrive
 * whole, within the limit, before a timeout.
 */
import { constants } from 'node:fs';
import { open } from 'node:fs/promises';

/** How long a remote `$ref` may take, headers and body together. */
export const REMOTE_TIMEOUT_MS = 30_000;

const CHUNK = 1 << 20;

/** Why an input could not be read: the caller places it. */
export class InputReadError extends Error {}

/** Reads a regular file as UTF-8, refusing anything else and anything over `maxBytes`. */
export async function readLocalFile(file: string, maxBytes: number): Promise<string> {
  // O_NONBLOCK: opening a FIFO must not wait for a writer; it is refused below anyway.
  const handle = await open(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const info = await handle.stat();
    if (info.isDirectory()) throw new InputReadError('is a directory');
    if (!info.isFile())
      throw new InputReadError('is not a regular file (a device, FIFO or socket); only files are read');
    if (info.size > maxBytes)
      throw new InputReadError(`is ${info.size} bytes, over the ${maxBytes}-byte input limit (--max-bytes)`);
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const buffer = Buffer.allocUnsafe(Math.min(CHUNK, maxBytes + 1 - total));
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
      if (bytesRead === 0) break;
      total += bytesRead;
      if (total > maxBytes) throw new InputReadError(`is over the ${maxBytes}-byte input limit (--max-bytes)`);
      chunks.push(buffer.subarray(0, bytesRead));
    }
    return Buffer.concat(chunks, total).toString('utf8');
  } finally {
    await handle.close();
  }
}

/** Fetches a remote document, refusing an error status, a body over `maxBytes` and a slow server. */
export async function readRemote(url: string, maxBytes: number, timeoutMs = REMOTE_TIMEOUT_MS): Promise<string> {
  const signal = AbortSignal.timeout(timeoutMs);
  try {
    const response = await fetch(url, { signal });
    if (!response.ok) throw new InputReadError(`HTTP ${response.status}`);
    const declared = Number(response.headers.get('content-length') ?? NaN);
    if (declared > maxBytes)
      throw new InputReadError(`is ${declared} bytes, over the ${maxBytes}-byte input limit (--max-bytes)`);
    if (!response.body) return '';
    const chunks: Uint8Array[] = [];
    let total = 0;
    const reader = response.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) {
        // An endless body is never buffered past the limit.
        await reader.cancel().catch(() => undefined);
        throw new InputReadError(`is over the ${maxBytes}-byte input limit (--max-bytes)`);
      }
      chunks.push(value);
    }
    return Buffer.concat(chunks, total).toString('utf8');
  } catch (error) {
    if (signal.aborted) throw new InputReadError(`no complete answer within ${timeoutMs / 1000} s`);
    throw error;
  }
}
