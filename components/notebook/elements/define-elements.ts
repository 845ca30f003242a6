import { KernelToolbar, KERNEL_TOOLBAR_TAG } from './kernel-toolbar';
import { NotebookCell, NOTEBOOK_CELL_TAG } from './notebook-cell';

if (!customElements.get(KERNEL_TOOLBAR_TAG)) customElements.define(KERNEL_TOOLBAR_TAG, KernelToolbar);
if (!customElements.get(NOTEBOOK_CELL_TAG)) customElements.define(NOTEBOOK_CELL_TAG, NotebookCell);
