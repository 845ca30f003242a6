// The app icons the web app manifest and Apple's home screen ask for, drawn at build time.
import type { APIRoute, GetStaticPaths } from 'astro';
import { ICON_SIZES, renderAppIcon } from '../../social/app-icon';

export const getStaticPaths = (() => ICON_SIZES.map((size) => ({ params: { size: `icon-${size}` }, props: { size } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ size: number }> = ({ props }) =>
  new Response(renderAppIcon(props.size), { headers: { 'content-type': 'image/png' } });
