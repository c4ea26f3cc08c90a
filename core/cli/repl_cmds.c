/* repl_cmds.c — the REPL's dot-commands, described once: this table runs them, writes
 * `.help`, words their usage errors and names the `whatif` Lua functions; and the commands
 * that only look (.help, .units, .unit, .show, .explain, .rank, .mode, .timing, .quit).
 * Uses: repl.h, report.h (the scoreboard), report_explain.h, report_sheet.h, text.h. */
#define _POSIX_C_SOURCE 200809L /* strdup */
#include "repl.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "report.h"
#include "report_explain.h"
#include "text.h"
#include "i18n.h"

#define MAX_WORDS 16

int repl_fail(const struct repl *r, int code, const char *fmt, ...)
{
    char msg[1200];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    px_say("%s:%ld: %s", r->input, r->line, msg);
    return code;
}

int repl_report(const struct repl *r, struct px_err *e)
{
    if (!e->file[0]) {
        snprintf(e->file, sizeof e->file, "%s", r->input);
        e->line = (int)r->line;
        e->col = 0;
    }
    px_report(e);
    return e->code;
}

long repl_need_unit(const struct repl *r)
{
    if (r->unit < 0)
        repl_fail(r, PX_USAGE, _("no unit chosen; choose one with .unit CODE (.units lists them)"));
    return r->unit;
}

long repl_node(const struct repl *r, const char *code)
{
    int i = model_find(&r->ss.rules.model, code);
    if (i < 0)
        repl_fail(r, PX_USAGE, _("%s has no node with the code '%s' (codes look like 2, 2.1, 2.1.3)"),
                  r->ss.rules.model.file, code);
    return i;
}

int repl_sheet_out(const struct repl *r, struct report_grid *g)
{
    int rc = g ? report_sheet_write(stdout, g, r->mode) : -1;
    report_grid_free(g);
    if (rc != 0)
        px_say("%s", _("out of memory"));
    return rc ? PX_SYSTEM : PX_OK;
}

static int cmd_help(struct repl *r, char **w, int n)
{
    const char *only = n ? w[0] + (w[0][0] == '.') : NULL;
    const struct repl_cmd *c = REPL_CMDS;
    while (only && c->name && strcmp(only, c->name))
        c++;
    if (only && !c->name)
        return repl_fail(r, PX_USAGE, _("unknown command .%s; .help lists the commands"), only);
    for (c = REPL_CMDS; c->name; c++) {
        if (only && strcmp(only, c->name))
            continue;
        char usage[64];
        snprintf(usage, sizeof usage, ".%s%s%s", c->name, c->args[0] ? " " : "", c->args);
        text_pad(stdout, usage, 24, 0);
        printf("  %s\n", _(c->help));
    }
    if (!n)
        printf("%s\n", _("Any other line is Lua, in the rule file's sandbox: whatif.<command>(...) "
                          "runs the commands above, whatif.total() gives the unit's total, index, "
                          "rank and band, whatif.score(NODE) a node's points and maximum."));
    return PX_OK;
}

void repl_print_unit(const struct repl *r, size_t unit)
{
    const struct unit_result *u = &incr_results(r->in)->units[unit];
    char total[32], max[32], pct[32];
    repl_num(u->total, 1, total);
    repl_num(u->own_max, 1, max);
    repl_num(u->percent, 1, pct);
    if (u->status == UNIT_ERROR)
        text_printf(stdout, "%s %s: lỗi dữ liệu\n", u->code, u->name ? u->name : "");
    else if (u->status == UNIT_NO_DATA)
        text_printf(stdout, "%s %s: chưa có dữ liệu\n", u->code, u->name ? u->name : "");
    else
        text_printf(stdout, "%s %s: tổng %s/%s điểm, chỉ số %s%%, xếp loại %s, hạng %d\n",
                    u->code, u->name ? u->name : "", total, max, pct,
                    u->band ? u->band->name : "—", u->rank);
}

static int cmd_unit(struct repl *r, char **w, int n)
{
    (void)n;
    long i = incr_unit(r->in, w[0]);
    if (i < 0)
        return repl_fail(r, PX_USAGE, _("no unit has the code '%s'; .units lists them"), w[0]);
    r->unit = i;
    repl_print_unit(r, (size_t)i);
    return PX_OK;
}

/* The units as scored now, in the scoreboard's order (a copy sorted; the engine's own order
 * stays). */
static int sorted(const struct repl *r, struct results *copy)
{
    const struct results *now = incr_results(r->in);
    *copy = *now; /* shares every unit's arrays: never freed as results */
    copy->units = malloc((now->nunits + 1) * sizeof *copy->units);
    if (!copy->units)
        return -1;
    memcpy(copy->units, now->units, now->nunits * sizeof *now->units);
    results_sort(copy);
    return 0;
}

static int cmd_units(struct repl *r, char **w, int n)
{
    (void)w, (void)n;
    struct results all;
    if (sorted(r, &all) != 0)
        return repl_fail(r, PX_SYSTEM, "%s", _("out of memory"));
    static const char *const HEAD[] = {"Mã", "Đơn vị", "Loại", "Tổng", "Chỉ số (%)",
                                       "Xếp loại", "Hạng"};
    static const unsigned char RIGHT[] = {0, 0, 0, 1, 1, 0, 1};
    struct report_grid *g = report_sheet_new(7, HEAD, RIGHT);
    for (size_t i = 0; g && i < all.nunits; i++) {
        const struct unit_result *u = &all.units[i];
        char total[32], pct[32], rank[16] = "";
        int scored = u->status == UNIT_SCORED;
        repl_num(u->total, scored, total);
        repl_num(u->percent, scored, pct);
        if (u->rank)
            snprintf(rank, sizeof rank, "%d", u->rank);
        const char *row[] = {u->code, u->name, u->kind,  total, pct,
                             scored ? (u->band ? u->band->name : "—")
                                    : u->status == UNIT_ERROR ? "lỗi dữ liệu" : "chưa có dữ liệu",
                             rank};
        if (report_sheet_add(g, row) != 0) {
            report_grid_free(g);
            g = NULL;
        }
    }
    free(all.units);
    return repl_sheet_out(r, g);
}

static int cmd_rank(struct repl *r, char **w, int n)
{
    (void)w, (void)n;
    struct results all;
    if (sorted(r, &all) != 0)
        return repl_fail(r, PX_SYSTEM, "%s", _("out of memory"));
    int (*const write[])(FILE *, const struct results *) = {report_table, report_csv,
                                                            report_json};
    int rc = write[r->mode](stdout, &all);
    free(all.units);
    return rc ? PX_SYSTEM : PX_OK;
}

static int cmd_show(struct repl *r, char **w, int n)
{
    (void)n;
    long unit = repl_need_unit(r), node = unit < 0 ? -1 : repl_node(r, w[0]);
    if (node < 0)
        return PX_USAGE;
    const struct model *m = &r->ss.rules.model;
    const struct unit_result *u = &incr_results(r->in)->units[unit];
    static const char *const HEAD[] = {"Mã", "Tên", "Điểm", "Tối đa", "Ghi chú"};
    static const unsigned char RIGHT[] = {0, 0, 1, 1, 0};
    struct report_grid *g = report_sheet_new(5, HEAD, RIGHT);
    const struct node *nd = &m->nodes[node];
    size_t rows = 1 + nd->nchildren;
    for (size_t k = 0; g && k < rows; k++) {
        size_t i = k ? (size_t)nd->children[k - 1] : (size_t)node;
        char pts[32], max[32];
        repl_num(u->points[i], u->applicable[i], pts);
        repl_num(u->max[i], u->applicable[i], max);
        double set;
        const char *note = incr_override(r->in, (size_t)unit, i, &set) ? "đặt tay"
                           : u->applicable[i] ? "" : "không áp dụng";
        const char *row[] = {m->nodes[i].code, m->nodes[i].title, pts, max, note};
        if (report_sheet_add(g, row) != 0) {
            report_grid_free(g);
            g = NULL;
        }
    }
    return repl_sheet_out(r, g);
}

static int cmd_explain(struct repl *r, char **w, int n)
{
    (void)n;
    long unit = repl_need_unit(r), node = unit < 0 ? -1 : repl_node(r, w[0]);
    if (node < 0)
        return PX_USAGE;
    const struct results *now = incr_results(r->in);
    struct px_err e;
    if (now->units[unit].status == UNIT_ERROR) {
        report_unit_error(now, &now->units[unit], &e);
        repl_report(r, &e);
        return PX_DATA;
    }
    const struct fact_info *facts;
    size_t nfacts;
    if (incr_facts(r->in, (size_t)unit, &facts, &nfacts, &e) != 0) {
        return repl_report(r, &e);
    }
    return report_explain(stdout, now, (size_t)unit, (size_t)node, facts, nfacts) ? PX_SYSTEM
                                                                                  : PX_OK;
}

static int cmd_mode(struct repl *r, char **w, int n)
{
    (void)n;
    if (report_sheet_mode(w[0], &r->mode) != 0)
        return repl_fail(r, PX_USAGE, _(".mode: expected table, csv or json, found '%s'"), w[0]);
    return PX_OK;
}

static int cmd_timing(struct repl *r, char **w, int n)
{
    (void)n;
    if (strcmp(w[0], "on") && strcmp(w[0], "off"))
        return repl_fail(r, PX_USAGE, _(".timing: expected on or off, found '%s'"), w[0]);
    r->timing = !strcmp(w[0], "on");
    return PX_OK;
}

static int cmd_quit(struct repl *r, char **w, int n)
{
    (void)w, (void)n;
    r->quit = 1;
    return PX_OK;
}

const struct repl_cmd REPL_CMDS[] = {
    {"help", "[COMMAND]", 0, 1, N_("the commands and how to use them"), cmd_help, REPL_WORDS},
    {"units", "", 0, 0, N_("every unit: total, index, band and rank in this scenario"),
     cmd_units, 0},
    {"unit", "CODE", 1, 1, N_("choose the unit to look at and change"), cmd_unit, REPL_UNIT},
    {"show", "NODE", 1, 1, N_("a node's points and maximum, and its children's"), cmd_show, REPL_NODE},
    {"explain", "NODE", 1, 1, N_("why a node got its points: scale, facts read, points lost"),
     cmd_explain, REPL_NODE},
    {"set", "FACT VALUE", 2, -1, N_("give a fact a value, typed as in an import (98%, có, 25/12/2019)"),
     repl_cmd_set, REPL_FACT},
    {"points", "NODE VALUE", 2, 2, N_("set a leaf's points by hand"), repl_cmd_points,
     REPL_NODE},
    {"gains", "[N]", 0, 1, N_("the N sub-criteria that lose the most points, and total and rank at full marks"),
     repl_cmd_gains, 0},
    {"rank", "", 0, 0, N_("the scoreboard of this scenario"), cmd_rank, 0},
    {"diff", "", 0, 0, N_("this scenario against the stored data: nodes, total, band and rank, old → new"),
     repl_cmd_diff, 0},
    {"undo", "", 0, 0, N_("take back the last change"), repl_cmd_undo, 0},
    {"reset", "", 0, 0, N_("take back every change of this scenario"), repl_cmd_reset, 0},
    {"scenario", "[NAME]", 0, 1, N_("switch to (or create) scenario NAME; without NAME, list them"),
     repl_cmd_scenario, REPL_SCENARIO},
    {"compare", "A B", 2, 2, N_("two scenarios side by side: each unit's total, band and rank"),
     repl_cmd_compare, REPL_SCENARIO},
    {"save", "", 0, 0, N_("write the changed facts into the database (one audited transaction)"),
     repl_cmd_save, 0},
    {"timing", "on|off", 1, 1, N_("print the engine time of every change"), cmd_timing,
     REPL_WORDS},
    {"mode", "table|csv|json", 1, 1, N_("how tables are printed"), cmd_mode, REPL_WORDS},
    {"quit", "", 0, 0, N_("leave (Ctrl-D too)"), cmd_quit, 0},
    {NULL, NULL, 0, 0, NULL, NULL, 0}};

int repl_run_cmd(struct repl *r, const char *name, char **w, int n)
{
    const struct repl_cmd *c = REPL_CMDS;
    while (c->name && strcmp(c->name, name))
        c++;
    if (!c->name)
        return repl_fail(r, PX_USAGE, _("unknown command .%s; .help lists the commands"), name);
    if (n < c->min || (c->max >= 0 && n > c->max))
        return repl_fail(r, PX_USAGE, _("usage: .%s%s%s — %s"), c->name, c->args[0] ? " " : "",
                         c->args, _(c->help));
    return c->run(r, w, n);
}

int repl_dot(struct repl *r, char *line)
{
    char *w[MAX_WORDS + 1], *save = NULL;
    int n = 0;
    char *name = strtok_r(line, " \t\r\n", &save);
    if (!name)
        return repl_fail(r, PX_USAGE, "%s", _("a dot alone is no command; .help lists the commands"));
    for (char *t; n <= MAX_WORDS && (t = strtok_r(NULL, " \t\r\n", &save));)
        w[n++] = t;
    return repl_run_cmd(r, name, w, n);
}
