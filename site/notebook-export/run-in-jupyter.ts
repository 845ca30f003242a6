/** How to run a chapter notebook, said once for the page's note and the notebook's first cell. */
export const RUN_IN_JUPYTER = [
  'The notebook runs in Jupyter with the Deno kernel.',
  'Install Deno from npm (`npm install -g deno`), register its kernel with `deno jupyter --install`,',
  'then open the file in JupyterLab, Jupyter Notebook or VS Code and choose the Deno kernel.',
  'Run the first code cell first: it loads TensorFlow.js from npm and the guide\'s helpers from this site.',
  'Widgets stay on the page; the notebook links to each one.',
].join(' ');
