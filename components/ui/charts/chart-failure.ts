/**
 * Draws a chart, or, if drawing throws, says so in the chart's place and logs the error, so a chart
 * bug never leaves a demo stuck in its running state.
 */
import { errorMessage } from '../demo-run/error-message';

export function drawSafely(container: HTMLElement, draw: () => void): void {
  try {
    draw();
  } catch (error) {
    const reason = errorMessage(error);
    container.replaceChildren(Object.assign(document.createElement('p'), { className: 'placeholder', textContent: `The chart could not be drawn: ${reason}` }));
    console.error(error);
  }
}
