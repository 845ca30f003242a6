/**
 * What a trained model says about the first few test points: the class it predicts and that class's
 * probability. The page shows these, and the exported TensorFlow.js program prints the same for the
 * model it loads, so a reader can check that their copy is the page's model.
 */
export const FIRST_PREDICTIONS = 5;

export interface Prediction {
  /** The point's true class. */
  label: number;
  predicted: number;
  /** The probability the model gives the predicted class. */
  probability: number;
}

/**
 * From the model's probabilities per point (one column, P(class 1), for a binary model; one per class
 * otherwise) and the true labels. Ties go as the exported program breaks them: class 0 at exactly ½,
 * the first of equal classes.
 */
export function readPredictions(probabilities: readonly (readonly number[])[], labels: readonly number[]): Prediction[] {
  return probabilities.map((row, index) => {
    const label = labels[index] ?? NaN;
    if (row.length === 1) {
      const p = row[0]!;
      return p > 0.5 ? { label, predicted: 1, probability: p } : { label, predicted: 0, probability: 1 - p };
    }
    const predicted = row.indexOf(Math.max(...row));
    return { label, predicted, probability: row[predicted]! };
  });
}
