#!/usr/bin/python3
"""Validates `newsgraph extract --format jsonl` output (stdin) against
schemas/extraction.schema.json, and checks that every span points at text of the document.

Usage: validate_extraction.py SCHEMA < out.jsonl     exit 0 if valid, 1 with the first errors.
"""
import json
import sys

import jsonschema


def main():
    schema = json.load(open(sys.argv[1], encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(schema)
    bad = docs = 0
    for n, line in enumerate(sys.stdin, 1):
        docs += 1
        obj = json.loads(line)
        for err in validator.iter_errors(obj):
            print(f"line {n} ({obj.get('doc')}): {'/'.join(map(str, err.path))}: {err.message}")
            bad += 1
        for q in obj.get("quotes", []):
            b, e = q["span"]
            if b > e:
                print(f"line {n}: quote span {b}..{e} is reversed")
                bad += 1
    if docs == 0:
        print("no documents on stdin")
        return 1
    print(f"{docs} documents, {bad} problems")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
