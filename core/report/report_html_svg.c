/* report_html_svg.c — HTML escaping and the inline SVG bar chart of the HTML report (see
 * report_html_svg.h).  Uses: libc. */
#include "report_html_svg.h"

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

enum { LABEL_W = 260, TRACK_W = 420, TEXT_W = 110, ROW_H = 22, BAR_H = 14 };

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
        fprintf(out, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\" class=\"lb\">", LABEL_W - 8,
                y + BAR_H - 2);
        html_text(out, b->label);
        fprintf(out, "</text><rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" class=\"tr\"/>"
                     "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\" class=\"br\"/>"
                     "<text x=\"%d\" y=\"%d\" class=\"vl\">",
                LABEL_W, y, TRACK_W, BAR_H, LABEL_W, y, share * TRACK_W, BAR_H,
                LABEL_W + TRACK_W + 6, y + BAR_H - 2);
        html_text(out, b->shown);
        fputs("</text>", out);
    }
    fputs("</svg>\n", out);
}
