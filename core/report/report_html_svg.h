/* report_html_svg.h — pieces of the HTML report: text escaped for HTML, a table row, and a
 * horizontal bar chart drawn as inline SVG (no script, no network), one bar per item against
 * its maximum.
 * Provides html_text(), html_row(), struct svg_bar, svg_bars().  Uses: libc. */
#ifndef PARIDX_REPORT_HTML_SVG_H
#define PARIDX_REPORT_HTML_SVG_H

#include <stddef.h>
#include <stdio.h>

/* s with &, <, > and " escaped; control characters other than tab and line feed dropped. */
void html_text(FILE *out, const char *s);

/* One row of n cells <tag> (th or td) of text; right[c] (when right is not NULL) puts cell c
 * to the right, as numbers are. */
void html_row(FILE *out, const char *tag, const char *const *text, const unsigned char *right,
              size_t n);

struct svg_bar {
    char label[320];   /* left of the bar (cut with "…" when long; whole in its tooltip) */
    char shown[64];    /* the text right of the bar ("7,25/9") */
    double value, max; /* the bar fills value/max of its track (clamped to 0..1) */
};

/* A chart of n bars, titled for screen readers by title. */
void svg_bars(FILE *out, const char *title, const struct svg_bar *bars, size_t n);

#endif
