/**
 * Keeps each `<output data-live-for="id">` showing its input's current value, formatted to the
 * input's step. Lives in the tiny always-loaded script so a slider's readout moves from the first
 * drag, before the widget's heavy module has arrived.
 */
export function decimalsOfStep(step: string | null): number {
  if (!step || step === 'any') return 2;
  const [, fraction = ''] = step.split('.');
  return fraction.length;
}

export function formatForInput(input: HTMLInputElement): string {
  const value = Number(input.value);
  const text = value.toFixed(decimalsOfStep(input.getAttribute('step')));
  return text.replace(/^-/, '−');
}

/** Shows the input's value, or `shown` when the true value lies outside the input's range. */
export function refreshLiveOutput(root: ParentNode, input: HTMLInputElement, shown?: string): void {
  const output = root.querySelector<HTMLOutputElement>(`output[data-live-for="${input.id}"]`);
  if (output) output.textContent = shown ?? formatForInput(input);
}

export function bindLiveOutputs(root: HTMLElement): void {
  root.addEventListener('input', (event) => {
    if (event.target instanceof HTMLInputElement) refreshLiveOutput(root, event.target);
  });
}
