/* report_survey.c — the survey's lines in `explain` (see report_survey.h):
 *
 *   Điều tra xã hội học: 495 phiếu trả lời (18 phiếu "không biết" không tính)
 *     Câu hỏi  Nhóm     Phiếu      A      B      C      D      E  Bình quân
 *     Q01      DBHDND      45  55,6%  26,7%  ...                  72,0%
 *   Tỷ lệ bình quân 71,2% (khoảng tin cậy 95%: 68,9% – 73,5%) → 0,36 điểm (0,34 – 0,37)
 *
 * Uses: survey.h, model.h, text.h, numfmt.h. */
#include "report_survey.h"

#include <string.h>

#include "numfmt.h"
#include "text.h"

/* x (0..1) as a Vietnamese percentage with one decimal: "71,2%". */
static void percent(double x, char *buf, size_t n)
{
    num_format_vn(x * 100, 1, buf, n - 1);
    strcat(buf, "%");
}

/* The table of one question: a row per group, a column per option. */
static void question_rows(FILE *out, const struct model *m, const struct survey_leaf *l, size_t q)
{
    const struct survey_question *sq = &m->questions[q];
    text_printf(out, "  %s: %s\n", sq->code, sq->text);
    fputs("    Nhóm        Phiếu", out);
    for (size_t o = 0; o < sq->noptions; o++) {
        fputs("  ", out);
        text_pad(out, sq->options[o].code, 6, 1);
    }
    fputs("  Bình quân\n", out);
    for (size_t i = 0; i < l->ngroups; i++) {
        const struct survey_group_stat *s = &l->groups[i];
        if (s->question != q)
            continue;
        char cell[32];
        fputs("    ", out);
        text_pad(out, sq->groups[s->group].group, 10, 0);
        fprintf(out, "  %5ld", s->valid + s->excluded);
        for (size_t o = 0; o < sq->noptions; o++) {
            percent((double)s->counts[o] / (double)(s->valid + s->excluded), cell, sizeof cell);
            fputs("  ", out);
            text_pad(out, cell, 6, 1);
        }
        percent(s->mean, cell, sizeof cell);
        fputs("  ", out);
        text_pad(out, cell, 9, 1);
        fputc('\n', out);
    }
}

void report_survey_leaf(FILE *out, const struct model *m, size_t node, double max,
                        const struct survey_leaf *l)
{
    if (!l) {
        fputs("Điều tra xã hội học: chưa có phiếu trả lời; mục này đọc tỷ lệ nhập tay (dữ kiện ở "
              "trên)\n", out);
        return;
    }
    fprintf(out, "Điều tra xã hội học: %ld phiếu trả lời", l->valid);
    if (l->excluded)
        fprintf(out, " (%ld phiếu không tính vào bình quân)", l->excluded);
    fputc('\n', out);
    for (size_t q = 0; q < m->nquestions; q++)
        if (!strcmp(m->questions[q].node, m->nodes[node].code))
            question_rows(out, m, l, q);
    char share[32], lo[32], hi[32], p[32], plo[32], phi[32];
    percent(l->share, share, sizeof share);
    percent(l->lo, lo, sizeof lo);
    percent(l->hi, hi, sizeof hi);
    num_format_comma(l->share * max, 2, p, sizeof p);
    num_format_comma(l->lo * max, 2, plo, sizeof plo);
    num_format_comma(l->hi * max, 2, phi, sizeof phi);
    fprintf(out, "Tỷ lệ bình quân %s (khoảng tin cậy 95%%: %s – %s) → %s điểm (%s – %s)\n",
            share, lo, hi, p, plo, phi);
    for (size_t q = 0; l->few && q < m->nquestions; q++) {
        const struct survey_question *sq = &m->questions[q];
        long n = 0;
        for (size_t i = 0; i < l->ngroups; i++)
            n += l->groups[i].question == q ? l->groups[i].valid : 0;
        if (!strcmp(sq->node, m->nodes[node].code) && (double)n < sq->min_answers)
            fprintf(out, "ít phiếu: %s có %ld phiếu, cần ít nhất %.0f\n", sq->code, n,
                    sq->min_answers);
    }
}
