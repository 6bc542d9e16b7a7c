#!/usr/bin/env python3
"""Turn a PolNeAR snapshot into article texts + gold direct quotations, outside the repository.

    python3 eval/polnear/materialise.py SNAPSHOT [OUT] [--compartments train,dev]

SNAPSHOT is a checkout of github:networkdynamics/PolNeAR, or its bare git directory (read with
`git show`); POLNEAR may name it instead. OUT defaults to /tmp/quotes-polnear. Writes, for each
compartment C:

    OUT/C/input/<article>.txt   the article text, as PolNeAR has it (title line, blank-line paragraphs)
    OUT/C/gold.tsv              one row per direct quotation of 4+ words inside an attribution's content
    OUT/C/paragraph_quotes.tsv  every quoted span of 4+ words with the attribution it belongs to (or none)
    OUT/C/attributions.tsv      every attribution: content offsets, source span and kind, cue

Only the `train` and `dev` compartments are allowed: `test` is kept for independent measurement
and this script refuses it. Articles annotated twice use the first annotation file (sorted by
annotator id). Standard library only.
"""
import os
import re
import subprocess
import sys

ALLOWED = ("train", "dev")
PRONOUNS = {"he", "she", "they", "we", "i", "it", "you", "him", "her", "them", "us", "me", "his", "their", "its",
            "who", "which", "that", "this", "these", "those", "one", "someone", "each", "both", "some"}
NOT_NAME = {"The", "A", "An", "His", "Her", "Their", "Its", "Our", "My", "Your", "One", "Another", "Some", "Many",
            "Other", "Others", "Several", "Both", "Most", "All", "This", "That", "These", "Those", "Such", "Each",
            "Republican", "Republicans", "Democrat", "Democrats", "Democratic", "American", "Americans",
            "Former", "Top", "Senior", "Two", "Three", "No", "Any", "Few", "Critics", "Supporters", "Officials"}
OPEN_CLOSE = {"“": "”\"", "\"": "\"”"}


class Snapshot:
    def __init__(self, path):
        self.path = path
        self.bare = not os.path.isdir(os.path.join(path, "data"))

    def list(self, folder):
        if self.bare:
            out = subprocess.run(["git", "--git-dir", self.path, "ls-tree", "--name-only", "HEAD", folder + "/"],
                                 check=True, capture_output=True, text=True).stdout.split()
            return sorted(os.path.basename(p) for p in out)
        return sorted(os.listdir(os.path.join(self.path, folder)))

    def read(self, rel):
        if self.bare:
            return subprocess.run(["git", "--git-dir", self.path, "show", "HEAD:" + rel],
                                  check=True, capture_output=True).stdout.decode("utf-8")
        with open(os.path.join(self.path, rel), encoding="utf-8") as f:
            return f.read()


def parse_ann(text):
    spans, events = {}, []
    for line in text.splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 3:
            label, _, offsets = parts[1].partition(" ")
            ranges = [tuple(int(x) for x in r.split()) for r in offsets.split(";")]
            spans[parts[0]] = (label, ranges, parts[2])
        elif line.startswith("E") and len(parts) >= 2:
            events.append(dict(a.split(":", 1) for a in parts[1].split()))
    attributions = []
    for e in events:
        get = lambda role: spans.get(e.get(role)) if e.get(role) else None
        content, source, cue = get("Content"), get("Source"), get("Cue")
        if content is None:
            continue
        attributions.append({
            "content": content[1],
            "source": (source[1][0][0], source[1][-1][1], source[2]) if source else None,
            "cue": cue[2] if cue else "",
        })
    return attributions


def quoted_spans(text):
    """(start, end) of the text between paired double quotation marks, paragraph by paragraph;
    a mark opened and not closed runs to the end of its paragraph."""
    out = []
    pos = 0
    for para in text.split("\n"):
        i = 0
        while i < len(para):
            c = para[i]
            if c not in OPEN_CLOSE:
                i += 1
                continue
            j = i + 1
            while j < len(para) and para[j] not in OPEN_CLOSE[c]:
                j += 1
            out.append((pos + i + 1, pos + j))
            i = j + 1
        pos += len(para) + 1
    return out


def words(s):
    return sum(1 for w in s.split() if any(ch.isalnum() for ch in w))


def source_kind(src):
    if src is None:
        return "none"
    t = src.strip()
    toks = re.findall(r"[\w.'’-]+", t)
    if t.lower() in PRONOUNS or (len(toks) == 1 and toks[0].lower() in PRONOUNS):
        return "pronoun"
    if any(tok[0].isupper() and tok not in NOT_NAME and tok != "I" for tok in toks):
        return "name"
    return "description"


def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    comps = ALLOWED
    for a in argv:
        if a.startswith("--compartments="):
            comps = tuple(a.split("=", 1)[1].split(","))
    for c in comps:
        if c not in ALLOWED:
            sys.exit(f"refused: compartment {c!r}; only {ALLOWED} may be used (test is kept for independent measurement)")
    snap = args[0] if args else os.environ.get("POLNEAR")
    if not snap:
        sys.exit(__doc__)
    out = args[1] if len(args) > 1 else "/tmp/quotes-polnear"
    s = Snapshot(snap)
    for comp in comps:
        os.makedirs(os.path.join(out, comp, "input"), exist_ok=True)
        anns = {}
        for name in s.list(f"data/{comp}/attributions"):
            stem = name.rsplit("_", 1)[0]
            anns.setdefault(stem, name)  # sorted: the first annotator's file
        gold_rows, span_rows, att_rows = [], [], []
        for stem in sorted(anns):
            text = s.read(f"data/{comp}/text/{stem}.txt")
            with open(os.path.join(out, comp, "input", stem + ".txt"), "w", encoding="utf-8") as f:
                f.write(text)
            atts = parse_ann(s.read(f"data/{comp}/attributions/{anns[stem]}"))
            for k, a in enumerate(atts):
                src = a["source"]
                att_rows.append((stem, k, ";".join(f"{b} {e}" for b, e in a["content"]),
                                 src[0] if src else "", src[1] if src else "",
                                 src[2].replace("\t", " ").replace("\n", " ") if src else "",
                                 source_kind(src[2] if src else None), a["cue"].replace("\t", " ").replace("\n", " ")))
            n = 0
            for qs, qe in quoted_spans(text):
                quote = text[qs:qe].strip()
                if words(quote) < 4:
                    continue
                owner = None
                for k, a in enumerate(atts):
                    inside = sum(max(0, min(qe, e) - max(qs, b)) for b, e in a["content"])
                    if inside * 2 >= (qe - qs):
                        owner = k
                        break
                n += 1
                qid = f"{stem}#{n}"
                clean = lambda x: x.replace("\t", " ").replace("\n", " ")
                span_rows.append((qid, stem, qs, qe, "" if owner is None else owner, clean(quote)))
                if owner is not None:
                    a = atts[owner]
                    src = a["source"]
                    gold_rows.append((qid, stem, qs, qe, src[0] if src else "", src[1] if src else "",
                                      clean(src[2]) if src else "", source_kind(src[2] if src else None),
                                      clean(a["cue"]), clean(quote)))
        with open(os.path.join(out, comp, "gold.tsv"), "w", encoding="utf-8") as f:
            f.write("quote_id\tarticle\tquote_start\tquote_end\tsource_start\tsource_end\tsource\tsource_kind\tcue\tquote\n")
            for r in gold_rows:
                f.write("\t".join(str(x) for x in r) + "\n")
        with open(os.path.join(out, comp, "paragraph_quotes.tsv"), "w", encoding="utf-8") as f:
            f.write("quote_id\tarticle\tquote_start\tquote_end\tattribution\tquote\n")
            for r in span_rows:
                f.write("\t".join(str(x) for x in r) + "\n")
        with open(os.path.join(out, comp, "attributions.tsv"), "w", encoding="utf-8") as f:
            f.write("article\tattribution\tcontent\tsource_start\tsource_end\tsource\tsource_kind\tcue\n")
            for r in att_rows:
                f.write("\t".join(str(x) for x in r) + "\n")
        kinds = {}
        for r in gold_rows:
            kinds[r[7]] = kinds.get(r[7], 0) + 1
        print(f"{comp}: {len(anns)} articles, {len(span_rows)} quoted spans of 4+ words, "
              f"{len(gold_rows)} in an attribution {kinds} -> {os.path.join(out, comp)}")


if __name__ == "__main__":
    main(sys.argv[1:])
