// The activation explorer's formulas, rendered by KaTeX at build time, fetched by the widget (no KaTeX on the client).
import type { APIRoute } from 'astro';
import { renderExplorerMath } from '../../components/widgets/activation-explorer/explorer-tex-sources';

export const GET: APIRoute = () => new Response(JSON.stringify(renderExplorerMath()), { headers: { 'content-type': 'application/json' } });
