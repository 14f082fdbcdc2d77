#!/usr/bin/env python3
"""Copies an Okta OpenAPI document into a form Prism can validate requests against.

- Every `example` and `examples` member, and the shared `components.examples`, are left out: Okta's
  examples hold literal "$ref" keys inside example values, which Prism takes for references, cannot
  resolve, and so refuses the whole document. The contract test needs the schemas only.
- A repeated value in an `enum` is dropped (the values allowed stay the same): JSON Schema wants enum
  values unique, Prism's validator refuses to compile a schema that repeats one, and Prism then lets
  anything through where that schema applies. Okta's GrantType lists one grant type twice.
- With --client-assertion-in-body, the token operations' client authentication is stated as the form
  fields the private_key_jwt scheme's description names (client_assertion_type, client_assertion)
  instead of as security requirements: Okta's spec gives those schemes as HTTP scheme "postBody",
  which Prism does not support, so it answers 401 to every token request whatever the request holds.
- With --scopes=FILE, the OAuth 2.0 scopes each operation lists are also written to FILE as JSON,
  {"GET /api/v1/users": ["okta.users.read"], ...}, for the test to hold Cordon's table of scopes to.

usage: prepare-spec.py IN.yaml OUT.yaml [--client-assertion-in-body] [--scopes=FILE]   (PyYAML)
"""
import json
import sys

import yaml

EXAMPLE_KEYS = {"example", "examples"}
JWT_BEARER = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer"
FORM = "application/x-www-form-urlencoded"


def prepared(document):
    pending = [document]
    while pending:
        node = pending.pop()
        if isinstance(node, dict):
            for key in [key for key in node if key in EXAMPLE_KEYS]:
                del node[key]
            if isinstance(node.get("enum"), list):
                unique = []
                for value in node["enum"]:
                    if value not in unique:
                        unique.append(value)
                node["enum"] = unique
            pending.extend(node.values())
        elif isinstance(node, list):
            pending.extend(node)
    return document


def client_assertion_in_body(document):
    """The token operations take the private_key_jwt fields in their form body, and no security."""
    client_fields = {
        "type": "object",
        "properties": {
            "client_assertion_type": {"type": "string", "enum": [JWT_BEARER]},
            "client_assertion": {"type": "string", "minLength": 1},
        },
        "required": ["client_assertion_type", "client_assertion"],
    }
    found = 0
    for path, item in document.get("paths", {}).items():
        if not path.endswith("/v1/token") or "post" not in item:
            continue
        operation = item["post"]
        form = operation["requestBody"]["content"][FORM]
        form["schema"] = {"allOf": [form["schema"], client_fields]}
        operation.pop("security", None)
        found += 1
    if not found:
        sys.exit("no token operation found")


def operation_scopes(document):
    methods = {"get", "put", "post", "delete", "patch", "head", "options"}
    scopes = {}
    for path, item in document.get("paths", {}).items():
        for method, operation in item.items():
            if method not in methods:
                continue
            listed = []
            for requirement in operation.get("security", document.get("security", [])):
                listed.extend(requirement.get("oauth2", []))
            scopes[f"{method.upper()} {path}"] = listed
    return scopes


def main(argv):
    args = [arg for arg in argv[1:] if not arg.startswith("--")]
    options = [arg for arg in argv[1:] if arg.startswith("--")]
    scopes_file = next((option.split("=", 1)[1] for option in options if option.startswith("--scopes=")), None)
    known = {"--client-assertion-in-body"}
    if len(args) != 2 or any(option not in known and not option.startswith("--scopes=") for option in options):
        sys.exit(__doc__.strip().splitlines()[-1])
    with open(args[0], encoding="utf-8") as source:
        document = yaml.safe_load(source)
    prepared(document)
    if scopes_file:
        with open(scopes_file, "w", encoding="utf-8") as out:
            json.dump(operation_scopes(document), out, indent=1, sort_keys=True)
    if "--client-assertion-in-body" in options:
        client_assertion_in_body(document)
    with open(args[1], "w", encoding="utf-8") as out:
        yaml.safe_dump(document, out, sort_keys=False, allow_unicode=True)


if __name__ == "__main__":
    main(sys.argv)
