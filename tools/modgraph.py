#!/usr/bin/env python3
"""The library's file-level import graph: fails on a cycle or an import against the pipeline.

  tools/modgraph.py [--dot]

Reads every file of src/ but the CLI (main.rs, cli/) and test files: `use` trees and
inline paths starting with `crate::`, `super::`, `self::` or a child module's name,
each resolved to the file that defines the module it names. Two checks:
- no cycle: no file imports one that imports it back, directly or through others;
- one way: a stage imports only earlier stages and the leaves (`STAGES` below).
Test code (`tests.rs`, `#[cfg(test)] mod tests { … }`) is left out: tests may look
anywhere. Prints the offending edges and exits 1; `--dot` prints the graph instead.
Standard library only.
"""
import re
import sys
from pathlib import Path

SRC = Path(__file__).resolve().parent.parent / "src"
# Pipeline order: a module may import only those before it (the leaves first).
STAGES = ["util", "lex", "error", "options", "model", "page", "locate", "metadata",
          "sanitize", "extract", "text", "mentions", "actors", "quotes", "dates",
          "summary", "output", "pipeline", "lib", "wasm", "typescript"]


def module_file(segments):
    """The file of the module `segments` names (from the crate root), and how many
    segments were modules (the rest name items)."""
    folder, file, used = SRC, SRC / "lib.rs", 0
    for seg in segments:
        for cand in (folder / f"{seg}.rs", folder / seg / "mod.rs"):
            if cand.is_file():
                folder, file, used = folder / seg, cand, used + 1
                break
        else:
            break
    return file, used


def own_path(file):
    """The module path of `file` from the crate root."""
    rel = file.relative_to(SRC).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] in ("mod", "lib"):
        parts.pop()
    return parts


def strip_tests(text):
    """`text` without comments, strings and its `#[cfg(test)]` items."""
    text = re.sub(r"//[^\n]*", "", text)
    text = re.sub(r'"(\\.|[^"\\])*"', '""', text)
    out, i = [], 0
    for m in re.finditer(r"#\[cfg\(test\)\]\s*(pub(\(crate\))?\s+)?mod\s+\w+\s*(;|\{)", text):
        if m.start() < i:
            continue
        out.append(text[i:m.start()])
        if m.group(0).endswith(";"):
            i = m.end()
            continue
        depth, j = 1, m.end()
        while j < len(text) and depth:
            depth += {"{": 1, "}": -1}.get(text[j], 0)
            j += 1
        i = j
    out.append(text[i:])
    return "".join(out)


def use_paths(tree):
    """Expands a `use` tree ("crate::{a::{b, c}, d}") into its paths."""
    tree = re.sub(r"\s+", "", re.sub(r"\s+as\s+\w+", "", tree))
    brace = tree.find("{")
    if brace < 0:
        return [tree]
    prefix, body = tree[:brace], tree[brace + 1:tree.rfind("}")]
    parts, depth, cur = [], 0, ""
    for c in body:
        if c == "," and depth == 0:
            parts.append(cur)
            cur = ""
            continue
        depth += {"{": 1, "}": -1}.get(c, 0)
        cur += c
    parts.append(cur)
    return [p for part in parts if part for p in use_paths(prefix + part)]


def imports(file):
    """The files `file` imports."""
    me = own_path(file)
    text = strip_tests(file.read_text())
    children = re.findall(r"^\s*(?:pub(?:\([a-z]+\))?\s+)?mod\s+(\w+)\s*;", text, re.M)
    paths = []
    for m in re.finditer(r"\buse\s+([^;]+);", text):
        paths += use_paths(m.group(1))
    heads = "|".join(["crate", "super", "self"] + children)
    for m in re.finditer(rf"(?<![\w:])((?:{heads})(?:::\w+)+)", text):
        paths.append(m.group(1))
    out = set()
    for p in paths:
        segs = [s for s in p.split("::") if s]
        if not segs:
            continue
        if segs[0] == "crate":
            absolute = segs[1:]
        elif segs[0] in ("self", "super"):
            up = me
            while segs and segs[0] in ("self", "super"):
                if segs.pop(0) == "super":
                    up = up[:-1]
            absolute = up + segs
        elif segs[0] in children:
            absolute = me + segs
        else:
            continue
        target, _ = module_file(absolute)
        if target != file:
            out.add(target)
    return out


def stage_of(file):
    parts = file.relative_to(SRC).with_suffix("").parts
    return parts[0]


def cycles(graph):
    """Strongly connected components with more than one file (Tarjan, iterative)."""
    index, low, on, stack, comps, counter = {}, {}, set(), [], [], [0]
    for root in graph:
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = counter[0]
        counter[0] += 1
        stack.append(root)
        on.add(root)
        while work:
            node, it = work[-1]
            nxt = next(it, None)
            if nxt is None:
                work.pop()
                if work:
                    low[work[-1][0]] = min(low[work[-1][0]], low[node])
                if low[node] == index[node]:
                    comp = []
                    while True:
                        n = stack.pop()
                        on.discard(n)
                        comp.append(n)
                        if n == node:
                            break
                    if len(comp) > 1:
                        comps.append(comp)
            elif nxt not in index:
                index[nxt] = low[nxt] = counter[0]
                counter[0] += 1
                stack.append(nxt)
                on.add(nxt)
                work.append((nxt, iter(sorted(graph.get(nxt, ())))))
            elif nxt in on:
                low[node] = min(low[node], index[nxt])
    return comps


def main():
    files = [f for f in sorted(SRC.rglob("*.rs"))
             if f.name != "main.rs" and "cli" not in f.relative_to(SRC).parts
             and f.name != "tests.rs"]
    graph = {f: imports(f) for f in files}
    rel = lambda f: str(f.relative_to(SRC))
    if "--dot" in sys.argv:
        print("digraph lede {")
        for f, ts in graph.items():
            for t in sorted(ts):
                print(f'  "{rel(f)}" -> "{rel(t)}";')
        print("}")
        return 0
    problems = []
    for comp in cycles(graph):
        members = set(comp)
        edges = sorted(f"{rel(a)} -> {rel(b)}" for a in comp for b in graph[a] if b in members)
        problems.append("cycle: " + "; ".join(edges))
    for f, ts in graph.items():
        a = stage_of(f)
        for t in ts:
            b = stage_of(t)
            if a == b:
                continue
            if a not in STAGES or b not in STAGES:
                problems.append(f"not in STAGES: {rel(f)} -> {rel(t)}")
            elif STAGES.index(b) > STAGES.index(a):
                problems.append(f"against the pipeline: {rel(f)} -> {rel(t)}")
    for p in problems:
        print(p)
    n = sum(len(t) for t in graph.values())
    print(f"{len(graph)} files, {n} imports, {len(problems)} problems", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
