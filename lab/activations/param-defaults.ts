import type { ParamSpec, ParamValues } from './types.ts';

/** Every declared parameter, taking the given value where one is present and the default otherwise. */
export function withDefaults(specs: readonly ParamSpec[], params: ParamValues = {}): Record<string, number> {
  const resolved: Record<string, number> = {};
  for (const spec of specs) {
    const given = params[spec.name];
    resolved[spec.name] = typeof given === 'number' ? given : spec.default;
  }
  return resolved;
}

/** True when every parameter equals the given values (a missing one counts as its default). */
export function paramsEqual(specs: readonly ParamSpec[], params: ParamValues | undefined, expected: ParamValues): boolean {
  const resolved = withDefaults(specs, params);
  return Object.entries(expected).every(([name, value]) => resolved[name] === value);
}
