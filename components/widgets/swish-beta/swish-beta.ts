/**
 * The β explorer's module, loaded when the widget nears the screen. The slider, the exact-β field and
 * the landmark buttons all set one β; the charts and numbers redraw at a capped rate. Nothing trains.
 */
import { onThemeChange, readPalette } from '../../ui/charts/chart-palette';
import { drawSafely } from '../../ui/charts/chart-failure';
import { readNumberField } from '../../ui/controls/number-field';
import { createRepaintScheduler } from '../../ui/demo-run/repaint';
import { readSeriesColours } from '../../ui/charts/series-style';
import { INITIAL_BETA } from './swish-beta-config';
import { betaAtPosition, formatBeta, positionOfBeta } from './swish-beta-math';
import { drawSwishBeta, type SwishBetaTargets } from './swish-beta-view';

interface SwishBetaParts extends SwishBetaTargets {
  controls: HTMLElement;
  slider: HTMLInputElement;
  output: HTMLOutputElement;
  exact: HTMLInputElement;
  landmarks: HTMLButtonElement[];
}

function findParts(root: HTMLElement): SwishBetaParts {
  const byId = <T extends HTMLElement>(suffix: string): T => {
    const found = document.getElementById(`${root.id}-${suffix}`);
    if (!found) throw new Error(`swish β explorer: #${root.id}-${suffix} is missing`);
    return found as T;
  };
  const part = <T extends HTMLElement>(name: string): T => {
    const found = root.querySelector<T>(`[data-part="${name}"]`);
    if (!found) throw new Error(`swish β explorer: [data-part="${name}"] is missing`);
    return found;
  };
  return {
    controls: part('controls'),
    slider: byId('beta'),
    output: part('beta-output'),
    exact: byId('beta-exact'),
    landmarks: [...root.querySelectorAll<HTMLButtonElement>('button[data-beta]')],
    valueChart: byId('f'),
    valueCaption: byId('f-caption'),
    slopeChart: byId('df'),
    slopeCaption: byId('df-caption'),
    facts: part('facts'),
    regime: part('regime'),
  };
}

export function mount(root: HTMLElement): void {
  const parts = findParts(root);
  let beta = INITIAL_BETA;
  let palette = readPalette();
  let colours = readSeriesColours();
  const repaint = createRepaintScheduler(() => drawSafely(parts.valueChart, () => drawSwishBeta(beta, parts, palette, colours)));

  const show = (next: number, from: 'slider' | 'field' | 'button') => {
    beta = next;
    if (from !== 'slider') parts.slider.value = String(positionOfBeta(next));
    if (from !== 'field') {
      parts.exact.value = formatBeta(next);
      readNumberField(parts.exact);
    }
    parts.slider.setAttribute('aria-valuetext', `β = ${formatBeta(next)}`);
    parts.output.textContent = formatBeta(next);
    parts.landmarks.forEach((button) => button.setAttribute('aria-pressed', String(Number(button.dataset.beta) === next)));
    repaint.request();
  };

  parts.slider.addEventListener('input', () => show(betaAtPosition(Number(parts.slider.value)), 'slider'));
  parts.exact.addEventListener('input', () => {
    const reading = readNumberField(parts.exact);
    if (reading.ok) show(reading.value, 'field');
  });
  parts.landmarks.forEach((button) => button.addEventListener('click', () => show(Number(button.dataset.beta), 'button')));
  onThemeChange(() => {
    palette = readPalette();
    colours = readSeriesColours();
    repaint.flush();
  });
  new ResizeObserver(() => repaint.request()).observe(parts.valueChart);
  parts.controls.hidden = false;
  show(INITIAL_BETA, 'button');
  repaint.flush();
}
