#!/usr/bin/env python3
"""Agreement of two labellers on the header lines, captions, credits, bylines and datelines.

usage: agreement.py [--labels labels/] [--sources sources.tsv] [--snapshots /work/.mirror]
                    [--first NAME --second NAME] [--settled] [--json]

Pages labelled by both: the first labeller's full file (scope all) and the second's header
file (scope header, or all). Every block of the page is one item with one of seven
categories: HEADLINE, SUBHEADING, PHOTO_CREDIT, PHOTO_CAPTION, DATELINE, BYLINE or OTHER
(anything else: BODY, QUOTE, BOILERPLATE). Printed: per role the blocks either labeller gave
it, those both gave it and the specific agreement 2|A∩B|/(|A|+|B|); over all blocks the
observed agreement and Cohen's kappa; then every disagreement (page, block, the two labels,
the block's text) to settle against ../shared/spec/roles.md. With --settled the blocks already
decided in labels/settled.tsv are marked. Pages whose fingerprints differ are reported, not
compared. Standard library only.
"""
import argparse, json, os, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import labels as L  # noqa: E402
from segment import fingerprint, page_bytes, read_sources, segment  # noqa: E402

CATS = L.HEADER_ROLES + ("OTHER",)


def cat(role):
    return role if role in L.HEADER_ROLES else "OTHER"


def compare(n_blocks, items_a, items_b):
    """Per block of a page: (category by labeller a, category by labeller b)."""
    a, b = L.block_roles(items_a), L.block_roles(items_b)
    return [(cat(a.get(n, "BOILERPLATE")), cat(b.get(n, "BOILERPLATE"))) for n in range(1, n_blocks + 1)]


def per_role(pairs):
    """Per header role: blocks the first and the second labeller gave it, both, specific agreement."""
    out = {}
    for r in L.HEADER_ROLES:
        na = sum(1 for x, _ in pairs if x == r)
        nb = sum(1 for _, y in pairs if y == r)
        both = sum(1 for x, y in pairs if x == r and y == r)
        out[r] = {"first": na, "second": nb, "both": both,
                  "agreement": round(2 * both / (na + nb), 3) if na + nb else None}
    return out


def kappa(pairs):
    n = len(pairs)
    if not n:
        return None, None
    po = sum(1 for a, b in pairs if a == b) / n
    ca, cb = Counter(a for a, _ in pairs), Counter(b for _, b in pairs)
    pe = sum(ca[c] * cb[c] for c in CATS) / (n * n)
    return po, (po - pe) / (1 - pe) if pe < 1 else 1.0


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--labels", default=os.path.join(HERE, "labels"))
    ap.add_argument("--sources", default=os.path.join(HERE, "sources.tsv"))
    ap.add_argument("--snapshots", default="/work/.mirror")
    ap.add_argument("--first")
    ap.add_argument("--second")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    rows = {r["id"]: r for r in read_sources(args.sources)}
    settled = L.read_settled(os.path.join(args.labels, "settled.tsv"))
    names = L.labellers(args.labels)
    pairs, disagreements, pages, problems = [], [], [], []
    for pid in sorted(rows):
        full, header = None, None
        for who in names:
            p = os.path.join(args.labels, who, pid + ".tsv")
            if not os.path.exists(p):
                continue
            fields, items = L.parse(p)
            if not fields.get("status", "ok").startswith("ok"):
                continue
            scope = fields.get("scope", "all")
            if full is None and scope == "all" and (not args.first or who == args.first):
                full = (who, fields, items)
            elif header is None and (not args.second or who == args.second) and (not full or who != full[0]):
                header = (who, fields, items)
        if not full or not header:
            continue
        if full[1].get("fingerprint") != header[1].get("fingerprint"):
            problems.append("%s: %s and %s labelled different block lists (fingerprints %s / %s)"
                            % (pid, full[0], header[0], full[1].get("fingerprint"), header[1].get("fingerprint")))
            continue
        blocks = segment(page_bytes(args.snapshots, rows[pid]))
        if full[1].get("fingerprint") and full[1]["fingerprint"] != fingerprint(blocks):
            problems.append("%s: the page's blocks changed since labelling" % pid)
            continue
        page_pairs = compare(len(blocks), full[2], header[2])
        decided = {n for key, _ in settled.get(pid, []) for nums, _, _ in L.parse_item(key, "BODY") for n in nums}
        pages.append(pid)
        pairs += page_pairs
        for n, (ca, cb) in enumerate(page_pairs, 1):
            if ca != cb:
                disagreements.append({"id": pid, "block": n, "first": ca, "second": cb, "settled": n in decided,
                                      "text": blocks[n - 1]["text"][:160], "labellers": [full[0], header[0]]})
    roles = per_role(pairs)
    po, k = kappa(pairs)
    result = {"pages": len(pages), "blocks": len(pairs), "observed": po and round(po, 4),
              "kappa": k and round(k, 4), "per_role": roles, "disagreements": disagreements,
              "problems": problems}
    if args.json:
        json.dump(result, sys.stdout, ensure_ascii=False, indent=1)
        print()
        return
    print("pages compared: %d, blocks: %d" % (len(pages), len(pairs)))
    print("%-14s %6s %6s %6s %9s" % ("role", "first", "second", "both", "agreement"))
    for r, v in roles.items():
        print("%-14s %6d %6d %6d %9s" % (r, v["first"], v["second"], v["both"],
                                        "-" if v["agreement"] is None else "%.3f" % v["agreement"]))
    if po is not None:
        print("observed agreement over blocks (7 categories): %.4f   Cohen's kappa: %.4f" % (po, k))
    print("\n%d disagreements (%d settled):" % (len(disagreements), sum(d["settled"] for d in disagreements)))
    for d in disagreements:
        print("%s [%d] %s=%s %s=%s%s  %s" % (d["id"], d["block"], d["labellers"][0], d["first"], d["labellers"][1],
                                           d["second"], "  (settled)" if d["settled"] else "", d["text"]))
    for p in problems:
        print("problem: " + p)


if __name__ == "__main__":
    main()
