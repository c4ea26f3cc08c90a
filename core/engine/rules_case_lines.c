/* rules_case_lines.c — the line of each case in a test file (see rules_case_lines.h).
 * Uses: libc. */
#include "rules_case_lines.h"

#include <string.h>

struct scan {
    const char *s;
    size_t len, at;
    int line;
};

/* The level of a long bracket opening at sc->at ([[ 0, [=[ 1 …), or -1 when there is none. */
static int long_open(const struct scan *sc)
{
    size_t k = sc->at + 1;
    int level = 0;
    if (sc->s[sc->at] != '[')
        return -1;
    while (k < sc->len && sc->s[k] == '=')
        k++, level++;
    return k < sc->len && sc->s[k] == '[' ? level : -1;
}

/* Skips a long bracket of this level opening at sc->at, to just past its close. */
static void skip_long(struct scan *sc, int level)
{
    sc->at += (size_t)level + 2;
    while (sc->at < sc->len) {
        char c = sc->s[sc->at];
        if (c == '\n')
            sc->line++;
        if (c == ']') {
            size_t k = sc->at + 1;
            int eq = 0;
            while (k < sc->len && sc->s[k] == '=')
                k++, eq++;
            if (eq == level && k < sc->len && sc->s[k] == ']') {
                sc->at = k + 1;
                return;
            }
        }
        sc->at++;
    }
}

/* Skips a quoted string opening at sc->at. */
static void skip_quoted(struct scan *sc)
{
    char quote = sc->s[sc->at++];
    while (sc->at < sc->len && sc->s[sc->at] != quote && sc->s[sc->at] != '\n') {
        if (sc->s[sc->at] == '\\' && sc->at + 1 < sc->len) {
            if (sc->s[sc->at + 1] == '\n')
                sc->line++;
            sc->at++;
        }
        sc->at++;
    }
    sc->at++;
}

/* Skips a comment starting at sc->at ("--"), leaving the line feed of a line comment. */
static void skip_comment(struct scan *sc)
{
    sc->at += 2;
    int level = sc->at < sc->len ? long_open(sc) : -1;
    if (level >= 0) {
        skip_long(sc, level);
        return;
    }
    while (sc->at < sc->len && sc->s[sc->at] != '\n')
        sc->at++;
}

size_t case_lines(const char *text, size_t len, int group_line, int *lines, size_t max)
{
    struct scan sc = {text, len, 0, 1};
    while (sc.at < len && sc.line < group_line) /* to the start of the group's line */
        if (text[sc.at++] == '\n')
            sc.line++;
    size_t n = 0;
    int depth = 0;
    while (sc.at < len) {
        char c = text[sc.at];
        int level;
        if (c == '\n') {
            sc.line++;
            sc.at++;
        } else if (c == '-' && sc.at + 1 < len && text[sc.at + 1] == '-') {
            skip_comment(&sc);
        } else if (c == '"' || c == '\'') {
            skip_quoted(&sc);
        } else if ((level = long_open(&sc)) >= 0) {
            skip_long(&sc, level);
        } else {
            if (c == '{' && depth++ == 1 && n < max)
                lines[n++] = sc.line;
            if (c == '}' && --depth == 0)
                return n;
            sc.at++;
        }
    }
    return 0;
}
