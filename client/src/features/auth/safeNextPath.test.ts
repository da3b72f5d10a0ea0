import { pickWorkspaceSlug } from './lastWorkspaceSlug';
import { loginPathFor, safeNextPath } from './safeNextPath';

describe('safeNextPath', () => {
  it.each(['/w/acme', '/w/acme?tab=docs'])('accepts the same-origin path %s', (path) => {
    expect(safeNextPath(path)).toBe(path);
  });

  it.each([null, '', 'w/acme', '//evil.example', '/\\evil.example', 'https://evil.example'])('rejects %s', (path) => {
    expect(safeNextPath(path)).toBeNull();
  });
});

describe('loginPathFor', () => {
  it('carries the current path as ?next=', () => {
    expect(loginPathFor({ pathname: '/w/acme', search: '?q=1' })).toBe('/login?next=%2Fw%2Facme%3Fq%3D1');
  });
});

describe('pickWorkspaceSlug', () => {
  const list = [{ slug: 'a' }, { slug: 'b' }];
  it('prefers the last used workspace, then the first, then none', () => {
    expect(pickWorkspaceSlug(list, 'b')).toBe('b');
    expect(pickWorkspaceSlug(list, 'gone')).toBe('a');
    expect(pickWorkspaceSlug([], 'b')).toBeNull();
  });
});
