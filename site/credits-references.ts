/** What the credits page lists: the software the site ships or is built with, and every paper the chapters cite. */

export interface SoftwareCredit {
  name: string;
  url: string;
  role: string;
  licence: string;
}

export interface PaperCredit {
  /** Anchor on the credits page, e.g. "leshno-1993". */
  id: string;
  authors: string;
  year: string;
  title: string;
  venue: string;
  link?: { url: string; label: string };
}

export const SOFTWARE: readonly SoftwareCredit[] = [
  { name: 'TensorFlow.js', url: 'https://www.tensorflow.org/js', role: 'tensors, automatic differentiation and layers, with its WebAssembly backend', licence: 'Apache License 2.0' },
  { name: 'Observable Plot', url: 'https://observablehq.com/plot/', role: 'the charts in the widgets and cells', licence: 'ISC licence' },
  { name: 'CodeMirror', url: 'https://codemirror.net/', role: 'the editor in the code cells', licence: 'MIT licence' },
  { name: 'Astro', url: 'https://astro.build/', role: 'the site generator', licence: 'MIT licence' },
  { name: 'Expressive Code', url: 'https://expressive-code.com/', role: 'the highlighted code blocks, with Shiki and its GitHub themes', licence: 'MIT licence' },
  { name: 'Pagefind', url: 'https://pagefind.app/', role: 'the search', licence: 'MIT licence' },
  { name: 'Acorn', url: 'https://github.com/acornjs/acorn', role: 'parsing the code cells', licence: 'MIT licence' },
];

const arxiv = (id: string) => ({ url: `https://arxiv.org/abs/${id}`, label: `arXiv:${id}` });
const doi = (id: string) => ({ url: `https://doi.org/${id}`, label: `doi:${id}` });

/** Alphabetical by first author. */
export const PAPERS: readonly PaperCredit[] = [
  {
    id: 'belkin-2019', authors: 'Belkin, M., Hsu, D., Ma, S., & Mandal, S.', year: '2019',
    title: 'Reconciling modern machine-learning practice and the classical bias–variance trade-off',
    venue: 'Proceedings of the National Academy of Sciences, 116(32), 15849–15854.', link: doi('10.1073/pnas.1903070116'),
  },
  {
    id: 'clevert-2016', authors: 'Clevert, D.-A., Unterthiner, T., & Hochreiter, S.', year: '2016',
    title: 'Fast and accurate deep network learning by exponential linear units (ELUs)', venue: 'International Conference on Learning Representations (ICLR).', link: arxiv('1511.07289'),
  },
  {
    id: 'cybenko-1989', authors: 'Cybenko, G.', year: '1989', title: 'Approximation by superpositions of a sigmoidal function',
    venue: 'Mathematics of Control, Signals and Systems, 2(4), 303–314.', link: doi('10.1007/BF02551274'),
  },
  {
    id: 'devlin-2019', authors: 'Devlin, J., Chang, M.-W., Lee, K., & Toutanova, K.', year: '2019',
    title: 'BERT: Pre-training of deep bidirectional transformers for language understanding', venue: 'Proceedings of NAACL-HLT 2019, 4171–4186.', link: arxiv('1810.04805'),
  },
  {
    id: 'elfwing-2018', authors: 'Elfwing, S., Uchibe, E., & Doya, K.', year: '2018',
    title: 'Sigmoid-weighted linear units for neural network function approximation in reinforcement learning', venue: 'Neural Networks, 107, 3–11.', link: arxiv('1702.03118'),
  },
  {
    id: 'fisher-1936', authors: 'Fisher, R. A.', year: '1936', title: 'The use of multiple measurements in taxonomic problems',
    venue: 'Annals of Eugenics, 7(2), 179–188.', link: doi('10.1111/j.1469-1809.1936.tb02137.x'),
  },
  {
    id: 'glorot-2010', authors: 'Glorot, X., & Bengio, Y.', year: '2010', title: 'Understanding the difficulty of training deep feedforward neural networks',
    venue: 'Proceedings of the 13th International Conference on Artificial Intelligence and Statistics (AISTATS), PMLR 9, 249–256.',
  },
  {
    id: 'goodfellow-2013', authors: 'Goodfellow, I. J., Warde-Farley, D., Mirza, M., Courville, A., & Bengio, Y.', year: '2013',
    title: 'Maxout networks', venue: 'Proceedings of the 30th International Conference on Machine Learning (ICML), PMLR 28(3), 1319–1327.', link: arxiv('1302.4389'),
  },
  {
    id: 'gorman-2014', authors: 'Gorman, K. B., Williams, T. D., & Fraser, W. R.', year: '2014',
    title: 'Ecological sexual dimorphism and environmental variability within a community of Antarctic penguins (genus Pygoscelis)',
    venue: 'PLoS ONE, 9(3), e90081.', link: doi('10.1371/journal.pone.0090081'),
  },
  {
    id: 'he-2015', authors: 'He, K., Zhang, X., Ren, S., & Sun, J.', year: '2015',
    title: 'Delving deep into rectifiers: Surpassing human-level performance on ImageNet classification', venue: 'Proceedings of the IEEE International Conference on Computer Vision (ICCV), 1026–1034.', link: arxiv('1502.01852'),
  },
  {
    id: 'hendrycks-2016', authors: 'Hendrycks, D., & Gimpel, K.', year: '2016', title: 'Gaussian error linear units (GELUs)', venue: 'Preprint.', link: arxiv('1606.08415'),
  },
  {
    id: 'hornik-1991', authors: 'Hornik, K.', year: '1991', title: 'Approximation capabilities of multilayer feedforward networks',
    venue: 'Neural Networks, 4(2), 251–257.', link: doi('10.1016/0893-6080(91)90009-T'),
  },
  {
    id: 'howard-2017', authors: 'Howard, A. G., Zhu, M., Chen, B., Kalenichenko, D., Wang, W., Weyand, T., Andreetto, M., & Adam, H.', year: '2017',
    title: 'MobileNets: Efficient convolutional neural networks for mobile vision applications', venue: 'Preprint.', link: arxiv('1704.04861'),
  },
  {
    id: 'klambauer-2017', authors: 'Klambauer, G., Unterthiner, T., Mayr, A., & Hochreiter, S.', year: '2017', title: 'Self-normalizing neural networks',
    venue: 'Advances in Neural Information Processing Systems 30 (NeurIPS).', link: arxiv('1706.02515'),
  },
  {
    id: 'lecun-1998', authors: 'LeCun, Y., Bottou, L., Orr, G. B., & Müller, K.-R.', year: '1998', title: 'Efficient BackProp',
    venue: 'In G. B. Orr & K.-R. Müller (Eds.), Neural Networks: Tricks of the Trade, Lecture Notes in Computer Science 1524, 9–50. Springer.', link: doi('10.1007/3-540-49430-8_2'),
  },
  {
    id: 'leshno-1993', authors: 'Leshno, M., Lin, V. Ya., Pinkus, A., & Schocken, S.', year: '1993',
    title: 'Multilayer feedforward networks with a nonpolynomial activation function can approximate any function', venue: 'Neural Networks, 6(6), 861–867.', link: doi('10.1016/S0893-6080(05)80131-5'),
  },
  {
    id: 'manessi-2018', authors: 'Manessi, F., & Rozza, A.', year: '2018', title: 'Learning combinations of activation functions',
    venue: 'Proceedings of the 24th International Conference on Pattern Recognition (ICPR).', link: arxiv('1801.09403'),
  },
  {
    id: 'misra-2019', authors: 'Misra, D.', year: '2019', title: 'Mish: A self regularized non-monotonic activation function',
    venue: 'Preprint; published at the British Machine Vision Conference (BMVC) 2020. The SqueezeNet results quoted in chapter 4 are from the author’s repository, github.com/digantamisra98/Mish.', link: arxiv('1908.08681'),
  },
  {
    id: 'radford-2019', authors: 'Radford, A., Wu, J., Child, R., Luan, D., Amodei, D., & Sutskever, I.', year: '2019',
    title: 'Language models are unsupervised multitask learners', venue: 'OpenAI technical report.',
  },
  {
    id: 'ramachandran-2017', authors: 'Ramachandran, P., Zoph, B., & Le, Q. V.', year: '2017', title: 'Searching for activation functions',
    venue: 'Preprint; its first version was titled “Swish: a self-gated activation function”.', link: arxiv('1710.05941'),
  },
  {
    id: 'rosenblatt-1958', authors: 'Rosenblatt, F.', year: '1958', title: 'The perceptron: A probabilistic model for information storage and organization in the brain',
    venue: 'Psychological Review, 65(6), 386–408.', link: doi('10.1037/h0042519'),
  },
];
