/**
 * TensorFlow.js for Node (unit tests, the experiment CLI, the bench's Node section): the umbrella
 * package's CommonJS build, which registers gradients and chained ops itself. The browser entry,
 * tfjs-browser.ts, cannot run here, because tfjs-core's deep ES module files are not loadable by Node.
 */
export * from '@tensorflow/tfjs';
