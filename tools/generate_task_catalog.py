#!/usr/bin/env python3
"""Extracts the facts of built-in Azure Pipelines tasks into resources/pipeline/tasks.json.

Reads the task manifests (<Name>V<major>.task.json) and keeps only the facts the
editor and the agent need: name, version, and per input its name, type,
defaultValue, required flag, aliases, the keys of its options and its visibleRule
(when the input applies, e.g. "targetType = filePath": a required input is only
required while it is visible). Help texts,
descriptions, labels and messages are deliberately dropped.

Usage: generate_task_catalog.py <manifest folder> <output tasks.json>
"""
import json
import pathlib
import sys


def as_bool(value):
    # Some manifests write booleans as strings ("true").
    if isinstance(value, str):
        return value.strip().lower() == "true"
    return bool(value)


def as_text(value):
    # Input values are text in YAML; JSON booleans become "true"/"false".
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def input_facts(raw):
    facts = {
        "name": raw["name"],
        "type": raw.get("type", "string"),
        "required": as_bool(raw.get("required", False)),
    }
    if "defaultValue" in raw:
        facts["defaultValue"] = as_text(raw["defaultValue"])
    if raw.get("aliases"):
        facts["aliases"] = list(raw["aliases"])
    if isinstance(raw.get("options"), dict) and raw["options"]:
        facts["options"] = list(raw["options"].keys())
    if isinstance(raw.get("visibleRule"), str) and raw["visibleRule"].strip():
        facts["visibleRule"] = raw["visibleRule"].strip()
    return facts


def task_facts(manifest):
    version = manifest["version"]
    return {
        "name": manifest["name"],
        "version": {
            "major": int(version["Major"]),
            "minor": int(version["Minor"]),
            "patch": int(version["Patch"]),
        },
        "inputs": [input_facts(i) for i in manifest.get("inputs", [])],
    }


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    folder = pathlib.Path(sys.argv[1])
    tasks = []
    for path in sorted(folder.glob("*.task.json")):
        with open(path, encoding="utf-8-sig") as f:
            tasks.append(task_facts(json.load(f)))
    tasks.sort(key=lambda t: (t["name"].lower(), t["version"]["major"]))
    with open(sys.argv[2], "w", encoding="utf-8") as f:
        json.dump({"formatVersion": 1, "tasks": tasks}, f, indent=1, ensure_ascii=False)
        f.write("\n")


if __name__ == "__main__":
    main()
