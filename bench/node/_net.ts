import { MlpNetwork } from '../../lab/mlp/network.ts';
import { lossAndGradient } from '../../lab/mlp/objective.ts';
import { makeFlatOptimizer } from '../../lab/mlp/optimizers.ts';
const net = new MlpNetwork([{ inputs: 2, units: 8, activation: 'tanh', useBias: true }, { inputs: 8, units: 8, activation: 'tanh', useBias: true }, { inputs: 8, units: 1, activation: 'linear', useBias: true }]);
for (let i = 0; i < net.params.length; i++) net.params[i] = Math.sin(i) * 0.5;
const n = 250; const x = new Float32Array(n * 2).map((_, i) => Math.cos(i)); const ys = new Float32Array(n).map((_, i) => i % 2);
const g = new Float32Array(n); const opt = makeFlatOptimizer('adam', 0.01, net.params.length, 1e-7);
const N = 5000;
function time(label: string, fn: () => void) { for (let i = 0; i < 500; i++) fn(); const c = process.cpuUsage(); for (let i = 0; i < N; i++) fn(); const u = process.cpuUsage(c); console.log(label, ((u.user + u.system) / N).toFixed(1), "us cpu"); }
time('forward', () => net.forward(x, n));
time('loss', () => lossAndGradient({ output: 'sigmoid', logits: net.forward(x, n), ys, rows: n, width: 1 }, g));
time('fwd+bwd', () => { const l = net.forward(x, n); lossAndGradient({ output: 'sigmoid', logits: l, ys, rows: n, width: 1 }, g); net.backward(x, n, g); });
time('step', () => { const l = net.forward(x, n); lossAndGradient({ output: 'sigmoid', logits: l, ys, rows: n, width: 1 }, g); net.backward(x, n, g); opt.step(net.params, net.grads); });
const a = new Float32Array(4000).map((_, i) => Math.sin(i)); const b = new Float32Array(4000);
time('tanh4000', () => { for (let i = 0; i < 4000; i++) b[i] = Math.tanh(a[i]!); });
