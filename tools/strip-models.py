#!/usr/bin/env python3
"""Copies the IVS, IVS Real-Time and IVS Chat API models into the emulator, without their documentation strings.

The models come from botocore (Apache License 2.0; see
ivs-emulator/src/main/resources/io/ivsjava/emulator/models/NOTICE). The emulator reads operations, paths,
shapes and constraints from them; AWS's prose is left behind.

    python3 tools/strip-models.py <directory holding ivs.service-2.json, ivschat.service-2.json etc.>

Only developers run this, when AWS publishes a new model version; the stripped copies are committed.
"""
import json
import pathlib
import sys

DROP = {"documentation", "documentationUrl"}
FILES = {
    "ivs.service-2.json": "ivs.json",
    "ivs-realtime.service-2.json": "ivs-realtime.json",
    "ivs.paginators.json": "ivs.paginators.json",
    "ivs-realtime.paginators.json": "ivs-realtime.paginators.json",
    "ivschat.service-2.json": "ivschat.json",
    "ivschat.paginators.json": "ivschat.paginators.json",
}


def strip(node):
    if isinstance(node, dict):
        return {k: strip(v) for k, v in node.items() if k not in DROP}
    if isinstance(node, list):
        return [strip(v) for v in node]
    return node


def main():
    source = pathlib.Path(sys.argv[1])
    target = pathlib.Path(__file__).resolve().parent.parent / "ivs-emulator/src/main/resources/io/ivsjava/emulator/models"
    target.mkdir(parents=True, exist_ok=True)
    for name, out in FILES.items():
        model = strip(json.loads((source / name).read_text()))
        (target / out).write_text(json.dumps(model, indent=1, sort_keys=True) + "\n")
        print("wrote", target / out)


if __name__ == "__main__":
    main()
