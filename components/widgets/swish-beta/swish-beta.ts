/**
 * The β explorer's module, loaded when the widget nears the screen. The slider, the exact-β field and
 * the landmark buttons all set one β; the charts and numbers redraw under the shared part painter.
 * Nothing trains.
 */
import { drawSafely } from '../../ui/charts/chart-failure';
import { readNumberField } from '../../ui/controls/number-field';
import { createPartPainter } from '../../ui/demo-run/part-painter';
import { widgetElementFinder } from '../../ui/demo-run/widget-elements';
import { drawFunctionChart } from '../activation-explorer/function-chart';
import { INITIAL_BETA, X_RANGE } from './swish-beta-config';
import { betaAtPosition, factLines, formatBeta, positionOfBeta, regimeText, swishBetaCharts, swishFacts } from './swish-beta-math';

export async function mount(root: HTMLElement): Promise<void> {
  const find = widgetElementFinder('swish β explorer', root);
  const byId = <T extends HTMLElement>(suffix: string): T => find.byId<T>(`${root.id}-${suffix}`);
  const slider = byId<HTMLInputElement>('beta');
  const exact = byId<HTMLInputElement>('beta-exact');
  const landmarks = [...root.querySelectorAll<HTMLButtonElement>('button[data-beta]')];
  const slots = ['f', 'df'].map((name) => ({ chart: byId(name), caption: byId(`${name}-caption`) }));
  let beta = INITIAL_BETA;
  const draw = (): void => {
    swishBetaCharts(beta).forEach((chart, index) => drawFunctionChart(slots[index]!, chart));
    find.part('facts').replaceChildren(...factLines(swishFacts(beta), X_RANGE).flatMap(({ term, value }) => [
      Object.assign(document.createElement('dt'), { textContent: term }),
      Object.assign(document.createElement('dd'), { textContent: value }),
    ]));
    find.part('regime').textContent = regimeText(beta);
  };
  const painter = createPartPainter({ order: () => ['charts'], draw: () => drawSafely(slots[0]!.chart, draw), watch: [slots[0]!.chart] });

  const show = (next: number, from: 'slider' | 'field' | 'button') => {
    beta = next;
    if (from !== 'slider') slider.value = String(positionOfBeta(next));
    if (from !== 'field') {
      exact.value = formatBeta(next);
      readNumberField(exact);
    }
    slider.setAttribute('aria-valuetext', `β = ${formatBeta(next)}`);
    find.part('beta-output').textContent = formatBeta(next);
    landmarks.forEach((button) => button.setAttribute('aria-pressed', String(Number(button.dataset.beta) === next)));
    painter.redraw('charts');
  };

  slider.addEventListener('input', () => show(betaAtPosition(Number(slider.value)), 'slider'));
  exact.addEventListener('input', () => {
    const reading = readNumberField(exact);
    if (reading.ok) show(reading.value, 'field');
  });
  landmarks.forEach((button) => button.addEventListener('click', () => show(Number(button.dataset.beta), 'button')));
  find.part('controls').hidden = false;
  show(INITIAL_BETA, 'button');
  await painter.paintAll();
}
