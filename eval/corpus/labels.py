"""Read the label files of eval/corpus/labels/<labeller>/<id>.tsv (format: LABELLING.md)."""
import os, re

ROLES = ("HEADLINE", "SUBHEADING", "PHOTO_CREDIT", "PHOTO_CAPTION", "DATELINE", "BYLINE", "QUOTE", "BODY")
HEADER_ROLES = ("HEADLINE", "SUBHEADING", "PHOTO_CREDIT", "PHOTO_CAPTION", "DATELINE", "BYLINE")
FIELDS = ("published", "language", "fingerprint", "scope", "status")
ITEM = re.compile(r"^(\d+)(?:-(\d+)|((?:[+^]\d+)+))?$")


class LabelError(ValueError):
    pass


def parse(path):
    """-> (fields dict, items list of (block numbers list, joiners list, role)) in file order."""
    fields, items = {}, []
    with open(path, encoding="utf-8") as f:
        for no, raw in enumerate(f, 1):
            line = raw.split("#", 1)[0].strip()
            if not line:
                continue
            cells = line.split()
            key, val = cells[0], cells[1] if len(cells) > 1 else ""
            if key in FIELDS:
                fields[key] = " ".join(cells[1:]) if key == "status" else val
                continue
            m = ITEM.match(key)
            if not m or val not in ROLES:
                raise LabelError("%s:%d: cannot read %r (want 'N<TAB>ROLE', 'N-M<TAB>ROLE', 'N+M<TAB>ROLE' or 'N^M<TAB>ROLE')" % (path, no, raw.rstrip("\n")))
            a = int(m.group(1))
            if m.group(2):
                b = int(m.group(2))
                if b < a:
                    raise LabelError("%s:%d: range %d-%d runs backwards" % (path, no, a, b))
                for n in range(a, b + 1):
                    items.append(([n], [], val))
            elif m.group(3):
                parts = re.findall(r"([+^])(\d+)", m.group(3))
                nums = [a] + [int(n) for _, n in parts]
                if any(y != x + 1 for x, y in zip(nums, nums[1:])):
                    raise LabelError("%s:%d: joined blocks must be consecutive: %s" % (path, no, key))
                items.append((nums, [j for j, _ in parts], val))
            else:
                items.append(([a], [], val))
    seen = set()
    for nums, _, _ in items:
        for n in nums:
            if n in seen:
                raise LabelError("%s: block %d labelled twice" % (path, n))
            seen.add(n)
    items.sort(key=lambda it: it[0][0])
    return fields, items


def paragraphs(items, blocks):
    """Label items + segmented blocks -> gold paragraphs [{'role','text'}] in DOM order."""
    out = []
    for nums, joiners, role in items:
        for n in nums:
            if n < 1 or n > len(blocks):
                raise LabelError("block %d does not exist (page has %d)" % (n, len(blocks)))
        text = blocks[nums[0] - 1]["text"]
        for j, n in zip(joiners, nums[1:]):
            text += (" " if j == "+" else "") + blocks[n - 1]["text"]
        out.append({"role": role, "text": text})
    return out


def block_roles(items):
    """block number -> role (joined blocks all carry the role)."""
    return {n: role for nums, _, role in items for n in nums}


def read_settled(path):
    """settled.tsv: id, block item (as in a label file), role or BOILERPLATE, note -> {id: [(item, role)]}."""
    out = {}
    if not os.path.exists(path):
        return out
    with open(path, encoding="utf-8") as f:
        for no, raw in enumerate(f, 1):
            line = raw.split("#", 1)[0].strip()
            if not line or line.startswith("id\t") or line.startswith("id "):
                continue
            cells = line.split("\t")
            if len(cells) < 3 or not ITEM.match(cells[1].strip()) or cells[2].strip() not in ROLES + ("BOILERPLATE",):
                raise LabelError("%s:%d: want id<TAB>item<TAB>ROLE<TAB>note" % (path, no))
            out.setdefault(cells[0].strip(), []).append((cells[1].strip(), cells[2].strip()))
    return out


def settle(items, decisions):
    """Apply settled decisions: every item touching a decided block is replaced by the decision."""
    for key, role in decisions:
        new = parse_item(key, role)
        blocks = {n for nums, _, _ in new for n in nums}
        items = [it for it in items if not blocks & set(it[0])]
        if role != "BOILERPLATE":
            items += new
    items.sort(key=lambda it: it[0][0])
    return items


def parse_item(key, role):
    """One label line's item -> items (used for settled decisions)."""
    m = ITEM.match(key)
    a = int(m.group(1))
    if m.group(2):
        return [([n], [], role) for n in range(a, int(m.group(2)) + 1)]
    if m.group(3):
        parts = re.findall(r"([+^])(\d+)", m.group(3))
        return [([a] + [int(n) for _, n in parts], [j for j, _ in parts], role)]
    return [([a], [], role)]


def labellers(labels_dir):
    return sorted(d for d in os.listdir(labels_dir) if os.path.isdir(os.path.join(labels_dir, d)))
