/**
 * Makes a rendered Plot chart one accessible image: role="img" with a label that states what it shows.
 * Plot labels each mark's group ("frame", "rule", …); inside an image those labels are not allowed
 * and say nothing useful, so they are removed. The test is by element name, not instanceof, so a chart
 * drawn at build time into another document (linkedom) is treated the same.
 */
export function markAsImage<T extends Element>(chart: T, label: string): T {
  const svg = chart.localName === 'svg' ? chart : chart.querySelector('svg') ?? chart;
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', label);
  svg.querySelectorAll('[aria-label], [aria-description]').forEach((node) => {
    node.removeAttribute('aria-label');
    node.removeAttribute('aria-description');
  });
  return chart;
}
