"""Call the xxgk CLI from Python and read its JSON.

usage: python3 examples/python-wrapper.py <file> [<file> ...]

Runs `xxgk parse --format json --quiet -- FILE` through subprocess and reads the ParseResult it prints:
{"report": {...}, "diagnostics": [...]}. The command is $XXGK when set (e.g. "npx xxgk" in a project that
installed the package), else this clone's built CLI (`node dist/cli.js`; build first: npm run build), else
`xxgk` on the PATH. An unusable file is named on stderr with the reason, and the exit code is 2.
"""

import json
import os
import shlex
import shutil
import subprocess
import sys

CLONE_CLI = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "dist", "cli.js")


def xxgk_command():
    """The command line that runs the xxgk CLI (see the module docstring)."""
    if os.environ.get("XXGK"):
        return shlex.split(os.environ["XXGK"])
    if os.path.exists(CLONE_CLI):
        return ["node", CLONE_CLI]
    if shutil.which("xxgk"):
        return ["xxgk"]
    raise RuntimeError("xxgk not found: set XXGK (e.g. XXGK='npx xxgk') or build this clone (npm run build)")


def parse_report(path):
    """Parse one report file with the xxgk CLI; returns the ParseResult as a dict."""
    proc = subprocess.run(
        # "--" ends the options: a file named "-x.txt" is a path, not an option.
        [*xxgk_command(), "parse", "--format", "json", "--quiet", "--", path],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )
    if proc.returncode != 0:
        raise RuntimeError(f"xxgk parse {path} failed ({proc.returncode}): {proc.stderr.strip()}")
    return json.loads(proc.stdout)


def main(paths):
    if not paths:
        print(__doc__, file=sys.stderr)
        return 2
    failed = 0
    for path in paths:
        try:
            result = parse_report(path)
        except RuntimeError as error:
            print(error, file=sys.stderr)
            failed += 1
            continue
        meta = result["report"]["meta"]
        cells = result["report"]["cells"]
        received = cells.get("applications.new.total", {}).get("value")
        print(f"{os.path.basename(path)}: {meta['orgName']} {meta['year']} {meta['formatEra']}")
        print(f"  cells: {len(cells)}, legacy tables: {len(result['report']['legacy'])}")
        print(f"  applications.new.total: {received}")
        print(f"  diagnostics: {len(result['diagnostics'])}")
    return 2 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
