import * as tf from '@tensorflow/tfjs';
import { spiral } from '/work/main/lab/datasets/spiral.ts';
await tf.setBackend('cpu');
const bce = (z: tf.Tensor, y: tf.Tensor) => tf.mean(tf.sub(tf.add(tf.relu(z), tf.log1p(tf.exp(tf.neg(tf.abs(z))))), tf.mul(z, y))) as tf.Scalar;
type Cfg = { lr: number; init: string; batch?: number; opt?: string; scale?: number };
const cfgs: Cfg[] = JSON.parse(process.argv[2]!);
const MAX = Number(process.argv[3] ?? 2000);
for (const cfg of cfgs) {
  const out: string[] = [];
  for (const seed of [1, 2, 3, 4, 5]) {
    const ds = spiral({ seed });
    const s = cfg.scale ?? 1;
    const xs = tf.tensor2d(ds.train.xs).mul(s); const ys = tf.tensor2d(ds.train.ys, [ds.train.ys.length, 1]);
    const xt = tf.tensor2d(ds.test.xs).mul(s); const yt = ds.test.ys;
    const init = (sd: number) => cfg.init === 'he' ? tf.initializers.heNormal({ seed: sd }) : cfg.init === 'lecun' ? tf.initializers.leCunNormal({ seed: sd }) : tf.initializers.glorotUniform({ seed: sd });
    const m = tf.sequential();
    m.add(tf.layers.dense({ units: 8, activation: 'tanh', inputShape: [2], kernelInitializer: init(seed * 7 + 1) }));
    m.add(tf.layers.dense({ units: 8, activation: 'tanh', kernelInitializer: init(seed * 7 + 2) }));
    m.add(tf.layers.dense({ units: 1, kernelInitializer: init(seed * 7 + 3) }));
    const vars = m.trainableWeights.map((w) => w.read() as tf.Variable);
    const fwd = (x: tf.Tensor) => { let h = x; for (let i = 0; i < 3; i++) { h = tf.add(tf.matMul(h, vars[2 * i]!), vars[2 * i + 1]!); if (i < 2) h = tf.tanh(h); } return h; };
    const opt = cfg.opt === 'rmsprop' ? tf.train.rmsprop(cfg.lr) : tf.train.adam(cfg.lr);
    const t0 = performance.now();
    let reached = -1, best = 0;
    const n = ds.train.ys.length;
    for (let e = 1; e <= MAX; e++) {
      if (cfg.batch) {
        for (let b = 0; b < n; b += cfg.batch) tf.tidy(() => { const xb = xs.slice([b, 0], [Math.min(cfg.batch!, n - b), 2]); const yb = ys.slice([b, 0], [Math.min(cfg.batch!, n - b), 1]); opt.minimize(() => bce(fwd(xb), yb), false, vars); });
      } else tf.tidy(() => { opt.minimize(() => bce(fwd(xs), ys), false, vars); });
      if (e % 10 === 0) {
        const acc = tf.tidy(() => { const z = fwd(xt).dataSync(); let c = 0; z.forEach((v, i) => { if ((v > 0 ? 1 : 0) === yt[i]) c++; }); return c / yt.length; });
        best = Math.max(best, acc);
        if (acc >= 0.97) { reached = e; break; }
      }
    }
    out.push(reached > 0 ? `${reached}e/${(performance.now() - t0).toFixed(0)}ms` : `best ${best.toFixed(3)}`);
    opt.dispose(); m.dispose(); tf.dispose([xs, ys, xt]);
  }
  console.log(JSON.stringify(cfg), out.join('  '));
}
