"""The ids of a .ui file and its controller agree: every id the controller looks up
(`ui["id"]`, `form.ui["id"]`, `form.bind(.field, to: "id")`, or a pattern such as
"\\(prefix)_date_entry") exists in the file, and every id in the file is looked up by the
controller or by the file itself, or is what FormWindow itself uses (window, cancel_button, save_button, form_error,
and `<field>_error` labels, which must name a case of ValidationIssue.Field).

    python3 ui_outlets.py REPO UI_FILE   exit status 1 and one line per problem when they disagree
"""
import os
import re
import sys

repo, ui_path = sys.argv[1], sys.argv[2]
text = open(os.path.join(repo, ui_path), encoding="utf-8").read()
named = re.search(r"Controller: (Sources/[A-Za-z/+]*\.swift)", text)
if not named:
    print(f"{ui_path} names no controller")
    sys.exit(1)
controller_path = named.group(1)
code = open(os.path.join(repo, controller_path), encoding="utf-8").read()
ids = re.findall(r'\bid="([A-Za-z0-9_]+)"', text)

fields_source = open(os.path.join(repo, "Sources/PlannerCore/Validation/ValidationIssue.swift"), encoding="utf-8").read()
block = fields_source[fields_source.index("public enum Field"):fields_source.index("/// What is wrong.")]
fields = {name.strip() for line in re.findall(r"case ([^\n]+)", block) for name in line.split(",")}

uses_form_window = "FormWindow(" in code
form_window_ids = {"window", "cancel_button", "save_button", "form_error"} if uses_form_window else set()

# Literal lookups: ui["x"], form.ui["x"], self.ui["x"], and bind(…, to: "x") / ("x") pairs in bind tables.
literal = set(re.findall(r'ui\["([A-Za-z0-9_]+)"\]', code))
literal |= set(re.findall(r'bind\([^,]+, to: "([A-Za-z0-9_]+)"\)', code))
literal |= set(re.findall(r'\(\s*(?:ValidationIssue\.Field)?\.[A-Za-z]+,\s*"([A-Za-z0-9_]+)"\s*\)', code))
# Lookups built from a pattern: "\(prefix)_date_entry" becomes .*_date_entry.
patterns = [re.compile("^" + ".+".join(re.escape(part) for part in re.split(r"\\\([^)]*\)", t)) + "$")
            for t in re.findall(r'ui\["((?:[A-Za-z0-9_]|\\\([^)]*\))+)"\]', code) if "\\(" in t]

# Any string literal of the controller that is an id counts as a use (tables of ids, helpers
# such as form.addChecks(to: "diets_box")).
mentioned = set(re.findall(r'"([A-Za-z0-9_]+)"', code))

problems = []
for wanted in sorted(literal):
    if wanted not in ids:
        problems.append(f"{controller_path} looks up “{wanted}”, which {ui_path} does not have")
for have in ids:
    # An id the file itself refers to (<property name="menu-model">primary_menu</property>).
    referenced_inside = re.search(">" + re.escape(have) + "<", text) is not None
    if have in literal or have in mentioned or have in form_window_ids or referenced_inside or any(p.match(have) for p in patterns):
        continue
    if uses_form_window and have.endswith("_error"):
        field = have[: -len("_error")]
        if field in fields:
            continue
        problems.append(f"{ui_path}: “{have}” is an error label for “{field}”, which is no field of ValidationIssue.Field: it can never show")
        continue
    problems.append(f"{ui_path}: “{have}” is not used by {controller_path}")
for line in problems:
    print(line)
sys.exit(1 if problems else 0)
