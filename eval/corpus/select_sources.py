#!/usr/bin/env python3
"""Choose the pages of the development corpus from fetched snapshots and write sources.tsv.

Deterministic: the same snapshots (commits) give the same list. Standard library only.

usage: select_sources.py --snapshots /work/.mirror [--out eval/corpus/sources.tsv]

A page is a candidate when it is a news ARTICLE page: the pool says so (L3S-GN1 is a
collection of Google News articles; htmldate's test_set is MediaCloud news), or the page
declares itself one (og:type=article, a schema.org NewsArticle/Article in JSON-LD or
microdata, or an article:published_time meta), and its URL has a path (no home pages).
Publisher = the URL's registered domain (subdomains are the same publisher). Pages of the dev set's publishers are left out, so
the corpus measures publishers the tagger was not tuned on. At most MAX_PER_HOST pages per
publisher; publishers are taken round-robin over languages so small languages get in.
Split: sha256(publisher) decides, so one publisher never sits in both parts.
"""
import argparse, hashlib, json, os, re, subprocess, sys
from collections import OrderedDict, defaultdict
from urllib.parse import urlsplit

MAX_PER_HOST = 2
TARGET = 340
# (repository, path prefix, how the URL is found, pool default language)
POOLS = [
    ("adbar/htmldate", "tests/test_set/", "mediacloud", None),
    ("adbar/htmldate", "tests/eval/", "htmldate", None),
    ("adbar/htmldate", "tests/cache/", "htmldate", None),
    ("adbar/trafilatura", "tests/eval/", "trafilatura", None),
    ("adbar/trafilatura", "tests/cache/", "trafilatura", None),
    ("geodrome/page-signal", "L3S-GN1-20100130203947-00001/original/", "l3s", "en"),
    ("mozilla/readability", "test/test-pages/", "page", None),
    ("postlight/parser", "fixtures/", "page", None),
    ("goose3/goose3", "tests/data/content/", "page", None),
    ("AndyTheFactory/newspaper4k", "tests/data/html/", "page", None),
]
NEWS_POOLS = {"mediacloud", "l3s"}
# feed redirectors name no publisher
REDIRECT_HOSTS = {"feedproxy.google.com", "feeds.feedburner.com", "news.google.com"}
DEV_HOSTS_FILE = "SOURCES.md"


def mirror(snapshots, repo):
    return os.path.join(snapshots, repo.replace("/", "+"), "repo")


def git(gd, *args):
    return subprocess.run(["git", "--git-dir=" + gd] + list(args), check=True,
                          capture_output=True).stdout


# hosts whose subdomains are different publishers (abcnews.go.com is ABC News)
PLATFORMS = {"go.com", "google.com", "blogspot.com", "wordpress.com", "yahoo.com"}
SECOND_LEVEL = {"co", "com", "org", "net", "gov", "gob", "ac", "edu", "or", "ne", "go", "nic", "info"}


def publisher(url):
    """The registered domain of the URL's host (example.co.uk, mk.ru, uol.com.br): subdomains
    such as www., origin., next., rzn. or noticias. belong to the same publisher."""
    host = (urlsplit(url).hostname or "").lower().rstrip(".")
    labels = host.split(".")
    if ".".join(labels[-2:]) in PLATFORMS and len(labels) >= 3:
        return ".".join(labels[-3:])
    if len(labels) >= 3 and len(labels[-1]) == 2 and labels[-2] in SECOND_LEVEL:
        return ".".join(labels[-3:])
    return ".".join(labels[-2:])


def split_of(host):
    return "validation" if int(hashlib.sha256(host.encode()).hexdigest()[:8], 16) % 3 == 0 else "tuning"


META = re.compile(rb"<meta\b[^>]*>", re.I)
ATTR = re.compile(rb"""([a-zA-Z:_-]+)\s*=\s*("([^"]*)"|'([^']*)'|([^\s>]+))""")


def metas(head):
    out = {}
    for m in META.finditer(head):
        a = {k.lower(): (v1 or v2 or v3) for k, _, v1, v2, v3 in ATTR.findall(m.group(0))}
        key = (a.get(b"property") or a.get(b"name") or a.get(b"http-equiv") or b"").lower()
        if key and b"content" in a:
            out.setdefault(key.decode("latin-1"), a[b"content"].decode("utf-8", "replace"))
    return out


def page_facts(data):
    head = data[:400000]
    m = metas(head)
    lang = None
    hm = re.search(rb"<html\b[^>]*?\blang\s*=\s*[\"']?([A-Za-z]{2,3})", head, re.I)
    if hm:
        lang = hm.group(1).decode().lower()
    elif m.get("content-language"):
        lang = m["content-language"][:2].lower()
    elif m.get("og:locale"):
        lang = m["og:locale"][:2].lower()
    elif m.get("language"):
        lang = m["language"][:2].lower()
    url = m.get("og:url")
    cm = re.search(rb"<link\b[^>]*rel=[\"']?canonical[^>]*>", head, re.I)
    if cm:
        hm2 = re.search(rb"href\s*=\s*[\"']([^\"']+)", cm.group(0))
        if hm2:
            url = hm2.group(1).decode("utf-8", "replace")
    # a news article by its own declaration: schema.org NewsArticle (or a subtype) in JSON-LD or
    # microdata; og:type=article alone is also set by blogs and shops
    article = (re.search(rb"\"@type\"\s*:\s*\[?\s*\"(News|Reportage|Analysis|Report)Article\"", data) is not None
               or re.search(rb"itemtype=[\"']https?://schema.org/(News|Reportage|Analysis)Article", data) is not None)
    return lang, url, article


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--snapshots", required=True)
    ap.add_argument("--dev", default=os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                                  "..", "..", "..", "shared", "corpus", "dev"))
    ap.add_argument("--out", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "sources.tsv"))
    args = ap.parse_args()
    dev_hosts, dev_paths = set(), set()
    with open(os.path.join(args.dev, DEV_HOSTS_FILE), encoding="utf-8") as f:
        for line in f:
            cells = [c.strip().strip("`") for c in line.split("|")]
            if len(cells) > 6 and re.match(r"d\d\d$", cells[1]):
                dev_paths.add(cells[2])
                dev_hosts.add(publisher(cells[5]))
    cands = []
    for repo, prefix, how, pool_lang in POOLS:
        gd = mirror(args.snapshots, repo)
        commit = git(gd, "rev-parse", "HEAD").decode().strip()
        names = git(gd, "ls-tree", "-r", "--name-only", commit, prefix).decode().splitlines()
        urlmap = {}
        if how == "mediacloud":
            for u, v in json.loads(git(gd, "show", commit + ":tests/eval_mediacloud_2020.json")).items():
                urlmap[v["file"]] = u
        elif how == "htmldate":
            for u, v in json.loads(git(gd, "show", commit + ":tests/eval_default.json")).items():
                urlmap[v["file"]] = u
        elif how == "trafilatura":
            for u, v in json.loads(git(gd, "show", commit + ":tests/evaldata.json")).items():
                urlmap[v["file"]] = u
        elif how == "l3s":
            for line in git(gd, "show", commit + ":" + prefix.split("/")[0] + "/url-mapping.txt").decode().splitlines():
                uid, _, u = line.partition("\t")
                urlmap[uid.strip("<>").replace("urn:uuid:", "") + ".html"] = u.strip()
        for path in sorted(names):
            if not re.search(r"\.html?$", path) or path in dev_paths:
                continue
            if repo == "mozilla/readability" and not path.endswith("/source.html"):
                continue
            data = git(gd, "show", commit + ":" + path)
            lang, url, article = page_facts(data)
            url = urlmap.get(os.path.basename(path)) or url
            if not url or not url.startswith("http") or urlsplit(url).hostname in REDIRECT_HOSTS:
                continue
            if urlsplit(url).path.strip("/") == "" and not urlsplit(url).query:
                continue
            if how not in NEWS_POOLS and not article:
                continue
            lang = lang or pool_lang
            if not lang:
                continue
            host = publisher(url)
            if not host or host in dev_hosts:
                continue
            cands.append((repo, commit, path, host, lang, url))
    # at most MAX_PER_HOST per publisher, in pool order
    by_host = OrderedDict()
    for c in cands:
        by_host.setdefault(c[3], [])
        if len(by_host[c[3]]) < MAX_PER_HOST:
            by_host[c[3]].append(c)
    # round-robin over languages (by the publisher's first page), publishers in hash order
    by_lang = defaultdict(list)
    for host, pages in by_host.items():
        by_lang[pages[0][4]].append(host)
    for l in by_lang:
        by_lang[l].sort(key=lambda h: hashlib.sha256(h.encode()).hexdigest())
    chosen, n = [], 0
    while n < TARGET and any(by_lang.values()):
        for l in sorted(by_lang):
            if by_lang[l] and n < TARGET:
                host = by_lang[l].pop(0)
                chosen.append(host)
                n += len(by_host[host])
    rows = [c for h in chosen for c in by_host[h]]
    rows.sort(key=lambda c: (c[3], c[2]))
    with open(args.out, "w", encoding="utf-8") as f:
        f.write("id\trepository\tcommit\tpath\tpublisher\tlanguage\tsplit\turl\n")
        for i, (repo, commit, path, host, lang, url) in enumerate(rows, 1):
            f.write("c%03d\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n" % (i, repo, commit, path, host, lang, split_of(host), url))
    langs = defaultdict(int)
    for r in rows:
        langs[r[4]] += 1
    print("%d candidates, %d publishers; chose %d pages of %d publishers in %d languages" % (
        len(cands), len(by_host), len(rows), len(chosen), len(langs)), file=sys.stderr)
    print(dict(sorted(langs.items(), key=lambda x: -x[1])), file=sys.stderr)


if __name__ == "__main__":
    main()
