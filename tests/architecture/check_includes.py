#!/usr/bin/env python3
"""Keeps the tree shaped like the product: checks every #include in core/ and app/.

Each library is a set of feature folders, and a folder may include only the folders below
it (docs/ARCHITECTURE.md has the picture). The rules, checked here:
  - a project header is included by its folder ("playback/Timeline.h"), never flat;
  - it exists at that path;
  - the folder including it is allowed to use that folder (ALLOWED below);
  - core/ includes no QtGui or QtWidgets header.

Usage: check_includes.py SOURCE_DIR [QT_INCLUDE_DIR]   exit 0 clean, 1 with a line per breach
       check_includes.py --self-test SOURCE_DIR [QT_INCLUDE_DIR]
           copies the tree, adds one forbidden include of each kind, and checks that each is
           caught (so this test cannot pass by checking nothing).
"""

import os
import re
import shutil
import sys
import tempfile

CORE = "core"
APP = "app"

# Which folders each folder may include, besides itself. "core:*" is every core folder.
ALLOWED = {
    # Poses are plain data below the model: a stretch carries its picture.
    (CORE, "figures"): set(),
    (CORE, "model"): {(CORE, "figures")},
    (CORE, "playback"): {(CORE, "model")},
    (CORE, "storage"): {(CORE, "model"), (CORE, "playback"), (CORE, "figures")},
    (CORE, "history"): {(CORE, "model"), (CORE, "playback")},
    (CORE, "reminders"): {(CORE, "model"), (CORE, "playback"), (CORE, "storage")},
    # The synced data folder: its stores' files, preferences and history, moved and watched.
    (CORE, "sync"): {(CORE, "model"), (CORE, "playback"), (CORE, "storage"), (CORE, "figures"),
                     (CORE, "history")},
    (APP, "widgets"): {"core:*"},
    (APP, "figures"): {"core:*", (APP, "widgets")},
    (APP, "catalog"): {"core:*", (APP, "widgets"), (APP, "figures")},
    (APP, "cues"): {"core:*", (APP, "widgets")},
    # The printable handout: shared by the views that offer Save as PDF and Print.
    (APP, "handout"): {"core:*", (APP, "widgets"), (APP, "figures"), (APP, "catalog")},
    # The views: shared pieces and core, never each other (they meet in the shell).
    (APP, "player"): {"core:*", (APP, "widgets"), (APP, "figures"), (APP, "catalog"),
                      (APP, "handout")},
    (APP, "library"): {"core:*", (APP, "widgets"), (APP, "figures"), (APP, "catalog")},
    (APP, "routines"): {"core:*", (APP, "widgets"), (APP, "figures"), (APP, "catalog"),
                        (APP, "handout")},
    (APP, "settings"): {"core:*", (APP, "widgets"), (APP, "figures"), (APP, "catalog")},
    (APP, "history"): {"core:*", (APP, "widgets"), (APP, "figures"), (APP, "catalog")},
    # The user's own stretches: the stretch editor and the pose editor.
    (APP, "stretches"): {"core:*", (APP, "widgets"), (APP, "figures"), (APP, "catalog")},
    # Tray, notifications, idle time and autostart; the shell wires it to the player.
    (APP, "reminders"): {"core:*", (APP, "widgets")},
    # The composition root: builds everything and wires the views together.
    (APP, "shell"): {"core:*", "app:*"},
}

INCLUDE = re.compile(r'^\s*#\s*include\s*([<"])([^>"]+)[>"]', re.M)


def folders(root, library):
    base = os.path.join(root, library)
    return sorted(d for d in os.listdir(base) if os.path.isdir(os.path.join(base, d)))


def may_use(source, target):
    allowed = ALLOWED.get(source)
    if allowed is None:
        return False
    return (target == source or target in allowed
            or f"{target[0]}:*" in allowed)


def resolve(root, source_library, header):
    """The (library, folder) a quoted include names, preferring the includer's library."""
    folder = header.split("/", 1)[0]
    order = [source_library] + [lib for lib in (APP, CORE) if lib != source_library]
    if source_library == CORE:
        order = [CORE]  # core cannot see app/ at all: it is not on core's include path
    for library in order:
        if os.path.isfile(os.path.join(root, library, header)):
            return (library, folder)
    return None


def gui_headers(qt_include_dir):
    names = set()
    if not qt_include_dir:
        return names
    for module in ("QtGui", "QtWidgets"):
        path = os.path.join(qt_include_dir, module)
        if os.path.isdir(path):
            names.update(os.listdir(path))
            names.add(module)
    core_path = os.path.join(qt_include_dir, "QtCore")
    if os.path.isdir(core_path):
        names -= set(os.listdir(core_path))
    return names


def check(root, qt_include_dir=None):
    problems = []
    gui = gui_headers(qt_include_dir)
    for library in (CORE, APP):
        known = set(folders(root, library))
        for folder in sorted(known):
            source = (library, folder)
            if source not in ALLOWED:
                problems.append(f"{library}/{folder}/: a folder with no rule in "
                                f"tests/architecture/check_includes.py (add it to ALLOWED)")
                continue
            for dirpath, _, files in os.walk(os.path.join(root, library, folder)):
                for name in sorted(files):
                    if not name.endswith((".cpp", ".h")):
                        continue
                    path = os.path.join(dirpath, name)
                    relative = os.path.relpath(path, root)
                    with open(path, encoding="utf-8") as handle:
                        text = handle.read()
                    for match in INCLUDE.finditer(text):
                        line = text.count("\n", 0, match.start()) + 1
                        where = f"{relative}:{line}"
                        kind, header = match.groups()
                        if kind == "<":
                            module = header.split("/", 1)[0]
                            if library == CORE and (header in gui or module in
                                                    ("QtGui", "QtWidgets")):
                                problems.append(f"{where}: core includes the GUI header "
                                                f"<{header}>; core links Qt6::Core only")
                            continue
                        if "/" not in header:
                            problems.append(f'{where}: "{header}" must name its folder '
                                            f'(for example "model/{header}")')
                            continue
                        target = resolve(root, library, header)
                        if target is None:
                            problems.append(f'{where}: "{header}" is not a header of '
                                            f"{'core' if library == CORE else 'app or core'}")
                            continue
                        if not may_use(source, target):
                            problems.append(f'{where}: {library}/{folder} may not include '
                                            f'{target[0]}/{target[1]} ("{header}")')
    return problems


def self_test(root, qt_include_dir):
    """Each forbidden include, added to a copy of the tree, must be reported."""
    cases = [
        ("app/player/PlayerView.cpp", '#include "routines/RoutinesView.h"',
         "app/player may not include app/routines"),
        ("app/library/LibraryView.cpp", '#include "settings/SettingsView.h"',
         "app/library may not include app/settings"),
        ("app/widgets/PaletteTools.cpp", '#include "figures/FigurePainter.h"',
         "app/widgets may not include app/figures"),
        ("app/figures/FigurePainter.cpp", '#include "shell/MainWindow.h"',
         "app/figures may not include app/shell"),
        ("core/model/Catalog.cpp", '#include "playback/Timeline.h"',
         "core/model may not include core/playback"),
        ("core/playback/Timeline.cpp", '#include "storage/Settings.h"',
         "core/playback may not include core/storage"),
        ("app/routines/RoutinesView.cpp", '#include "RoutineEditor.h"',
         "must name its folder"),
        ("core/model/Catalog.cpp", "#include <QPainter>", "core includes the GUI header"),
    ]
    failures = []
    if check(root, qt_include_dir):
        failures.append("the real tree is not clean to begin with")
    for path, include, expected in cases:
        if expected.startswith("core includes") and not qt_include_dir:
            continue
        with tempfile.TemporaryDirectory() as copy:
            for library in (CORE, APP):
                shutil.copytree(os.path.join(root, library), os.path.join(copy, library))
            with open(os.path.join(copy, path), "a", encoding="utf-8") as handle:
                handle.write("\n" + include + "\n")
            found = check(copy, qt_include_dir)
            if not any(expected in problem and path in problem for problem in found):
                failures.append(f"{include} added to {path} was not reported "
                                f"(expected '{expected}'; got {found})")
    return failures


def main(argv):
    args = argv[1:]
    testing = bool(args) and args[0] == "--self-test"
    if testing:
        args = args[1:]
    if not args:
        print(__doc__, file=sys.stderr)
        return 2
    root = args[0]
    qt_include_dir = args[1] if len(args) > 1 else None
    problems = self_test(root, qt_include_dir) if testing else check(root, qt_include_dir)
    for problem in problems:
        print(problem)
    if problems:
        return 1
    print("include directions: self-test passed" if testing else "include directions: clean")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
