/**
 * Reads a number input against its own min/max/step and the field's data-integer flag, and shows
 * the reason beside the field when the value is refused. Nothing downstream ever sees a bad number.
 */
export type FieldReading = { ok: true; value: number } | { ok: false; reason: string };

export function validateNumber(
  raw: string,
  rules: { min?: number; max?: number; integer?: boolean; label: string },
): FieldReading {
  const text = raw.trim();
  if (text === '') return { ok: false, reason: `${rules.label} needs a value.` };
  const value = Number(text);
  if (!Number.isFinite(value)) return { ok: false, reason: `${rules.label} must be a number.` };
  if (rules.integer && !Number.isInteger(value)) return { ok: false, reason: `${rules.label} must be a whole number.` };
  if (rules.min !== undefined && value < rules.min) return { ok: false, reason: `${rules.label} must be at least ${rules.min}.` };
  if (rules.max !== undefined && value > rules.max) return { ok: false, reason: `${rules.label} must be at most ${rules.max}.` };
  return { ok: true, value };
}

function optionalNumber(text: string | null): number | undefined {
  return text === null || text === '' ? undefined : Number(text);
}

function labelOf(input: HTMLInputElement): string {
  return input.dataset.label ?? input.labels?.[0]?.textContent?.trim() ?? input.name;
}

function errorElementOf(input: HTMLInputElement): HTMLElement | null {
  return document.getElementById(`${input.id}-error`);
}

/** Validates, marks the field (aria-invalid + visible message) and returns the reading. */
export function readNumberField(input: HTMLInputElement): FieldReading {
  const reading = validateNumber(input.value, {
    min: optionalNumber(input.getAttribute('min')),
    max: optionalNumber(input.getAttribute('max')),
    integer: input.dataset.integer !== undefined,
    label: labelOf(input),
  });
  const error = errorElementOf(input);
  if (reading.ok) {
    input.removeAttribute('aria-invalid');
    if (error) error.textContent = '';
  } else {
    input.setAttribute('aria-invalid', 'true');
    if (error) error.textContent = reading.reason;
  }
  return reading;
}
