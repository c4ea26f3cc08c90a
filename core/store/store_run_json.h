/* store_run_json.h — a stored unit's nodes written as the JSON text of its score_unit row,
 * for store_run.c (store_run_json.c).
 * Provides struct node_default, store_run_json().  Uses: store.h (struct score_entry). */
#ifndef PARIDX_STORE_RUN_JSON_H
#define PARIDX_STORE_RUN_JSON_H

#include <stddef.h>

#include "store.h"

/* A node's default in the run being stored: set once, from the first unit where the node
 * is applicable, and then in run_node as well. */
struct node_default {
    int set;
    double max;
    char *explanation; /* NULL: none */
};

/* The JSON array of a unit's nodes v[0..n) against the run's defaults d[0..n) (NULL: none,
 * every node an array; a default not set yet is taken to be the node's own, so the node is
 * bare when applicable and its points on the grid): a malloc'd text and its length in *len,
 * or NULL with *finite 0 when a number is not finite, or NULL with *finite 1 when out of
 * memory. */
char *store_run_json(const struct score_entry *v, size_t n, const struct node_default *d,
                     size_t *len, int *finite);

#endif
