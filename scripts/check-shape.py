#!/usr/bin/env python3
"""Checks the code's shape: files under 200 lines, functions under 60 lines, and one-way arrows between SiteBuilder's
folders (a folder uses a type of another folder only along the arrows below). Exit 1 with one line per breach.

usage: scripts/check-shape.py [REPO]   (REPO defaults to the folder above this script)
"""
import os
import re
import sys

MAX_FILE, MAX_FUNC = 200, 60
# Files that are tables, not code (the UI strings move to templates/i18n).
TABLES = {"Sources/SiteBuilder/Site/SiteStrings+Entries.swift"}
# SiteBuilder's folders, lowest first: a folder may use only the folders listed for it.
ARROWS = {
    "Charts": set(),
    "Site": {"Charts"},
    "Pages": {"Site", "Charts"},
    "Build": {"Site", "Pages", "Charts"},
    "Commands": {"Build", "Scaffold", "Site", "Pages", "Charts"},
    "Scaffold": {"Site"},
    "Incremental": {"Build", "Site", "Pages", "Charts"},
}
DECL = re.compile(r"^(?:public |internal |fileprivate |private |final |indirect )*"
                  r"(?:struct|enum|class|protocol|typealias|actor)\s+([A-Z]\w*)", re.M)
FUNC = re.compile(r"^\s*(?:@\w+(?:\([^)]*\))?\s+)*(?:(?:public|internal|private|fileprivate|static|mutating|override|"
                  r"nonisolated|final|@inlinable|@usableFromInline)\s+)*(?:func\s+\w+|init\??|subscript)\b")


def swift_files(root, under):
    for folder, _, names in os.walk(os.path.join(root, under)):
        for name in sorted(names):
            if name.endswith(".swift"):
                path = os.path.join(folder, name)
                yield os.path.relpath(path, root), open(path, encoding="utf-8").read()


def code_only(text):
    """The text with string literals and comments blanked (braces inside them do not count)."""
    text = re.sub(r'"""[\s\S]*?"""', lambda m: "\n" * m.group(0).count("\n"), text)
    text = re.sub(r'"(?:\\.|[^"\\\n])*"', '""', text)
    return re.sub(r"//[^\n]*", "", text)


def long_functions(text):
    lines = code_only(text).split("\n")
    i = 0
    while i < len(lines):
        if FUNC.match(lines[i]):
            depth, started, j = 0, False, i
            while j < len(lines):
                depth += lines[j].count("{") - lines[j].count("}")
                started = started or "{" in lines[j]
                if started and depth <= 0:
                    break
                if not started and j > i + 5:
                    break  # a requirement without a body
                j += 1
            if started and j - i + 1 > MAX_FUNC:
                yield i + 1, j - i + 1
        i += 1


def folder_uses(root):
    """For each SiteBuilder folder, the other folders whose types it names, with one example each."""
    base = "Sources/SiteBuilder"
    owner, texts = {}, {}
    for path, text in swift_files(root, base):
        folder = path.split("/")[2]
        texts.setdefault(folder, []).append((path, code_only(text)))
        for name in DECL.findall(text):
            owner[name] = folder
    uses = {}
    for folder, files in texts.items():
        for path, text in files:
            for word in set(re.findall(r"\b[A-Z]\w*\b", text)):
                other = owner.get(word)
                if other and other != folder:
                    uses.setdefault(folder, {}).setdefault(other, (word, path))
    return uses


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    problems = []
    for path, text in swift_files(root, "Sources"):
        if path in TABLES:
            continue
        count = text.count("\n")
        if count > MAX_FILE:
            problems.append(f"{path}: {count} lines (at most {MAX_FILE})")
        for line, length in long_functions(text):
            problems.append(f"{path}:{line}: a function of {length} lines (at most {MAX_FUNC})")
    for folder, targets in sorted(folder_uses(root).items()):
        for other, (word, path) in sorted(targets.items()):
            if other not in ARROWS.get(folder, set()):
                problems.append(f"{path}: {folder}/ uses {other}/ ({word}), against the arrows")
    for problem in problems:
        print(problem)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
