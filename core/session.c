/* session.c — opening data and rules for the scoring commands (see session.h). */
#define _POSIX_C_SOURCE 200809L /* strdup */
#include "session.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "calendar.h"
#include "engine.h"
#include "import.h"
#include "store.h"

static int fail(const struct px_err *e)
{
    px_report(e);
    return e->code;
}

int session_limits(const struct session_opts *o, struct sandbox_limits *lim)
{
    long long steps = SANDBOX_DEFAULT_STEPS, mib = (long long)(SANDBOX_DEFAULT_MEMORY >> 20);
    if (o->max_steps && cli_number("max-steps", o->max_steps, 1000, &steps))
        return PX_USAGE;
    if (o->max_memory && cli_number("max-memory", o->max_memory, 1, &mib))
        return PX_USAGE;
    lim->max_steps = steps;
    lim->max_memory = (size_t)mib << 20;
    return 0;
}

/* Loads the example's units.csv, agencies.csv and facts.csv (those present) into memory. */
static int load_example(struct session *ss, struct px_err *e)
{
    const char *dir = ss->rules.model.example;
    if (!dir) {
        px_err_set(e, PX_USAGE, "no --db given, and %s names no example data "
                   "(index { example = \"…\" }); give --db FILE", ss->rules.model.file);
        return -1;
    }
    static const char *const FILES[] = {"units", "agencies", "facts"};
    for (size_t i = 0; i < sizeof FILES / sizeof *FILES; i++) {
        char path[4200];
        snprintf(path, sizeof path, "%s/%s.csv", dir, FILES[i]);
        if (access(path, F_OK) != 0)
            continue;
        enum import_kind kind;
        import_kind_from_name(FILES[i], &kind);
        if (import_file(ss->store, kind, path, e) < 0)
            return -1;
    }
    px_say("no --db given: scoring the example %s in an in-memory database", dir);
    return 0;
}

int session_open(struct session *ss, const char *rules_path, const struct session_opts *o)
{
    memset(ss, 0, sizeof *ss);
    struct sandbox_limits lim;
    int rc = session_limits(o, &lim);
    if (rc)
        return rc;
    struct px_err e;
    if (o->as_of) {
        struct px_date d;
        char why[256];
        if (date_parse(o->as_of, &d, why, sizeof why) != 0) {
            px_say("--as-of: %s", why);
            return PX_USAGE;
        }
        date_iso(d, ss->as_of);
    }
    if (!(ss->store = store_open(o->db, &e)))
        return fail(&e);
    if (rules_load(rules_path, &lim, ss->store, &ss->rules, &e) != 0 ||
        (!o->db && load_example(ss, &e) != 0)) {
        session_close(ss);
        return fail(&e);
    }
    return 0;
}

/* "why | read: a, b" for the stored explanation of a leaf. */
static char *leaf_explanation(const struct leaf_why *w)
{
    size_t n = (w->note ? strlen(w->note) : 0) + 16;
    for (size_t i = 0; i < w->nfacts_read; i++)
        n += strlen(w->facts_read[i]) + 2;
    char *s = malloc(n);
    if (!s)
        return NULL;
    size_t used = (size_t)snprintf(s, n, "%s", w->note ? w->note : "");
    for (size_t i = 0; i < w->nfacts_read; i++)
        used += (size_t)snprintf(s + used, n - used, "%s%s", i ? ", " : (used ? " | read: " : "read: "),
                                 w->facts_read[i]);
    return s;
}

static int save_scores(struct session *ss, int64_t run, struct px_err *e)
{
    const struct model *m = &ss->rules.model;
    for (size_t u = 0; u < ss->results.nunits; u++) {
        const struct unit_result *ur = &ss->results.units[u];
        for (size_t i = 0; i < m->nnodes; i++) {
            char *why = m->nodes[i].nchildren ? NULL : leaf_explanation(&ur->why[i]);
            struct score_row row = {run, ur->code, m->nodes[i].code, ur->points[i], ur->max[i],
                                    ur->applicable[i], why};
            int rc = store_put_score(ss->store, &row, e);
            free(why);
            if (rc != 0)
                return -1;
        }
    }
    return 0;
}

static int save_run(struct session *ss, struct px_err *e)
{
    const struct model *m = &ss->rules.model;
    struct run_row run = {m->file, m->sha256, ss->as_of[0] ? ss->as_of : NULL, m->year};
    if (store_begin(ss->store, e) != 0)
        return -1;
    int64_t id = store_add_run(ss->store, &run, e);
    if (id < 0 || save_scores(ss, id, e) != 0 || store_commit(ss->store, e) != 0) {
        store_rollback(ss->store);
        return -1;
    }
    return 0;
}

int session_score(struct session *ss, int save)
{
    struct px_err e;
    if (engine_score(&ss->rules, ss->store, ss->as_of[0] ? ss->as_of : NULL, &ss->results, &e) != 0 ||
        (save && save_run(ss, &e) != 0))
        return fail(&e);
    return 0;
}

int session_unit(const struct session *ss, const char *code)
{
    for (size_t i = 0; i < ss->results.nunits; i++)
        if (!strcmp(ss->results.units[i].code, code))
            return (int)i;
    fprintf(stderr, "paridx: no scored unit has the code '%s'; the units are:", code);
    for (size_t i = 0; i < ss->results.nunits; i++)
        fprintf(stderr, " %s", ss->results.units[i].code);
    fputc('\n', stderr);
    return -1;
}

void session_close(struct session *ss)
{
    results_free(&ss->results);
    rules_free(&ss->rules);
    store_close(ss->store);
    memset(ss, 0, sizeof *ss);
}
