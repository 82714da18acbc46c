#!/usr/bin/env python3
"""The CLI's JSON on every page of ../shared, for before/after comparisons of a change.

  tools/snapshot.py OUT [--bin target/release/lede] [--only quotes,timex]
  tools/snapshot.py --diff BEFORE AFTER [--fields reference]

The first form writes OUT/<corpus>/<page id>.json for every page of the corpora and the
annotated pages, each run with its scorer's own flags (`--url` from the index, timex with
`--now` its creation day). The second lists, per corpus, the pages whose JSON differs;
`--fields` names top-level keys to leave out of the comparison (a new field that is
expected to appear everywhere). Standard library only; pages never leave ../shared
except as temporary files.
"""
import argparse
import concurrent.futures
import gzip
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
CORPORA = ["scrapinghub-aeb", "readability", "htmldate-news", "trafilatura-snippets",
           "polnear-quotes", "conll-entities", "tempeval-train"]


def corpus_pages(name):
    root = SHARED / "corpus" / name
    for line in open(root / "index.jsonl"):
        d = json.loads(line)
        now = None
        if name == "tempeval-train":
            now = json.loads((root / d["truth"]).read_text())["dct"]
        yield d["id"], lambda d=d: gzip.decompress((root / d["html"]).read_bytes()), d.get("url"), now


def gold_pages():
    for folder in [SHARED / "fixtures", SHARED / "gold" / "dev"]:
        for exp in sorted(folder.glob("*.expected.json")):
            page = exp.with_name(exp.name.replace(".expected.json", ".html"))
            url = json.loads(exp.read_text()).get("url")
            yield exp.name.replace(".expected.json", ""), page.read_bytes, url, None


def run_page(binary, tmp, page_id, read, url, now):
    path = Path(tmp) / (page_id.replace("/", "_") + ".html")
    path.write_bytes(read())
    argv = [binary, "analyze", str(path), "--url", url or ""]
    if now:
        argv += ["--now", now]
    r = subprocess.run(argv, capture_output=True, timeout=60)
    path.unlink()
    if r.returncode != 0:
        return json.dumps({"cliError": r.stderr.decode(errors="replace")[-300:]})
    return r.stdout.decode()


def snapshot(out, binary, only):
    sets = [(c, corpus_pages(c)) for c in CORPORA] + [("gold", gold_pages())]
    with tempfile.TemporaryDirectory() as tmp, \
            concurrent.futures.ThreadPoolExecutor(os.cpu_count() or 2) as pool:
        for name, pages in sets:
            if only and name not in only:
                continue
            folder = Path(out) / name
            folder.mkdir(parents=True, exist_ok=True)
            jobs = {pool.submit(run_page, binary, tmp, *p): p[0] for p in pages}
            for job, page_id in jobs.items():
                (folder / (page_id.replace("/", "_") + ".json")).write_text(job.result())
            print(f"{name}: {len(jobs)} pages", file=sys.stderr)


def diff(before, after, fields):
    changed_any = False
    for folder in sorted(Path(before).iterdir()):
        changed = []
        for f in sorted(folder.glob("*.json")):
            g = Path(after) / folder.name / f.name
            a = json.loads(f.read_text())
            b = json.loads(g.read_text()) if g.exists() else None
            for k in fields:
                a.pop(k, None)
                if b is not None:
                    b.pop(k, None)
            if a != b:
                changed.append(f.stem)
        print(f"{folder.name}: {len(changed)} pages differ" + (": " + " ".join(changed[:20]) if changed else ""))
        changed_any |= bool(changed)
    return 1 if changed_any else 0


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out", nargs="?")
    ap.add_argument("--bin", default="target/release/lede")
    ap.add_argument("--only", default="")
    ap.add_argument("--diff", nargs=2, metavar=("BEFORE", "AFTER"))
    ap.add_argument("--fields", default="")
    args = ap.parse_args()
    if args.diff:
        sys.exit(diff(*args.diff, [f for f in args.fields.split(",") if f]))
    if not args.out:
        ap.error("OUT is required")
    snapshot(args.out, os.path.abspath(args.bin), [o for o in args.only.split(",") if o])


if __name__ == "__main__":
    main()
