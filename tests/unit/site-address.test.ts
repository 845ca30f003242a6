import { describe, expect, it } from 'vitest';
import { DEFAULT_SITE, normaliseBase, normaliseSite, siteAddress } from '../../site/config/site-address.mjs';
import { chapterPath, chapterSlugFromId } from '../../site/config/chapter-slug.mjs';

describe('site address from the environment', () => {
  it('defaults to the local preview at the root', () => {
    expect(siteAddress({})).toEqual({ site: DEFAULT_SITE, base: '/', siteIsDefault: true });
  });

  it('takes an origin and a base path, tidying slashes', () => {
    expect(siteAddress({ ACTIVATION_LAB_SITE: 'https://example.org/', ACTIVATION_LAB_BASE: 'activation-lab' }))
      .toEqual({ site: 'https://example.org', base: '/activation-lab/', siteIsDefault: false });
    for (const written of ['/activation-lab', 'activation-lab/', '//activation-lab//']) expect(normaliseBase(written)).toBe('/activation-lab/');
    expect(normaliseBase('docs/guide')).toBe('/docs/guide/');
    for (const root of ['', '/', undefined]) expect(normaliseBase(root)).toBe('/');
  });

  it('refuses what would break every link, saying why', () => {
    expect(() => normaliseSite('example.org')).toThrow(/absolute URL/);
    expect(() => normaliseSite('ftp://example.org')).toThrow(/https:\/\//);
    expect(() => normaliseSite('https://example.org/guide/')).toThrow(/ACTIVATION_LAB_BASE/);
    expect(() => normaliseBase('/../etc/')).toThrow(/ACTIVATION_LAB_BASE/);
    expect(() => normaliseBase('/a b/')).toThrow(/ACTIVATION_LAB_BASE/);
  });
});

describe('chapter addresses', () => {
  it('drop the ordering number and sit under the base path', () => {
    expect(chapterSlugFromId('04-the-nonlinear-family')).toBe('the-nonlinear-family');
    expect(chapterSlugFromId('swish')).toBe('swish');
    expect(chapterPath('/', '06-swish')).toBe('/chapters/swish/');
    expect(chapterPath('/activation-lab/', '06-swish')).toBe('/activation-lab/chapters/swish/');
  });
});
