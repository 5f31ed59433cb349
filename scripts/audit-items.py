#!/usr/bin/env python3
"""Lists a report's items section by section, each with the exact text of its spans and some context,
for a reader who checks them one by one against the articles (precision as fact-checkers read it).

Usage: audit-items.py REPORT.json > items.txt
"""
import json, sys

CONTEXT = 120


def main(path):
    report = json.load(open(path, encoding="utf-8"))
    for story in report["stories"]:
        arts = {a["id"]: a for a in story["articles"]}
        short = {a["id"]: f"A{i}" for i, a in enumerate(story["articles"])}

        def cite(article, span):
            text = arts[article]["text"]
            s, e = span
            return f"[{short[article]} {arts[article]['outlet']}] …{text[max(0, s - CONTEXT):s]}⟦{text[s:e]}⟧{text[e:e + CONTEXT]}…".replace("\n", " ⏎ ")

        print(f"# story {story['id']}: {len(story['articles'])} articles")
        for a in story["articles"]:
            print(f"  {short[a['id']]} = {a['outlet']} | {a.get('title') or ''}")
        print("\n## conflicts")
        for n, c in enumerate(story["conflicts"]):
            print(f"C{n}. {c['kind']}: {c['slot']}  (rule: {c.get('rule', '')})")
            for v in c["values"]:
                print(f"    value {v['text']!r}: {cite(v['article'], v['span'])}")
        print("\n## quote groups (statements carried by 2+ articles)")
        n = 0
        for q in story["quotes"]:
            if len({v["article"] for v in q["variants"]}) < 2:
                continue
            print(f"Q{n}. speaker: {q['speaker']}  (rule: {q.get('rule', '')})")
            for v in q["variants"]:
                print(f"    {cite(v['article'], v['span'])}  | attributed as: {v.get('attributedAs')}")
            n += 1
        print("\n## digest")
        for n, d in enumerate(story["digest"]):
            print(f"D{n}. {d['text']!r}  ({d['independentOutlets']} independent outlets)")
            for c in d["citations"]:
                print(f"    {cite(c['article'], c['span'])}")
        print("\n## entities")
        for n, e in enumerate(story["entities"]):
            forms = sorted({v["text"] for v in e["variants"]})
            print(f"E{n}. {e['name']} ({e['kind']}) forms: {forms}")
            for v in e["variants"][:6]:
                print(f"    {cite(v['article'], v['span'])}")
        print("\n## credits")
        for n, c in enumerate(story["credits"]):
            print(f"R{n}. {short[c['article']]} credits {c['credited']!r}: {cite(c['article'], c['span'])}")
        print("\n## timeline")
        for n, t in enumerate(story["timeline"]):
            print(f"T{n}. {t['date']} ({len({s['article'] for s in t['support']})} articles)")
            for s, d in zip(t["support"], t["dateSpans"]):
                print(f"    date written {d['text']!r} (published {arts[s['article']].get('published')}): {cite(s['article'], s['span'])}")
        print("\n## source groups (articles that are not independent)")
        for n, g in enumerate(story.get("sourceGroups", [])):
            print(f"S{n}. {[short[a] for a in g['articles']]} because: {g.get('reason', g)}")
        print()


if __name__ == "__main__":
    main(sys.argv[1])
