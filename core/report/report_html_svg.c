/* report_html_svg.c — HTML escaping and the inline SVG bar chart of the HTML report (see
 * report_html_svg.h).  Uses: libc. */
#include "report_html_svg.h"

#include <string.h>

void html_text(FILE *out, const char *s)
{
    for (; s && *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (c == '&')
            fputs("&amp;", out);
        else if (c == '<')
            fputs("&lt;", out);
        else if (c == '>')
            fputs("&gt;", out);
        else if (c == '"')
            fputs("&quot;", out);
        else if (c >= 0x20 || c == '\t' || c == '\n')
            fputc(c, out);
    }
}

enum { LABEL_W = 300, TRACK_W = 400, TEXT_W = 110, ROW_H = 22, BAR_H = 14, LABEL_CHARS = 46 };

/* A label within LABEL_CHARS characters, cut with "…" (the whole text is the bar's tooltip). */
static void short_label(FILE *out, const char *s)
{
    char cut[LABEL_CHARS * 4 + 4];
    size_t i = 0, chars = 0;
    while (s[i] && chars < LABEL_CHARS - 1) { /* the first LABEL_CHARS - 1 characters */
        i++;
        while (((unsigned char)s[i] & 0xC0) == 0x80)
            i++;
        chars++;
    }
    size_t rest = 0;
    for (size_t k = i; s[k] && rest < 2; k++)
        rest += ((unsigned char)s[k] & 0xC0) != 0x80;
    if (rest < 2) { /* it fits: at most one more character */
        html_text(out, s);
        return;
    }
    memcpy(cut, s, i);
    strcpy(cut + i, "…");
    html_text(out, cut);
}

void svg_bars(FILE *out, const char *title, const struct svg_bar *bars, size_t n)
{
    int width = LABEL_W + TRACK_W + TEXT_W, height = (int)n * ROW_H + 4;
    fprintf(out, "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"%d\" "
                 "height=\"%d\" viewBox=\"0 0 %d %d\"><title>", width, height, width, height);
    html_text(out, title);
    fputs("</title>", out);
    for (size_t i = 0; i < n; i++) {
        const struct svg_bar *b = &bars[i];
        double share = b->max > 0 ? b->value / b->max : 0;
        share = share < 0 ? 0 : share > 1 ? 1 : share;
        int y = (int)i * ROW_H + 2;
        fputs("<g><title>", out);
        html_text(out, b->label);
        fprintf(out, "</title><text x=\"%d\" y=\"%d\" text-anchor=\"end\" class=\"lb\">",
                LABEL_W - 8, y + BAR_H - 2);
        short_label(out, b->label);
        fprintf(out, "</text><rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" class=\"tr\"/>"
                     "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\" class=\"br\"/>"
                     "<text x=\"%d\" y=\"%d\" class=\"vl\">",
                LABEL_W, y, TRACK_W, BAR_H, LABEL_W, y, share * TRACK_W, BAR_H,
                LABEL_W + TRACK_W + 6, y + BAR_H - 2);
        html_text(out, b->shown);
        fputs("</text></g>", out);
    }
    fputs("</svg>\n", out);
}

void html_row(FILE *out, const char *tag, const char *const *text,
                  const unsigned char *right, size_t n)
{
    fputs("<tr>", out);
    for (size_t c = 0; c < n; c++) {
        fprintf(out, "<%s%s>", tag, right && right[c] ? " class=\"n\"" : "");
        html_text(out, text[c]);
        fprintf(out, "</%s>", tag);
    }
    fputs("</tr>\n", out);
}
