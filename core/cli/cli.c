/* cli.c — option parsing and usage text from a command's table (see cli.h), in the user's
 * language (the table's texts are marked N_() and translated here).
 * Uses: diag.h, i18n.h. */
#include "cli.h"
#include "i18n.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

void cli_usage(FILE *out, const struct cli_cmd *cmd)
{
    if (cmd->opts && cmd->opts->name)
        fprintf(out, _("usage: paridx %s %s [options]\n"), cmd->name, cmd->args);
    else
        fprintf(out, _("usage: paridx %s %s\n"), cmd->name, cmd->args);
    fprintf(out, "  %s\n", gettext(cmd->summary));
    for (const struct cli_opt *o = cmd->opts; o && o->name; o++) {
        char left[64];
        snprintf(left, sizeof left, "--%s%s%s", o->name, o->arg ? " " : "", o->arg ? o->arg : "");
        fprintf(out, "  %-22s %s\n", left, gettext(o->help));
    }
}

static void write_usage(FILE *out, const void *cmd)
{
    cli_usage(out, cmd);
}

/* Prints the usage error, frees the positional array, returns PX_USAGE. */
static int usage_error(const struct cli_cmd *cmd, char ***args, const char *fmt, const char *word)
{
    free(*args);
    *args = NULL;
    char what[600];
    snprintf(what, sizeof what, fmt, word);
    px_say("%s: %s", cmd->name, what);
    px_usage(write_usage, cmd);
    return PX_USAGE;
}

static const struct cli_opt *find_opt(const struct cli_cmd *cmd, const char *name, size_t len)
{
    for (const struct cli_opt *o = cmd->opts; o && o->name; o++)
        if (strlen(o->name) == len && !strncmp(o->name, name, len))
            return o;
    return NULL;
}

int cli_parse(const struct cli_cmd *cmd, int argc, char **argv, char ***args, int *nargs)
{
    *nargs = 0;
    *args = calloc((size_t)argc + 1, sizeof **args);
    if (!*args)
        return PX_SYSTEM;
    int options_done = 0;
    for (int i = 0; i < argc; i++) {
        const char *w = argv[i];
        if (options_done || w[0] != '-' || !strcmp(w, "-")) {
            (*args)[(*nargs)++] = argv[i];
            continue;
        }
        if (!strcmp(w, "--")) {
            options_done = 1;
            continue;
        }
        if (strncmp(w, "--", 2))
            return usage_error(cmd, args, _("unknown option %s (options are spelled --name)"), w);
        const char *name = w + 2, *eq = strchr(name, '=');
        const struct cli_opt *o = find_opt(cmd, name, eq ? (size_t)(eq - name) : strlen(name));
        if (!o)
            return usage_error(cmd, args, _("unknown option %s"), w);
        if (!o->arg) {
            if (eq)
                return usage_error(cmd, args, _("option %s takes no value"), w);
            *o->flag = 1;
        } else if (eq) {
            *o->value = eq + 1;
        } else if (i + 1 < argc) {
            *o->value = argv[++i];
        } else {
            return usage_error(cmd, args, _("option %s needs a value"), w);
        }
    }
    if (*nargs < cmd->min_args || (cmd->max_args >= 0 && *nargs > cmd->max_args)) {
        return usage_error(cmd, args, "%s", *nargs < cmd->min_args ? _("missing arguments")
                                                         : _("too many arguments"));
    }
    return 0;
}

int cli_number(const char *opt, const char *text, long long min, long long *out)
{
    char *end;
    errno = 0;
    long long v = strtoll(text, &end, 10);
    if (errno || end == text || *end || v < min) {
        px_say(_("--%s: expected a whole number ≥ %lld, found '%s'"), opt, min, text);
        return PX_USAGE;
    }
    *out = v;
    return 0;
}

int cli_year(const char *opt, const char *text, int *out)
{
    long long v = 0;
    if (cli_number(opt, text, 1900, &v))
        return PX_USAGE;
    if (v > 9999) {
        px_say(_("--%s: expected an assessment year such as 2019, found '%s'"), opt, text);
        return PX_USAGE;
    }
    *out = (int)v;
    return 0;
}

const char *cli_actor(const char *by)
{
    const char *user = getenv("USER");
    return by && *by ? by : user && *user ? user : "unknown";
}

int cli_table_format(const char *given)
{
    static const char *const FORMATS[] = {"table", "csv", "csv-plain", "json"};
    if (!given)
        return 0;
    for (int i = 0; i < (int)(sizeof FORMATS / sizeof FORMATS[0]); i++)
        if (!strcmp(given, FORMATS[i]))
            return i;
    return -1;
}
