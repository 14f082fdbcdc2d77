#!/usr/bin/env python3
"""Copies an OpenAPI document without its examples, for Prism.

Okta's examples hold literal "$ref" keys inside example values; Prism takes them for references,
cannot resolve them and refuses the whole document. The contract test needs the schemas only, so
every `example` and `examples` member, and the shared `components.examples`, are left out.

usage: strip-examples.py IN.yaml OUT.yaml   (PyYAML)
"""
import sys

import yaml

EXAMPLE_KEYS = {"example", "examples"}


def without_examples(document):
    pending = [document]
    while pending:
        node = pending.pop()
        if isinstance(node, dict):
            for key in [key for key in node if key in EXAMPLE_KEYS]:
                del node[key]
            pending.extend(node.values())
        elif isinstance(node, list):
            pending.extend(node)
    return document


def main(argv):
    if len(argv) != 3:
        sys.exit(__doc__.strip().splitlines()[-1])
    with open(argv[1], encoding="utf-8") as source:
        document = yaml.safe_load(source)
    # components.examples, the map of named examples, goes with the rest.
    without_examples(document)
    with open(argv[2], "w", encoding="utf-8") as out:
        yaml.safe_dump(document, out, sort_keys=False, allow_unicode=True)


if __name__ == "__main__":
    main(sys.argv)
