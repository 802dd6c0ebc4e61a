"""Call the xxgk CLI from Python and read its JSON.

usage: python3 examples/python-wrapper.py <file> [<file> ...]

Runs `node dist/cli.js parse --format json FILE` (build first: npm run build) through subprocess and reads
the ParseResult it prints: {"report": {...}, "diagnostics": [...]}.
"""

import json
import os
import subprocess
import sys

CLI = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "dist", "cli.js")


def parse_report(path):
    """Parse one report file with the xxgk CLI; returns the ParseResult as a dict."""
    proc = subprocess.run(
        ["node", CLI, "parse", "--format", "json", "--quiet", path],
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
    for path in paths:
        result = parse_report(path)
        meta = result["report"]["meta"]
        cells = result["report"]["cells"]
        received = cells.get("applications.new.total", {}).get("value")
        print(f"{os.path.basename(path)}: {meta['orgName']} {meta['year']} {meta['formatEra']}")
        print(f"  cells: {len(cells)}, legacy tables: {len(result['report']['legacy'])}")
        print(f"  applications.new.total: {received}")
        print(f"  diagnostics: {len(result['diagnostics'])}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
