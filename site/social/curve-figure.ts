/**
 * The figure on a chapter's social image: curves of a few activations from lab's catalog, drawn as a
 * plain SVG string (build time only). Colours are the light theme's Okabe–Ito values and each curve
 * has its own dash, as on the site's charts.
 */
import { getScalarActivation } from '../../lab/index.ts';

export const FIGURE_SIZE = { width: 440, height: 380 } as const;
const X_RANGE = [-4, 4] as const;
const Y_RANGE = [-1.5, 3] as const;
const SAMPLES = 161;
const PAD = 12;
/** Okabe–Ito colours and dashes of the first four chart series (site/styles/global.css, components/ui/series-style.ts). */
const STROKES = [
  { colour: '#0072b2', dash: '' },
  { colour: '#d55e00', dash: '16 8' },
  { colour: '#009e73', dash: '4 6' },
  { colour: '#cc79a7', dash: '20 6 4 6' },
] as const;
export const MAX_CURVES = STROKES.length;
const AXIS_COLOUR = '#8c959f';

export interface Curve {
  id: string;
  /** The catalog name without its parenthesis: "Sigmoid", "Swish". */
  label: string;
  colour: string;
  /** SVG stroke-dasharray; '' is solid. */
  dash: string;
}

function toPixel(x: number, y: number): [number, number] {
  const { width, height } = FIGURE_SIZE;
  const px = PAD + ((x - X_RANGE[0]) / (X_RANGE[1] - X_RANGE[0])) * (width - 2 * PAD);
  const py = PAD + ((Y_RANGE[1] - y) / (Y_RANGE[1] - Y_RANGE[0])) * (height - 2 * PAD);
  return [px, py];
}

function polyline(value: (x: number) => number): string {
  const points: string[] = [];
  for (let i = 0; i < SAMPLES; i++) {
    const x = X_RANGE[0] + ((X_RANGE[1] - X_RANGE[0]) * i) / (SAMPLES - 1);
    const [px, py] = toPixel(x, value(x));
    points.push(`${px.toFixed(1)},${py.toFixed(1)}`);
  }
  return points.join(' ');
}

/** The curves that will be drawn, in order; unknown or vector-valued ids throw with the catalog's message. */
export function curvesFor(ids: readonly string[]): Curve[] {
  if (ids.length === 0 || ids.length > MAX_CURVES) throw new Error(`A social figure draws 1 to ${MAX_CURVES} activations, got ${ids.length}.`);
  return ids.map((id, index) => ({
    id,
    label: getScalarActivation(id).name.replace(/\s*\(.*\)\s*$/, ''),
    ...STROKES[index]!,
  }));
}

function strokeAttributes({ colour, dash }: Curve): string {
  return `fill="none" stroke="${colour}" stroke-width="6" stroke-linejoin="round" stroke-linecap="round"${dash ? ` stroke-dasharray="${dash}"` : ''}`;
}

/** A legend swatch: a short stretch of the curve's line, dash included. */
export function swatchSvg(curve: Curve): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="48" height="12" viewBox="0 0 48 12"><line x1="4" x2="44" y1="6" y2="6" ${strokeAttributes(curve)}/></svg>`;
}

export function curveFigureSvg(ids: readonly string[]): string {
  const { width, height } = FIGURE_SIZE;
  const [left, zeroY] = toPixel(X_RANGE[0], 0);
  const [right] = toPixel(X_RANGE[1], 0);
  const [zeroX, top] = toPixel(0, Y_RANGE[1]);
  const [, bottom] = toPixel(0, Y_RANGE[0]);
  const lines = curvesFor(ids).map((curve) => {
    const activation = getScalarActivation(curve.id);
    return `<polyline points="${polyline((x) => activation.value(x))}" ${strokeAttributes(curve)}/>`;
  });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<clipPath id="plot"><rect x="${PAD}" y="${PAD}" width="${width - 2 * PAD}" height="${height - 2 * PAD}"/></clipPath>`,
    `<g stroke="${AXIS_COLOUR}" stroke-width="2"><line x1="${left}" x2="${right}" y1="${zeroY}" y2="${zeroY}"/><line x1="${zeroX}" x2="${zeroX}" y1="${top}" y2="${bottom}"/></g>`,
    `<g clip-path="url(#plot)">${lines.join('')}</g>`,
    '</svg>',
  ].join('');
}
