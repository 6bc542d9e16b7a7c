#!/usr/bin/env python3
"""Score a run's quotes.csv against PolNeAR gold made by materialise.py.

    python3 eval/polnear/score.py GOLD_DIR RUN_DIR [--labels FILE[,FILE2]] [--errors N] [--json]

GOLD_DIR is OUT/<compartment> of materialise.py (train or dev only; test is refused). RUN_DIR is
the job's output folder (quotes.csv, articles.csv and paragraphs.csv are searched below it).

Measures (direct quotations of 4+ words inside a PolNeAR attribution's content):
  found      gold quotations that have a quotes.csv row of the same article with the same words
  precision  quotes.csv rows that lie in an attribution's content (are real attributions)
  speaker    of the found ones, the speaker is right: a pronoun source accepts any non-empty
             speaker; a description source ("the senator") accepts a non-empty speaker or an empty
             one whose speaker_as_written holds the description's head word, unless labels settle
             the referent; a named source needs the speaker to carry the source's name (its surname,
             or the speaker's last word in the source); an attribution without a source wants empty
  resolved   on labelled pronoun/description quotations: the speaker matches the label
             ("-" in a label file: the article names no referent, the speaker must be empty)
  not_a_name speaker cells that are not a name or named body (lower-case start, pronoun, fragment)
With two label files it prints their agreement and scores on the labels both give alike (settled).
"""
import csv
import json
import os
import re
import sys
import unicodedata

TITLES = {"mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "prof", "president",
          "senator", "sir", "pres", "vice", "retired", "former", "judge", "secretary", "speaker", "st"}
NOT_NAME = {"The", "A", "An", "His", "Her", "Their", "Its", "Our", "My", "Your", "One", "Another", "Some", "Many",
            "Other", "Others", "Several", "Both", "Most", "All", "This", "That", "These", "Those", "Such", "Each",
            "Former", "Top", "Senior", "Two", "Three", "No", "Any", "Few", "Critics", "Supporters", "Officials"}
PARTY = {"Republican", "Republicans", "Democrat", "Democrats", "Democratic", "GOP", "American", "Americans"}
PRONOUNS = {"he", "she", "they", "we", "i", "it", "you", "him", "her", "them", "us", "me", "who", "which"}
csv.field_size_limit(1 << 30)


def fold(s):
    # (the typographic apostrophe is the same letter: "O’Neill" is "O'Neill")
    s = unicodedata.normalize("NFKD", s).replace("’", "'")
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


def norm_quote(s):
    s = fold(s).replace("‘", "'")
    return re.sub(r"[^\w']+", " ", s).strip()


def tokens(s):
    out = []
    for t in re.findall(r"[\w'’.-]+", s):
        t = re.sub(r"['’]s?$", "", t).strip(".-")
        if t and fold(t) not in TITLES:
            out.append(fold(t))
    return out


def name_run(source):
    """The name a source carries: in its part before the first comma or parenthesis, the last run
    of capitalised words that is no possessive ("White House press secretary Josh Earnest",
    "Clinton's spokesman Brian Fallon", "Dean Baker, co-director of ...")."""
    head = re.split(r"[,(]| who | which ", source)[0]
    # "Sen. Brian Schatz of Hawaii", "Heiserman of the CORE Teachers", "Patricia Moran of Cheyenne": the person
    # before "of"/"from" is the source, not the place or body after it (but "Secretary of State John Kerry" is one name)
    m = re.match(r"(.*?)\s(?:of|from)\s(.*)", head)
    if m:
        before = [t for t in re.findall(r"[\w'’.-]+", m.group(1))
                  if t[0].isupper() and t not in NOT_NAME and fold(t.strip(".")) not in TITLES and not re.search(r"['’]s?$", t)]
        if len(before) >= 2 or before and not m.group(2)[:1].isupper():
            head = m.group(1)
    runs, cur = [], []
    for t in re.findall(r"[\w'’.-]+", head):
        if t[0].isupper() and t not in NOT_NAME and t not in PARTY:
            cur.append(t)
            if re.search(r"['’]s?$", t):
                cur = []  # the possessor is not the speaker
        else:
            if cur:
                runs.append(cur)
            cur = []
    if cur:
        runs.append(cur)
    runs = [[x for x in r if fold(x.strip(".")) not in TITLES] for r in runs]
    runs = [r for r in runs if r]
    return runs[-1] if runs else []


def same_name(speaker, gold):
    """True if speaker names the same person as the name (or label) gold."""
    s, g = tokens(speaker), tokens(gold)
    if not s or not g:
        return False
    return g[-1] in s or s[-1] in g


def read_csvs(run, name):
    for root, _, files in os.walk(run):
        for f in files:
            if f == name:
                with open(os.path.join(root, f), encoding="utf-8-sig", newline="") as h:
                    yield from csv.DictReader(h)


def read_tsv(path):
    with open(path, encoding="utf-8") as h:
        return list(csv.DictReader(h, delimiter="\t", quoting=csv.QUOTE_NONE))


def read_labels(path):
    out = {}
    with open(path, encoding="utf-8") as h:
        lines = [l for l in h if not l.startswith("#")]
    for r in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE):
        if r.get("quote_id") and not r["quote_id"].startswith("#"):
            out[r["quote_id"]] = (r.get("resolved") or "").strip()
    return out


def labels_agree(a, b):
    if a == "-" or b == "-":
        return a == b
    return same_name(a, b) and same_name(b, a)


def not_a_name(speaker):
    s = speaker.strip()
    if not s:
        return False
    words = s.split()
    first = words[0]
    if first in ("The", "the") and len(words) > 1 and words[1][0].isupper() and not not_a_name(" ".join(words[1:])):
        return False  # "The New York Post", "The International Atomic Energy Agency"
    return (not first[0].isupper()) or fold(s) in PRONOUNS or first in NOT_NAME or first in {
        "According", "In", "On", "At", "But", "And", "If", "When", "While", "As", "After", "Before", "It", "He", "She", "They", "We", "I"}


def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    opts = dict(a[2:].split("=", 1) if "=" in a else (a[2:], "1") for a in argv if a.startswith("--"))
    gold_dir, run = args[0], args[1]
    if os.path.basename(os.path.normpath(gold_dir)) == "test" or "/test/" in gold_dir:
        sys.exit("refused: the test compartment is kept for independent measurement")
    gold = read_tsv(os.path.join(gold_dir, "gold.tsv"))
    atts = read_tsv(os.path.join(gold_dir, "attributions.tsv"))
    texts = {}
    for f in os.listdir(os.path.join(gold_dir, "input")):
        with open(os.path.join(gold_dir, "input", f), encoding="utf-8") as h:
            texts[f[:-4]] = h.read()
    content = {}
    for a in atts:
        content.setdefault(a["article"], []).extend(
            tuple(int(x) for x in r.split()) for r in a["content"].split(";") if r.strip())
    stem_of = {a["article_id"]: os.path.splitext(os.path.basename(a["source_path"]))[0]
               for a in read_csvs(run, "articles.csv")}
    written = {}
    for q in read_csvs(run, "quotes.csv"):
        written.setdefault(stem_of.get(q["article_id"]), []).append(q)
    # where each written quotation is in the article: its paragraph found in order, the quote in it
    para_at = {}
    for p in read_csvs(run, "paragraphs.csv"):
        stem = stem_of.get(p["article_id"])
        text = texts.get(stem)
        if text is None:
            continue
        last = para_at.setdefault(stem, {"_end": 0})
        at = text.find(p["text"][:60], last["_end"])
        if at < 0:
            at = text.find(p["text"][:60])
        if at >= 0:
            last[p["paragraph_index"]] = at
            last["_end"] = at + max(1, len(p["text"]) // 2)
    for stem, rows in written.items():
        text = texts.get(stem, "")
        for q in rows:
            base = para_at.get(stem, {}).get(q["paragraph_index"])
            at = -1
            if base is not None:
                at = text.find(q["quote_text"][:60], base)
                if at > base + 20000:
                    at = -1
            q["_at"] = at

    labels = None
    files = [f for f in opts.get("labels", "").split(",") if f]
    report = {}
    if files:
        sets = [read_labels(f) for f in files]
        if len(sets) == 2:
            both = sorted(set(sets[0]) & set(sets[1]))
            agree = [k for k in both if labels_agree(sets[0][k], sets[1][k])]
            report["labels_both"] = len(both)
            report["labels_agreement"] = round(len(agree) / len(both), 3) if both else None
            labels = {k: sets[0][k] for k in agree}
            report["labels_settled"] = len(labels)
        else:
            labels = sets[0]

    # precision: written rows inside an attribution's content
    real = total = 0
    for stem, rows in written.items():
        text = texts.get(stem)
        if text is None:
            continue
        for q in rows:
            total += 1
            qt = q["quote_text"]
            at = q["_at"]
            if at < 0:
                nq = norm_quote(qt)
                ok = any(nq and (nq in norm_quote(g["quote"]) or norm_quote(g["quote"]) in nq)
                         for g in gold if g["article"] == stem)
            else:
                end = at + len(qt)
                inside = sum(max(0, min(end, e) - max(at, b)) for b, e in content.get(stem, []))
                ok = inside * 2 >= len(qt)
            real += ok
            if not ok:
                report.setdefault("not_real", []).append(f"{stem}: {qt[:100]}")

    found = right = resolved_n = resolved_ok = bad_cells = 0
    errors = []
    by_kind = {}
    for g in gold:
        rows = written.get(g["article"], [])
        nq = norm_quote(g["quote"])
        hit = None
        gs, ge = int(g["quote_start"]), int(g["quote_end"])
        for q in rows:
            if q["_at"] >= 0 and min(ge, q["_at"] + len(q["quote_text"])) - max(gs, q["_at"]) > 0.5 * min(ge - gs, len(q["quote_text"])):
                hit = q
                break
        for q in rows if hit is None else []:
            w = norm_quote(q["quote_text"])
            if w == nq or (w and nq and (nq in w or (w in nq and len(w) >= 0.8 * len(nq)))):
                hit = q
                break
        kind = g["source_kind"]
        k = by_kind.setdefault(kind, [0, 0, 0])
        k[0] += 1
        if hit is None:
            errors.append(("missing", g["quote_id"], g["source"], "", g["quote"][:80]))
            continue
        found += 1
        k[1] += 1
        sp = hit["speaker"].strip()
        label = labels.get(g["quote_id"]) if labels else None
        if kind == "name":
            ok = bool(sp) and same_name(sp, " ".join(name_run(g["source"])) or g["source"])
        elif kind == "none":
            ok = not sp
        elif label is not None and kind == "description":
            ok = (not sp) if label == "-" else bool(sp) and same_name(sp, label)
        elif kind == "description":
            # unlabelled: a resolved name, or the description found at the attribution (speaker_as_written
            # carries its head word) with the speaker left empty ("a source said": nobody to name)
            head = (re.split(r"[,(]| who | which | that ", g["source"])[0].split() or [""])[-1]
            written_as = hit.get("speaker_as_written") or ""
            ok = bool(sp) or bool(head) and fold(head) in fold(written_as).split()
        else:
            ok = bool(sp)
        if label is not None:
            resolved_n += 1
            rok = (not sp) if label == "-" else bool(sp) and same_name(sp, label)
            resolved_ok += rok
            if not rok:
                errors.append(("resolved", g["quote_id"], g["source"] + " => " + label, sp, g["quote"][:80]))
        right += ok
        k[2] += ok
        if not ok:
            errors.append(("speaker", g["quote_id"], g["source"], sp, g["quote"][:80]))
    cells = [q["speaker"] for rows in written.values() for q in rows if q["speaker"].strip()]
    bad = [c for c in cells if not_a_name(c)]
    report.update({
        "gold_quotes": len(gold), "found": round(found / len(gold), 3) if gold else None,
        "written": total, "precision": round(real / total, 3) if total else None,
        "speaker": round(right / found, 3) if found else None,
        "by_source_kind": {k: {"gold": v[0], "found": v[1], "speaker_right": v[2]} for k, v in sorted(by_kind.items())},
        "resolved": round(resolved_ok / resolved_n, 3) if resolved_n else None, "resolved_n": resolved_n,
        "speaker_cells": len(cells), "not_a_name": len(bad), "not_a_name_examples": sorted(set(bad))[:20],
        "empty_speaker_share": round(sum(1 for rows in written.values() for q in rows if not q["speaker"].strip()) / total, 3) if total else None,
    })
    n_err = int(opts.get("errors", "0"))
    not_real = report.pop("not_real", [])
    if "json" in opts:
        print(json.dumps(report, indent=1, ensure_ascii=False))
    else:
        for k, v in report.items():
            print(f"{k:22} {v}")
    if n_err:
        for e in errors[:n_err]:
            print("\t".join(e))
        for e in not_real[:n_err]:
            print("not_real\t" + e)


if __name__ == "__main__":
    main(sys.argv[1:])
