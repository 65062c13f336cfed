/** generator/ir/servers.ts: an operation's own servers, and whether they are another host. */
import { describe, expect, it } from 'vitest';
import { hasOwnHost, hostOf, ownServers } from '../../generator/ir/servers.js';

const server = (url: string) => ({ url, variables: [] });
const model = { servers: [server('https://api.example.com/v1')] } as never;
const op = (urls?: string[]) => ({ servers: urls?.map(server) }) as never;

describe('servers', () => {
  it("an operation's servers count only when they differ from the document's", () => {
    expect(ownServers(op(), model)).toBeUndefined();
    expect(ownServers(op(['https://api.example.com/v1']), model)).toBeUndefined();
    expect(ownServers(op(['https://upload.example.com']), model)?.[0]?.url).toBe('https://upload.example.com');
  });

  it('reads hosts, a relative URL having none', () => {
    expect(hostOf('https://api.example.com:8443/v1')).toBe('api.example.com:8443');
    expect(hostOf('/v2')).toBe('');
    expect(hasOwnHost(op(['https://upload.example.com']), model)).toBe(true);
    expect(hasOwnHost(op(['/upload']), model)).toBe(false);
    expect(hasOwnHost(op(['https://api.example.com/v2']), model)).toBe(false);
  });
});
