/* rules_case_lines.h — where each case of a `cases "CODE" { … }` group starts in the test
 * file's text, so that a failing case is reported at its own line.  A small scan of Lua's
 * lexical structure: strings, long strings and comments are skipped, braces counted.
 * Provides case_lines().  Uses: libc. */
#ifndef PARIDX_RULES_CASE_LINES_H
#define PARIDX_RULES_CASE_LINES_H

#include <stddef.h>

/* Fills lines[0..max) with the line of each entry `{` of the list that follows line
 * group_line (the line of `cases "CODE"`) in text; returns how many it found (0 when the text
 * is not as expected: the caller falls back to the group's line). */
size_t case_lines(const char *text, size_t len, int group_line, int *lines, size_t max);

#endif
