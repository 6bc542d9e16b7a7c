#!/usr/bin/env python3
"""Write the labelling sheet of PolNeAR dev quotations whose source is a pronoun or a description.

    python3 eval/polnear/sheet.py [OUT] [--compartment=train [--batch=2]]   (OUT as given to materialise.py; default /tmp/quotes-polnear)

dev (the default): reads OUT/dev (made by materialise.py) and writes OUT/dev/labelling-sheet.tsv
and a readable OUT/dev/labelling-sheet.txt: first every direct quotation of 4+ words (ids
`<article>#<n>`, as in gold.tsv), then the other attributions (ids `<article>@a<k>`) of those
kinds, in article order, until at least 320 rows.
train: a sample to tune the resolution on (dev stays the measure): whole articles, taken in a
fixed order (SHA-1 of the article name, so the sample does not follow the publisher's file
order), with every direct quotation of 4+ words whose source is a pronoun or a description,
until at least 300 rows. --batch=2 goes on in that order past the first batch's articles, for at
least 300 rows more (written to labelling-sheet-batch2.tsv, .txt).
Each row: id, source kind, source span (offsets + words), cue, the quotation, and the 900
characters before the source or quotation, whichever comes first. The test compartment is never read.
"""
import hashlib
import csv
import os
import sys

args = [a for a in sys.argv[1:] if not a.startswith("--")]
compartment = next((a.split("=", 1)[1] for a in sys.argv[1:] if a.startswith("--compartment=")), "dev")
batch = int(next((a.split("=", 1)[1] for a in sys.argv[1:] if a.startswith("--batch=")), "1"))
if compartment not in ("train", "dev"):
    sys.exit(f"refused: compartment {compartment} (only train and dev; test is kept for independent measurement)")
out = args[0] if args else "/tmp/quotes-polnear"
dev = os.path.join(out, compartment)
csv.field_size_limit(1 << 30)
read = lambda f: list(csv.DictReader(open(os.path.join(dev, f), encoding="utf-8"), delimiter="\t", quoting=csv.QUOTE_NONE))
texts = {f[:-4]: open(os.path.join(dev, "input", f), encoding="utf-8").read() for f in os.listdir(os.path.join(dev, "input"))}
rows = []
direct_atts = set()
for g in read("gold.tsv"):
    if g["source_kind"] in ("pronoun", "description"):
        rows.append((g["quote_id"], g["article"], g["source_kind"], int(g["source_start"]), int(g["source_end"]), g["source"],
                     g["cue"], int(g["quote_start"]), int(g["quote_end"])))
for p in read("paragraph_quotes.tsv"):
    if p["attribution"] != "":
        direct_atts.add((p["article"], p["attribution"]))
extra = []
for a in read("attributions.tsv"):
    if a["source_kind"] in ("pronoun", "description") and (a["article"], a["attribution"]) not in direct_atts:
        b, e = a["content"].split(";")[0].split()
        extra.append((f"{a['article']}@a{a['attribution']}", a["article"], a["source_kind"], int(a["source_start"]),
                      int(a["source_end"]), a["source"], a["cue"], int(b), int(e)))
if compartment == "train":
    by_article = {}
    for r in rows:
        by_article.setdefault(r[1], []).append(r)
    rows = []
    current, in_current = 1, 0  # each batch takes whole articles until it holds at least 300 rows
    for art in sorted(by_article, key=lambda a: hashlib.sha1(a.encode("utf-8")).hexdigest()):
        if current > batch:
            break
        if current == batch:
            rows += by_article[art]
        in_current += len(by_article[art])
        if in_current >= 300:
            current, in_current = current + 1, 0
else:
    rows += extra[: max(0, 320 - len(rows))]
name = "labelling-sheet" + (f"-batch{batch}" if batch > 1 else "")
with open(os.path.join(dev, name + ".tsv"), "w", encoding="utf-8") as f, \
        open(os.path.join(dev, name + ".txt"), "w", encoding="utf-8") as r:
    f.write("quote_id\tsource_kind\tsource_start\tsource_end\tsource\tcue\tquote\tcontext_before\n")
    for qid, art, kind, ss, se, src, cue, qs, qe in rows:
        t = texts[art]
        first = min(ss, qs)
        ctx = t[max(0, first - 900):first]
        quote = t[qs:qe]
        clean = lambda x: x.replace("\t", " ").replace("\n", " ¶ ")
        f.write("\t".join([qid, kind, str(ss), str(se), clean(src), clean(cue), clean(quote), clean(ctx)]) + "\n")
        r.write(f"=== {qid}  [{kind}] source «{src}» cue «{cue}»\n...{clean(ctx[-600:])}\n>>> {clean(t[first:max(se, qe) + 1][:500])}\n\n")
print(f"{len(rows)} rows -> {dev}/{name}.tsv (.txt)")
