/* report_json.c — the scoreboard as one JSON document for programs (see report.h for its
 * shape).  Numbers at full precision (num_json); a field that does not apply to a unit is
 * left out of its "fields".  Uses: results.h, numfmt.h, json_out.h, report_out.h. */
#include "report.h"

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

static void write_unit(FILE *out, const struct model *m, const struct unit_result *u)
{
    const struct {
        const char *key, *value;
    } texts[] = {{"code", u->code}, {"name", u->name}, {"kind", u->kind}};
    const struct {
        const char *key;
        double value;
    } numbers[] = {{"total", u->total}, {"max", u->own_max}, {"percent", u->percent}};
    fputc('{', out);
    for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++) {
        fprintf(out, "%s\"%s\":", i ? "," : "", texts[i].key);
        json_string(out, texts[i].value);
    }
    for (size_t i = 0; i < sizeof numbers / sizeof numbers[0]; i++) {
        fprintf(out, ",\"%s\":", numbers[i].key);
        json_number(out, numbers[i].value);
    }
    fprintf(out, ",\"rank\":%d,\"band\":", u->rank);
    json_string(out, u->band ? u->band->name : NULL);
    fputc(',', out);
    write_fields(out, m, u);
    fputc('}', out);
}

int report_json(FILE *out, const struct results *r)
{
    fprintf(out, "{\"year\":%d,\"index\":", r->model->year);
    json_string(out, r->model->title);
    fputs(",\"as_of\":", out);
    json_string(out, r->as_of);
    fputs(",\"units\":[", out);
    for (size_t i = 0; i < r->nunits; i++) {
        if (i > 0)
            fputc(',', out);
        write_unit(out, r->model, &r->units[i]);
    }
    fputs("]}\n", out);
    return report_out_done(out, "the JSON");
}
