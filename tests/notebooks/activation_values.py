"""Evaluates the activation module of generated PyTorch programs on given inputs.

Usage: python3 activation_values.py MANIFEST_JSON
The manifest lists {"program": path, "inputs": [numbers]}; each program is imported (its main() is
not run), build_model() is called, and the module after the first nn.Linear is applied to the inputs
as a batch of one-feature rows. Prints a JSON list with one list of outputs per program.
"""
import importlib.util
import json
import sys

import torch


def activation_outputs(program, inputs):
    spec = importlib.util.spec_from_file_location("generated_program", program)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    model = module.build_model()
    activation = model[1]
    with torch.no_grad():
        return activation(torch.tensor(inputs, dtype=torch.float32).reshape(-1, 1)).reshape(-1).tolist()


def main():
    with open(sys.argv[1], encoding="utf-8") as file:
        manifest = json.load(file)
    print(json.dumps([activation_outputs(entry["program"], entry["inputs"]) for entry in manifest]))


if __name__ == "__main__":
    main()
