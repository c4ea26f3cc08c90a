/* diag.c — the error value and every message on stderr (see diag.h).  write_message() is the
 * one place that writes "paridx: "; messages come here already translated (i18n.h: each
 * format is wrapped in _() where it is written).
 * Uses: text.h (text_put), open_memstream (each message written at once, px_usage). */
#define _POSIX_C_SOURCE 200809L /* open_memstream */
#include "diag.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "text.h"

void px_err_vset(struct px_err *e, enum px_exit code, const char *fmt, va_list ap)
{
    e->code = code;
    e->file[0] = '\0';
    e->line = e->col = 0;
    vsnprintf(e->msg, sizeof e->msg, fmt, ap);
}

void px_err_set(struct px_err *e, enum px_exit code, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    px_err_vset(e, code, fmt, ap);
    va_end(ap);
}

void px_err_at(struct px_err *e, enum px_exit code, const char *file, int line, int col,
               const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    px_err_vset(e, code, fmt, ap);
    va_end(ap);
    snprintf(e->file, sizeof e->file, "%s", file ? file : "");
    e->line = line > 0 ? line : 0;
    e->col = col > 0 ? col : 0;
}

/* "file:line:column: " with the parts that are known, or "". */
static void place_of(const struct px_err *e, char *buf, size_t n)
{
    if (!e->file[0])
        snprintf(buf, n, "%s", "");
    else if (!e->line)
        snprintf(buf, n, "%s: ", e->file);
    else if (!e->col)
        snprintf(buf, n, "%s:%d: ", e->file, e->line);
    else
        snprintf(buf, n, "%s:%d:%d: ", e->file, e->line, e->col);
}

const char *px_err_format(const struct px_err *e, char *buf, size_t n)
{
    char place[sizeof e->file + 32];
    place_of(e, place, sizeof place);
    snprintf(buf, n, "%s%s", place, e->msg);
    return buf;
}

/* Writes each line of text[0..len) on out after prefix, the first after prefix + place. */
static void put_lines(FILE *out, const char *prefix, const char *place, const char *text,
                      size_t len)
{
    const char *line = text, *end = text + len;
    for (int first = 1;; first = 0) {
        const char *nl = memchr(line, '\n', (size_t)(end - line));
        size_t n = nl ? (size_t)(nl - line) : (size_t)(end - line);
        fputs(prefix, out);
        if (first)
            text_put(out, place, strlen(place), TEXT_KEEP_TAB);
        text_put(out, line, n, TEXT_KEEP_TAB);
        fputc('\n', out);
        if (!nl)
            break;
        line = nl + 1;
    }
}

/* put_lines on stderr in one write (stderr is unbuffered: text_put's characters would each
 * be a system call), or character by character when memory runs out. */
static void write_lines(const char *prefix, const char *place, const char *text, size_t len)
{
    char *buf = NULL;
    size_t size = 0;
    FILE *out = open_memstream(&buf, &size);
    if (out)
        put_lines(out, prefix, place, text, len);
    if (out && fclose(out) == 0)
        fwrite(buf, 1, size, stderr);
    else
        put_lines(stderr, prefix, place, text, len);
    free(buf);
}

/* The one place that writes "paridx: ". */
static void write_message(const char *place, const char *text)
{
    write_lines("paridx: ", place, text, strlen(text));
}

void px_report(const struct px_err *e)
{
    char place[sizeof e->file + 32];
    place_of(e, place, sizeof place);
    write_message(place, e->msg);
}

void px_say(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *text = text_vformat(fmt, ap);
    va_end(ap);
    write_message("", text ? text : "out of memory writing a message");
    free(text);
}

void px_echo(const char *s, size_t len)
{
    write_lines("", "", s, len);
}

void px_usage(void (*write)(FILE *out, const void *arg), const void *arg)
{
    char *text = NULL;
    size_t len = 0;
    FILE *out = open_memstream(&text, &len);
    if (out) {
        write(out, arg);
        if (fclose(out) == 0 && text)
            write_lines("", "", text, len && text[len - 1] == '\n' ? len - 1 : len);
    }
    free(text);
}
