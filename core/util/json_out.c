/* json_out.c — JSON strings for the machine outputs (see json_out.h). */
#include "json_out.h"

#include <string.h>

/* The characters a JSON string cannot hold as they are: quotes, backslashes, controls. */
static const char SPECIAL[] = "\"\\\001\002\003\004\005\006\007\010\011\012\013\014\015\016\017"
                              "\020\021\022\023\024\025\026\027\030\031\032\033\034\035\036\037";

/* A JSON string: quotes, backslashes and control characters escaped; UTF-8 as is.  The runs
 * of characters between them are written whole. */
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
        s += plain;
        if (!*s)
            break;
        switch (*s) {
        case '"': fputs("\\\"", out); break;
        case '\\': fputs("\\\\", out); break;
        case '\n': fputs("\\n", out); break;
        case '\r': fputs("\\r", out); break;
        case '\t': fputs("\\t", out); break;
        default: fprintf(out, "\\u%04x", (unsigned char)*s);
        }
        s++;
    }
    fputc('"', out);
}
