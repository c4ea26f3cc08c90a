/* rng.c — splitmix64 for the randomized unit tests (see rng.h).  Uses: rng.h. */
#include "rng.h"

static uint64_t state;

void rng_seed(uint64_t seed)
{
    state = seed;
}

uint64_t rng_next(void)
{
    uint64_t z = (state += 0x9E3779B97F4A7C15u);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9u;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBu;
    return z ^ (z >> 31);
}

size_t rng_below(size_t n)
{
    return (size_t)(rng_next() % n);
}

double rng_unit(void)
{
    return (double)(rng_next() >> 11) / 9007199254740992.0;
}
