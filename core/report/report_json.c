/* report_json.c — the scoreboard as one JSON document for programs (see report.h for its
 * shape).  Numbers at full precision (num_json); a field that does not apply to a unit is
 * left out of its "fields"; a unit not ranked has nulls for its points, rank and band, and
 * each data error is an entry of "errors".
 * Uses: results.h, numfmt.h, json_out.h, report_out.h, i18n.h (N_). */
#include "report.h"


#include "i18n.h"
#include "json_out.h"
#include "numfmt.h"
#include "report_out.h"

static void json_number(FILE *out, double x)
{
    char buf[40];
    num_json(x, buf, sizeof buf);
    fputs(buf, out);
}

static void write_fields(FILE *out, const struct model *m, const struct unit_result *u)
{
    fputs("\"fields\":{", out);
    int first = 1;
    for (size_t i = 0; i < m->nnodes; i++) {
        if (m->nodes[i].parent != -1 || !u->applicable[i])
            continue;
        if (!first)
            fputc(',', out);
        first = 0;
        json_string(out, m->nodes[i].code);
        fputs(":{\"points\":", out);
        json_number(out, u->points[i]);
        fputs(",\"max\":", out);
        json_number(out, u->max[i]);
        fputc('}', out);
    }
    fputc('}', out);
}

/* ,"bonus":B,"penalty":P,"adjustments":{"T1":0.5,…} — the totals after the caps and each
 * item's points (nulls and {} for a unit not scored). */
static void write_adjustments(FILE *out, const struct model *m, const struct unit_result *u,
                              int scored)
{
    fputs(",\"bonus\":", out);
    scored ? json_number(out, u->bonus) : (void)fputs("null", out);
    fputs(",\"penalty\":", out);
    scored ? json_number(out, u->penalty) : (void)fputs("null", out);
    fputs(",\"adjustments\":{", out);
    for (size_t k = 0; scored && k < m->nadjustments; k++) {
        fputs(k ? "," : "", out);
        json_string(out, m->adjustments[k].code);
        fputc(':', out);
        json_number(out, u->adjust[k]);
    }
    fputc('}', out);
}

static const char *const STATUS[] = {
    [UNIT_SCORED] = "scored", [UNIT_ERROR] = "error", [UNIT_NO_DATA] = "no_data"};

static void write_unit(FILE *out, const struct model *m, const struct unit_result *u)
{
    const struct {
        const char *key, *value;
    } texts[] = {{"code", u->code}, {"name", u->name}, {"kind", u->kind}};
    const struct {
        const char *key;
        double value;
    } numbers[] = {{"total", u->total}, {"max", u->own_max}, {"percent", u->percent}};
    int scored = u->status == UNIT_SCORED;
    fputc('{', out);
    for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++) {
        fprintf(out, "%s\"%s\":", i ? "," : "", texts[i].key);
        json_string(out, texts[i].value);
    }
    fprintf(out, ",\"status\":\"%s\",\"missing\":%zu", STATUS[u->status], u->nmissing);
    if (u->nfew) /* survey leaves with fewer answers than asked (ít phiếu) */
        fprintf(out, ",\"few_answers\":%zu", u->nfew);
    for (size_t i = 0; i < sizeof numbers / sizeof numbers[0]; i++) {
        fprintf(out, ",\"%s\":", numbers[i].key);
        if (scored)
            json_number(out, numbers[i].value);
        else
            fputs("null", out);
    }
    if (scored)
        fprintf(out, ",\"rank\":%d,\"band\":", u->rank);
    else
        fputs(",\"rank\":null,\"band\":", out);
    json_string(out, u->band ? u->band->name : NULL);
    fputc(',', out);
    if (scored)
        write_fields(out, m, u);
    else
        fputs("\"fields\":{}", out);
    if (m->nadjustments)
        write_adjustments(out, m, u, scored);
    fputc('}', out);
}

/* {"unit":"LCH","node":"1.1.3","message":"…","file":"…","line":17,"column":3}: the place
 * (file, line, column) where known. */
static void write_error(FILE *out, const struct results *r, const struct unit_result *u)
{
    const struct px_err *e = u->error;
    fputs("{\"unit\":", out);
    json_string(out, u->code);
    fputs(",\"node\":", out);
    json_string(out, u->error_node >= 0 ? r->model->nodes[u->error_node].code : NULL);
    fputs(",\"message\":", out);
    json_string(out, e->msg);
    if (e->file[0]) {
        fputs(",\"file\":", out);
        json_string(out, e->file);
    }
    if (e->line)
        fprintf(out, ",\"line\":%d", e->line);
    if (e->col)
        fprintf(out, ",\"column\":%d", e->col);
    fputc('}', out);
}

int report_json(FILE *out, const struct results *r)
{
    fprintf(out, "{\"year\":%d,", r->model->year);
    if (r->data_year && r->data_year != r->model->year)
        fprintf(out, "\"data_year\":%d,", r->data_year);
    fputs("\"index\":", out);
    json_string(out, r->model->title);
    fputs(",\"as_of\":", out);
    json_string(out, r->as_of);
    fputs(",\"units\":[", out);
    for (size_t i = 0; i < r->nunits; i++) {
        if (i > 0)
            fputc(',', out);
        write_unit(out, r->model, &r->units[i]);
    }
    fputs("],\"errors\":[", out);
    int first = 1;
    for (size_t i = 0; i < r->nunits; i++)
        if (r->units[i].status == UNIT_ERROR) {
            if (!first)
                fputc(',', out);
            first = 0;
            write_error(out, r, &r->units[i]);
        }
    fputs("]}\n", out);
    return report_out_done(out, N_("the JSON"));
}
