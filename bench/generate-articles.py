#!/usr/bin/env python3
"""Writes N article lines of Byline's import format (NDJSON) to stdout, deterministic, referring to the
sections, topics and authors of the sample content."""
import json
import random
import sys

count = int(sys.argv[1]) if len(sys.argv) > 1 else 10000
rng = random.Random(42)
sections = ["news/world/africa", "news/world/asia", "news/world/europe", "news/uk", "news/business", "news/politics",
            "news/science", "news/health", "news/technology", "news/climate"]
topics = ["russia", "niger", "africa", "ukraine-war", "uk-politics", "uk-economy", "climate-change", "space", "elections", "health"]
authors = ["amelia-hart", "daniel-okafor", "priya-raman", "tom-whitfield", "sofia-moreno", "james-kariuki"]
# 5,000 made-up place names, three per article: searching one finds a few dozen stories, not a third of them.
places = [a + b + c for a in ("ka", "lo", "mi", "ne", "ru", "sa", "te", "vo", "za", "bi")
          for b in ("ran", "mel", "dor", "sik", "tav", "pol", "nur", "gel", "bas", "fen")
          for c in ("a", "o", "ia", "en", "ur", "ik", "ova", "ston", "by", "wick", "mouth", "ford", "holm", "stad", "grad",
                    "burg", "ville", "dale", "port", "ham", "ley", "more", "field", "wood", "side", "bay", "cliff", "ridge",
                    "haven", "gate", "brook", "worth", "shaw", "thorpe", "hurst", "combe", "marsh", "moor", "ness", "well",
                    "ton", "ley", "dorf", "heim", "berg", "vik", "lund", "sund", "fjord", "strand")]
words = ("minister council report budget flood border market school hospital energy court vote summit talks "
         "strike rail water housing police climate trade farmers research data city region").split()

for i in range(count):
    headline = " ".join(rng.choice(words) for _ in range(7)).capitalize()
    paragraphs = [{"type": "paragraph", "content": [{"type": "text", "text": " ".join(rng.choice(words) for _ in range(40)) + "."}]}
                  for _ in range(6)]
    paragraphs.append({"type": "paragraph", "content": [{"type": "text", "text": "Reported from " + ", ".join(
        rng.choice(places).capitalize() for _ in range(3)) + "."}]})
    line = {
        "kind": "article",
        "data": {
            "slug": f"benchmark-story-{i + 1}",
            "type": rng.choice(["story", "story", "feature", "analysis"]),
            "headline": headline,
            "summary": " ".join(rng.choice(words) for _ in range(20)).capitalize() + ".",
            "section": rng.choice(sections),
            "topics": rng.sample(topics, 2),
            "byline": {"text": "By Benchmark Desk", "organisation": "BBC News",
                       "contributors": [{"author": rng.choice(authors), "location": "London"}]},
            "body": paragraphs,
        },
        "state": {"status": "published", "publishedAt": f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}T{i % 24:02d}:00:00Z",
                  "firstPublishedAt": f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}T{i % 24:02d}:00:00Z"},
    }
    sys.stdout.write(json.dumps(line, ensure_ascii=False) + "\n")
