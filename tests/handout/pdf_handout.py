#!/usr/bin/env python3
"""Runs `limber --export-pdf` and checks the PDF with poppler's tools, in en, de and es:
every stretch name with its hold (and "each side" where sided), the guidelines' headings and
the footer in the text; two pages or fewer on the asked-for paper; no raster images; every
font embedded. Also the exit codes: 2 for an unknown routine or paper, 1 for an unwritable
file (leaving what was there).

Usage: pdf_handout.py LIMBER TRANSLATIONS_DIR        exit 0 pass, 1 fail, 77 without poppler
"""

import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ElementTree

GUIDELINE_TITLES = ["Warm up first", "Go slow and steady", "Focus on your breathing",
                    "Hold, don't bounce", "Listen to your body", "Be consistent"]
FOOTER = ("This handout is general guidance, not a substitute for advice from your doctor or "
          "physiotherapist. Stop any stretch that causes sharp pain.")
HANDOUT = "HandoutContent"
PAPERS = {"a4": "595 x 842 pts", "letter": "612 x 792 pts"}

failures = []


def fail(message):
    failures.append(message)
    print("FAIL: " + message)


def translator(translations_dir, language):
    """source text -> translation for one language; English is the source itself."""
    table = {}
    if language != "en":
        root = ElementTree.parse(os.path.join(translations_dir, f"limber_{language}.ts"))
        for context in root.iter("context"):
            name = context.findtext("name")
            for message in context.iter("message"):
                text = message.findtext("translation") or ""
                table[(name, message.findtext("source"))] = text
    return lambda context, source: table.get((context, source)) or source


def collapse(text):
    return re.sub(r"\s+", " ", text)


def run(limber, env, *arguments):
    return subprocess.run([limber, *arguments], env=env, capture_output=True, text=True,
                          timeout=60)


def check_language(limber, env, scratch, translations_dir, language):
    tr = translator(translations_dir, language)
    listed = run(limber, env, "--lang", language, "--list-stretches")
    rows = [line.split("\t") for line in listed.stdout.splitlines()[1:]]
    for paper, size in PAPERS.items():
        pdf = os.path.join(scratch, f"handout-{language}-{paper}.pdf")
        result = run(limber, env, "--lang", language, "--export-pdf", "back-and-hips", pdf,
                     "--paper", paper)
        where = f"{language}/{paper}"
        if result.returncode != 0:
            fail(f"{where}: --export-pdf exited {result.returncode}: {result.stderr}")
            continue
        info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout
        pages = int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))
        if not 1 <= pages <= 2:
            fail(f"{where}: {pages} pages, expected 2 or fewer")
        if size not in info:
            fail(f"{where}: page size is not {size}: {info}")
        images = subprocess.run(["pdfimages", "-list", pdf], capture_output=True,
                                text=True).stdout.splitlines()
        if len(images) != 2:
            fail(f"{where}: raster images in the PDF: {images[2:]}")
        fonts = subprocess.run(["pdffonts", pdf], capture_output=True,
                               text=True).stdout.splitlines()[2:]
        if not fonts:
            fail(f"{where}: no fonts at all")
        for font in fonts:
            if font.split()[-5] != "yes":
                fail(f"{where}: font not embedded: {font}")

        text = collapse(subprocess.run(["pdftotext", pdf, "-"], capture_output=True,
                                       text=True).stdout)
        expected = []
        for stretch_id, kind, sided, hold, _targets, name, _origin in rows:
            expected.append(name)
            if kind == "flow":
                source = "Move slowly for %1 s each side" if sided == "yes" \
                    else "Move slowly for %1 s"
            else:
                source = "Hold %1 s each side" if sided == "yes" else "Hold %1 s"
            expected.append(tr(HANDOUT, source).replace("%1", hold))
        expected += [tr("Guidelines", title) for title in GUIDELINE_TITLES]
        expected.append(tr(HANDOUT, FOOTER))
        expected.append(tr(HANDOUT, "Page %1 of %2").replace("%1", "2").replace("%2", "2")
                        if pages == 2 else "")
        for wanted in expected:
            if collapse(wanted) not in text:
                fail(f"{where}: the text lacks \"{wanted}\"")


def check_errors(limber, env, scratch):
    pdf = os.path.join(scratch, "errors.pdf")
    result = run(limber, env, "--export-pdf", "no-such-routine", pdf)
    if result.returncode != 2 or "no-such-routine" not in result.stderr:
        fail(f"unknown routine: exit {result.returncode}, stderr {result.stderr!r}")
    result = run(limber, env, "--export-pdf", "back-and-hips", pdf, "--paper", "a5")
    if result.returncode != 2 or "--paper" not in result.stderr:
        fail(f"--paper a5: exit {result.returncode}, stderr {result.stderr!r}")
    if os.path.exists(pdf):
        fail("a refused export left a file behind")
    result = run(limber, env, "--export-pdf", "back-and-hips")
    if result.returncode != 2:
        fail(f"--export-pdf without FILE: exit {result.returncode}")
    unwritable = os.path.join(scratch, "missing-folder", "handout.pdf")
    result = run(limber, env, "--export-pdf", "back-and-hips", unwritable)
    if result.returncode != 1 or unwritable not in result.stderr:
        fail(f"unwritable file: exit {result.returncode}, stderr {result.stderr!r}")
    # A failed write leaves the previous file as it was.
    previous = os.path.join(scratch, "previous.pdf")
    with open(previous, "w") as file:
        file.write("previous")
    os.chmod(scratch, 0o500)
    try:
        result = run(limber, env, "--export-pdf", "back-and-hips", previous)
    finally:
        os.chmod(scratch, 0o700)
    with open(previous, "rb") as file:
        kept = file.read()
    # root writes into a read-only folder anyway.
    if os.geteuid() != 0 and (result.returncode != 1 or kept != b"previous"):
        fail(f"write into a read-only folder: exit {result.returncode}, file now {kept[:20]!r}")


def main():
    limber, translations_dir = sys.argv[1], sys.argv[2]
    for tool in ("pdftotext", "pdfinfo", "pdfimages", "pdffonts"):
        if shutil.which(tool) is None:
            print(f"SKIP: {tool} not installed (poppler-utils)")
            return 77
    with tempfile.TemporaryDirectory() as scratch:
        env = {key: value for key, value in os.environ.items()
               if key not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "LANG",
                              "LANGUAGE", "LC_ALL")}
        env.update(XDG_CONFIG_HOME=os.path.join(scratch, "config"),
                   XDG_DATA_HOME=os.path.join(scratch, "data"),
                   XDG_RUNTIME_DIR=os.path.join(scratch, "run"), LANG="C.UTF-8")
        os.makedirs(env["XDG_RUNTIME_DIR"], mode=0o700)
        out = os.path.join(scratch, "out")
        os.makedirs(out)
        for language in ("en", "de", "es", "fr", "it"):
            check_language(limber, env, out, translations_dir, language)
        check_errors(limber, env, out)
    print(f"{len(failures)} failure(s)" if failures else "all handout checks passed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
