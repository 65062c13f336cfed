/** templates/package/package-meta.ts: the package's name, version and package.json, subpath entries and peers included. */
import { describe, expect, it } from 'vitest';
import { packageJson, packageName, packageVersion } from '../../../templates/package/package-meta.js';

const model = { title: 'Petstore', version: '1.2' } as never;

describe('package-meta', () => {
  it('makes a valid npm name, or falls back', () => {
    expect(packageName('@Acme/Pet Store')).toBe('@acme/pet-store');
    expect(packageName('___')).toBe('generated-api-client');
  });

  it('takes the configured version, else info.version as semver, else 0.0.0', () => {
    expect(packageVersion('3.0.0-beta.1', '1')).toBe('3.0.0-beta.1');
    expect(packageVersion(undefined, 'v2')).toBe('2.0.0');
    expect(packageVersion(undefined, '1.2')).toBe('1.2.0');
    expect(packageVersion(undefined, '2024-01-01')).toBe('0.0.0');
  });

  it('has no peers and one entry by default', () => {
    const pkg = JSON.parse(packageJson(model, 'pets'));
    expect(Object.keys(pkg.exports)).toEqual(['.', './package.json']);
    expect(pkg.peerDependencies).toBeUndefined();
    expect(pkg.typesVersions).toBeUndefined();
  });

  it("adds each target's subpath (with node10 types) and its peers, optional and sorted", () => {
    const pkg = JSON.parse(
      packageJson(
        model,
        'pets',
        {},
        { subpaths: { './msw': 'msw.gen' }, peers: { msw: '>=2.0.0', '@tanstack/query-core': '^5.0.0' } },
      ),
    );
    expect(pkg.exports['./msw']).toEqual({ types: './dist/msw.gen.d.ts', default: './dist/msw.gen.js' });
    expect(Object.keys(pkg.exports)).toEqual(['.', './msw', './package.json']);
    expect(pkg.typesVersions).toEqual({ '*': { msw: ['./dist/msw.gen.d.ts'] } });
    expect(Object.keys(pkg.peerDependencies)).toEqual(['@tanstack/query-core', 'msw']);
    expect(pkg.peerDependenciesMeta).toEqual({ '@tanstack/query-core': { optional: true }, msw: { optional: true } });
  });
});
