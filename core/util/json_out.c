/* json_out.c — JSON strings for the machine outputs and the stored runs (see json_out.h): to
 * a stream, or into memory.  The runs of characters between those escaped are copied whole. */
#define _POSIX_C_SOURCE 200809L /* stpcpy */
#include "json_out.h"

#include <string.h>

/* The characters a JSON string cannot hold as they are: quotes, backslashes, controls. */
static const char SPECIAL[] = "\"\\\001\002\003\004\005\006\007\010\011\012\013\014\015\016\017"
                              "\020\021\022\023\024\025\026\027\030\031\032\033\034\035\036\037";

/* The escape of c, one of SPECIAL, in buf (at most 6 bytes and a NUL). */
static const char *escape(unsigned char c, char buf[7])
{
    switch (c) {
    case '"': return "\\\"";
    case '\\': return "\\\\";
    case '\n': return "\\n";
    case '\r': return "\\r";
    case '\t': return "\\t";
    default: snprintf(buf, 7, "\\u%04x", c); return buf;
    }
}

void json_string(FILE *out, const char *s)
{
    if (!s) {
        fputs("null", out);
        return;
    }
    fputc('"', out);
    for (;;) {
        size_t plain = strcspn(s, SPECIAL);
        fwrite(s, 1, plain, out);
        if (!s[plain])
            break;
        char buf[7];
        fputs(escape((unsigned char)s[plain], buf), out);
        s += plain + 1;
    }
    fputc('"', out);
}

char *json_put_string(char *p, const char *s)
{
    if (!s) {
        memcpy(p, "null", 4);
        return p + 4;
    }
    *p++ = '"';
    for (;;) {
        size_t plain = strcspn(s, SPECIAL);
        memcpy(p, s, plain);
        p += plain;
        if (!s[plain])
            break;
        char buf[7];
        p = stpcpy(p, escape((unsigned char)s[plain], buf));
        s += plain + 1;
    }
    *p++ = '"';
    return p;
}
