/**
 * The bench's form and the experiment config: reading the controls (each validated, with its reason
 * shown beside it) and writing a config back into them, e.g. one that came from the URL.
 */
import { readNumberField } from '../../ui/controls/number-field';
import { formatActivation, activationLabel, CSV_DATASET_ID, type CsvSource, type ExperimentConfig, EXPERIMENT_LIMITS, validateExperimentConfig } from '../../../lab/index';
import type { BenchElements } from './bench-elements';

export type FormReading = { ok: true; config: ExperimentConfig; notices: string[] } | { ok: false; reason: string };

function checkboxes(elements: BenchElements): HTMLInputElement[] {
  return [...elements.activationChoices.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
}

function readActivations(elements: BenchElements): { ok: true; text: string } | { ok: false; reason: string } {
  const checked = checkboxes(elements).filter((box) => box.checked).map((box) => box.value);
  const { min, max } = EXPERIMENT_LIMITS.activations;
  const reason = checked.length < min ? 'Pick at least one activation.' : checked.length > max ? `Pick at most ${max} activations.` : '';
  elements.activationError.textContent = reason;
  return reason ? { ok: false, reason } : { ok: true, text: checked.join(',') };
}

/** Every control, validated; the first refusal is returned, and each field shows its own. csv: the loaded file, if any. */
export function readBenchForm(elements: BenchElements, csv: CsvSource | null): FormReading {
  if (elements.dataset.value === CSV_DATASET_ID && csv === null) {
    return { ok: false, reason: elements.csvStatus.textContent || 'Load a CSV file first (the Data box), or pick a built-in data set.' };
  }
  const numbers = {
    noise: readNumberField(elements.noise),
    dataSeed: readNumberField(elements.dataSeed),
    depth: readNumberField(elements.depth),
    width: readNumberField(elements.width),
    learningRate: readNumberField(elements.learningRate),
    epochs: readNumberField(elements.epochs),
    seeds: readNumberField(elements.seeds),
    firstSeed: readNumberField(elements.firstSeed),
  };
  const targetEmpty = elements.target.value.trim() === '';
  const target = targetEmpty ? undefined : readNumberField(elements.target);
  if (targetEmpty) clearFieldError(elements.target);
  const activations = readActivations(elements);
  for (const reading of [...Object.values(numbers), target, activations]) {
    if (reading && !reading.ok) return reading;
  }
  const raw: Record<string, unknown> = {
    dataset: elements.dataset.value,
    initializer: elements.initializer.value,
    optimizer: elements.optimizer.value,
    targetAccuracy: target?.ok ? target.value : null,
    activations: activations.ok ? activations.text : '',
    ...(elements.dataset.value === CSV_DATASET_ID ? { csv } : {}),
  };
  for (const [field, reading] of Object.entries(numbers)) if (reading.ok) raw[field] = reading.value;
  const { config, notices } = validateExperimentConfig(raw);
  return { ok: true, config, notices };
}

function clearFieldError(input: HTMLInputElement): void {
  input.removeAttribute('aria-invalid');
  const error = document.getElementById(`${input.id}-error`);
  if (error) error.textContent = '';
}

/** A checkbox for an activation with non-default parameters (from a shared link), built as text only. */
function addCustomChoice(elements: BenchElements, value: string, label: string): HTMLInputElement {
  const box = document.createElement('input');
  box.type = 'checkbox';
  box.name = checkboxes(elements)[0]?.name ?? 'activation';
  box.value = value;
  const text = document.createElement('span');
  text.textContent = label;
  const wrapper = document.createElement('label');
  wrapper.append(box, text);
  elements.activationChoices.append(wrapper);
  return box;
}

export function writeBenchForm(elements: BenchElements, config: ExperimentConfig): void {
  elements.dataset.value = config.dataset;
  elements.initializer.value = config.initializer;
  elements.optimizer.value = config.optimizer;
  const numbers: [HTMLInputElement, number | null][] = [
    [elements.noise, config.noise], [elements.dataSeed, config.dataSeed], [elements.depth, config.depth],
    [elements.width, config.width], [elements.learningRate, config.learningRate], [elements.epochs, config.epochs],
    [elements.seeds, config.seeds], [elements.firstSeed, config.firstSeed], [elements.target, config.targetAccuracy],
  ];
  for (const [input, value] of numbers) {
    input.value = value === null ? '' : String(value);
    clearFieldError(input);
  }
  const wanted = new Map(config.activations.map((activation) => [formatActivation(activation), activation]));
  for (const box of checkboxes(elements)) box.checked = wanted.delete(box.value);
  for (const [value, activation] of wanted) addCustomChoice(elements, value, activationLabel(activation)).checked = true;
  elements.activationError.textContent = '';
}
