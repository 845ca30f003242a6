/**
 * TensorFlow.js's types as the global namespace `tf` (tf.Tensor, tf.Sequential, tf.layers.Layer, …),
 * for lab's files, whose value `tf` is the on-demand stand-in of tfjs.ts. Types only: nothing loads.
 */
export * from '#tfjs-api';
export as namespace tf;
