/**
 * What the linear-collapse widget draws on its arms board: each network's map (the linear one with
 * the collapsed layer's line), heading and score line, and the collapse itself in words.
 */
import { collapseDataset, datasetBounds, type Bounds, type CollapseCheck, type ModelRole } from '../../../lab/index';
import { lineSegmentInBox } from '../../ui/charts/line-segment';
import type { ArmState } from '../../ui/comparison/arm-state';
import type { MapPanel } from '../../ui/comparison/arms-board';
import { sigmoidArmMaps } from '../../ui/comparison/sigmoid-arm-maps';
import { datasetPoints, type LabelledPoint } from '../../ui/live-maps/plane-chart';
import type { CollapseElements } from './collapse-dom';
import { describeAgreement, describeFormula, describeLinearRange, describeProduct, describeScore } from './collapse-text';
import { GRID_RESOLUTION } from './linear-collapse-config';

/** The two networks, in the order lab's plan trains them (together). */
export const COLLAPSE_ARMS: { id: ModelRole; label: string }[] = [
  { id: 'linear', label: 'Linear network' },
  { id: 'nonlinear', label: 'Nonlinear network' },
];
const IDLE_COLLAPSE_TEXT = 'Press Train: once the linear network has trained, its layers are multiplied out here.';

export interface CollapseData {
  bounds: Bounds;
  points: LabelledPoint[];
}

export function collapseData(seed: number): CollapseData {
  const dataset = collapseDataset(seed);
  return { bounds: datasetBounds(dataset), points: datasetPoints(dataset) };
}

/** The linear network multiplied out into one layer, once its run has finished. */
export function collapseOf(arm: ArmState | undefined): CollapseCheck | undefined {
  return arm?.id === 'linear' ? arm.record?.probes['collapse-check'] : undefined;
}

export function drawCollapse({ product, matrix, agreement }: CollapseElements, check: CollapseCheck | undefined): void {
  product.textContent = check ? describeProduct(check) : IDLE_COLLAPSE_TEXT;
  matrix.textContent = check ? describeFormula(check) : '';
  agreement.textContent = check ? describeAgreement(check) : '';
}

export interface CollapseScene {
  el: CollapseElements;
  data(): CollapseData;
  /** True from Train until the runs end: an arm without a record yet is training. */
  training(): boolean;
}

/** The arms board's caption and map for each network; the map's text alternative ends with the score line. */
export function collapseMaps({ el, data, training }: CollapseScene) {
  const name = (arm: ArmState) => (arm.id === 'linear' ? 'linear' : el.nonlinear.selectedOptions[0]?.textContent ?? el.nonlinear.value);
  const line = (arm: ArmState) => {
    const layer = collapseOf(arm)?.layer;
    return layer && lineSegmentInBox([layer.weights[0]?.[0] ?? 0, layer.weights[1]?.[0] ?? 0], layer.bias[0] ?? 0, data().bounds);
  };
  const caption = (arm: ArmState) => `The circle data (inner disc: triangles, outer ring: circles) and the ${name(arm)} network's output over the plane` +
    (arm.grid ? '' : ' (not trained yet)') + (line(arm) ? '. Dashed: where the collapsed single layer gives z = 0.' : '.');
  const score = (arm: ArmState) => {
    const text = describeScore(arm, training());
    return arm.id === 'linear' && arm.record && arm.grid ? `${text} ${describeLinearRange(arm.grid.values)}` : text;
  };
  const maps = sigmoidArmMaps({
    resolution: GRID_RESOLUTION, size: [220, 340], bounds: () => data().bounds, points: () => data().points, line,
    describe: (arm) => `${caption(arm)} ${score(arm)}`,
  });
  return {
    caption,
    drawMap: (arm: ArmState, panel: MapPanel) => {
      const { heading, score: scoreLine } = el.maps[arm.id as ModelRole];
      const layers = Number(el.layers.value);
      heading.textContent = `${Number.isInteger(layers) && layers > 0 ? `${layers} ` : ''}hidden layers, ${name(arm)}`;
      scoreLine.textContent = score(arm);
      maps(arm, panel);
    },
  };
}
