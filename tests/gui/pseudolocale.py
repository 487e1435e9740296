#!/usr/bin/env python3
"""Writes a pseudo-locale catalogue from a complete .ts: every source string
with its letters accented and 40 % longer (bracketed, padded with ~), the
placeholders (%1, %L1, %n), mnemonics (&), HTML tags, {variables} and line
breaks kept. The console in it shows whether any label is too narrow for a
longer language.   pseudolocale.py IN.ts OUT.ts"""
import math
import re
import sys
import xml.etree.ElementTree as ET

ACCENTS = str.maketrans(
    "aeiouyncszAEIOUYNCSZ",
    "áéíóúýñçšžÅÉÎÖÜÝÑÇŠŽ",
)
# Kept as they are: placeholders, escaped and real mnemonics, tags, entities,
# template variables, line breaks.
KEEP = re.compile(r"(%L?\d+|%n|&&|&(?=\S)|<[^>]*>|&[a-z]+;|\{[a-z]+\}|\n)")


def pseudo(text):
    parts = KEEP.split(text)
    body = "".join(p if KEEP.fullmatch(p or " ") else p.translate(ACCENTS) for p in parts)
    visible = len(KEEP.sub("", text))
    extra = math.ceil(visible * 0.4)
    if not visible:
        return text
    if extra >= 3:
        return "[" + body + " " + "~" * (extra - 3) + "]"
    return body + "~" * extra


def main(source, target):
    tree = ET.parse(source)
    root = tree.getroot()
    root.set("language", "eo")  # a language netmsg has no catalogue for
    for message in root.iter("message"):
        text = message.findtext("source") or ""
        translation = message.find("translation")
        translation.attrib.pop("type", None)
        forms = translation.findall("numerusform")
        if message.get("numerus") == "yes":
            for form in forms:
                translation.remove(form)
            for _ in range(2):
                ET.SubElement(translation, "numerusform").text = pseudo(text)
        else:
            translation.text = pseudo(text)
    tree.write(target, encoding="utf-8", xml_declaration=True)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
