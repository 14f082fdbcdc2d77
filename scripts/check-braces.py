#!/usr/bin/env python3
"""Fails when a control statement's body has no braces: every if, else, for and while takes a block.

clang-format (14, Debian 12's) cannot insert braces, so this reads what it leaves: a control statement
that ends its line without "{", followed by a line that does not open a block. clang-tidy's
readability-braces-around-statements check adds the braces (see the message).
usage: check-braces.py [FILE...]   (default: every tracked C++ file)
"""
import re
import subprocess
import sys

CONTROL = re.compile(r"^\s*(\}\s*)?((else\s+)?if|for|while)\s*\(.*\)\s*$|^\s*(\}\s*)?else\s*$")


def balanced(line):
    """Whether the line's parentheses close (outside string and character literals): the whole condition."""
    depth = 0
    for token in re.sub(r'"(\\.|[^"\\])*"|\'(\\.|[^\'\\])*\'', "", line):
        depth += token == "("
        depth -= token == ")"
    return depth == 0


def unbraced(path):
    with open(path, encoding="utf-8", errors="replace") as source:
        lines = source.read().split("\n")
    for number, (line, following) in enumerate(zip(lines, lines[1:]), start=1):
        if CONTROL.match(line) and balanced(line) and not following.lstrip().startswith("{"):
            yield number, line.strip()


def main(argv):
    files = argv[1:] or subprocess.run(["git", "ls-files", "*.cpp", "*.h"], check=True, capture_output=True,
                                       text=True).stdout.split()
    found = [(path, number, text) for path in files for number, text in unbraced(path)]
    for path, number, text in found:
        print(f"{path}:{number}: no braces around the body of: {text}", file=sys.stderr)
    if found:
        print("Add the braces, for example with clang-tidy --checks='-*,readability-braces-around-statements' "
              "--fix -p BUILD_DIR FILE.", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
