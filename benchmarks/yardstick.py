#!/usr/bin/env python3
"""The yardstick a user would write instead of HireScore (issue 20): PyYAML with the C loader.

Reads every scorecard (*.yaml) under STORE, groups them by requisition and candidate, and per candidate
computes the median rating of each criterion (n/a left out), each section's weighted mean of those
medians (criterion weights from the rubric) and the overall weighted mean of the sections (section
weights). Prints one line per candidate.

It does much less than `hirescore merge`: no validation with file:line:column, no seals or signatures,
no knock-outs, no module rules (a role-play blend, training needs), no coverage or agreement statistics,
no audit log. It is a floor for what any tool must do, not a peer.

Usage: yardstick.py RUBRICS_DIR STORE_DIR
"""
import os
import statistics
import sys

import yaml

Loader = yaml.CSafeLoader


def load(path):
    with open(path, "rb") as handle:
        return yaml.load(handle, Loader=Loader)


def rubric_weights(folder):
    """(id, version) -> [(section weight, {criterion id: weight})]."""
    rubrics = {}
    for name in sorted(os.listdir(folder)):
        if not name.endswith((".yaml", ".yml")):
            continue
        rubric = load(os.path.join(folder, name))
        sections = []
        for section in rubric.get("sections", []):
            criteria = {c["id"]: float(c.get("weight", 1)) for c in section.get("criteria", [])}
            sections.append((float(section.get("weight", 1)), criteria))
        rubrics[(rubric["id"], int(rubric["version"]))] = sections
    return rubrics


def level(entry):
    value = entry.get("level") if isinstance(entry, dict) else entry
    return None if value in (None, "n/a") else float(value)


def main():
    rubric_folder, store = sys.argv[1], sys.argv[2]
    rubrics = rubric_weights(rubric_folder)
    panels = {}
    for root, folders, files in os.walk(store):
        folders[:] = [f for f in folders if not f.startswith(".")]
        for name in files:
            if not name.endswith(".yaml") or name.startswith("."):
                continue
            card = load(os.path.join(root, name))
            if not isinstance(card, dict) or card.get("status") != "submitted":
                continue
            key = (card.get("requisition") or "unassigned", card["candidate"])
            panels.setdefault(key, []).append(card)
    out = []
    for (requisition, candidate), cards in sorted(panels.items()):
        reference = (cards[0]["rubric"]["id"], int(cards[0]["rubric"]["version"]))
        total = weights = 0.0
        for section_weight, criteria in rubrics[reference]:
            section_sum = section_weights = 0.0
            for criterion, weight in criteria.items():
                values = [v for v in (level(c.get("ratings", {}).get(criterion)) for c in cards) if v is not None]
                if values:
                    section_sum += weight * statistics.median(values)
                    section_weights += weight
            if section_weights:
                total += section_weight * section_sum / section_weights
                weights += section_weight
        score = total / weights if weights else float("nan")
        out.append(f"{requisition} {candidate} {len(cards)} {score:.2f}")
    sys.stdout.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
