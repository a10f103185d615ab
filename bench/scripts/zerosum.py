#!/usr/bin/env python3
"""Writes a random two-player zero-sum game as a Gambit .nfg, in the conventions of data/games/zerosum-40x40.nfg.

Usage: zerosum.py M N SEED > data/games/zerosum-MxN.nfg

Player 1's payoffs are integers drawn uniformly from -9..9 by Python's random.Random(SEED) (Mersenne Twister,
stable across Python versions for randint), in Gambit's order (player 1's strategy varies fastest);
player 2 gets the negation.
"""
import sys


def main(m, n, seed):
    import random
    rng = random.Random(seed)
    out = [f'NFG 1 R "zerosum-{m}x{n}: random game, seed {seed}" {{ "P1" "P2" }} {{ '
           + '{ ' + ' '.join(f'"s{i + 1}"' for i in range(m)) + ' } '
           + '{ ' + ' '.join(f'"s{j + 1}"' for j in range(n)) + ' } }', '']
    values = []
    for _ in range(m * n):
        a = rng.randint(-9, 9)
        values.append(f'{a} {-a}')
    out.append(' '.join(values))
    sys.stdout.write('\n'.join(out) + '\n')


if __name__ == '__main__':
    main(int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]))
