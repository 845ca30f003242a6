/** The probe registry: turns a run's probe requests into sessions on its model. */
import { collapseCheckProbe, everyFewEpochsProbe } from './measure-probes.ts';
import { coefficientsProbe, decisionGridProbe, endProbe, readers, weightsProbe } from './live-probes.ts';
import { predictionsProbe, savedModelProbe } from './end-readings.ts';
import type { ProbeContext, ProbeRequest, ProbeSession } from './probe-types.ts';

export function startProbe(request: ProbeRequest, context: ProbeContext): ProbeSession {
  switch (request.id) {
    case 'decision-grid': return decisionGridProbe(request, context);
    case 'weights': return weightsProbe(request, context);
    case 'coefficients': return coefficientsProbe(request, context);
    case 'betas': return endProbe(readers.betas, context);
    case 'line': return endProbe(readers.line, context);
    case 'dead-units': return everyFewEpochsProbe('dead-units', request.every, context);
    case 'gradient-norms': return everyFewEpochsProbe('gradient-norms', request.every, context);
    case 'collapse-check': return collapseCheckProbe(context);
    case 'saved-model': return savedModelProbe(context);
    case 'predictions': return predictionsProbe(request, context);
  }
}
