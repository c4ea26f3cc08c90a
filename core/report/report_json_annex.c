/* report_json_annex.c — the score report as one JSON document for programs (see
 * report_annex.h):
 *   {"year":2019,"index":"…","for":"ubnd","as_of":null,"units":[{"code":"LCH","name":"…",
 *    "kind":"province","status":"scored","rank":1,"total":79.51,"max":100,"percent":79.51,
 *    "band":"C","rows":[{"code":"1","title":"…","level":"field","max":9,"self":7.25,
 *    "appraisal1":null,"appraisal2":null,"final":7.25,"source":null,"evidence":null,
 *    "note":null}, …]}]}
 * — numbers at full precision, null where nothing is recorded; "source" is "self" or
 * "survey" for a leaf; "level" field, criterion or sub; a unit with a data error has
 * "error":{"node":"2.1","message":"…"} before its rows.
 * Uses: report_annex.h, json_out.h, numfmt.h, report_out.h, i18n.h (N_). */
#include "report_annex.h"

#include "i18n.h"
#include "json_out.h"
#include "numfmt.h"
#include "report_out.h"

static void number(FILE *out, const char *key, double x)
{
    char buf[40];
    fprintf(out, ",\"%s\":", key);
    if (annex_is_none(x)) {
        fputs("null", out);
        return;
    }
    num_json(x, buf, sizeof buf);
    fputs(buf, out);
}

static void text(FILE *out, const char *key, const char *s)
{
    fprintf(out, ",\"%s\":", key);
    json_string(out, s);
}

static void write_row(FILE *out, const struct annex *a, const struct annex_row *row)
{
    const struct node *n = &a->r->model->nodes[row->node];
    fputs("{\"code\":", out);
    json_string(out, n->code);
    text(out, "title", n->title);
    text(out, "level", model_level(n->level)->keyword);
    number(out, "max", row->max);
    number(out, "self", row->self);
    number(out, "appraisal1", row->appraisal1);
    number(out, "appraisal2", row->appraisal2);
    number(out, "final", row->final);
    text(out, "source", n->nchildren ? NULL : row->survey ? "survey" : "self");
    text(out, "evidence", row->evidence);
    text(out, "note", row->note);
    fputc('}', out);
}

static const char *const STATUS[] = {
    [UNIT_SCORED] = "scored", [UNIT_ERROR] = "error", [UNIT_NO_DATA] = "no_data"};

static void write_unit(FILE *out, const struct annex *a, const struct annex_unit *au,
                       enum annex_for f)
{
    const struct unit_result *u = au->u;
    int scored = u->status == UNIT_SCORED;
    fputs("{\"code\":", out);
    json_string(out, u->code);
    text(out, "name", u->name);
    text(out, "kind", u->kind);
    fprintf(out, ",\"status\":\"%s\"", STATUS[u->status]);
    if (scored)
        fprintf(out, ",\"rank\":%d", u->rank);
    else
        fputs(",\"rank\":null", out);
    number(out, "total", scored ? u->total : ANNEX_NONE);
    number(out, "max", scored ? u->own_max : ANNEX_NONE);
    number(out, "percent", scored ? u->percent : ANNEX_NONE);
    text(out, "band", u->band ? u->band->name : NULL);
    if (u->status == UNIT_ERROR) {
        fputs(",\"error\":{\"node\":", out);
        json_string(out, u->error_node >= 0 ? a->r->model->nodes[u->error_node].code : NULL);
        text(out, "message", u->error->msg);
        fputc('}', out);
    }
    fputs(",\"rows\":[", out);
    int first = 1;
    for (size_t k = 0; k < au->nrows; k++) {
        if (!annex_row_shown(a, &au->rows[k], f))
            continue;
        if (!first)
            fputc(',', out);
        first = 0;
        write_row(out, a, &au->rows[k]);
    }
    fputs("]}", out);
}

int report_annex_json(FILE *out, const struct annex *a, enum annex_for f)
{
    const struct results *r = a->r;
    fprintf(out, "{\"year\":%d", r->model->year);
    if (r->data_year && r->data_year != r->model->year)
        fprintf(out, ",\"data_year\":%d", r->data_year);
    text(out, "index", r->model->title);
    text(out, "for", f == ANNEX_BNV ? "bnv" : "ubnd");
    text(out, "as_of", r->as_of);
    fputs(",\"units\":[", out);
    for (size_t i = 0; i < a->nunits; i++) {
        if (i)
            fputc(',', out);
        write_unit(out, a, &a->units[i], f);
    }
    fputs("]}\n", out);
    return report_out_done(out, N_("the JSON report"));
}
