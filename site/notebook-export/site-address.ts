/**
 * Absolute URLs on the deployed site, for links and imports inside a notebook. The site's address
 * comes from Astro's `site` setting (import.meta.env.SITE) when it is set; without one, notebooks
 * point at http://localhost:4321/, where `npm start` serves the site.
 */
export const FALLBACK_SITE = 'http://localhost:4321/';

export interface SiteAddress {
  /** Astro's `site`, e.g. "https://example.org"; undefined or empty when not configured. */
  site?: string | undefined;
  /** Astro's base path, e.g. "/" or "/activation-lab/". */
  base: string;
}

export function siteUrl(path: string, { site, base }: SiteAddress): string {
  const root = new URL(base.endsWith('/') ? base : `${base}/`, site || FALLBACK_SITE);
  return new URL(path.replace(/^\/+/, ''), root).href;
}
