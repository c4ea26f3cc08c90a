/* report_common.c — builds the scoreboard grid shared by the table and CSV writers, names a
 * unit's note and data error, and the date it was scored as of (see report_common.h).  Uses: results.h, numfmt.h, calendar.h,
 * text.h. */
#define _POSIX_C_SOURCE 200809L /* strdup */
#include "report_common.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "calendar.h"
#include "numfmt.h"
#include "text.h"

static const char *const HEAD_BEFORE[] = {"Loại", "Hạng", "Mã", "Đơn vị"};
static const char *const HEAD_AFTER[] = {"Tổng", "Tối đa", "Chỉ số (%)", "Xếp loại", "Ghi chú"};
static const char *const HEAD_ADJUST[] = {"Thưởng", "Trừ"}; /* when the index has bonus or
                                                              * penalty items */
#define NBEFORE (sizeof HEAD_BEFORE / sizeof HEAD_BEFORE[0])
#define NAFTER (sizeof HEAD_AFTER / sizeof HEAD_AFTER[0])

/* 1 when field node i applies to at least one unit (it then gets a column). */
static int field_shown(const struct results *r, size_t i)
{
    if (r->model->nodes[i].parent != -1)
        return 0;
    for (size_t u = 0; u < r->nunits; u++)
        if (r->units[u].applicable[i])
            return 1;
    return 0;
}

/* x with 2 places: a decimal comma, or a point with GRID_POINT. */
static char *points_text(double x, unsigned flags)
{
    char buf[64];
    (flags & GRID_POINT ? num_format : num_format_comma)(x, 2, buf, sizeof buf);
    return strdup(buf);
}

void report_unit_note(const struct unit_result *u, char *buf, size_t n)
{
    if (u->status == UNIT_ERROR)
        snprintf(buf, n, "lỗi dữ liệu");
    else if (u->status == UNIT_NO_DATA)
        snprintf(buf, n, "chưa có dữ liệu");
    else if (u->nmissing && u->nfew)
        snprintf(buf, n, "thiếu %zu dữ kiện; ít phiếu ở %zu mục", u->nmissing, u->nfew);
    else if (u->nmissing)
        snprintf(buf, n, "thiếu %zu dữ kiện", u->nmissing);
    else if (u->nfew)
        snprintf(buf, n, "ít phiếu ở %zu mục", u->nfew);
    else
        buf[0] = '\0';
}

/* Fills row `row` of g with unit u; field columns are the model nodes in fields[]. */
static int fill_row(struct report_grid *g, size_t row, const struct unit_result *u,
                    const size_t *fields, size_t nfields, unsigned flags)
{
    char **cell = g->cells + row * g->ncols;
    int scored = u->status == UNIT_SCORED;
    char rank[16] = "", note[96];
    if (scored)
        snprintf(rank, sizeof rank, "%d", u->rank);
    report_unit_note(u, note, sizeof note);
    if (flags & GRID_KIND)
        *cell++ = strdup(u->kind ? u->kind : "");
    *cell++ = strdup(rank);
    *cell++ = strdup(u->code ? u->code : "");
    *cell++ = strdup(u->name ? u->name : "");
    for (size_t f = 0; f < nfields; f++)
        *cell++ = scored && u->applicable[fields[f]] ? points_text(u->points[fields[f]], flags)
                                                     : strdup("");
    if (g->head[cell - (g->cells + row * g->ncols)] == HEAD_ADJUST[0]) {
        *cell++ = scored ? points_text(u->bonus, flags) : strdup("");
        *cell++ = scored ? points_text(u->penalty, flags) : strdup("");
    }
    *cell++ = scored ? points_text(u->total, flags) : strdup("");
    *cell++ = scored ? points_text(u->own_max, flags) : strdup("");
    *cell++ = scored ? points_text(u->percent, flags) : strdup("");
    *cell++ = strdup(u->band ? u->band->name : "");
    if (g->head[g->ncols - 1] == HEAD_AFTER[NAFTER - 1])
        *cell++ = strdup(note);
    for (size_t c = 0; c < g->ncols; c++)
        if (!g->cells[row * g->ncols + c])
            return -1;
    return 0;
}

/* 1 when some unit of r has a note (see note_text). */
static int some_note(const struct results *r)
{
    for (size_t u = 0; u < r->nunits; u++)
        if (r->units[u].status != UNIT_SCORED || r->units[u].nmissing || r->units[u].nfew)
            return 1;
    return 0;
}

/* 1 when some scored unit of r has bonus or penalty points. */
static int some_adjustment(const struct results *r)
{
    for (size_t u = 0; u < r->nunits; u++)
        if (r->units[u].status == UNIT_SCORED && (r->units[u].bonus || r->units[u].penalty))
            return 1;
    return 0;
}

static int fill(struct report_grid *g, const struct results *r, unsigned flags)
{
    const struct model *m = r->model;
    size_t *fields = malloc((m->nnodes + 1) * sizeof *fields);
    if (!fields)
        return -1;
    size_t nfields = 0;
    for (size_t i = 0; i < m->nnodes; i++)
        if (field_shown(r, i))
            fields[nfields++] = i;
    size_t before = flags & GRID_KIND ? NBEFORE : NBEFORE - 1;
    size_t after = (flags & GRID_ALWAYS_NOTE) || some_note(r) ? NAFTER : NAFTER - 1;
    size_t adjust = some_adjustment(r) ? 2 : 0;
    g->ncols = before + nfields + adjust + after;
    g->nrows = r->nunits;
    g->head = malloc(g->ncols * sizeof *g->head);
    g->right = calloc(g->ncols, 1);
    g->cells = calloc(g->nrows * g->ncols + 1, sizeof *g->cells);
    int rc = g->head && g->right && g->cells ? 0 : -1;
    if (rc == 0) {
        size_t c = 0;
        for (size_t k = NBEFORE - before; k < NBEFORE; k++)
            g->head[c++] = HEAD_BEFORE[k];
        g->right[c - 3] = 1; /* rank */
        for (size_t f = 0; f < nfields; f++) {
            g->right[c] = 1;
            g->head[c++] = m->nodes[fields[f]].code;
        }
        for (size_t k = 0; k < adjust; k++) {
            g->right[c] = 1;
            g->head[c++] = HEAD_ADJUST[k];
        }
        for (size_t k = 0; k < after; k++) {
            g->right[c] = k < 3; /* total, max, percent */
            g->head[c++] = HEAD_AFTER[k];
        }
        for (size_t row = 0; row < g->nrows && rc == 0; row++)
            rc = fill_row(g, row, &r->units[row], fields, nfields, flags);
    }
    free(fields);
    return rc;
}

struct report_grid *report_grid_build(const struct results *r, unsigned flags)
{
    struct report_grid *g = calloc(1, sizeof *g);
    if (g && fill(g, r, flags) != 0) {
        report_grid_free(g);
        return NULL;
    }
    return g;
}

const char *report_grid_cell(const struct report_grid *g, size_t row, size_t col)
{
    return g->cells[row * g->ncols + col];
}

void report_grid_free(struct report_grid *g)
{
    if (!g)
        return;
    if (g->cells)
        for (size_t i = 0; i < g->nrows * g->ncols; i++)
            free(g->cells[i]);
    free(g->cells);
    free(g->head);
    free(g->right);
    free(g);
}

void report_unit_error(const struct results *r, const struct unit_result *u, struct px_err *out)
{
    *out = *u->error;
    if (u->error_node >= 0)
        results_name_error(&r->model->nodes[u->error_node], u->code, out);
}

void report_as_of(FILE *out, const char *as_of)
{
    if (!as_of)
        return;
    struct px_date d;
    char vn[11];
    if (date_parse(as_of, &d, NULL) == 0) {
        date_vn(d, vn);
        fprintf(out, ", tính đến ngày %s", vn);
    } else {
        text_printf(out, ", tính đến ngày %s", as_of);
    }
}
