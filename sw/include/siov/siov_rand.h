/* SPDX-License-Identifier: MIT */
/*
 * siov_rand.h - the deterministic random stream used by the simulator and the tests:
 * xoshiro256** seeded through splitmix64 (the same numbers on every machine for one seed).
 */
#ifndef SIOV_SIOV_RAND_H_
#define SIOV_SIOV_RAND_H_

#include <stdint.h>

struct siov_rand {
	uint64_t s[4];
};

static inline void siov_rand_seed(struct siov_rand *r, uint64_t seed)
{
	for (int i = 0; i < 4; i++) {
		uint64_t z = (seed += 0x9e3779b97f4a7c15ull);

		z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
		z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
		r->s[i] = z ^ (z >> 31);
	}
}

static inline uint64_t siov_rand_rotl(uint64_t x, int k)
{
	return (x << k) | (x >> (64 - k));
}

static inline uint64_t siov_rand_next(struct siov_rand *r)
{
	uint64_t *s = r->s;
	uint64_t res = siov_rand_rotl(s[1] * 5, 7) * 9, t = s[1] << 17;

	s[2] ^= s[0];
	s[3] ^= s[1];
	s[1] ^= s[2];
	s[0] ^= s[3];
	s[2] ^= t;
	s[3] = siov_rand_rotl(s[3], 45);
	return res;
}

#endif /* SIOV_SIOV_RAND_H_ */
