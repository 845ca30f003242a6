// Where the built site will live, read once from the environment by astro.config.mjs:
//   ACTIVATION_LAB_SITE  the public origin (canonical links, sitemap, social previews);
//   ACTIVATION_LAB_BASE  the path the guide is served under, e.g. /activation-lab/ on a project page.
// Both have defaults that suit `npm start`; a deployment sets them (README, "Deploy").

export const DEFAULT_SITE = 'http://localhost:4321';
export const DEFAULT_BASE = '/';

/**
 * The site's origin as an absolute http(s) URL without a trailing slash.
 * @param {string | undefined} value
 * @returns {string}
 */
export function normaliseSite(value) {
  const text = (value ?? '').trim() || DEFAULT_SITE;
  let url;
  try {
    url = new URL(text);
  } catch {
    throw new Error(`ACTIVATION_LAB_SITE must be an absolute URL such as https://example.org, got "${text}".`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`ACTIVATION_LAB_SITE must start with https:// or http://, got "${text}".`);
  }
  if (url.pathname !== '/' || url.search || url.hash) {
    throw new Error(`ACTIVATION_LAB_SITE is an origin only ("${url.origin}"); put the path "${url.pathname}" in ACTIVATION_LAB_BASE.`);
  }
  return url.origin;
}

/**
 * The base path with one leading and one trailing slash: "", "/", "activation-lab" and
 * "/activation-lab" become "/" or "/activation-lab/".
 * @param {string | undefined} value
 * @returns {string}
 */
export function normaliseBase(value) {
  const segments = (value ?? DEFAULT_BASE).split('/').filter(Boolean);
  const invalid = segments.find((segment) => segment === '.' || segment === '..' || !/^[\w.~-]+$/.test(segment));
  if (invalid !== undefined) {
    throw new Error(`ACTIVATION_LAB_BASE may hold only letters, digits and - _ . ~ between slashes, got "${value}".`);
  }
  return segments.length ? `/${segments.join('/')}/` : '/';
}

/**
 * Both settings from an environment (process.env in the config).
 * @param {Record<string, string | undefined>} env
 */
export function siteAddress(env) {
  return {
    site: normaliseSite(env.ACTIVATION_LAB_SITE),
    base: normaliseBase(env.ACTIVATION_LAB_BASE),
    siteIsDefault: !(env.ACTIVATION_LAB_SITE ?? '').trim(),
  };
}
