/* repl_change.c — the REPL's scenarios and the commands that change them: `.set` (a fact as
 * users type it, checked like an import), `.points` (a leaf by hand), `.undo`, `.reset`,
 * `.scenario` (switching undoes one scenario's changes and redoes the other's, each through
 * the incremental engine), `.compare` and `.save` (the scenario's facts written into the
 * database in one audited transaction, as an import named after the scenario).
 * Uses: repl.h, import_dict.h (the fact dictionary's checks), fact.h, store.h (the write),
 * fileio.h (sha256 of what is saved), text.h (NFC), vec.h. */
#define _POSIX_C_SOURCE 200809L /* strdup, open_memstream */
#include "repl.h"

#include <stdlib.h>
#include <string.h>

#include "fileio.h"
#include "import_dict.h"
#include "store.h"
#include "store_appraisal.h"
#include "text.h"
#include "vec.h"
#include "i18n.h"

static struct repl_scenario *current(struct repl *r)
{
    return &r->scen[r->cur];
}

/* Adds a scenario named name; its index, or -1 when out of memory. */
static long add_scenario(struct repl *r, const char *name)
{
    struct repl_scenario s = {strdup(name), NULL, 0, 0};
    if (!s.name || VEC_PUSH(r->scen, r->nscen, r->scen_cap, s) != 0) {
        free(s.name);
        return -1;
    }
    return (long)r->nscen - 1;
}

int repl_scenarios_init(struct repl *r)
{
    r->cur = 0;
    return add_scenario(r, "chính") < 0 ? -1 : 0;
}

void repl_scenarios_free(struct repl *r)
{
    for (size_t i = 0; i < r->nscen; i++) {
        for (size_t k = 0; k < r->scen[i].n; k++)
            free(r->scen[i].changes[k].fact);
        free(r->scen[i].changes);
        free(r->scen[i].name);
    }
    free(r->scen);
}

/* Applies change c forwards (its new value) or backwards (its old one). */
static int apply(struct repl *r, const struct repl_change *c, int forward, struct px_err *e)
{
    int has = forward ? c->has_new : c->had_old;
    const struct fact_value *v = forward ? &c->new : &c->old;
    if (!c->fact)
        return incr_set_points(r->in, c->unit, c->node, has ? &v->num : NULL, e);
    char source[600];
    snprintf(source, sizeof source, "%s:%ld", r->input, r->line);
    return incr_set_fact(r->in, c->unit, c->fact, has ? v : NULL, source, e);
}

/* Applies c, prints what it did; 0, or the error's code after saying it. */
static int apply_and_show(struct repl *r, const struct repl_change *c, int forward)
{
    struct repl_before b;
    struct px_err e;
    if (repl_before_take(r, c->unit, &b) != 0)
        return repl_fail(r, PX_SYSTEM, "%s", _("out of memory"));
    int rc = apply(r, c, forward, &e);
    if (rc == 0)
        repl_print_effect(r, c->unit, &b);
    else
        repl_report(r, &e);
    repl_before_free(&b);
    return rc ? e.code : PX_OK;
}

/* Records c (taking its fact) in the current scenario and applies it. */
static int change(struct repl *r, struct repl_change *c)
{
    int rc = apply_and_show(r, c, 1);
    struct repl_scenario *s = current(r);
    if (rc == 0 && VEC_PUSH(s->changes, s->n, s->cap, *c) == 0)
        return PX_OK;
    free(c->fact);
    return rc ? rc : repl_fail(r, PX_SYSTEM, "%s", _("out of memory"));
}

/* The value typed in w[0..n-1], NFC; NULL when out of memory. */
static char *typed(char **w, int n)
{
    size_t len = 1;
    for (int i = 0; i < n; i++)
        len += strlen(w[i]) + 1;
    char *joined = malloc(len), *nfc = NULL;
    if (!joined)
        return NULL;
    joined[0] = '\0';
    for (int i = 0; i < n; i++)
        strcat(strcat(joined, i ? " " : ""), w[i]);
    size_t bad;
    nfc = text_nfc(joined, strlen(joined), &bad);
    free(joined);
    return nfc;
}

int repl_cmd_set(struct repl *r, char **w, int n)
{
    long unit = repl_need_unit(r);
    if (unit < 0)
        return PX_USAGE;
    const struct model *m = &r->ss.rules.model;
    char why[600];
    const char *code = m->nfacts ? import_dict_resolve(m, w[0], why, sizeof why) : w[0];
    if (!code)
        return repl_fail(r, PX_DATA, "%s", why);
    char *raw = typed(w + 1, n - 1);
    if (!raw)
        return repl_fail(r, PX_DATA, "%s", _("expected UTF-8 text for the value"));
    struct repl_change c = {.unit = (size_t)unit, .has_new = 1};
    struct px_err e;
    int fits = 0;
    if (fact_parse(raw, &c.new, &e) != 0)
        snprintf(why, sizeof why, "%.590s", e.msg), fits = -1;
    else if (m->nfacts)
        fits = import_dict_value(m, r->ss.data_year, code, raw, &c.new, why, sizeof why);
    free(raw);
    if (fits < 0)
        return repl_fail(r, PX_DATA, "%s: %s", code, why);
    if (fits > 0)
        repl_fail(r, PX_OK, "%s: %s", code, why);
    const struct fact_info *facts;
    size_t nfacts;
    if (incr_facts(r->in, (size_t)unit, &facts, &nfacts, &e) != 0) {
        return repl_report(r, &e);
    }
    for (size_t k = 0; k < nfacts; k++)
        if (!strcmp(facts[k].name, code)) {
            c.had_old = 1;
            c.old = facts[k].value;
        }
    if (!(c.fact = strdup(code)))
        return repl_fail(r, PX_SYSTEM, "%s", _("out of memory"));
    return change(r, &c);
}

int repl_cmd_points(struct repl *r, char **w, int n)
{
    (void)n;
    long unit = repl_need_unit(r), node = unit < 0 ? -1 : repl_node(r, w[0]);
    if (node < 0)
        return PX_USAGE;
    const struct model *m = &r->ss.rules.model;
    const struct node *nd = &m->nodes[node];
    const struct unit_result *u = &incr_results(r->in)->units[unit];
    char name[128];
    if (nd->nchildren || !model_applies(m, (size_t)node, u->kind))
        return repl_fail(r, PX_USAGE, _("%s: only a leaf that applies to %s takes points by hand"),
                         model_node_name(nd->level, nd->code, name, sizeof name), u->code);
    struct repl_change c = {.unit = (size_t)unit, .node = (size_t)node, .has_new = 1};
    struct px_err e;
    if (fact_parse(w[1], &c.new, &e) != 0 || c.new.type != FACT_NUMBER || c.new.num < 0 ||
        c.new.num > nd->max) {
        char max[32];
        repl_num(nd->max, 1, max);
        return repl_fail(r, PX_DATA, _("expected points from 0 to %s, found '%s'"), max, w[1]);
    }
    c.had_old = incr_override(r->in, (size_t)unit, (size_t)node, &c.old.num);
    return change(r, &c);
}

int repl_cmd_undo(struct repl *r, char **w, int n)
{
    (void)w, (void)n;
    struct repl_scenario *s = current(r);
    if (!s->n)
        return repl_fail(r, PX_USAGE, _("nothing to undo in scenario %s"), s->name);
    int rc = apply_and_show(r, &s->changes[s->n - 1], 0);
    if (rc == 0)
        free(s->changes[--s->n].fact);
    return rc;
}

/* Undoes (forward 0) or redoes (1) every change of the current scenario, quietly. */
static int replay(struct repl *r, int forward)
{
    struct repl_scenario *s = current(r);
    struct px_err e;
    for (size_t k = 0; k < s->n; k++)
        if (apply(r, &s->changes[forward ? k : s->n - 1 - k], forward, &e) != 0) {
            return repl_report(r, &e);
        }
    return PX_OK;
}

int repl_cmd_reset(struct repl *r, char **w, int n)
{
    (void)w, (void)n;
    struct repl_scenario *s = current(r);
    int rc = replay(r, 0);
    if (rc)
        return rc;
    printf("Đã bỏ %zu thay đổi của kịch bản %s.\n", s->n, s->name);
    for (size_t k = 0; k < s->n; k++)
        free(s->changes[k].fact);
    s->n = 0;
    if (r->unit >= 0)
        repl_print_unit(r, (size_t)r->unit);
    return PX_OK;
}

static long find_scenario(const struct repl *r, const char *name)
{
    for (size_t i = 0; i < r->nscen; i++)
        if (!strcmp(r->scen[i].name, name))
            return (long)i;
    return -1;
}

/* Makes scenario i the current one: the current one's changes undone, i's redone. */
static int switch_to(struct repl *r, size_t i)
{
    if (i == r->cur)
        return PX_OK;
    int rc = replay(r, 0);
    if (rc == 0) {
        r->cur = i;
        rc = replay(r, 1);
    }
    return rc;
}

int repl_cmd_scenario(struct repl *r, char **w, int n)
{
    if (!n) {
        static const char *const HEAD[] = {"Kịch bản", "Thay đổi", "Đang dùng"};
        static const unsigned char RIGHT[] = {0, 1, 0};
        struct report_grid *g = report_sheet_new(3, HEAD, RIGHT);
        for (size_t i = 0; g && i < r->nscen; i++) {
            char count[24];
            snprintf(count, sizeof count, "%zu", r->scen[i].n);
            const char *row[] = {r->scen[i].name, count, i == r->cur ? "*" : ""};
            if (report_sheet_add(g, row) != 0) {
                report_grid_free(g);
                g = NULL;
            }
        }
        return repl_sheet_out(r, g);
    }
    long i = find_scenario(r, w[0]);
    int made = i < 0;
    if (made && (i = add_scenario(r, w[0])) < 0)
        return repl_fail(r, PX_SYSTEM, "%s", _("out of memory"));
    int rc = switch_to(r, (size_t)i);
    if (rc == 0)
        text_printf(stdout, "Kịch bản %s%s: %zu thay đổi.\n", w[0], made ? " (mới)" : "",
                    r->scen[i].n);
    if (rc == 0 && r->unit >= 0)
        repl_print_unit(r, (size_t)r->unit);
    return rc;
}

/* What .compare shows of each unit under one scenario. */
struct outcome {
    double total;
    int rank, scored;
    const struct band *band;
};

/* Switches to scenario i and keeps every unit's outcome in out. */
static int outcome_of(struct repl *r, size_t i, struct outcome *out)
{
    int rc = switch_to(r, i);
    const struct results *now = incr_results(r->in);
    for (size_t k = 0; rc == 0 && k < now->nunits; k++)
        out[k] = (struct outcome){now->units[k].total, now->units[k].rank,
                                  now->units[k].status == UNIT_SCORED, now->units[k].band};
    return rc;
}

/* Adds one unit's row to the comparison when its outcomes differ. */
static int compare_row(struct report_grid *g, const struct unit_result *u,
                       const struct outcome *a, const struct outcome *b)
{
    if (a->total == b->total && a->rank == b->rank && a->band == b->band &&
        a->scored == b->scored)
        return 0;
    char ta[32], tb[32], ra[16] = "—", rb[16] = "—";
    repl_num(a->total, a->scored, ta);
    repl_num(b->total, b->scored, tb);
    if (a->rank)
        snprintf(ra, sizeof ra, "%d", a->rank);
    if (b->rank)
        snprintf(rb, sizeof rb, "%d", b->rank);
    const char *row[] = {u->code, u->name, ta, tb, a->band ? a->band->name : "—",
                         b->band ? b->band->name : "—", ra, rb};
    return report_sheet_add(g, row);
}

int repl_cmd_compare(struct repl *r, char **w, int n)
{
    (void)n;
    long a = find_scenario(r, w[0]), b = find_scenario(r, w[1]);
    if (a < 0 || b < 0)
        return repl_fail(r, PX_USAGE, _("no scenario named '%s'; .scenario lists them"),
                         a < 0 ? w[0] : w[1]);
    size_t was = r->cur, nu = incr_results(r->in)->nunits;
    struct outcome *oa = calloc(nu + 1, sizeof *oa), *ob = calloc(nu + 1, sizeof *ob);
    int rc = !oa || !ob ? repl_fail(r, PX_SYSTEM, "%s", _("out of memory")) : outcome_of(r, (size_t)a, oa);
    if (rc == 0)
        rc = outcome_of(r, (size_t)b, ob);
    int back = switch_to(r, was);
    if (rc == 0 && back == 0) {
        char h[4][300];
        snprintf(h[0], sizeof h[0], "Tổng (%s)", w[0]);
        snprintf(h[1], sizeof h[1], "Tổng (%s)", w[1]);
        snprintf(h[2], sizeof h[2], "Xếp loại (%s)", w[0]);
        snprintf(h[3], sizeof h[3], "Xếp loại (%s)", w[1]);
        char ha[300], hb[300];
        snprintf(ha, sizeof ha, "Hạng (%s)", w[0]);
        snprintf(hb, sizeof hb, "Hạng (%s)", w[1]);
        const char *head[] = {"Mã", "Đơn vị", h[0], h[1], h[2], h[3], ha, hb};
        static const unsigned char RIGHT[] = {0, 0, 1, 1, 0, 0, 1, 1};
        struct report_grid *g = report_sheet_new(8, head, RIGHT);
        const struct results *now = incr_results(r->in);
        for (size_t k = 0; g && k < nu; k++)
            if (compare_row(g, &now->units[k], &oa[k], &ob[k]) != 0) {
                report_grid_free(g);
                g = NULL;
            }
        if (g && !g->nrows && r->mode == SHEET_TABLE) {
            report_grid_free(g);
            text_printf(stdout, "Hai kịch bản %s và %s cho cùng kết quả.\n", w[0], w[1]);
        } else {
            rc = repl_sheet_out(r, g);
        }
    }
    free(oa);
    free(ob);
    return rc ? rc : back;
}

/* The last value each fact change of s gives (a later change of the same fact wins);
 * *n of them in `last` (indices into s->changes). */
static size_t final_facts(const struct repl_scenario *s, size_t *last)
{
    size_t n = 0;
    for (size_t k = 0; k < s->n; k++) {
        const struct repl_change *c = &s->changes[k];
        if (!c->fact)
            continue;
        size_t j = 0;
        while (j < n && !(s->changes[last[j]].unit == c->unit &&
                          !strcmp(s->changes[last[j]].fact, c->fact)))
            j++;
        last[j] = k;
        n += j == n;
    }
    return n;
}

/* Writes the facts into the database in one transaction recorded as an import. */
static int write_facts(struct repl *r, const struct repl_scenario *s, const size_t *last,
                       size_t n, int64_t *import, struct px_err *e)
{
    char *text = NULL, what[300];
    size_t len = 0;
    FILE *mem = open_memstream(&text, &len);
    const struct results *now = incr_results(r->in);
    for (size_t k = 0; mem && k < n; k++) {
        const struct repl_change *c = &s->changes[last[k]];
        fact_show(&c->new, what, sizeof what);
        fprintf(mem, "%s,%s,%s\n", now->units[c->unit].code, c->fact, what);
    }
    if (!mem || fclose(mem) != 0) {
        free(text);
        px_err_set(e, PX_SYSTEM, "%s", _("out of memory"));
        return -1;
    }
    char sha[65], source[300];
    sha256_hex(text, len, sha);
    free(text);
    snprintf(source, sizeof source, "repl: kịch bản %s", s->name);
    struct store *db = store_open(r->ss.db, STORE_WRITE, e);
    if (db)
        store_set_actor(db, cli_actor(NULL)); /* the audit log names who saved (from $USER) */
    if (!db || store_begin(db, e) != 0 ||
        (*import = store_add_import(db, "facts", source, sha, (long)n, e)) < 0) {
        store_close(db);
        return -1;
    }
    for (size_t k = 0; k < n; k++) {
        const struct repl_change *c = &s->changes[last[k]];
        const struct fact_info *facts;
        size_t nf;
        const char *note = NULL;
        if (incr_facts(r->in, c->unit, &facts, &nf, e) != 0)
            goto fail;
        for (size_t q = 0; q < nf; q++)
            if (!strcmp(facts[q].name, c->fact))
                note = facts[q].note;
        struct fact_row row = {now->units[c->unit].code, c->fact, r->ss.data_year, note, source,
                               0, 0};
        if (store_put_fact(db, &row, &c->new, e) != 0)
            goto fail;
    }
    if (store_commit(db, e) != 0)
        goto fail;
    store_close(db);
    return 0;
fail:
    store_rollback(db);
    store_close(db);
    return -1;
}

/* Undoes (forward 0) or redoes (1) the points set by hand of s, quietly. */
static int replay_points(struct repl *r, struct repl_scenario *s, int forward, struct px_err *e)
{
    for (size_t k = 0; k < s->n; k++) {
        const struct repl_change *c = &s->changes[forward ? k : s->n - 1 - k];
        if (!c->fact && apply(r, c, forward, e) != 0)
            return -1;
    }
    return 0;
}

int repl_cmd_save(struct repl *r, char **w, int n)
{
    (void)w, (void)n;
    if (!r->ss.db)
        return repl_fail(r, PX_USAGE, "%s", _("no --db: the example data lives in memory only; "
                                              "start the REPL with --db FILE to save into a "
                                              "database"));
    struct repl_scenario *s = current(r);
    size_t *last = malloc((s->n + 1) * sizeof *last);
    if (!last)
        return repl_fail(r, PX_SYSTEM, "%s", _("out of memory"));
    size_t nf = final_facts(s, last);
    if (!nf) {
        free(last);
        return repl_fail(r, PX_USAGE, _("scenario %s changes no fact: nothing to save"), s->name);
    }
    struct px_err e;
    int64_t import = 0;
    int rc = write_facts(r, s, last, nf, &import, &e);
    free(last);
    if (rc != 0) {
        return repl_report(r, &e);
    }
    /* the stored data is now the base: without the points set by hand, which are not facts */
    if (replay_points(r, s, 0, &e) != 0 || incr_rebase(r->in) != 0 ||
        replay_points(r, s, 1, &e) != 0) {
        return repl_report(r, &e);
    }
    size_t kept = 0;
    for (size_t k = 0; k < s->n; k++) {
        if (s->changes[k].fact)
            free(s->changes[k].fact);
        else
            s->changes[kept++] = s->changes[k];
    }
    s->n = kept;
    text_printf(stdout, "Đã lưu %zu dữ kiện của kịch bản %s vào %s (lần nhập %lld).\n", nf,
                s->name, r->ss.db, (long long)import);
    if (kept)
        printf("%zu điểm đặt tay không phải dữ kiện nên không được lưu.\n", kept);
    return PX_OK;
}
