# Generates the malformed framework cases (NAME.json) and their expected issues (NAME.expected:
# "line:column kind path" per issue, in order). Run from tests/frameworks/data:
#   python3 ../make-cases.py
# Expected positions come from markers in the written text (not from Schouw's own locator), so the
# test checks it.
import copy, json, os

base = {
  "format": 1,
  "id": "3f0c8f9e-6a0b-4c52-9d7e-2b1f4a8c0d11",
  "code": "TK",
  "version": "2026.1",
  "title": "Toetsingskader proef",
  "sectors": ["nursing_care", "home_care"],
  "themes": [
    {"code": "1", "title": "Persoonsgerichte zorg", "norms": [
      {"code": "1.1", "title": "Zorgplan", "text": "Er is een actueel zorgplan.", "guidance": "Lees drie zorgplannen.", "evidence": ["zorgplan"]},
      {"code": "1.2", "title": "Eigen regie", "text": "De cliënt houdt regie.", "guidance": "Vraag de cliënt."}]},
    {"code": "2", "title": "Medicatieveiligheid", "norms": [
      {"code": "2.1", "title": "Toediening", "text": "Medicatie wordt veilig toegediend.", "guidance": "Kijk mee bij een ronde."}]}
  ],
  "interviewGuides": [
    {"group": "client", "questions": [{"text": "Kent u uw zorgplan?", "norms": ["1.1"]}, {"text": "Wie beslist?", "norms": ["1.2"]}]},
    {"group": "staff", "questions": [{"text": "Hoe gaat de medicatieronde?", "norms": ["2.1"]}]}
  ]
}

def dump(doc):
    return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"

def pos(text, needle, occurrence=1, delta=0):
    at = -1
    for _ in range(occurrence):
        at = text.index(needle, at + 1)
    at += delta
    before = text[:at]
    return "%d:%d" % (before.count("\n") + 1, at - (before.rfind("\n") + 1) + 1)

cases = {}
def case(name, edit=None, expect=None, text=None):
    doc = copy.deepcopy(base)
    if edit:
        edit(doc)
    body = text if text is not None else dump(doc)
    cases[name] = (body, expect(body))

def value_of(key, occurrence=1):
    # the start of the value of "key": in pretty JSON, after '"key": '
    return lambda t: pos(t, '"%s": ' % key, occurrence, len(key) + 4)

case("valid", None, lambda t: [])
# Syntax errors are placed where Qt's parser gives up: just past the offending character.
case("syntax-missing-comma", text=dump(base).replace('"TK",', '"TK"', 1),
     expect=lambda t: [pos(t, '"version"', 1, 1) + " syntax "])
case("syntax-truncated", text=dump(base)[:200],
     expect=lambda t: [pos(t, t[-1], t.count(t[-1]), 1) + " syntax "])
case("syntax-trailing-comma", text=dump(base).replace('"home_care"', '"home_care",', 1),
     expect=lambda t: [pos(t, "]", 1, 1) + " syntax "])
case("format-unknown", lambda d: d.update(format=2),
     lambda t: [value_of("format")(t) + " unknown_format format"])
case("format-missing", lambda d: d.pop("format"),
     lambda t: ["1:1 unknown_format format"])
case("format-string", lambda d: d.update(format="1"),
     lambda t: [value_of("format")(t) + " unknown_format format"])
case("root-array", text="[\n  {}\n]\n", expect=lambda t: ["1:1 wrong_type "])
case("title-missing", lambda d: d.pop("title"), lambda t: ["1:1 missing title"])
case("title-blank", lambda d: d.update(title="   "),
     lambda t: [value_of("title")(t) + " empty title"])
case("id-not-uuid", lambda d: d.update(id="tk-2026"),
     lambda t: [value_of("id")(t) + " invalid_id id"])
case("code-number", lambda d: d.update(code=12),
     lambda t: [value_of("code")(t) + " wrong_type code"])
case("version-missing", lambda d: d.pop("version"), lambda t: ["1:1 missing version"])
case("norm-text-empty", lambda d: d["themes"][0]["norms"][1].update(text=""),
     lambda t: [value_of("text", 2)(t) + " empty themes[0].norms[1].text"])
case("norm-text-missing", lambda d: d["themes"][0]["norms"][0].pop("text"),
     lambda t: [pos(t, '{\n          "code": "1.1"') + " missing themes[0].norms[0].text"])
case("norm-guidance-number", lambda d: d["themes"][1]["norms"][0].update(guidance=3),
     lambda t: [value_of("guidance", 3)(t) + " wrong_type themes[1].norms[0].guidance"])
case("norm-not-object", lambda d: d["themes"][1]["norms"].__setitem__(0, "2.1"),
     lambda t: [pos(t, '"2.1"') + " wrong_type themes[1].norms[0]"])
# Renaming 2.1 leaves the question about 2.1 pointing at nothing: that is a second, real problem.
case("norm-code-duplicate", lambda d: d["themes"][1]["norms"][0].update(code="1.2"),
     lambda t: [pos(t, '"1.2"', 2) + " duplicate themes[1].norms[0].code",
                pos(t, '"2.1"') + " unknown_norm interviewGuides[1].questions[0].norms[0]"])
case("theme-code-duplicate", lambda d: d["themes"][1].update(code="1"),
     lambda t: [pos(t, '"code": "1"', 2, 8) + " duplicate themes[1].code"])
case("theme-code-too-long", lambda d: d["themes"][0].update(code="T" * 33),
     lambda t: [pos(t, '"TTT') + " too_long themes[0].code"])
case("theme-without-norms", lambda d: d["themes"][1].pop("norms"),
     lambda t: [pos(t, '{\n      "code": "2"') + " missing themes[1].norms"])
case("themes-empty", lambda d: d.update(themes=[]),
     lambda t: [value_of("themes")(t) + " empty themes"])
case("themes-object", lambda d: d.update(themes={}),
     lambda t: [value_of("themes")(t) + " wrong_type themes"])
case("evidence-number", lambda d: d["themes"][0]["norms"][0].update(evidence=[7]),
     lambda t: [pos(t, "7\n") + " wrong_type themes[0].norms[0].evidence[0]"])
case("evidence-too-many", lambda d: d["themes"][0]["norms"][0].update(evidence=["x"] * 21),
     lambda t: [value_of("evidence")(t) + " too_many themes[0].norms[0].evidence"])
case("unknown-field", lambda d: d["themes"][0]["norms"][1].update(guidence="typo"),
     lambda t: [value_of("guidence")(t) + " unknown_field themes[0].norms[1].guidence"])
case("sector-unknown", lambda d: d["sectors"].append("dentistry"),
     lambda t: [pos(t, '"dentistry"') + " unknown_sector sectors[2]"])
case("sector-duplicate", lambda d: d["sectors"].append("home_care"),
     lambda t: [pos(t, '"home_care"', 2) + " duplicate sectors[2]"])
case("sectors-empty", lambda d: d.update(sectors=[]),
     lambda t: [value_of("sectors")(t) + " empty sectors"])
case("group-unknown", lambda d: d["interviewGuides"][1].update(group="visitor"),
     lambda t: [pos(t, '"visitor"') + " unknown_group interviewGuides[1].group"])
case("group-duplicate", lambda d: d["interviewGuides"][1].update(group="client"),
     lambda t: [pos(t, '"client"', 2) + " duplicate interviewGuides[1].group"])
case("question-unknown-norm", lambda d: d["interviewGuides"][0]["questions"][1].update(norms=["1.2", "9.9"]),
     lambda t: [pos(t, '"9.9"') + " unknown_norm interviewGuides[0].questions[1].norms[1]"])
case("question-text-empty", lambda d: d["interviewGuides"][1]["questions"][0].update(text=""),
     lambda t: [pos(t, '""') + " empty interviewGuides[1].questions[0].text"])
# Columns count characters: the accented letters before the fault are one column each.
case("column-after-accents",
     text='{"format": 1, "title": "Één ûür", "code": 5, "id": "3f0c8f9e-6a0b-4c52-9d7e-2b1f4a8c0d11", "version": "1", "sectors": ["home_care"], "themes": [{"code": "1", "title": "T", "norms": [{"code": "1.1", "title": "N", "text": "X"}]}]}\n',
     expect=lambda t: [pos(t, "5,") + " wrong_type code"])
# Every problem is reported, in document order, not only the first.
def many(d):
    d.pop("title")
    d["sectors"] = ["dentistry"]
    d["themes"][0]["norms"][1]["code"] = "1.1"
    d["interviewGuides"][0]["group"] = "visitor"
    d["interviewGuides"][1]["questions"][0]["norms"] = ["3.1"]
case("several-problems", many, expect=lambda t: [
    "1:1 missing title",
    pos(t, '"dentistry"') + " unknown_sector sectors[0]",
    pos(t, '"1.1"', 2) + " duplicate themes[0].norms[1].code",
    pos(t, '"visitor"') + " unknown_group interviewGuides[0].group",
    pos(t, '"1.2"') + " unknown_norm interviewGuides[0].questions[1].norms[0]",
    pos(t, '"3.1"') + " unknown_norm interviewGuides[1].questions[0].norms[0]"])

for name, (body, expected) in cases.items():
    with open(name + ".json", "w", encoding="utf-8") as f:
        f.write(body)
    with open(name + ".expected", "w", encoding="utf-8") as f:
        f.write("".join(line + "\n" for line in expected))
print(len(cases), "cases")
