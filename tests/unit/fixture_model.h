/* fixture_model.h — a small index built by hand for the model, results and report tests:
 * field "1" (max 6) = criterion "1.1" = leaves "1.1.1" (4) and "1.1.2" (2, provinces and
 * departments); field "2" (max 4, provinces only) = leaves "2.1" (1.5), "2.2" (1.5),
 * "2.3" (1); bands A 90, B 80, C 70; two agencies, three unit kinds, one deadline.
 * Provides fixture_model(), struct fixture, fixture_new(), fixture_add(),
 * fixture_add_unranked(), fixture_free().
 * Uses: model.h, results.h. */
#ifndef PARIDX_FIXTURE_MODEL_H
#define PARIDX_FIXTURE_MODEL_H

#include <stddef.h>

#include "model.h"
#include "results.h"

/* Node indices of the fixture, in tree order. */
enum { FX_1, FX_1_1, FX_1_1_1, FX_1_1_2, FX_2, FX_2_1, FX_2_2, FX_2_3, FX_NNODES };
#define FX_NLEAVES 5

/* A calloc'd model owning malloc'd strings, as the rule loader makes one:
 * release with model_free(m) then free(m). */
struct model *fixture_model(void);

/* The fixture model and empty results over it. */
struct fixture {
    struct model *m;
    struct results r;
};
struct fixture *fixture_new(void);

/* Adds a unit and does the engine's part for it: every leaf that applies to its kind gets
 * its max and leaf_points[k] (leaves in tree order: 1.1.1, 1.1.2, 2.1, 2.2, 2.3), none
 * when leaf_points is NULL.  Returns the unit's index (before ranking); aborts when out of
 * memory. */
size_t fixture_add(struct fixture *f, const char *code, const char *name, const char *kind,
                   const double *leaf_points);

/* Adds two provinces the scoreboard lists without a rank: NOD (An Giang) with no data, and
 * ERR (Bắc Ninh) whose data a scale refused at leaf 2.1 (rules.lua:17, "dữ kiện x: expected a
 * number, found \"y\"").  Aborts when out of memory. */
void fixture_add_unranked(struct fixture *f);

/* Releases the results, the model and f. */
void fixture_free(struct fixture *f);

#endif
