// The web app manifest: with it and the service worker, the guide installs as an app that opens
// offline. Every address is under the base path.
import type { APIRoute } from 'astro';
import { ICON_BACKGROUND } from '../social/app-icon';

export const GET: APIRoute = () => {
  const base = import.meta.env.BASE_URL;
  const icon = (size: number, purpose: string) => ({ src: `${base}icons/icon-${size}.png`, sizes: `${size}x${size}`, type: 'image/png', purpose });
  const manifest = {
    name: 'Activation Lab',
    short_name: 'Activation Lab',
    description: 'An interactive guide to neural-network activation functions, with networks that train in your browser.',
    id: base,
    start_url: base,
    scope: base,
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: ICON_BACKGROUND,
    icons: [icon(192, 'any'), icon(512, 'any'), icon(512, 'maskable')],
  };
  return new Response(JSON.stringify(manifest, null, 2), { headers: { 'content-type': 'application/manifest+json' } });
};
