#!/usr/bin/env python3
"""Writes the answers files of the example panels (examples/answers/*.txt) from the compact table below.

Each answers file drives `hirescore enter --answers FILE` through the same prompts an interviewer
sees: per criterion a level (or n) and a line of evidence, then the observed language levels, the
interviewer's own recommendation, a reason, and y to submit. Run regenerate.sh afterwards.

The evidence comes from evidence.yaml beside this script (requisition, candidate, interviewer,
criterion): what each interviewer wrote down about what the candidate said or did, never the rubric's
anchor text. Every rated criterion needs an entry there; a criterion rated n has none and gets the note
NOT_ASSESSED_NOTE instead.
"""
import pathlib, yaml

HERE = pathlib.Path(__file__).resolve().parent
RUBRICS = HERE.parent / "rubrics"

# requisition, rubric, candidate, interviewer, ratings (one per criterion in rubric order; n = n/a),
# languages, recommendation, reason
PANELS = [
    ("claims-2026-01", "claims-handler", "c-101", "Anna Schmidt", "4 5 4 4 5  4 4 5 4 4  4 4 3 4 4", "C2 B2", "strong-yes",
     "Took ownership in every example and explained a partial decline in plain words."),
    ("claims-2026-01", "claims-handler", "c-101", "Ben Okafor", "4 4 4 5 4  5 4 4 5 4  4 3 4 4 4", "C2 B2", "yes",
     "Convincing with customers; liability and recourse only at the level we require."),
    ("claims-2026-01", "claims-handler", "c-101", "Clara Wiese", "5 4 4 4 5  4 5 4 4 4  5 4 4 3 4", "C2 B1", "yes",
     "Calm and structured in the role-play; strong claims law."),
    ("claims-2026-01", "claims-handler", "c-101", "Deniz Yilmaz", "4 4 2 4 4  4 4 4 4 3  4 4 4 4 3", "C2 B2", "yes",
     "Good overall; promised the customer a date he could not keep in the expectations case."),
    ("claims-2026-01", "claims-handler", "c-102", "Anna Schmidt", "3 1 2 2 3  3 3 3 2 3  4 4 4 3 4", "C1 B1", "no",
     "Technically solid, but dismissed the customer's distress twice."),
    ("claims-2026-01", "claims-handler", "c-102", "Ben Okafor", "3 1 3 3 2  3 2 3 2 3  4 3 4 4 4", "C1 B1", "no",
     "Said the customer had only himself to blame; would not apologise for our delay."),
    ("claims-2026-01", "claims-handler", "c-102", "Clara Wiese", "3 2 3 3 3  3 3 3 3 3  4 4 3 4 5", "C2 B1", "yes",
     "Strong on coverage and the claims system; the tone can be coached."),
    ("claims-2026-01", "claims-handler", "c-103", "Anna Schmidt", "3 4 3 3 4  3 4 3 3 4  3 3 3 3 3", "C2 B1", "yes",
     "Solid in every area, no weakness that worries me."),
    ("claims-2026-01", "claims-handler", "c-103", "Ben Okafor", "3 3 3 4 3  4 3 3 4 3  3 2 3 3 4", "C1 B1", "yes",
     "Reliable and friendly; coverage assessment needs training."),
    ("claims-2026-01", "claims-handler", "c-103", "Clara Wiese", "4 3 3 3 3  3 3 4 3 3  3 3 3 2 3", "C2 B1", "no",
     "Adequate, but I expected more initiative in the ownership example."),
    ("ar-2026-02", "accounts-receivable-clerk", "c-201", "Eva Brandt", "4 4 5 4 4  4 4 4 5 4  4 4 3 4 4", "C2 B2", "strong-yes",
     "Handled the collections role-play firmly and kindly; clean cash application."),
    ("ar-2026-02", "accounts-receivable-clerk", "c-201", "Farid Haddad", "4 5 4 4 4  4 5 4 4 4  5 4 4 4 4", "C2 B2", "yes",
     "Knows dunning and credit limits well; asks good questions."),
    ("ar-2026-02", "accounts-receivable-clerk", "c-201", "Greta Lindqvist", "4 4 4 3 5  4 4 4 4 3  4 5 4 3 4", "C2 B1", "yes",
     "Good partner for sales in the credit-limit case."),
    ("ar-2026-02", "accounts-receivable-clerk", "c-202", "Eva Brandt", "3 4 3 3 4  4 3 3 4 3  n n n n n", "C1 n", "no-decision",
     "We ran out of time before the technical part."),
    ("ar-2026-02", "accounts-receivable-clerk", "c-202", "Farid Haddad", "4 3 3 n 4  3 4 3 3 4  n n n n n", "C1 n", "no-decision",
     "Technical questions not reached; needs a second interview."),
    ("ar-2026-02", "accounts-receivable-clerk", "c-202", "Greta Lindqvist", "3 3 4 3 3  3 3 n 3 3  n n 3 n n", "C1 n", "no-decision",
     "Only one technical question asked."),
    ("ar-2026-02", "accounts-receivable-clerk", "c-203", "Eva Brandt", "2 3 2 3 3  3 2 3 3 2  3 2 3 2 3", "C1 A2", "no",
     "Vague in every example; dunning process only in outline."),
    ("ar-2026-02", "accounts-receivable-clerk", "c-203", "Farid Haddad", "3 2 2 2 3  2 3 2 3 3  2 3 2 3 3", "C1 B1", "no",
     "Could not explain how to clear a partial payment."),
    ("ar-2026-02", "accounts-receivable-clerk", "c-203", "Greta Lindqvist", "2 2 3 2 2  3 2 2 2 3  3 2 2 3 2", "C1 B1", "strong-yes",
     "Very pleasant person, I liked her a lot."),
]

# The note written for a criterion rated n (n/a): nothing was observed, so it is not evidence.
NOT_ASSESSED_NOTE = "Not reached in the time available."

EVIDENCE = yaml.load((HERE / "evidence.yaml").read_text(encoding="utf-8"), Loader=yaml.BaseLoader)


def evidence_of(requisition, candidate, interviewer, criterion_id):
    try:
        text = EVIDENCE[requisition][candidate][interviewer][criterion_id]
    except KeyError:
        raise SystemExit(f"evidence.yaml: no evidence for {requisition}/{candidate}/{interviewer}/{criterion_id}")
    text = " ".join(text.split())
    if not text or text.startswith("#") or len(text) >= 400:
        raise SystemExit(f"evidence.yaml: {requisition}/{candidate}/{interviewer}/{criterion_id}: "
                         "evidence must be one line of under 400 characters, not starting with #")
    return text


used = set()
for requisition, rubric_id, candidate, interviewer, ratings, languages, recommendation, reason in PANELS:
    rubric = yaml.load((RUBRICS / f"{rubric_id}.yaml").read_text(), Loader=yaml.BaseLoader)
    levels = ratings.split()
    lines = [f"# {interviewer} on {candidate} ({requisition}), rubric {rubric_id}"]
    position = 0
    language_answers = languages.split()
    for section in rubric["sections"]:
        for criterion in section["criteria"]:
            level = levels[position]
            position += 1
            lines.append(f"# {criterion['id']}")
            lines.append(level)
            if level == "n":
                if criterion["id"] in EVIDENCE.get(requisition, {}).get(candidate, {}).get(interviewer, {}):
                    raise SystemExit(f"evidence.yaml: {requisition}/{candidate}/{interviewer}/{criterion['id']} is rated n: remove its evidence entry")
                lines.append(NOT_ASSESSED_NOTE)
            else:
                lines.append(evidence_of(requisition, candidate, interviewer, criterion["id"]))
                used.add((requisition, candidate, interviewer, criterion["id"]))
        if section["module"] == "conversation-skills":
            for requirement, observed in zip(section["config"].get("languages", []), language_answers):
                lines.append(f"# language {requirement['language']}")
                lines.append(observed)
    assert position == len(levels), (candidate, interviewer)
    lines += ["# own recommendation", recommendation, reason, "# submit", "y"]
    stem = interviewer.lower().replace(" ", "-")
    out = HERE / "answers" / requisition / candidate / f"{stem}.txt"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text("\n".join(lines) + "\n")
    print(out.relative_to(HERE))

unused = [f"{r}/{c}/{i}/{k}" for r, cs in EVIDENCE.items() for c, ins in cs.items() for i, ks in ins.items() for k in ks
          if (r, c, i, k) not in used]
if unused:
    raise SystemExit("evidence.yaml: entries no scorecard uses: " + ", ".join(unused))
