#!/usr/bin/env python3
"""Builds src/main/resources/lexicons/fr/wordnet-bridge.txt: French content words mapped to one English word each,
through the synsets of the Open Multilingual Wordnet that the French wordnets link to Princeton WordNet 3.0.

Usage: scripts/build-wordnet-bridge.py WORDNET_DICT_DIR FRENCH_TAB [FRENCH_TAB...] > wordnet-bridge.txt
  WORDNET_DICT_DIR  Princeton WordNet 3.0's database files (index.noun, index.verb, index.adj), e.g. the Debian
                    package wordnet-base (`apt-get download wordnet-base`, then `dpkg-deb -x`: usr/share/wordnet)
  FRENCH_TAB        an OMW tab file of French lemmas by synset (omwn/omw-data: wns/wikt/wn-wikt-fra.tab,
                    wns/fra/wn-data-fra.tab)

For each French lemma (one word, letters only), every English lemma of every synset it belongs to is a candidate;
only an English word for which that synset is a sense people use (among the senses WordNet's index lists as tagged
in the SemCor corpus, or its first sense) counts, so rare senses ("rate" as "charge per unit") do not pull a word
away from its usual meaning. The English word found in most of the French word's synsets wins; ties go to the
word for which the synsets rank higher. (Breaking ties by how often SemCor tags the English word was tried: the seed
story's facts F1 fell from 0.53 to 0.40; see docs/method-notes/facts-alignment.md.) Words that already fold to the same term (same first letters without
accents) are left out, the analyzer matches them anyway.
"""
import collections
import re
import sys
import unicodedata

WORD = re.compile(r"^[a-zà-öø-ÿœæ]+$")
ENGLISH_WORD = re.compile(r"^[a-z]+$")
PREFIX = 6


def fold(word):
    plain = "".join(c for c in unicodedata.normalize("NFD", word) if unicodedata.category(c) != "Mn")
    return plain[:PREFIX]


def english_senses(wordnet_dir):
    """(synset id) -> list of (english word, sense rank, common) from index.noun/verb/adj."""
    senses = collections.defaultdict(list)
    for pos_name, pos in (("noun", "n"), ("verb", "v"), ("adj", "a")):
        with open(f"{wordnet_dir}/index.{pos_name}", encoding="utf-8") as index:
            for line in index:
                if line.startswith(" "):
                    continue
                fields = line.split()
                lemma, synset_cnt, p_cnt = fields[0], int(fields[2]), int(fields[3])
                tagged = int(fields[5 + p_cnt])
                offsets = fields[6 + p_cnt:6 + p_cnt + synset_cnt]
                if not ENGLISH_WORD.match(lemma):
                    continue
                for rank, offset in enumerate(offsets, start=1):
                    senses[f"{offset}-{pos}"].append((lemma, rank, rank <= max(1, tagged)))
    return senses


def french_synsets(tab_files):
    synsets = collections.defaultdict(set)
    for path in tab_files:
        with open(path, encoding="utf-8") as tab:
            for line in tab:
                if line.startswith("#"):
                    continue
                parts = line.rstrip("\n").split("\t")
                if len(parts) < 3 or not parts[1].endswith(":lemma"):
                    continue
                word = parts[2].strip().lower()
                synset = parts[0].replace("-s", "-a")
                if WORD.match(word) and len(word) >= 3:
                    synsets[word].add(synset)
    return synsets


HEADER = """\
# wordnet-bridge.txt — French content words mapped to one English word each, for the Parallax facts analyzer: a
#   French word of a line and the English word that names the line are one term when claims of French and English
#   outlets are aligned into facts ("séisme" in a French report, "earthquake" in an English one). The hand-written
#   concepts.txt is read first and wins where both name a word.
# Line format: english word<TAB>french word|french word|...
# Source: built by scripts/build-wordnet-bridge.py from the Open Multilingual Wordnet data (omwn/omw-data on GitHub,
#   release 2.0 tree): {sources}, linked to the synsets of Princeton WordNet 3.0 (English lemmas and sense ranks from
#   its index files, Debian package wordnet-base 1:3.0-37). A French word takes the English word found in most of its
#   synsets among senses WordNet's index marks as used (tagged in SemCor, or first).
# Licence: {licences}. Princeton WordNet 3.0: "WordNet 3.0 Copyright 2006 by Princeton University. All rights
#   reserved." Permission to use, copy, modify and distribute for any purpose and without fee is granted provided
#   the copyright notice and this statement appear on all copies; THE DATABASE IS PROVIDED "AS IS" AND PRINCETON
#   UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED. This file is data read at run time, kept
#   under the licences of its sources, not under the project's.
# Version/date: 2026-11-24. Edits: generated; do not edit by hand (put an override in concepts.txt).
"""

SOURCES = {
    "Wiktionary": ("the French lemmas of the Wiktionary-derived wordnet (wns/wikt/wn-wikt-fra.tab; Bond and Foster 2013)",
             "Wiktionary data: Creative Commons Attribution-ShareAlike 3.0 (CC BY-SA 3.0)"),
    "WOLF": ("WOLF, Wordnet Libre du Français (wns/fra/wn-data-fra.tab; Sagot and Fišer 2008)",
            "WOLF: CeCILL-C"),
}


def first_line(path):
    with open(path, encoding="utf-8") as tab:
        return tab.readline()


def main():
    kinds = [key for key in SOURCES if any(first_line(p).startswith("# " + key) for p in sys.argv[2:])]
    print(HEADER.format(sources="; ".join(SOURCES[k][0] for k in kinds),
                        licences="; ".join(SOURCES[k][1] for k in kinds)), end="")
    senses = english_senses(sys.argv[1])
    bridge = collections.defaultdict(set)
    for french, synsets in french_synsets(sys.argv[2:]).items():
        count = collections.Counter()
        best_rank = {}
        for synset in synsets:
            for english, rank, common in senses.get(synset, ()):
                if common:
                    count[english] += 1
                    best_rank[english] = min(best_rank.get(english, rank), rank)
        if not count:
            continue
        english = min(count, key=lambda e: (-count[e], best_rank[e], e))
        if fold(english) != fold(french):
            bridge[english].add(french)
    for english in sorted(bridge):
        print(english + "\t" + "|".join(sorted(bridge[english])))


if __name__ == "__main__":
    main()
