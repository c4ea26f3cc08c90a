/* rules_load.c — loads a rule file into a new sandbox with the paridx API and the
 * declarations (frozen), runs it, and checks the model it declared (see rules.h).  The file
 * is read once: the sha256 stored with a run is that of the bytes that ran.
 * Uses: sandbox.h, lapi.h, rules_dsl.h, model_check.h, deadlines.h (relative deadlines),
 * findings.h, i18n.h (messages). */
#define _POSIX_C_SOURCE 200809L /* strdup */
#include "rules.h"

#include <lauxlib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "findings.h"
#include "lapi.h"
#include "deadlines.h"
#include "model_check.h"
#include "rules_dsl.h"
#include "sandbox.h"
#include "i18n.h"

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
        px_err_set(e, PX_SYSTEM, _("out of memory"));
        return -1;
    }
    snprintf(full, n, "%s/%s", dir, m->example);
    tidy_path(full);
    free(m->example);
    m->example = full;
    return 0;
}

static int run_file(struct rules *r, const char *path, struct findings *found, struct px_err *e)
{
    char sha[65];
    if (sandbox_load(r->sb, path, sha, e) != 0)
        return -1;
    if (!(r->model.sha256 = strdup(sha))) {
        px_err_set(e, PX_SYSTEM, _("out of memory"));
        return -1;
    }
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
    model_resolve_deadlines(&r->model, &f);
    int bad = f.n > 0;
    if (bad && found) { /* the caller prints every finding itself */
        px_err_at(e, PX_RULE, path, 0, 0, ngettext("%zu finding", "%zu findings", f.n), f.n);
        *found = f;
    } else {
        if (bad) /* whole lines, then how many more */
            findings_to_err(&f, path, PX_RULE, e);
        findings_free(&f);
    }
    return bad ? -1 : 0;
}

/* The model's lookups made fast once its declarations are done (model_index_questions). */
static int index_model(struct model *m, struct px_err *e)
{
    if (model_index_questions(m) == 0)
        return 0;
    px_err_set(e, PX_SYSTEM, _("out of memory"));
    return -1;
}

/* Protected: the paridx API and the declarations into the base, then the base sealed. */
static int open_api(lua_State *L)
{
    struct rules *r = lua_touserdata(L, 1);
    sandbox_push_base(r->sb);
    lapi_open(L, lua_touserdata(L, 2));
    dsl_open(L, &r->model);
    return 0;
}

int rules_load_all(const char *path, const struct sandbox_limits *lim, struct store *db,
                   struct rules *out, struct findings *found, struct px_err *e)
{
    memset(out, 0, sizeof *out);
    char dir[4096], lib[4200];
    dir_of(path, dir, sizeof dir);
    snprintf(lib, sizeof lib, "%s/lib", dir);
    if (!(out->sb = sandbox_new(lim, lib, e)))
        return -1;
    if (!(out->model.file = strdup(path))) {
        px_err_set(e, PX_SYSTEM, _("out of memory"));
        rules_free(out);
        return -1;
    }
    lua_pushlightuserdata(sandbox_lua(out->sb), db);
    if (sandbox_protect(out->sb, open_api, out, 1, e) != 0 ||
        sandbox_seal(out->sb, e) != 0 ||
        run_file(out, path, found, e) != 0 || resolve_example(&out->model, dir, e) != 0 ||
        index_model(&out->model, e) != 0) {
        rules_free(out);
        return -1;
    }
    return 0;
}

int rules_load(const char *path, const struct sandbox_limits *lim, struct store *db,
               struct rules *out, struct px_err *e)
{
    return rules_load_all(path, lim, db, out, NULL, e);
}

void rules_free(struct rules *r)
{
    sandbox_free(r->sb);
    model_free(&r->model);
    memset(r, 0, sizeof *r);
}
