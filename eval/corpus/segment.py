#!/usr/bin/env python3
"""Cut an HTML page into numbered blocks for labelling (standard library only, deterministic).

Follows the paragraph-boundary conventions of ../shared/corpus/dev/README.md: every block
element starts and ends a block, <br> ends a block, a block's text is the text content of
its element with entities decoded and whitespace collapsed to single spaces (inline
elements are concatenated as the markup has them, so "By<a>J.R. Stone</a>" stays
"ByJ.R. Stone"). Text of script/style/template/svg/noscript/title is not page text (a head left open by
broken markup must not hide the body, so head itself is not skipped).

Each block carries a hint: the path of open elements (tag.class#id, shortened) and the
link share, to help a labeller, never to decide for them.

usage: segment.py --sources eval/corpus/sources.tsv --snapshots /work/.mirror --sheets DIR [ID ...]
       writes DIR/<id>.txt labelling sheets (block number, hints, text)
"""
import argparse, codecs, hashlib, html.parser, os, re, subprocess, sys

BLOCK = {"address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details",
         "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form",
         "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main", "menu", "nav",
         "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead",
         "tr", "ul", "option", "select", "legend", "iframe", "video", "audio", "picture", "img",
         "title", "frame", "frameset", "noframes", "html"}
SKIP = {"script", "style", "template", "svg", "noscript", "title", "math", "object", "textarea"}
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
        "source", "track", "wbr", "keygen"}
WS = re.compile(r"[ \t\n\r\f\v\u00a0\u2000-\u200a\u202f\u205f\u3000\u200b\ufeff]+")
# tags closed implicitly by the start of another one (enough of the HTML rules for text order)
AUTOCLOSE = {"p": {"p", "div", "ul", "ol", "table", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
                   "section", "article", "header", "footer", "figure", "pre", "dl", "form", "nav", "aside"},
             "li": {"li"}, "dt": {"dt", "dd"}, "dd": {"dt", "dd"}, "tr": {"tr"}, "td": {"td", "th", "tr"},
             "th": {"td", "th", "tr"}, "option": {"option"}}


def decode(data):
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8", "replace")
    if data[:2] in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
        return data.decode("utf-16", "replace")
    # valid UTF-8 is taken as UTF-8 even when the page declares another charset: the test
    # fixtures were often re-saved as UTF-8 and keep their old declaration
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    m = re.search(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([A-Za-z0-9_:.-]+)", data[:8192], re.I)
    if m:
        enc = m.group(1).decode("ascii").lower()
        if enc in ("iso-8859-1", "latin-1", "latin1", "us-ascii", "ascii"):
            enc = "cp1252"  # what browsers do
        try:
            return data.decode(enc, "replace")
        except LookupError:
            pass
    return data.decode("cp1252", "replace")


def collapse(s):
    return WS.sub(" ", s).strip()


class Segmenter(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack = []          # (tag, label)
        self.skip = 0
        self.buf, self.linkbuf, self.path = [], [], None
        self.blocks = []         # dicts: text, path, link
        self.in_a = 0

    def _label(self, tag, attrs):
        a = dict(attrs)
        lab = tag
        if a.get("id"):
            lab += "#" + a["id"][:30]
        if a.get("class"):
            lab += "." + ".".join(a["class"].split()[:2])[:40]
        for k in ("itemprop", "rel", "role", "data-component"):
            if a.get(k):
                lab += "[%s=%s]" % (k, a[k][:25])
        return lab

    def flush(self):
        text = collapse("".join(self.buf))
        if text:
            link = len(collapse("".join(self.linkbuf)))
            self.blocks.append({"text": text, "path": self.path or "",
                                "link": round(link / len(text), 2)})
        self.buf, self.linkbuf, self.path = [], [], None

    def handle_starttag(self, tag, attrs):
        if self.skip:
            if tag in SKIP and tag not in VOID:
                self.skip += 1
            return
        if tag in SKIP:
            self.skip = 1
            return
        if tag == "br":
            self.flush()
            return
        if tag in BLOCK:
            self.flush()
        # implicit closes
        closes = {t for t, s in AUTOCLOSE.items() if tag in s}
        if closes and self.stack and self.stack[-1][0] in closes:
            self.stack.pop()
        if tag not in VOID:
            self.stack.append((tag, self._label(tag, attrs)))
            if tag == "a":
                self.in_a += 1

    def handle_startendtag(self, tag, attrs):
        if self.skip:
            return
        if tag == "br" or tag in BLOCK:
            self.flush()

    def handle_endtag(self, tag):
        if self.skip:
            if tag in SKIP:
                self.skip -= 1
            return
        if tag == "br":           # </br> acts as <br> in browsers
            self.flush()
            return
        if tag in BLOCK:
            self.flush()
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i][0] == tag:
                for t, _ in self.stack[i:]:
                    if t == "a":
                        self.in_a = max(0, self.in_a - 1)
                del self.stack[i:]
                break

    def handle_data(self, data):
        if self.skip:
            return
        self.buf.append(data)
        if self.path is None and data.strip():
            # the element the block's text starts in (inline ones included): a hint for labellers
            path = [l for t, l in self.stack if t not in ("html", "body")]
            if len(path) > 3:
                path = ["…"] + path[-3:]
            self.path = " > ".join(path)
        if self.in_a:
            self.linkbuf.append(data)

    def close(self):
        super().close()
        self.flush()


def segment(data):
    """Blocks of a page given as bytes: list of {'text', 'path', 'link'} in DOM order, numbered from 1."""
    p = Segmenter()
    p.feed(decode(data))
    p.close()
    return p.blocks


def fingerprint(blocks):
    """Short hash of the block texts: labels record it, so a changed segmenter is noticed."""
    h = hashlib.sha1()
    for b in blocks:
        h.update(b["text"].encode("utf-8") + b"\n")
    return h.hexdigest()[:12]


def read_sources(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        head = f.readline().rstrip("\n").split("\t")
        for line in f:
            if line.strip():
                rows.append(dict(zip(head, line.rstrip("\n").split("\t"))))
    return rows


def page_bytes(snapshots, row):
    gd = os.path.join(snapshots, row["repository"].replace("/", "+"), "repo")
    return subprocess.run(["git", "--git-dir=" + gd, "show", row["commit"] + ":" + row["path"]],
                          check=True, capture_output=True).stdout


def sheet(row, blocks):
    out = ["# %s  %s  %s  lang=%s  split=%s" % (row["id"], row["publisher"], row["url"], row["language"], row["split"]),
           "# fingerprint %s  blocks %d" % (fingerprint(blocks), len(blocks)),
           "# columns: block number | link share (1.0 = all link text) | element path", "#   text", ""]
    for i, b in enumerate(blocks, 1):
        out.append("[%d] link=%.2f  %s" % (i, b["link"], b["path"]))
        out.append("    " + b["text"])
    return "\n".join(out) + "\n"


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser()
    ap.add_argument("--sources", default=os.path.join(here, "sources.tsv"))
    ap.add_argument("--snapshots", default="/work/.mirror")
    ap.add_argument("--sheets", default="/tmp/corpus-sheets")
    ap.add_argument("ids", nargs="*")
    args = ap.parse_args()
    os.makedirs(args.sheets, exist_ok=True)
    n = 0
    for row in read_sources(args.sources):
        if args.ids and row["id"] not in args.ids:
            continue
        blocks = segment(page_bytes(args.snapshots, row))
        with open(os.path.join(args.sheets, row["id"] + ".txt"), "w", encoding="utf-8") as f:
            f.write(sheet(row, blocks))
        n += 1
    print("wrote %d sheets to %s" % (n, args.sheets), file=sys.stderr)


if __name__ == "__main__":
    main()
