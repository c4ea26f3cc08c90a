/* cmd_repl.c — `paridx repl RULES [--db FILE] [--unit CODE]`: the what-if REPL.  Opens the
 * data (the rule file's example in memory without --db) read-only in one snapshot, scores
 * every unit with the incremental engine, offers the `whatif` Lua functions, runs the loop;
 * the database is written only by `.save`.
 * Uses: repl.h, repl_lua.h, session.h, store.h (the snapshot), report_sheet.h (--format). */
#include <stdio.h>
#include <unistd.h>

#include "commands.h"
#include "repl.h"
#include "repl_lua.h"
#include "store.h"
#include "text.h"
#include "i18n.h"

static struct session_opts so;
static const char *unit, *format;

static const struct cli_opt OPTS[] = {
    SESSION_CLI_OPTS(so),
    {"unit", "CODE", N_("the unit to start with (default: the only one, if there is one)"), &unit,
     NULL},
    {"format", "FMT", N_("how tables are printed: table (default), csv or json (.mode)"), &format,
     NULL},
    {NULL, NULL, NULL, NULL, NULL}};

static int host_command(void *ud, const char *name, char **w, int n)
{
    return repl_run_cmd(ud, name, w, n);
}

static int host_total(void *ud, double *total, double *percent, int *rank, const char **band)
{
    const struct repl *r = ud;
    if (r->unit < 0)
        return -1;
    const struct unit_result *u = &incr_results(r->in)->units[r->unit];
    *total = u->total;
    *percent = u->percent;
    *rank = u->rank;
    *band = u->band ? u->band->name : NULL;
    return 0;
}

static int host_score(void *ud, const char *node, double *points, double *max, char *why,
                      size_t n)
{
    const struct repl *r = ud;
    int i = model_find(&r->ss.rules.model, node);
    if (r->unit < 0) {
        snprintf(why, n, "%s", _("no unit chosen (.unit CODE)"));
        return -1;
    }
    if (i < 0) {
        snprintf(why, n, _("%s has no node with the code '%s'"), r->ss.rules.model.file, node);
        return -1;
    }
    const struct unit_result *u = &incr_results(r->in)->units[r->unit];
    *points = u->points[i];
    *max = u->max[i];
    return u->applicable[i];
}

/* The names of the dot-commands, for `whatif`. */
static const char *names[64];

static int start(struct repl *r, const char *rules)
{
    int rc = session_open(&r->ss, rules, &so);
    if (rc)
        return rc;
    struct px_err e;
    struct import_seen seen;
    const char *as_of = r->ss.as_of[0] ? r->ss.as_of : NULL;
    if (store_snapshot(r->ss.store, &seen, &e) != 0 ||
        !(r->in = incr_open(&r->ss.rules, r->ss.store, r->ss.data_year, as_of, &e))) {
        px_report(&e);
        return e.code;
    }
    for (size_t i = 0; REPL_CMDS[i].name && i + 1 < sizeof names / sizeof names[0]; i++)
        names[i] = REPL_CMDS[i].name;
    static struct repl_lua_host host;
    host = (struct repl_lua_host){host_command, host_total, host_score, r, names};
    if (repl_lua_open(&r->ss.rules, &host, &e) != 0) {
        px_report(&e);
        return e.code;
    }
    if (repl_scenarios_init(r) != 0) {
        px_say("%s", _("out of memory"));
        return PX_SYSTEM;
    }
    const struct results *now = incr_results(r->in);
    r->unit = now->nunits == 1 ? 0 : -1;
    if (unit && (r->unit = incr_unit(r->in, unit)) < 0) {
        px_say(_("repl: --unit: no unit has the code '%s'"), unit);
        return PX_USAGE;
    }
    return 0;
}

static int run(char **args, int nargs)
{
    (void)nargs;
    struct repl r = {.unit = -1, .input = "stdin", .interactive = isatty(0)};
    if (format && report_sheet_mode(format, &r.mode) != 0) {
        px_say(_("repl: --format: expected table, csv or json, found '%s'"), format);
        return PX_USAGE;
    }
    int rc = start(&r, args[0]);
    if (rc == 0 && r.interactive) {
        text_printf(stdout, "paridx repl — %s, %zu đơn vị. Gõ .help để xem các lệnh, Ctrl-D để "
                    "thoát.\n", r.ss.rules.model.file, incr_results(r.in)->nunits);
        if (r.unit >= 0)
            repl_print_unit(&r, (size_t)r.unit);
    }
    if (rc == 0)
        rc = repl_loop(&r);
    incr_free(r.in);
    repl_scenarios_free(&r);
    if (r.ss.store)
        store_rollback(r.ss.store); /* ends the snapshot: nothing was written */
    session_close(&r.ss);
    return rc;
}

const struct cli_cmd CMD_REPL = {
    "repl", "RULES", 1, 1,
    N_("explore what-ifs: change facts or points and see totals, bands and ranks at once"), OPTS,
    run};
