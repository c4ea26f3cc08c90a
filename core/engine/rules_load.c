/* rules_load.c — loads a rule file into a new sandbox with the paridx API and the
 * declarations, runs it, and checks the model it declared (see rules.h).
 * Uses: sandbox.h, lapi.h, rules_dsl.h, model_check.h, fileio.h. */
#define _POSIX_C_SOURCE 200809L /* strdup */
#include "rules.h"

#include <lauxlib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fileio.h"
#include "lapi.h"
#include "model_check.h"
#include "rules_dsl.h"
#include "sandbox.h"

/* Writes the directory part of path ("." when none). */
static void dir_of(const char *path, char *out, size_t n)
{
    const char *slash = strrchr(path, '/');
    if (!slash)
        snprintf(out, n, ".");
    else if (slash == path)
        snprintf(out, n, "/");
    else
        snprintf(out, n, "%.*s", (int)(slash - path), path);
}

/* Removes "name/../" steps in place, so "rules/../examples/x" reads "examples/x". */
static void tidy_path(char *p)
{
    char *dots;
    while ((dots = strstr(p, "/../"))) {
        char *start = dots;
        while (start > p && start[-1] != '/')
            start--;
        if (dots - start == 2 && !strncmp(start, "..", 2))
            break; /* "../../x": nothing to remove */
        memmove(start, dots + 4, strlen(dots + 4) + 1);
    }
}

static int resolve_example(struct model *m, const char *dir, struct px_err *e)
{
    if (!m->example || m->example[0] == '/')
        return 0;
    size_t n = strlen(dir) + strlen(m->example) + 2;
    char *full = malloc(n);
    if (!full) {
        px_err_set(e, PX_SYSTEM, "out of memory");
        return -1;
    }
    snprintf(full, n, "%s/%s", dir, m->example);
    tidy_path(full);
    free(m->example);
    m->example = full;
    return 0;
}

static int run_file(struct rules *r, const char *path, struct px_err *e)
{
    if (sandbox_load(r->sb, path, e) != 0)
        return -1;
    if (sandbox_call(r->sb, 0, 0, e) != 0) {
        if (!e->file[0]) /* a limit hit with no line to name */
            snprintf(e->file, sizeof e->file, "%s", path);
        return -1;
    }
    char msg[512];
    int line = dsl_unplaced(sandbox_lua(r->sb), msg, sizeof msg);
    if (line) {
        px_err_at(e, PX_RULE, path, line, 0, "%s", msg);
        return -1;
    }
    struct findings f = {0};
    model_check(&r->model, &f);
    if (f.n)
        findings_to_err(&f, path, PX_RULE, e);
    int bad = f.n > 0;
    findings_free(&f);
    return bad ? -1 : 0;
}

int rules_load(const char *path, const struct sandbox_limits *lim, struct store *db,
               struct rules *out, struct px_err *e)
{
    memset(out, 0, sizeof *out);
    char dir[4096], lib[4200];
    dir_of(path, dir, sizeof dir);
    snprintf(lib, sizeof lib, "%s/lib", dir);
    char sha[65];
    if (file_sha256(path, sha, e) != 0) {
        e->code = PX_RULE;
        return -1;
    }
    if (!(out->sb = sandbox_new(lim, lib, e)))
        return -1;
    out->model.file = strdup(path);
    out->model.sha256 = strdup(sha);
    if (!out->model.file || !out->model.sha256) {
        px_err_set(e, PX_SYSTEM, "out of memory");
        rules_free(out);
        return -1;
    }
    lua_State *L = sandbox_lua(out->sb);
    sandbox_push_base(out->sb);
    lapi_open(L, db);
    dsl_open(L, &out->model);
    lua_pop(L, 1);
    if (run_file(out, path, e) != 0 || resolve_example(&out->model, dir, e) != 0) {
        rules_free(out);
        return -1;
    }
    return 0;
}

void rules_free(struct rules *r)
{
    sandbox_free(r->sb);
    model_free(&r->model);
    memset(r, 0, sizeof *r);
}
