"""Executes notebooks top to bottom in real Jupyter (nbclient) with a given kernel.

Usage: python3 execute_notebooks.py KERNEL WORK_DIR RESULTS_JSON NOTEBOOK...
Each notebook runs in WORK_DIR (where the caller put a deno.json). RESULTS_JSON gets, per notebook,
the seconds it took, the error (if a cell failed) and every code cell's outputs with its metadata.
Exits with 1 when any notebook failed.
"""
import json
import queue
import sys
import time

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionComplete, CellExecutionError
from nbclient.util import ensure_async

CELL_TIMEOUT_SECONDS = 600
# Deno's kernel (2.9) sometimes sends a cell's execute_result a few milliseconds after it reports the
# cell idle, and nbclient stops listening at idle; outputs this late are still kept.
LATE_OUTPUT_SECONDS = 0.3


class DenoNotebookClient(NotebookClient):
    """nbclient, plus the outputs that arrive just after the kernel said the cell was done."""

    async def _async_poll_output_msg(self, parent_msg_id, cell, cell_index):
        await super()._async_poll_output_msg(parent_msg_id, cell, cell_index)
        while True:
            try:
                msg = await ensure_async(self.kc.iopub_channel.get_msg(timeout=LATE_OUTPUT_SECONDS))
            except queue.Empty:
                return
            if msg["parent_header"].get("msg_id") == parent_msg_id:
                try:
                    self.process_message(msg, cell, cell_index)
                except CellExecutionComplete:
                    pass


def outputs_of(cell):
    """A code cell's outputs as plain dicts: stream text, errors, and display data by MIME type."""
    result = []
    for output in cell.get("outputs", []):
        kind = output["output_type"]
        if kind == "stream":
            result.append({"type": "stream", "text": output["text"]})
        elif kind == "error":
            result.append({"type": "error", "text": f"{output['ename']}: {output['evalue']}"})
        else:
            result.append({"type": kind, "data": dict(output.get("data", {}))})
    return result


def execute(path, kernel, work_dir):
    notebook = nbformat.read(path, as_version=4)
    client = DenoNotebookClient(notebook, kernel_name=kernel, timeout=CELL_TIMEOUT_SECONDS, resources={"metadata": {"path": work_dir}})
    started = time.monotonic()
    error = None
    try:
        client.execute()
    except CellExecutionError as failure:
        error = str(failure)
    cells = [
        {"metadata": dict(cell.get("metadata", {})), "source": cell["source"], "outputs": outputs_of(cell)}
        for cell in notebook.cells
        if cell.cell_type == "code"
    ]
    return {"path": path, "seconds": round(time.monotonic() - started, 2), "error": error, "cells": cells}


def main():
    kernel, work_dir, results_path, *paths = sys.argv[1:]
    results = []
    for path in paths:
        result = execute(path, kernel, work_dir)
        status = "failed" if result["error"] else "ran"
        print(f"{status} {path} in {result['seconds']} s", flush=True)
        results.append(result)
    with open(results_path, "w", encoding="utf-8") as file:
        json.dump(results, file, indent=1)
    sys.exit(1 if any(result["error"] for result in results) else 0)


if __name__ == "__main__":
    main()
