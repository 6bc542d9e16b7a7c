#!/usr/bin/env python3
"""Build the labelled development corpus outside the repository from fetched snapshots.

usage: materialise.py [--snapshots /work/.mirror] --out DIR [--sources sources.tsv]
                      [--labels labels/] [--make-txt ../shared/corpus/dev/make_txt.py]

For every page of sources.tsv that has a full label file (scope all, status ok) it reads the
page with `git --git-dir=<mirror> show <commit>:<path>`, cuts it into blocks (segment.py),
applies the labels and the settled decisions (labels/settled.tsv), and writes, per split part:
  DIR/<part>/html/<id>.html     the page, byte-for-byte as in the repository
  DIR/<part>/gold/<id>.json     gold in the dev set's format (id, source, url, published, language, paragraphs)
  DIR/<part>/txt/<id>.txt, DIR/<part>/gold-txt/<id>.json   text renditions by make_txt.py's own render()
<part> is tuning or validation (column split of sources.tsv); files left in those folders by an
earlier run are removed first. DIR must lie outside the repository:
the pages belong to their publishers. Standard library only; same inputs give the same files.
"""
import argparse, importlib.util, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import labels as L  # noqa: E402
from segment import fingerprint, page_bytes, read_sources, segment  # noqa: E402


def load_make_txt(path):
    spec = importlib.util.spec_from_file_location("make_txt", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def full_label_file(labels_dir, pid):
    """The page's full (scope all) label file: the first labeller, by name, who has one."""
    for who in L.labellers(labels_dir):
        p = os.path.join(labels_dir, who, pid + ".tsv")
        if os.path.exists(p):
            fields, items = L.parse(p)
            if fields.get("scope", "all") == "all":
                return who, fields, items
    return None, None, None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--snapshots", default="/work/.mirror")
    ap.add_argument("--out", required=True)
    ap.add_argument("--sources", default=os.path.join(HERE, "sources.tsv"))
    ap.add_argument("--labels", default=os.path.join(HERE, "labels"))
    ap.add_argument("--make-txt", default=os.path.join(HERE, "..", "..", "..", "shared", "corpus", "dev", "make_txt.py"))
    args = ap.parse_args()
    repo = os.path.abspath(os.path.join(HERE, "..", ".."))
    out = os.path.abspath(args.out)
    if out == repo or out.startswith(repo + os.sep):
        sys.exit("--out must be outside the repository (%s): the pages belong to their publishers" % repo)
    make_txt = load_make_txt(args.make_txt)
    # files of an earlier run (pages since skipped, renumbered or moved to the other part) must
    # not be scored: empty the four folders of both parts first, nothing else
    for part in ("tuning", "validation"):
        for d in ("html", "gold", "txt", "gold-txt"):
            folder = os.path.join(out, part, d)
            if os.path.isdir(folder):
                for name in os.listdir(folder):
                    if name.endswith((".html", ".json", ".txt")):
                        os.remove(os.path.join(folder, name))
    settled = L.read_settled(os.path.join(args.labels, "settled.tsv"))
    counts, errors, duplicates, urls = {}, 0, [], {}
    for row in read_sources(args.sources):
        pid = row["id"]
        who, fields, items = full_label_file(args.labels, pid)
        if who is None:
            continue
        if not fields.get("status", "ok").startswith("ok"):
            continue
        # the pools share pages (htmldate and trafilatura hold the same file): a page is scored
        # once, under its first id, or it would count twice in every total
        if row["url"] in urls:
            duplicates.append("%s=%s" % (pid, urls[row["url"]]))
            continue
        urls[row["url"]] = pid
        data = page_bytes(args.snapshots, row)
        blocks = segment(data)
        if fields.get("fingerprint") and fields["fingerprint"] != fingerprint(blocks):
            print("%s: labels were made on blocks %s but the page now gives %s: segmenter changed, page skipped"
                  % (pid, fields["fingerprint"], fingerprint(blocks)), file=sys.stderr)
            errors += 1
            continue
        try:
            items = L.settle(items, settled.get(pid, []))
            paras = L.paragraphs(items, blocks)
        except L.LabelError as e:
            print("%s: %s" % (pid, e), file=sys.stderr)
            errors += 1
            continue
        published = fields.get("published")
        gold = {"id": pid, "source": row["path"], "url": row["url"],
                "published": None if published in (None, "", "null") else published,
                "language": fields.get("language", row["language"]), "paragraphs": paras}
        part = os.path.join(out, row["split"])
        for d in ("html", "gold", "txt", "gold-txt"):
            os.makedirs(os.path.join(part, d), exist_ok=True)
        with open(os.path.join(part, "html", pid + ".html"), "wb") as f:
            f.write(data)
        with open(os.path.join(part, "gold", pid + ".json"), "w", encoding="utf-8") as f:
            json.dump(gold, f, ensure_ascii=False, indent=1)
            f.write("\n")
        text, tgold = make_txt.render(gold)
        with open(os.path.join(part, "txt", pid + ".txt"), "w", encoding="utf-8") as f:
            f.write(text)
        with open(os.path.join(part, "gold-txt", pid + ".json"), "w", encoding="utf-8") as f:
            json.dump(tgold, f, ensure_ascii=False, indent=1)
            f.write("\n")
        counts[row["split"]] = counts.get(row["split"], 0) + 1
    print("materialised %s into %s%s%s" % (", ".join("%d %s" % (n, k) for k, n in sorted(counts.items())) or "nothing",
                                          out, "; %d pages with errors" % errors if errors else "",
                                          "; %d labelled duplicates of a page left out (%s)" % (len(duplicates), " ".join(duplicates))
                                          if duplicates else ""), file=sys.stderr)
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
