#!/usr/bin/env python3
"""Times a published brink on every game and method for which Gambit's recorded run (data/games/EXPECTED.md and
EXPECTED-more.md) took more than a threshold, one process per run, best of N wall-clock runs, and prints a markdown
table with the ratio. Gambit's own times are the recorded ones (no Gambit runs here).

usage: bench/scripts/against-gambit.py BRINK [--min 0.1] [--repeat 3] [--limit 60]
"""
import argparse
import pathlib
import re
import subprocess
import threading
import time

GAMES = pathlib.Path(__file__).resolve().parents[2] / "data" / "games"


def recorded_rows():
    for name in ("EXPECTED.md", "EXPECTED-more.md"):
        for line in (GAMES / name).read_text().splitlines():
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if len(cells) != 6 or not cells[5].replace(".", "", 1).isdigit():
                continue
            game, method, command, exit_code, _, seconds = cells
            yield game, method, command.strip("`"), exit_code, float(seconds)


def brink_arguments(game, method, command):
    arguments = ["solve", str(GAMES / game), "--method", method]
    perturbation = re.search(r"-s (\S+)", command)
    if method in ("gnm", "ipa") and perturbation:
        arguments += ["--perturbation", str(GAMES / perturbation.group(1))]
    return arguments


def best_wall(brink, arguments, repeat, limit):
    """The best wall time and the exit code; (None, None) past the limit. A blocking wait, not subprocess's
    timeout (which polls in steps of up to 50 ms and would round every short run up)."""
    best, code = None, None
    for _ in range(repeat):
        start = time.perf_counter()
        process = subprocess.Popen([brink, *arguments], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        timer = threading.Timer(limit, process.kill)
        timer.start()
        code = process.wait()
        elapsed = time.perf_counter() - start
        timer.cancel()
        if elapsed >= limit:
            return None, None
        best = elapsed if best is None else min(best, elapsed)
    return best, code


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("brink")
    parser.add_argument("--min", type=float, default=0.1, help="only rows where Gambit took more than this (s)")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--limit", type=float, default=60)
    options = parser.parse_args()
    print("| game | method | Gambit s | Brink s (best of %d) | ratio |" % options.repeat)
    print("|---|---|---|---|---|")
    for game, method, command, exit_code, seconds in recorded_rows():
        if seconds <= options.min or exit_code not in ("0", "timeout"):
            continue
        wall, code = best_wall(options.brink, brink_arguments(game, method, command), options.repeat, options.limit)
        gambit = ("> %g (timeout)" % round(seconds)) if exit_code == "timeout" else "%.3f" % seconds
        if wall is None:
            print(f"| {game} | {method} | {gambit} | > {options.limit:g} (timeout) | - |")
        elif code != 0:
            print(f"| {game} | {method} | {gambit} | exit {code} after {wall:.3f} | - |")
        else:
            print(f"| {game} | {method} | {gambit} | {wall:.3f} | {seconds / wall:.1f}x{'+' if exit_code == 'timeout' else ''} |")


if __name__ == "__main__":
    main()
