#!/usr/bin/env python3
"""Writes generalised Kuhn poker with N cards as a Gambit .efg, in the conventions of data/games/kuhn3/13/40.efg.

Usage: kuhn.py N > data/games/kuhnN.efg

Each player antes 1 and is dealt one of N distinct cards (all N(N-1) ordered deals equally likely).
Player 1 checks or bets 1. After a check player 2 checks (showdown for 1) or bets 1, and player 1 then folds
or calls (showdown for 2). After a bet player 2 folds or calls (showdown for 2). The higher card wins.
Information sets: player 1's "c<card>" is set card+1 and "c<card>-after-check-bet" set N+card+1; player 2's
"c<card>-after-check" is set card+1 and "c<card>-after-bet" set N+card+1. Outcomes are numbered in tree order.
"""
import sys


def main(n):
    deals = [(a, b) for a in range(n) for b in range(n) if a != b]
    p = len(deals)
    out = [f'EFG 2 R "kuhn{n}: Kuhn poker with {n} cards" {{ "P1" "P2" }}', '""']
    out.append('c "deal" 1 "" { ' + ' '.join(f'"{a}-{b}" 1/{p}' for a, b in deals) + ' } 0')
    outcome = 0

    def terminal(win):
        nonlocal outcome
        outcome += 1
        out.append(f't "" {outcome} "" {{ {win}, {-win} }}')

    for a, b in deals:
        sign = 1 if a > b else -1
        out.append(f'p "" 1 {a + 1} "c{a}" {{ "check" "bet" }} 0')
        out.append(f'p "" 2 {b + 1} "c{b}-after-check" {{ "check" "bet" }} 0')
        terminal(sign)
        out.append(f'p "" 1 {n + a + 1} "c{a}-after-check-bet" {{ "fold" "call" }} 0')
        terminal(-1)
        terminal(2 * sign)
        out.append(f'p "" 2 {n + b + 1} "c{b}-after-bet" {{ "fold" "call" }} 0')
        terminal(1)
        terminal(2 * sign)
    sys.stdout.write('\n'.join(out) + '\n')


if __name__ == '__main__':
    main(int(sys.argv[1]))
