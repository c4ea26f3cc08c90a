/* rng.h — the random numbers of the randomized unit tests: splitmix64, the same numbers on
 * every machine for the same seed.
 * Provides rng_seed(), rng_next(), rng_below(), rng_unit().  Uses: stdint. */
#ifndef PARIDX_TEST_RNG_H
#define PARIDX_TEST_RNG_H

#include <stddef.h>
#include <stdint.h>

void rng_seed(uint64_t seed);
uint64_t rng_next(void);
/* 0 … n-1 */
size_t rng_below(size_t n);
/* [0, 1) with 53 random bits */
double rng_unit(void);

#endif
