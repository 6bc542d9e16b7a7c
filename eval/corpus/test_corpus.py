"""Tests of the corpus tooling: python3 -m unittest discover -s eval/corpus -p 'test_*.py'"""
import json, os, sys, tempfile, unittest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import labels as L  # noqa: E402
from segment import segment, fingerprint  # noqa: E402

DEV = os.path.join(HERE, "..", "..", "..", "shared", "corpus", "dev")


def write(text):
    f = tempfile.NamedTemporaryFile("w", suffix=".tsv", delete=False, encoding="utf-8")
    f.write(text)
    f.close()
    return f.name


class SegmentTest(unittest.TestCase):
    def test_block_boundaries(self):
        html = (b"<html><head><title>T</title><script>var x='<p>no</p>';</script></head><body>"
                b"<div>By<a href=x>J.R. Stone</a><p>One &amp;   two</p>tail</div>"
                b"<p>first<br>second<br/>third</p><figure><img src=a><figcaption>Cap <b>bold</b></figcaption>"
                b"</figure><ul><li>a<li>b</ul><noscript>hidden</noscript></body></html>")
        self.assertEqual([b["text"] for b in segment(html)],
                         ["ByJ.R. Stone", "One & two", "tail", "first", "second", "third",
                          "Cap bold", "a", "b"])

    def test_charset_from_meta(self):
        html = '<meta charset="iso-8859-1"><p>Gr\u00fc\u00dfe \u2013 ok</p>'.encode("cp1252")
        self.assertEqual([b["text"] for b in segment(html)], ["Gr\u00fc\u00dfe \u2013 ok"])

    def test_unclosed_head_does_not_hide_the_body(self):
        self.assertEqual([b["text"] for b in segment(b"<html><head><title>T</title><p>Body text</p>")],
                         ["Body text"])

    def test_valid_utf8_wins_over_a_stale_declaration(self):
        html = '<meta charset="iso-8859-1"><p>Gr\u00fc\u00dfe</p>'.encode("utf-8")
        self.assertEqual([b["text"] for b in segment(html)], ["Gr\u00fc\u00dfe"])

    @unittest.skipUnless(os.path.isdir(DEV), "../shared/corpus/dev absent")
    def test_every_dev_gold_paragraph_is_a_block_or_a_join_of_blocks(self):
        missing = []
        for name in sorted(os.listdir(os.path.join(DEV, "gold"))):
            with open(os.path.join(DEV, "gold", name), encoding="utf-8") as f:
                gold = json.load(f)
            with open(os.path.join(DEV, "html", name[:-5] + ".html"), "rb") as f:
                texts = [b["text"] for b in segment(f.read())]
            have = set(texts)
            for i in range(len(texts)):
                for j in range(i + 2, min(i + 6, len(texts)) + 1):
                    have.add(" ".join(texts[i:j]))
                    have.add("".join(texts[i:j]))
            missing += [(name, p["text"][:60]) for p in gold["paragraphs"] if p["text"] not in have]
        self.assertEqual(missing, [])


class LabelsTest(unittest.TestCase):
    BLOCKS = [{"text": t} for t in ["Menu", "Headline", "By", "Ann Lee", "T", "he story", "Body two", "Footer"]]

    def test_ranges_joins_and_fields(self):
        p = write("fingerprint\tabc\nscope all\nstatus\tok\npublished\t2020-01-02\nlanguage\tde\n"
                  "2\tHEADLINE\n3+4\tBYLINE  # byline pieces\n5^6\tBODY\n7-7\tQUOTE\n")
        fields, items = L.parse(p)
        self.assertEqual(fields, {"fingerprint": "abc", "scope": "all", "status": "ok",
                                  "published": "2020-01-02", "language": "de"})
        self.assertEqual(L.paragraphs(items, self.BLOCKS),
                         [{"role": "HEADLINE", "text": "Headline"}, {"role": "BYLINE", "text": "By Ann Lee"},
                          {"role": "BODY", "text": "The story"}, {"role": "QUOTE", "text": "Body two"}])
        self.assertEqual(L.block_roles(items)[4], "BYLINE")

    def test_errors_are_reported(self):
        for text in ("2\tHEADLINE\n2\tBODY\n", "5-3\tBODY\n", "3+5\tBYLINE\n", "2\tCAPTION\n"):
            with self.assertRaises(L.LabelError, msg=text):
                L.parse(write(text))
        _, items = L.parse(write("9\tBODY\n"))
        with self.assertRaises(L.LabelError):
            L.paragraphs(items, self.BLOCKS)

    def test_settled_decision_replaces_the_items_it_touches(self):
        _, items = L.parse(write("2\tHEADLINE\n3+4\tBYLINE\n7\tBODY\n"))
        settled = L.settle(items, [("4", "BOILERPLATE"), ("8", "PHOTO_CREDIT"), ("7", "QUOTE")])
        self.assertEqual(L.paragraphs(settled, self.BLOCKS),
                         [{"role": "HEADLINE", "text": "Headline"}, {"role": "QUOTE", "text": "Body two"},
                          {"role": "PHOTO_CREDIT", "text": "Footer"}])

    def test_fingerprint_changes_with_the_text(self):
        self.assertNotEqual(fingerprint(self.BLOCKS), fingerprint(self.BLOCKS[:-1]))


class AgreementTest(unittest.TestCase):
    def test_roles_kappa_and_disagreements(self):
        import agreement as A
        _, first = L.parse(write("1\tHEADLINE\n2\tBYLINE\n3\tDATELINE\n4-5\tBODY\n6\tPHOTO_CAPTION\n7\tQUOTE\n"))
        _, second = L.parse(write("scope\theader\n1\tHEADLINE\n2\tBYLINE\n3\tBYLINE\n6\tPHOTO_CAPTION\n8\tPHOTO_CREDIT\n"))
        pairs = A.compare(10, first, second)
        # body and quote are OTHER, as is boilerplate: only the six header roles are compared
        self.assertEqual(pairs[3], ("OTHER", "OTHER"))
        self.assertEqual([n for n, (a, b) in enumerate(pairs, 1) if a != b], [3, 8])
        roles = A.per_role(pairs)
        self.assertEqual(roles["BYLINE"], {"first": 1, "second": 2, "both": 1, "agreement": 0.667})
        self.assertEqual(roles["HEADLINE"]["agreement"], 1.0)
        self.assertIsNone(roles["SUBHEADING"]["agreement"])
        po, k = A.kappa(pairs)
        self.assertAlmostEqual(po, 0.8)
        # chance agreement from the marginals: first H1 B1 D1 C1 O6, second H1 B2 C1 R1 O5
        pe = (1 * 1 + 1 * 2 + 1 * 1 + 6 * 5) / 100
        self.assertAlmostEqual(k, (0.8 - pe) / (1 - pe))


if __name__ == "__main__":
    unittest.main()
